import { readFileSync } from "node:fs";
import path from "node:path";
import type { ComplianceIndicator, Country, Organization, ReferenceData } from "../model/reference.js";

interface ProtocolData {
  instrument: ReferenceData["instrument"];
  articles: ReferenceData["articles"];
  indicators: Omit<ComplianceIndicator, "source">[];
}

interface RcmData {
  countries: Country[];
  members: string[];
  observers: string[];
  organizations: Organization[];
}

/** dist/data/, built from data/*.yaml by `npm run build`; the same place from src/io and dist/io. */
const DATA = path.join(import.meta.dirname, "../../dist/data");

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(DATA, name), "utf8")) as T;
}

/** The built-in catalogue, shipped in the package (built from data/*.yaml). */
export function loadBuiltInReference(): ReferenceData {
  const protocol = readJson<ProtocolData>("protocol.json");
  const rcm = readJson<RcmData>("rcm.json");
  return {
    instrument: protocol.instrument,
    articles: protocol.articles,
    indicators: new Map(protocol.indicators.map((indicator) => [indicator.id, { ...indicator, source: "built-in" }])),
    countries: new Map(rcm.countries.map((country) => [country.code, country])),
    members: rcm.members,
    observers: rcm.observers,
    organizations: new Map(rcm.organizations.map((organization) => [organization.id, organization])),
  };
}

let shared: ReferenceData | undefined;

/** The built-in catalogue read once a run, for the readers' and formatters' hints, which only look things up in it. */
export function builtInReference(): ReferenceData {
  return (shared ??= loadBuiltInReference());
}

/** `organizations` with a plan's `own` added after them (an id in both: the plan's, in the built-in one's place). */
export function organizationsWith(organizations: ReadonlyMap<string, Organization>, own: readonly Organization[]): Map<string, Organization> {
  const all = new Map(organizations);
  for (const organization of own) all.set(organization.id, organization);
  return all;
}
