import { CATALOGUE, isFixedCode, whyFixed } from "../../diagnostics/catalogue.js";
import { didYouMean } from "../../diagnostics/suggest.js";
import { daysInMonth, YEARS } from "../../model/fields.js";
import type { ParsedDocument } from "../../parse/document.js";
import type { Report, Rule } from "../workspace.js";
import { placeOf } from "../workspace.js";
import { checkCountryCode } from "./parties.js";
import { clip } from "../../diagnostics/make.js";

/** Themes numbered once each, real country codes, rule overrides that name real codes. */
export const checkManifest: Rule = (workspace, report) => {
  const { plan } = workspace;
  if (!plan) return;
  const { manifest, doc } = plan;
  const numbers = new Map<number, number>();
  for (const [index, theme] of manifest.themes.entries()) {
    const first = numbers.get(theme.number);
    if (first === undefined) numbers.set(theme.number, index);
    else {
      report("duplicate-theme-number", `theme number ${theme.number} is used twice`, doc, ["themes", index, "number"], {
        related: [placeOf(doc, ["themes", first, "number"], "first used here")],
      });
    }
  }
  const [year, month, day] = manifest.date.split("-").map(Number) as [number, number, number];
  const days = daysInMonth(year, month);
  if (day > days) {
    report("invalid-value", `${manifest.date} is not a day of the calendar: that month has ${days} days`, doc, ["date"]);
  } else if (year < YEARS.min || year > YEARS.max) {
    // The years a timeframe may name: a date outside them is a typo (0019 for 2019), and year 0000 is no date a Word file may hold.
    report("invalid-value", `${manifest.date} is not a plausible date for a draft: its year is outside ${YEARS.min} to ${YEARS.max}`, doc, ["date"]);
  }
  for (const [index, code] of (manifest.countries ?? []).entries()) {
    checkCountryCode(workspace, report, doc, () => ["countries", index], code, false);
  }
  if (manifest.countries?.length === 0) {
    report("invalid-value", "'countries' lists no country: ALL in a matrix would name nobody", doc, ["countries"], {
      hint: "List the countries taking part, or leave `countries` out for the RCM's eleven members.",
    });
  }
  // Each draft language written twice, each country counted twice in the responsibilities.
  reportRepeated(report, doc, "languages", manifest.languages);
  reportRepeated(report, doc, "countries", manifest.countries ?? []);
  for (const [code, setting] of Object.entries(manifest.rules)) {
    // Own keys only: `toString` is no code, whatever Object.prototype holds.
    if (!Object.hasOwn(CATALOGUE, code)) {
      const hint = didYouMean(code, Object.keys(CATALOGUE));
      report("unknown-rule", `no diagnostic code is called '${clip(code)}'`, doc, ["rules", code], { part: "key", hint });
    } else if (isFixedCode(code) && setting !== "error") {
      report("unchangeable-rule", `'${code}' stays an error: ${whyFixed(code)}`, doc, ["rules", code], { part: "key" });
    }
  }
};

/** Each value of plan.yaml's list `key` that an earlier entry already holds. */
function reportRepeated(report: Report, doc: ParsedDocument, key: string, values: readonly string[]): void {
  const first = new Map<string, number>();
  for (const [index, value] of values.entries()) {
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, index);
    else report("invalid-value", `'${key}' lists ${clip(value)} twice`, doc, [key, index], { hint: "Remove this entry.", related: [placeOf(doc, [key, earlier], "first listed here")] });
  }
}
