import type { Text } from "./text.js";

export interface Article {
  number: number;
  chapter: string;
  title: Text;
  summary?: Text;
}

export interface ComplianceIndicator {
  id: string;
  article: number;
  type?: string;
  statement: Text;
  /** `built-in`, or the plan file that added it. */
  source: string;
}

export interface Country {
  code: string;
  name: Text;
}

export interface Organization {
  id: string;
  acronym?: Text;
  name: Text;
}

/** The Protocol's catalogue and the RCM's countries and organisations, with a plan's additions. */
export interface ReferenceData {
  instrument: { title: Text; short: Text };
  articles: Article[];
  indicators: Map<string, ComplianceIndicator>;
  countries: Map<string, Country>;
  /** The RCM member countries, in the reference order. */
  members: string[];
  /** The RCM's observer countries, which a plan's actions may name as partners beside its members. */
  observers: string[];
  organizations: Map<string, Organization>;
}

// Kept in fields.ts, with the other ids' forms: the readers' hints name it without loading this module.
export { ALL_COUNTRIES } from "./fields.js";

/** Indicator ids in catalogue order: SOM-6.2 before SOM-6.10. */
export function compareIndicatorIds(a: string, b: string): number {
  const parse = (id: string) => id.split(/[-.]/).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
