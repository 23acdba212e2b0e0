import { compareIndicatorIds, ALL_COUNTRIES, type ReferenceData } from "../model/reference.js";
import type { ActionModel, PlanModel, Responsibility, TimelineEntry } from "../model/plan-model.js";
import { timeframeSpan } from "../model/timeframe.js";

type Annexes = PlanModel["annexes"];

/**
 * For each indicator the plan uses (catalogue order), the actions that serve it; the indicators
 * none serves; and the articles none serves among those that have indicators (an action serves an
 * article through one: the Protocol's definitions and final clauses have none, and cannot be served).
 */
export function protocolCoverage(actions: readonly ActionModel[], reference: ReferenceData): Pick<Annexes, "coverage" | "uncoveredArticles" | "uncoveredIndicators"> {
  const byIndicator = new Map<string, string[]>();
  for (const action of actions) {
    for (const indicator of new Set(action.protocol)) {
      if (!reference.indicators.has(indicator)) continue;
      const served = byIndicator.get(indicator);
      if (served) served.push(action.id);
      else byIndicator.set(indicator, [action.id]);
    }
  }
  const coverage = [...byIndicator.keys()].sort(compareIndicatorIds).map((indicator) => ({
    indicator,
    article: reference.indicators.get(indicator)!.article,
    actions: byIndicator.get(indicator)!,
  }));
  const served = new Set(coverage.map((row) => row.article));
  const indicated = new Set([...reference.indicators.values()].map((indicator) => indicator.article));
  const uncoveredArticles = reference.articles.map((article) => article.number).filter((number) => indicated.has(number) && !served.has(number));
  const uncoveredIndicators = [...reference.indicators.keys()].filter((id) => !byIndicator.has(id)).sort(compareIndicatorIds);
  return { coverage, uncoveredArticles, uncoveredIndicators };
}

/**
 * Who leads and who partners in what: the plan's countries first (in plan order, `ALL` counted for
 * each), then the organisations in catalogue order. A party that leads an action is not also
 * listed as its partner.
 */
export function responsibilities(actions: readonly ActionModel[], countries: readonly string[], reference: ReferenceData): Responsibility[] {
  const expand = (ids: readonly string[]) => new Set(ids.flatMap((id) => (id === ALL_COUNTRIES ? countries : [id])));
  const rows = new Map<string, Responsibility>();
  // A party that is neither a country nor an organisation (an error, built with --force) has no row.
  const row = (party: string): Responsibility | undefined => {
    const kind = reference.organizations.has(party) ? "organization" : reference.countries.has(party) ? "country" : undefined;
    if (!kind) return undefined;
    if (!rows.has(party)) rows.set(party, { party, kind, leads: [], partners: [] });
    return rows.get(party);
  };
  for (const country of countries) row(country);
  for (const action of actions) {
    const leads = expand(action.lead);
    for (const party of leads) row(party)?.leads.push(action.id);
    for (const party of expand(action.partners)) if (!leads.has(party)) row(party)?.partners.push(action.id);
  }
  const organizationOrder = [...reference.organizations.keys()];
  const countryRows = [...rows.values()].filter((r) => r.kind === "country");
  const organizationRows = organizationOrder.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : []));
  return [...countryRows, ...organizationRows];
}

/** Each action's years and quarters, from its timeframe. */
export function timeline(actions: readonly ActionModel[]): TimelineEntry[] {
  return actions.map((action) => {
    const { from, to } = timeframeSpan(action.timeframe);
    const years: TimelineEntry["years"] = [];
    for (let index = from; index <= to; index++) {
      const year = Math.floor(index / 4);
      const quarter = (index % 4) + 1;
      const last = years[years.length - 1];
      if (last?.year === year) last.quarters.push(quarter);
      else years.push({ year, quarters: [quarter] });
    }
    return { action: action.id, years };
  });
}
