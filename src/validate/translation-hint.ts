import type { Lang } from "../model/text.js";
import type { ParsedDocument } from "../parse/document.js";
import type { MarkdownDocument } from "../parse/markdown-group.js";
import { labelName, type LabelKey } from "../parse/markdown/vocabulary.js";

/**
 * How the file writes a translation: YAML as a map by language; a Markdown matrix as a labelled
 * item, `- **Title (es):** …` in the section's list for a text of the heading, table or
 * paragraphs, `- **es:** …` under an item for the others, in the matrix's own words. `field` is
 * the last key of the text's data path.
 */
export function translationHint(doc: ParsedDocument, field: string, missing: readonly Lang[]): string {
  if (doc.kind !== "markdown") return `write it as a map by language: {${missing.map((lang) => `${lang}: …`).join(", ")}}`;
  const lang = (doc as Partial<MarkdownDocument>).lang ?? "en";
  const inList = field === "title" || field === "description";
  const labels = missing.map((other) => (inList ? `\`- **${labelName(field as LabelKey, lang)} (${other}):** …\`` : `\`- **${other}:** …\``));
  return `add ${labels.join(" and ")} ${inList ? "in the section's list" : "under the item"}`;
}
