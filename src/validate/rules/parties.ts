import { didYouMean } from "../../diagnostics/suggest.js";
import { COUNTRY_PATTERN } from "../../model/fields.js";
import { ALL_COUNTRIES } from "../../model/reference.js";
import type { DataPath, ParsedDocument } from "../../parse/document.js";
import type { Report, Rule, Workspace } from "../workspace.js";
import { idPath } from "../workspace.js";

/** The countries taking part: the plan's list, else the RCM members. */
export function participatingCountries(workspace: Workspace): string[] {
  return workspace.plan?.manifest.countries ?? workspace.reference.members;
}

/**
 * A country code must exist; with `mustParticipate`, it must also be one of the plan's countries.
 * `at` gives the code's data path, asked for only to report it (a big plan names ~50,000 parties).
 */
export function checkCountryCode(workspace: Workspace, report: Report, doc: ParsedDocument, at: () => DataPath, code: string, mustParticipate: boolean): void {
  const { countries } = workspace.reference;
  if (!countries.has(code)) {
    report("unknown-country", `'${code}' is not an ISO 3166-1 alpha-2 country code`, doc, at(), {
      hint: didYouMean(code, participatingCountries(workspace)) ?? "use a two-letter code such as MX, GT or US",
    });
  } else if (mustParticipate && !participatingCountries(workspace).includes(code)) {
    report("country-not-participating", `${code} is not among the plan's countries`, doc, at());
  }
}

/**
 * The ids a lead or partner may be: ALL, the organisations, and the participating countries that
 * exist. Made once a run: a big plan names ~50,000 leads and partners, each then one lookup.
 */
function acceptedParties(workspace: Workspace): Set<string> {
  const accepted = new Set([ALL_COUNTRIES, ...workspace.reference.organizations.keys()]);
  for (const code of participatingCountries(workspace)) if (COUNTRY_PATTERN.test(code) && workspace.reference.countries.has(code)) accepted.add(code);
  return accepted;
}

/** A lead or partner must be one of `accepted`; else says why not. `at` gives its path, asked for only to report it. */
function checkParty(workspace: Workspace, report: Report, doc: ParsedDocument, at: () => DataPath, id: string, accepted: ReadonlySet<string>): void {
  if (accepted.has(id)) return;
  if (COUNTRY_PATTERN.test(id)) {
    checkCountryCode(workspace, report, doc, at, id, true);
    return;
  }
  const known = [...workspace.reference.organizations.keys(), ...participatingCountries(workspace), ALL_COUNTRIES];
  report("unknown-organization", `unknown organisation '${id}'`, doc, at(), {
    hint: didYouMean(id, known) ?? "add it to `organizations` in plan.yaml as {id, name}",
  });
}

/** Every country and organisation a group file names exists. */
export const checkParties: Rule = (workspace, report) => {
  const accepted = acceptedParties(workspace);
  for (const { doc, group } of workspace.groups) {
    const organization = group.facilitator?.organization;
    if (organization !== undefined) checkParty(workspace, report, doc, () => ["facilitator", "organization"], organization, accepted);
    const country = group.rapporteur?.country;
    if (country !== undefined) checkCountryCode(workspace, report, doc, () => ["rapporteur", "country"], country, false);
    for (const [p, participant] of group.participants.entries()) {
      checkCountryCode(workspace, report, doc, () => ["participants", p, "country"], participant.country, false);
    }
  }
  for (const { doc, action, path } of workspace.actions) {
    for (const key of ["lead", "partners"] as const) {
      const ids = action[key] ?? [];
      // The lookup before the call too, so that an accepted id costs no closure for its path.
      for (let i = 0; i < ids.length; i++) if (!accepted.has(ids[i]!)) checkParty(workspace, report, doc, () => idPath(doc, path, key, i), ids[i]!, accepted);
    }
  }
};
