import type { DraftView } from "./context.js";

export interface ResponsibilityRow {
  party: string;
  name: string;
  /** Numbers of the actions the party leads, in plan order. */
  leads: string[];
  partners: string[];
}

/** Leads and partnerships, split into countries (plan order) and organisations (catalogue order). */
export function responsibilityRows(view: DraftView): { countries: ResponsibilityRow[]; organizations: ResponsibilityRow[] } {
  const numbers = (ids: readonly string[]) => ids.map((id) => view.action(id)?.number ?? id);
  const rows = view.model.annexes.responsibilities.map((row) => ({
    kind: row.kind,
    row: {
      party: row.party,
      name: row.kind === "organization" ? view.organizationName(row.party) : view.party(row.party),
      leads: numbers(row.leads),
      partners: numbers(row.partners),
    },
  }));
  return {
    countries: rows.filter((r) => r.kind === "country").map((r) => r.row),
    organizations: rows.filter((r) => r.kind === "organization").map((r) => r.row),
  };
}
