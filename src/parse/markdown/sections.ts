import { otherLanguage, type Lang } from "../../model/text.js";
import type { DataPath } from "../document.js";
import { splitIds } from "./inline.js";
import { addLabelledTranslation, reportUnknownLabel, takeTranslations, unlabelledTextHint, type Item } from "./items.js";
import type { Block } from "./objective-draft.js";
import { paragraphsPiece, setText } from "./objectives.js";
import type { Reader } from "./reader.js";
import { reportPipe, type ActionRow } from "./table.js";
import { newTextParts, resolveText } from "./texts.js";
import { labelName, type LabelKey } from "./vocabulary.js";

const SECTION_LABELS: readonly LabelKey[] = ["indicator", "output", "related", "notes"];
const MEASURE_LABELS = ["baseline", "target", "verification"] as const;

/** An action as data: its table row, with what its section (`### FLD-1.1`) adds. */
export function finishAction(reader: Reader, row: ActionRow, section: Block | undefined): Record<string, unknown> {
  const { path } = row;
  const description = newTextParts(section ? paragraphsPiece(reader, section.paragraphs) : undefined);
  const found: Record<"indicator" | "output", Item[]> = { indicator: [], output: [] };
  const single: Partial<Record<"related" | "notes", Item>> = {};
  let previous: Item | undefined;
  for (const item of section?.items ?? []) {
    const translated = previous;
    previous = item;
    if (item.lang && !item.key && translated && outdentedTranslation(item, translated)) {
      const hint = `it follows '${translated.typed}', which has no ${item.lang} text: if it translates that, indent it two spaces, under \`- **${translated.typed}:** …\``;
      reportUnknownLabel(reader, item, [], "in an action's section", hint);
    } else if (item.lang) addLabelledTranslation(reader, item, { title: row.title, description }, "in an action's section");
    else if (item.key === "indicator") found.indicator.push(item);
    else if (item.key === "output") {
      if (!isPlaceholder(reader, item)) found.output.push(item);
    } else if (item.key === "related" || item.key === "notes") {
      const first = single[item.key];
      if (first) reader.reportRepeat("md-duplicate-label", `a second '${item.typed}' for ${row.id ?? "this action"}`, item.label, first.label, `first '${first.typed}'`);
      else if (!isPlaceholder(reader, item)) single[item.key] = item;
    } else {
      const lang = reader.knownLanguage;
      const measure = isMeasure(item);
      const belongs = measure ? `${item.typed} belongs to an indicator: indent it (two spaces) under the \`- **${labelName("indicator", lang)}:** …\` item it measures` : unlabelledTextHint(reader, item, "action");
      reportUnknownLabel(reader, item, labelsHere(lang), "in an action's section", belongs);
    }
  }
  const action: Record<string, unknown> = {};
  if (row.id !== undefined) action.id = row.id;
  setText(action, "title", resolveText(reader, row.title, [...path, "title"]));
  setText(action, "description", resolveText(reader, description, [...path, "description"]));
  Object.assign(action, row.fields);
  if (found.indicator.length > 0) action.indicators = found.indicator.map((item, i) => readMeasure(reader, item, [...path, "indicators", i]));
  if (found.output.length > 0) action.outputs = found.output.map((item, k) => itemText(reader, item, [...path, "outputs", k]));
  if (single.related) action.related = readRelated(reader, single.related, [...path, "related"]);
  setText(action, "notes", single.notes && itemText(reader, single.notes, [...path, "notes"]));
  return action;
}

/**
 * `- **en:** …` lined up with the `- **Indicador:** …` item above it, which has no translation of
 * its own: most likely that item's, a level too shallow (told "labels here: Título (en)…", its
 * author renamed it and filed the translation as the action's title).
 */
function outdentedTranslation(item: Item, previous: Item): boolean {
  return (previous.key === "indicator" || previous.key === "output" || previous.key === "notes") && !previous.children.some((child) => child.lang === item.lang && !child.key);
}

/** Whether `item` is an indicator's Baseline, Target or Verification, by its label. */
function isMeasure(item: Item): boolean {
  return !item.lang && MEASURE_LABELS.some((key) => key === item.key);
}

/** What an item holds, as a placeholder's hint names it. */
const HOLDS: Partial<Record<LabelKey, string>> = {
  output: "output", related: "ids of the related actions", notes: "notes", baseline: "baseline", target: "target", verification: "means of verification",
};

/**
 * Whether `item` is a placeholder left to fill in (`- **Meta:**`, and nothing under it), which is
 * said at its label: YAML's `target:` with nothing after it is an error too, and the draft would
 * show no target without a word. An output's would be an empty item of the list.
 */
function isPlaceholder(reader: Reader, item: Item): boolean {
  if (item.value.text !== "" || item.children.length > 0) return false;
  const what = HOLDS[item.key!] ?? "text";
  reader.report("missing-field", `'${item.typed}' holds no text`, item.label, { hint: `Write the ${what} after the label, or remove the line while there is none.` });
  return true;
}

/** The labels of an action's section, as a matrix in `lang` writes them: `Title (es)` in English, `Título (en)` in Spanish. */
function labelsHere(lang: Lang): string[] {
  const other = otherLanguage(lang);
  return [`${labelName("title", lang)} (${other})`, `${labelName("description", lang)} (${other})`, ...SECTION_LABELS.map((key) => labelName(key, lang))];
}

/** The text of an item and of its `- **es:** …` sub-items; other sub-items are reported. */
function itemText(reader: Reader, item: Item, path: DataPath) {
  const parts = newTextParts(item.value);
  for (const other of takeTranslations(reader, parts, item.children)) {
    // `Meta` indented under `Línea de base`: a measure of the indicator, one level too deep.
    const measure = isMeasure(other) && isMeasure(item);
    const belongs = measure ? `${other.typed} belongs to the indicator, beside '${item.typed}': indent it as much as '${item.typed}'` : undefined;
    reportUnknownLabel(reader, other, ["en", "es"], `under '${item.typed}'`, belongs);
  }
  reader.map.add(path, item.value.text === "" ? item.label : item.value, item.label);
  return resolveText(reader, parts, path);
}

function readMeasure(reader: Reader, item: Item, path: DataPath): Record<string, unknown> {
  const parts = newTextParts(item.value);
  const fields: Partial<Record<(typeof MEASURE_LABELS)[number], Item>> = {};
  for (const child of takeTranslations(reader, parts, item.children)) {
    const key = MEASURE_LABELS.find((candidate) => candidate === child.key && !child.lang);
    if (!key) {
      const lang = reader.knownLanguage;
      const section = SECTION_LABELS.some((key) => key === child.key && !child.lang);
      const belongs = section ? `${child.typed} belongs to the action, not to the indicator: indent it as much as the \`- **${labelName("indicator", lang)}:** …\` item above` : undefined;
      reportUnknownLabel(reader, child, [otherLanguage(lang), ...MEASURE_LABELS.map((k) => labelName(k, lang))], "under an indicator", belongs);
    } else if (fields[key]) reader.reportRepeat("md-duplicate-label", `a second '${child.typed}' for this indicator`, child.label, fields[key].label, `first '${fields[key].typed}'`);
    else if (!isPlaceholder(reader, child)) fields[key] = child;
  }
  reader.map.add(path, item.label, item.label);
  reader.map.addBelow(path, "text", item.value.text === "" ? item.label : item.value, item.label);
  const measure: Record<string, unknown> = {};
  setText(measure, "text", resolveText(reader, parts, [...path, "text"]));
  for (const key of MEASURE_LABELS) setText(measure, key, fields[key] && itemText(reader, fields[key], [...path, key]));
  return measure;
}

function readRelated(reader: Reader, item: Item, path: DataPath): string[] {
  for (const child of item.children) reportUnknownLabel(reader, child, [], "under 'Related'");
  reader.map.add(path, item.value.text === "" ? item.label : item.value, item.label);
  // The ids' places from the source: the item's text has lost its continuation lines' indentation.
  // A line of it that is an item whose - was lost (md-label-in-text) is that item's, not more ids.
  const end = item.lostAt === undefined ? item.value.end : Math.max(item.value.start, item.lostAt - 1);
  const ids = splitIds({ ...item.value, end, text: reader.text.slice(item.value.start, end) }, reader.names);
  ids.forEach((id, k) => reader.map.addBelow(path, k, id));
  reportPipe(reader, { ...item.value, end, text: reader.text.slice(item.value.start, end) }, ids);
  return ids.map((id) => id.text);
}
