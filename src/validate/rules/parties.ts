import { didYouMean } from "../../diagnostics/suggest.js";
import { COUNTRY_PATTERN, ID_PATTERN } from "../../model/fields.js";
import { ALL_COUNTRIES } from "../../model/reference.js";
import type { Action } from "../../model/schema.js";
import { LANGUAGE_NAMES, LANGUAGES } from "../../model/text.js";
import type { DataPath, ParsedDocument } from "../../parse/document.js";
import { JOINING_WORDS } from "../../parse/markdown/vocabulary.js";
import type { Report, Rule, Workspace } from "../workspace.js";
import { alpha3Hint, countryHint, meansAllCountries, nearCountryHint, undecidedHint } from "../value-hints.js";
import { idPath, placeOf } from "../workspace.js";
import { valueAt } from "../schema-check.js";
import { clip } from "../../diagnostics/make.js";

/** The countries taking part: the plan's list, else the RCM members. */
export function participatingCountries(workspace: Workspace): string[] {
  return workspace.plan?.manifest.countries ?? workspace.reference.members;
}

/** The participating countries that exist: what a typo may be suggested as (a plan's own unknown code is no answer). */
function existingParticipants(workspace: Workspace): string[] {
  return participatingCountries(workspace).filter((code) => workspace.reference.countries.has(code));
}

/**
 * A country code must exist; with `mustParticipate`, it must also be one of the plan's countries.
 * `at` gives the code's data path, asked for only to report it (a big plan names ~50,000 parties).
 */
export function checkCountryCode(workspace: Workspace, report: Report, doc: ParsedDocument, at: () => DataPath, code: string, mustParticipate: boolean): void {
  const { countries } = workspace.reference;
  if (!countries.has(code)) {
    report("unknown-country", `'${code}' is not an ISO 3166-1 alpha-2 country code`, doc, at(), {
      hint: didYouMean(code, existingParticipants(workspace)) ?? "use a two-letter code such as MX, GT or US",
    });
  } else if (mustParticipate && workspace.plan !== undefined && !participatingCountries(workspace).includes(code)) {
    // (Where plan.yaml cannot be read, its countries are not known: the RCM's members would stand in for a list the plan may have changed.)
    report("country-not-participating", `${code} is not among the plan's countries`, doc, at(), { hint: notParticipatingHint(workspace, code) });
  }
}

/**
 * What to do of a country the plan's `countries` lacks. `countries` is also what ALL stands for:
 * told to add an RCM observer there, a maintainer made Colombia a partner of every action naming
 * ALL; and a member the plan has taken out is to go from the action, more likely than back in.
 */
function notParticipatingHint(workspace: Workspace, code: string): string | undefined {
  if (workspace.reference.observers.includes(code)) {
    return `${code} is an RCM observer: it may stay a partner here (this is a warning); added to \`countries\`, it would be among every action's ALL too`;
  }
  if (workspace.plan?.manifest.countries !== undefined && workspace.reference.members.includes(code)) {
    return `\`countries\` in plan.yaml leaves ${code} out: remove it from the action, or add it back there`;
  }
  return undefined;
}

/**
 * The ids a lead or partner may be: ALL, the organisations, and the participating countries that
 * exist. Made once a run: a big plan names ~50,000 leads and partners, each then one lookup.
 */
function acceptedParties(workspace: Workspace): Set<string> {
  const accepted = new Set([ALL_COUNTRIES, ...workspace.reference.organizations.keys()]);
  for (const code of existingParticipants(workspace)) if (COUNTRY_PATTERN.test(code)) accepted.add(code);
  return accepted;
}

/** A lead or partner must be one of `accepted`; else says why not. `at` gives its path, asked for only to report it. */
function checkParty(workspace: Workspace, report: Report, doc: ParsedDocument, at: () => DataPath, id: string, accepted: ReadonlySet<string>, key = "organization"): void {
  if (accepted.has(id)) return;
  if (COUNTRY_PATTERN.test(id)) {
    checkCountryCode(workspace, report, doc, at, id, true);
    return;
  }
  const known = [...workspace.reference.organizations.keys(), ...existingParticipants(workspace), ALL_COUNTRIES];
  const toAdd = "add it to `organizations` in plan.yaml as {id, name}";
  // A short id near a known one may be another organisation altogether (INM, Mexico's migration
  // institute, is one letter from IOM); a long one is a typo (INTERPOOL).
  const near = didYouMean(id, known);
  const nearHint = near && (id.length <= 4 ? `${near} If ${id} is another organisation, ${toAdd}` : near);
  report("unknown-organization", `unknown organisation '${clip(id)}'`, doc, at(), {
    hint: undecidedHint(key, id) ?? proseHint(id) ?? acronymHint(workspace, id) ?? alpha3Hint(workspace.reference.countries, id) ?? nearHint ?? nearCountryHint(workspace.reference.countries, id, new Set(participatingCountries(workspace))) ?? toAdd,
  });
}

/**
 * A Spanish-speaking group writes the acronyms the Spanish draft prints (OIM, ACNUR, ST-CRM) and
 * `todos` for every country; a did-you-mean finds no id near those, or a wrong one (ST-CRM, SR-HRM).
 */
function acronymHint(workspace: Workspace, typed: string): string | undefined {
  const upper = typed.toUpperCase();
  if (meansAllCountries(typed)) return `write ${ALL_COUNTRIES} for every country of the plan`;
  // `mx`, `iom`: an id in the wrong case, which a did-you-mean would call a typo.
  if (upper !== typed && (workspace.reference.organizations.has(upper) || workspace.reference.countries.has(upper) || upper === ALL_COUNTRIES)) return `ids are written in capitals: ${upper}`;
  // The Conference itself, which a group names as it names a body: its secretariat or its members are meant.
  if (CONFERENCE.has(upper)) return `${upper} is the Regional Conference on Migration itself: write RCM-TS for its Technical Secretariat (ST-CRM), or ${ALL_COUNTRIES} for its member countries`;
  // `Guatemala`: a country by its name, in either language.
  const country = countryHint(workspace.reference.countries, typed);
  if (country) return country;
  for (const organization of workspace.reference.organizations.values()) {
    const acronym = organization.acronym;
    if (acronym === undefined || typeof acronym === "string") continue;
    for (const lang of LANGUAGES) {
      // The acronym as it is written (`acnur`: ACNUR), which the message quotes as typed.
      if (acronym[lang]?.toUpperCase() === upper && organization.id !== typed) return `${acronym[lang]} is the ${LANGUAGE_NAMES[lang]} acronym of ${organization.id}: write its id, ${organization.id}`;
    }
  }
  return undefined;
}

/** The Conference's acronyms, English and Spanish: no party of an action, which its secretariat or its members are. */
const CONFERENCE = new Set(["RCM", "CRM"]);

/** Small words of a sentence written into a cell (`OIM con apoyo de UNODC`), never parties: neither `de` nor `in` is told Germany's or India's code. */
const PROSE_WORDS = new Set([...JOINING_WORDS, "con", "with", "apoyo", "support", "través", "mediante", "junto", "coordinación", "coordination"]);

/** The hint for a word of a sentence where a cell lists parties. */
function proseHint(typed: string): string | undefined {
  return PROSE_WORDS.has(typed.normalize("NFC")) ? "a cell lists parties, not a sentence: write only ids, separated by commas (the details go into the action's description)" : undefined;
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
  // A file at fault elsewhere: its facilitator's organisation and rapporteur's country, where written
  // as ids, are looked up all the same, so that one slip does not hide the next until its fix.
  for (const doc of workspace.unchecked) {
    const organization = valueAt(doc.value, ["facilitator", "organization"]);
    if (typeof organization === "string" && ID_PATTERN.test(organization) && !accepted.has(organization)) checkParty(workspace, report, doc, () => ["facilitator", "organization"], organization, accepted);
    const country = valueAt(doc.value, ["rapporteur", "country"]);
    if (typeof country === "string" && COUNTRY_PATTERN.test(country)) checkCountryCode(workspace, report, doc, () => ["rapporteur", "country"], country, false);
  }
  const countries = new Set(participatingCountries(workspace));
  for (const { doc, action, path } of workspace.actions) {
    for (const key of ["lead", "partners"] as const) {
      const ids = action[key] ?? [];
      // The lookup before the call too, so that an accepted id costs no closure for its path.
      for (let i = 0; i < ids.length; i++) if (!accepted.has(ids[i]!)) checkParty(workspace, report, doc, () => idPath(doc, path, key, i), ids[i]!, accepted, key);
    }
    if ((action.lead?.length ?? 0) + (action.partners?.length ?? 0) > 1) checkRedundantParties(report, doc, action, path, countries);
  }
};

/**
 * Each party of an action once: `partners: [ALL, US, CA]` names the US and Canada twice (ALL is
 * every country of the plan), and a lead that is also a partner is one of the two too many, as is a
 * country among the partners when ALL leads. (A country that leads beside `partners: [ALL]` is the
 * usual way to say "and all the others".)
 */
function checkRedundantParties(report: Report, doc: ParsedDocument, action: Pick<Action, "lead" | "partners">, path: DataPath, countries: ReadonlySet<string>): void {
  const seen = new Map<string, { key: "lead" | "partners"; i: number }>();
  const allAt = { lead: action.lead?.indexOf(ALL_COUNTRIES) ?? -1, partners: action.partners?.indexOf(ALL_COUNTRIES) ?? -1 };
  const at = (key: "lead" | "partners", i: number) => idPath(doc, path, key, i);
  for (const key of ["lead", "partners"] as const) {
    const ids = action[key] ?? [];
    const all = allAt[key] >= 0;
    ids.forEach((id, i) => {
      const first = seen.get(id);
      let message: string | undefined;
      let hint: string | undefined;
      let related: { key: "lead" | "partners"; i: number; what: string } | undefined;
      if (first?.key === key) [message, hint] = [`${clip(id)} is named twice, in ${key}`, "Name it once."];
      else if (first !== undefined) [message, hint] = [`${clip(id)} is named twice, in ${first.key} and ${key}`, "Name it once: a party either leads an action or is its partner."];
      else if (id !== ALL_COUNTRIES && countries.has(id) && (all || (allAt.lead >= 0 && key === "partners"))) {
        const allKey = all ? key : "lead";
        message = `${clip(id)} is one of the plan's countries, which ALL in ${allKey} already names`;
        related = { key: allKey, i: allAt[allKey], what: "ALL, every country of the plan" };
      }
      if (first !== undefined) related = { ...first, what: `first ${clip(id)}` };
      // The paths are made only to report: a big plan names ~50,000 parties, nearly all once.
      if (message !== undefined) {
        report("redundant-party", message, doc, at(key, i), { hint, related: related && [placeOf(doc, at(related.key, related.i), related.what)] });
      }
      if (first === undefined) seen.set(id, { key, i });
    });
  }
}
