import type { Lang } from "../model/text.js";
import { isRecord } from "../model/values.js";
import type { DataPath, ParsedDocument } from "../parse/document.js";
import { labelName, type LabelKey } from "../parse/markdown/vocabulary.js";
import { valueAt } from "./schema-check.js";

/**
 * How the file writes a translation of the text at `path`: a narrative section as its file in that
 * language, named in plan.yaml's entry; other YAML as a map by language, or in the map it already
 * is; a Markdown matrix as a labelled item in the matrix's own words, `- **es:** …` under an item,
 * or, for a title or description (written in the heading, table or paragraphs), `- **Title (es):** …`
 * in the list under the objective's or action's heading, which a table row without one must be given.
 */
export function translationHint(doc: ParsedDocument, path: DataPath, missing: readonly Lang[]): string {
  if (path[0] === "narrative" && path.length === 2) {
    return `add ${missing.map((lang) => `${lang}: <file>`).join(" and ")} to the entry: the section's file in ${missing.length === 1 ? "that language" : "those languages"}`;
  }
  if (doc.kind !== "markdown") {
    const written = valueAt(doc.value, path);
    const adding = missing.map((lang) => `\`${lang}: …\``).join(" and ");
    if (isRecord(written)) return `add ${adding} beside ${Object.keys(written).map((key) => `\`${key}:\``).join(", ")}`;
    return `write it as a map by language: {${missing.map((lang) => `${lang}: …`).join(", ")}}`;
  }
  const lang = doc.lang ?? "en";
  const field = String(path[path.length - 1]);
  if (field !== "title" && field !== "description") return `add ${missing.map((other) => `\`- **${other}:** …\``).join(" and ")} under the item`;
  const labels = missing.map((other) => `\`- **${labelName(field as LabelKey, lang)} (${other}):** …\``).join(" and ");
  const id = valueAt(doc.value, [...path.slice(0, -1), "id"]);
  if (typeof id !== "string") return `add ${labels} in the section's list`;
  return path.includes("actions") ? `add ${labels} to the list under \`### ${id}\`` : `add ${labels} to the list under the \`## ${id}: …\` heading`;
}
