import { LANGUAGE_NAMES, LANGUAGES, type Lang } from "../model/text.js";
import { clip } from "../diagnostics/make.js";
import { isRecord } from "../model/values.js";
import type { DataPath, ParsedDocument } from "../parse/document.js";
import { columnName, isLabelKey, labelName, unlabelledTextsRule, type LabelKey } from "../parse/markdown/vocabulary.js";
import { describeTextPath, groupTexts, indicatorTexts, manifestTexts, nameInGroup, nameInIndicators, type TextAt, type TextFilter } from "../model/texts.js";
import type { Workspace } from "./workspace.js";
import type { WorkingGroup } from "../model/schema.js";
import { valueAt } from "./schema-check.js";

/**
 * The texts a person reads that `wanted` picks, file by file, each file's with how its places are
 * named: plan.yaml's, each checked group file's, and the plan's own indicators file's. The
 * missing-translation rule and the build's translation-fallback check both look at these.
 */
export function* textsByFile(workspace: Workspace, wanted: TextFilter): Generator<{ doc: ParsedDocument; texts: TextAt[]; name: (path: DataPath) => string }> {
  if (workspace.plan) yield { doc: workspace.plan.doc, texts: manifestTexts(workspace.plan.manifest, wanted), name: describeTextPath };
  for (const { doc, group } of workspace.groups) yield { doc, texts: groupTexts(group, wanted), name: textPlace(doc, group) };
  if (workspace.indicatorFile) {
    const { doc, indicators } = workspace.indicatorFile;
    yield { doc, texts: indicatorTexts(indicators, wanted), name: (path) => nameInIndicators(indicators, path) };
  }
}

/**
 * A group text's place as its file names it: by ids and keys (nameInGroup), and in a Markdown
 * matrix by the labels it writes in its language, where a Spanish matrix has no keys to show
 * (`action INT-1.1: Indicador 1, Meta`).
 */
export function textPlace(doc: ParsedDocument, group: WorkingGroup): (path: DataPath) => string {
  const word = fieldWord(doc);
  return (path) => nameInGroup(group, path, clip, word);
}

/** How `doc` names a field: a Markdown matrix by its label in the matrix's language; YAML by its key (undefined). */
export function fieldWord(doc: ParsedDocument): ((key: string) => string) | undefined {
  if (doc.kind !== "markdown") return undefined;
  const lang = doc.lang ?? "en";
  return (key: string) => (isLabelKey(key) ? labelName(key, lang) : key);
}

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
    // A plain string is the plan's primary language, which the map keeps: `{es: …, en: …}`, not `{en: …}` alone.
    const kept = LANGUAGES.filter((lang) => !missing.includes(lang));
    const keeping = kept.length === 1 ? `, this text under \`${kept[0]}:\`` : "";
    return `write it as a map by language${keeping}: {${[...kept, ...missing].map((lang) => `${lang}: …`).join(", ")}}`;
  }
  const lang = doc.lang ?? "en";
  const field = String(path[path.length - 1]);
  if (missing.includes(lang)) return ownLanguageHint(doc, path, field, lang);
  if (field !== "title" && field !== "description") return `add ${missing.map((other) => `\`- **${other}:** …\``).join(" and ")} under the item`;
  const labels = missing.map((other) => `\`- **${labelName(field as LabelKey, lang)} (${other}):** …\``).join(" and ");
  const id = valueAt(doc.value, [...path.slice(0, -1), "id"]);
  if (typeof id !== "string") return `add ${labels} in the section's list`;
  if (!path.includes("actions")) return `add ${labels} to the list under the \`## ${clip(id)}: …\` heading`;
  return hasSection(valueAt(doc.value, path.slice(0, -1)))
    ? `add ${labels} to the list under \`### ${clip(id)}\``
    : `add a section \`### ${clip(id)}\` after the objective's table, with ${labels} in its list`;
}

/** The fields only an action's section writes: an action with none of them has its table row alone, and no `### id` heading to go under. */
const SECTION_FIELDS = ["description", "indicators", "outputs", "related", "notes"];

function hasSection(action: unknown): boolean {
  return isRecord(action) && SECTION_FIELDS.some((field) => action[field] !== undefined);
}

/**
 * The matrix's own language is the text written unlabelled, where the matrix puts it: a label naming
 * it (`- **Descripción (es):**` in a Spanish matrix) would make the unlabelled text the other's
 * (md-own-language-label), and the section's list takes no bare `- **es:**`.
 */
function ownLanguageHint(doc: ParsedDocument, path: DataPath, field: string, lang: Lang): string {
  const id = valueAt(doc.value, [...path.slice(0, -1), "id"]);
  const action = path.includes("actions");
  const heading = typeof id !== "string" ? "its heading" : action ? `\`### ${id}\`` : `the \`## ${id}: …\` heading`;
  const where =
    field === "description" ? `as a paragraph under ${heading}, before its list`
    : field === "title" && action ? `in the ${columnName("title", lang)} cell of ${typeof id === "string" ? `${id}'s` : "its"} row`
    : field === "title" ? `in the heading, after ${typeof id === "string" ? `\`## ${id}:\`` : "the objective's id and colon"}`
    : "after the item's label";
  return `write the ${LANGUAGE_NAMES[lang]} text unlabelled, ${where}: ${unlabelledTextsRule(lang)}`;
}
