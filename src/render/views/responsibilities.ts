import type { DraftView } from "./context.js";
import { compareNames, nameWithParty } from "./names.js";

export interface ResponsibilityRow {
  party: string;
  name: string;
  /** Numbers of the actions the party leads, in plan order. */
  leads: string[];
  partners: string[];
  /** The ids of those actions, which the Markdown draft links their numbers by. */
  leadIds: readonly string[];
  partnerIds: readonly string[];
}

/**
 * Leads and partnerships, split into countries (by name in the draft's language) and organisations
 * (catalogue order, each named in full with its acronym).
 */
export function responsibilityRows(view: DraftView): { countries: ResponsibilityRow[]; organizations: ResponsibilityRow[] } {
  const numbers = (ids: readonly string[]) => ids.map((id) => view.action(id)?.number ?? id);
  const rows = view.model.annexes.responsibilities.map((row) => ({
    kind: row.kind,
    row: {
      party: row.party,
      name: row.kind === "organization" ? nameWithParty(view.organizationName(row.party), view.party(row.party)) : view.party(row.party),
      leads: numbers(row.leads),
      partners: numbers(row.partners),
      leadIds: row.leads,
      partnerIds: row.partners,
    },
  }));
  return {
    countries: rows.filter((r) => r.kind === "country").map((r) => r.row).sort((a, b) => compareNames(a.name, b.name)),
    organizations: rows.filter((r) => r.kind === "organization").map((r) => r.row),
  };
}
