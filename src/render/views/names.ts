/**
 * Names as the drafts list and print them: in the order of the draft's language, the same on
 * every machine, and a party's name not said twice.
 */
import { compareStrings } from "../../diagnostics/diagnostic.js";
import { foldText } from "../../merge/similarity.js";

/**
 * Dictionary order without a locale: names compared without their accents and case ("México"
 * between "Honduras" and "Nicaragua"), ties broken by the names as they are. localeCompare would
 * depend on the ICU data of the machine, and the drafts must be the same bytes everywhere.
 */
export function compareNames(a: string, b: string): number {
  return compareStrings(foldText(a), foldText(b)) || compareStrings(a, b);
}

/**
 * "Delegation of Guatemala (Guatemala)" says the country twice: `name` with `party` in
 * parentheses, unless it holds the party's name already as whole words, accents and case aside.
 */
export function nameWithParty(name: string, party: string): string {
  return mentions(name, party) ? name : `${name} (${party})`;
}

function mentions(name: string, part: string): boolean {
  const folded = foldText(part).trim();
  if (folded === "") return true;
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(foldText(name));
}
