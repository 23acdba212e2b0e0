import { compareStrings } from "../diagnostics/diagnostic.js";
import { ALL_COUNTRIES, compareIndicatorIds, type ReferenceData } from "../model/reference.js";
import type { ActionModel, GroupModel, PlanModel } from "../model/plan-model.js";

/**
 * The names the drafts need, and no more: every article and every indicator (the coverage annex
 * names those no action serves); the countries and organisations the plan names. Countries in the
 * plan's order, then any others by code.
 */
export function usedReference(reference: ReferenceData, countries: readonly string[], actions: readonly ActionModel[], groups: readonly GroupModel[]): PlanModel["reference"] {
  const parties = new Set<string>();
  for (const action of actions) for (const id of [...action.lead, ...action.partners]) parties.add(id);
  for (const group of groups) {
    if (group.facilitator?.organization) parties.add(group.facilitator.organization);
    if (group.rapporteur?.country) parties.add(group.rapporteur.country);
    for (const participant of group.participants) parties.add(participant.country);
  }
  const others = [...parties].filter((id) => reference.countries.has(id) && !countries.includes(id)).sort(compareStrings);
  return {
    instrument: reference.instrument,
    articles: reference.articles,
    indicators: [...reference.indicators.keys()].sort(compareIndicatorIds).map((id) => reference.indicators.get(id)!),
    countries: [...countries, ...others].flatMap((code) => (reference.countries.has(code) ? [reference.countries.get(code)!] : [])),
    organizations: [...reference.organizations.values()].filter((organization) => parties.has(organization.id) && organization.id !== ALL_COUNTRIES),
  };
}
