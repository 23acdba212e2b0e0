import { isDeepStrictEqual } from "node:util";
import { parseDocument } from "yaml";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { sortDiagnostics, START_OF_FILE } from "../../diagnostics/diagnostic.js";
import { clip, makeDiagnostic } from "../../diagnostics/make.js";
import type { Organization } from "../../model/reference.js";
import { GroupSchema, type WorkingGroup } from "../../model/schema.js";
import type { Lang, Text } from "../../model/text.js";
import { groupTexts, nameInGroup, setText } from "../../model/texts.js";
import { isRecord } from "../../model/values.js";
import type { DataPath, ParsedDocument, TextEdit } from "../../parse/document.js";
import { startsBlock } from "../../parse/markdown/fast-lines.js";
import { PASTED_BULLET } from "../../parse/markdown/items.js";
import { PLAIN_LANGUAGE } from "../../parse/markdown/vocabulary.js";
import { isMarkdownFile, parseSource } from "../../parse/parse-source.js";
import { parseYaml } from "../../parse/yaml.js";
import { builtInReference, organizationsWith } from "../../io/reference.js";
import { checkSchema } from "../../validate/schema-check.js";
import type { HintContext } from "../../validate/value-hints.js";
import { GROUP_ORDER, PLAN_ORDER, reorderDocument } from "./key-order.js";
import { commentsOf, frontMatterOf, withoutModeline } from "./comments.js";
import { frontMatterComments, renderGroupMarkdown } from "./markdown.js";
import { primaryLanguage } from "./texts.js";
import { renderGroupYaml, unfoldLongFlows, YAML_OPTIONS } from "./yaml.js";

export type GroupFormat = "md" | "yaml";

/** A rewritten file, or the problems that stopped it (the file is then left as it is). */
export interface Rewritten {
  text?: string;
  diagnostics: Diagnostic[];
  /** The comments of a YAML file's objectives, which a Markdown matrix written from it has no place for. */
  uncarried?: number;
  /** Where the file could not be read: edits that would make it read as meant (ParsedDocument.fixes). */
  fixes?: readonly TextEdit[];
}

const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === "error");

/** A group file read on its own, without the rest of its plan; a Markdown matrix also gives its language. */
interface GroupFile {
  group?: WorkingGroup;
  lang?: Lang | undefined;
  /** The file as read, to point at its texts. */
  doc?: ParsedDocument;
  diagnostics: Diagnostic[];
  fixes?: readonly TextEdit[];
}

/**
 * The names a hint looks up: the built-in countries, organisations and indicators, read only when a
 * hint asks (a file in form needs none), with the plan's own organisations (`own`) after them.
 */
function namedParties(own: readonly Organization[]): HintContext {
  let organizations: Map<string, Organization> | undefined;
  return {
    get countries() {
      return builtInReference().countries;
    },
    get organizations() {
      return (organizations ??= organizationsWith(builtInReference().organizations, own));
    },
    get indicators() {
      return builtInReference().indicators;
    },
  };
}

/**
 * A group file read and checked against the schema on its own, without the rest of its plan but
 * for `plain`, its primary language (ParseOptions.primaryLanguage).
 */
export async function readGroupFile(file: string, text: string, plain?: Lang, own: readonly Organization[] = []): Promise<GroupFile> {
  const doc = await parseSource(file, text, { primaryLanguage: plain, organizations: own });
  if (hasErrors(doc.diagnostics)) return { diagnostics: doc.diagnostics, ...(doc.fixes ? { fixes: doc.fixes } : {}) };
  const checked = checkSchema(doc, GroupSchema, namedParties(own));
  const diagnostics = [...doc.diagnostics, ...checked.diagnostics];
  if (!checked.value || hasErrors(diagnostics)) return { diagnostics };
  return { group: checked.value, lang: doc.lang, doc, diagnostics };
}

/**
 * `plan convert`: a group file in the other form (or the same form, canonical). A Markdown matrix
 * is written in `lang` if given, else in the language of the Markdown it was read from (so that
 * `plan fmt` keeps a Spanish matrix Spanish), else in the one its texts choose. `plain` is the
 * plan's primary language, which a plain string stands for (English where it is not known).
 */
export async function convertGroup(file: string, text: string, to: GroupFormat, lang?: Lang, plain?: Lang, own: readonly Organization[] = []): Promise<Rewritten> {
  const read = await readGroupFile(file, text, plain, own);
  if (!read.group) return { diagnostics: read.diagnostics, ...(read.fixes ? { fixes: read.fixes } : {}) };
  const matrixLang = to === "md" ? (lang ?? read.lang ?? primaryLanguage(read.group, plain)) : undefined;
  const comments = isMarkdownFile(file) ? commentsOf(frontMatterOf(text), { frontMatter: true }) : to === "md" ? withoutModeline(commentsOf(text)) : commentsOf(text);
  const write = (group: WorkingGroup, carried = comments) => (matrixLang === undefined ? renderGroupYaml(group, carried) : renderGroupMarkdown(group, matrixLang, plain, carried));
  const output = write(read.group);
  // "Losing nothing" is checked, not assumed: the output is read back as the group it was written from.
  const readsBack = async (group: WorkingGroup, written = write(group, [])) => {
    const back = (await readGroupFile(`${file}.${to}`, written, plain)).group;
    return back !== undefined && sameMeaning(back, group, plain ?? PLAIN_LANGUAGE);
  };
  // The very text that was read (plan fmt on a file already in form, as CI's fmt --check finds most) reads back as it did.
  const unchanged = output === text || (text.includes("\r") && output === text.replace(/\r\n/g, "\n"));
  if (unchanged || (await readsBack(read.group, output))) {
    const uncarried = matrixLang === undefined ? 0 : comments.length - frontMatterComments(comments).length;
    return { text: output, diagnostics: read.diagnostics, ...(uncarried > 0 ? { uncarried } : {}) };
  }
  return { diagnostics: [...read.diagnostics, ...(await unwritableTexts(read.group, read.doc!, to, readsBack))] };
}

/**
 * Whether two readings of a group mean the same: a plain string is the map it stands for in the
 * plan's primary language `plain` (a Spanish matrix labels an English plan's texts), and an empty
 * list is no list (`related: []` is written as nothing).
 */
function sameMeaning(a: unknown, b: unknown, plain: Lang): boolean {
  if (a === b) return true;
  if (typeof a === "string" || typeof b === "string") {
    const [text, map] = typeof a === "string" ? [a, b] : [b as string, a];
    return isRecord(map) && Object.keys(map).length === 1 && map[plain] === text;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameMeaning(item, b[i], plain));
  if (!isRecord(a) || !isRecord(b)) return false;
  const none = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(none(a[key]) && none(b[key])) && !sameMeaning(a[key], b[key], plain)) return false;
  }
  return true;
}

/**
 * The texts of `group` that the `to` form would not read back as they are. The whole group with
 * every text a placeholder first: if it does not read back, what differs is in no text, and one
 * error at the top of the file says so. Then each objective's own texts, and each action's, alone
 * in their objective (every other text a placeholder); the texts of one that does not read back
 * are each written alone. A Markdown matrix cannot hold a text one of whose lines Markdown reads
 * as a block of its own (`- `, `#`, `|`, a `**Label:**`): in YAML that line is a text's.
 */
async function unwritableTexts(group: WorkingGroup, doc: ParsedDocument, to: GroupFormat, readsBack: (group: WorkingGroup) => Promise<boolean>): Promise<Diagnostic[]> {
  const form = to === "md" ? "a Markdown matrix" : "YAML";
  const fails = async (probe: WorkingGroup) => !(await readsBack(probe));
  const whole = () => [makeDiagnostic("unwritable-text", `${form} written from this file would not read back as the same group`, doc.file, START_OF_FILE)];
  if (await fails(probeGroup(group, undefined, () => undefined))) return whole();
  const texts = groupTexts(group);
  const found: Diagnostic[] = [];
  for (const [o, objective] of group.objectives.entries()) {
    // The objective's own texts with its first action, which decides how the matrix names its language; then each action's.
    const units = [{ a: 0, mine: (path: DataPath) => path[1] === o && path[2] !== "actions" }];
    for (let a = 0; a < objective.actions.length; a++) units.push({ a, mine: (path) => path[1] === o && path[2] === "actions" && path[3] === a });
    for (const { a, mine } of units) {
      if (!(await fails(probeGroup(group, [o, a], (at) => (mine(at) ? "all" : undefined))))) continue;
      for (const { path, text } of texts.filter((each) => mine(each.path))) {
        for (const lang of typeof text === "string" ? [undefined] : (Object.keys(text) as Lang[])) {
          if (!(await fails(probeGroup(group, [o, a], (at) => (isDeepStrictEqual(at, path) ? (lang ?? "all") : undefined))))) continue;
          const at: DataPath = lang === undefined ? path : [...path, lang];
          const words = typeof text === "string" ? text : text[lang!]!;
          const line = markdownLine(words);
          const escaped = to === "md" && line === undefined && ESCAPED_PIPE.test(words);
          // A description's line written after a tab reads back without it, as Markdown shows it (an editor's indentation).
          const tabbed = to === "md" && line === undefined && !escaped ? words.split("\n").find((each, i) => i > 0 && each.startsWith("\t")) : undefined;
          const why = escaped
            ? ": its `\\|` would end a table's cell, as a backslash before a pipe does there"
            : tabbed !== undefined ? `: its line '${clip(tabbed.trim())}' starts with a tab, which Markdown reads as the line's indentation, not as the text's`
            : to === "md" && line !== undefined ? `: its line '${clip(line.trim())}' would be read as a block or an item of its own, not as more of the text` : "";
          const hint = escaped ? { hint: "Write the pipe without its backslash (`|`), which reads as the same pipe in YAML and in a Markdown matrix's table." }
            : tabbed !== undefined ? { hint: "Remove the tab at the line's start, or keep this group in YAML." } : {};
          found.push(makeDiagnostic("unwritable-text", `${form} cannot hold this text (${nameInGroup(group, path, clip)}${lang ? `, ${lang}` : ""}) as it is${why}`, doc.file, doc.locate(at), { path: at, ...hint }));
        }
      }
    }
  }
  return found.length > 0 ? found : whole();
}

/**
 * The group, or cut down to its objective `o` and that objective's action `a` (if it has any), with
 * the words of each text "x" but in the languages `keep` names for the text's path in `group`.
 */
function probeGroup(group: WorkingGroup, at: readonly [o: number, a: number] | undefined, keep: (path: DataPath) => Lang | "all" | undefined): WorkingGroup {
  const [o, a] = at ?? [];
  const cut = o === undefined ? group : { ...group, objectives: [{ ...group.objectives[o]!, actions: group.objectives[o]!.actions.slice(a, a! + 1) }] };
  // A text's path in `group`: the cut-down group's objective and action are its first.
  const original = (path: DataPath): DataPath =>
    o === undefined ? path : path[2] === "actions" ? ["objectives", o, "actions", a!, ...path.slice(4)] : ["objectives", o, ...path.slice(2)];
  const probe = structuredClone(cut);
  for (const { path, text } of groupTexts(probe)) setText(probe, path, blanked(text, keep(original(path))));
  return probe;
}

/** A text with each language's words "x", but for the language `keep` ("all": every language kept). */
function blanked(text: Text, keep: Lang | "all" | undefined): Text {
  if (keep === "all") return text;
  const x = (words: string) => (words === "" ? "" : "x");
  if (typeof text === "string") return x(text);
  return Object.fromEntries(Object.entries(text).map(([lang, words]) => [lang, lang === keep ? words : x(words)]));
}

/**
 * Markdown's escaped pipe, `\|`: a table's cell can hold no such text, as GFM reads a cell's
 * backslash with the character after it (`\\` of `\\|`) and then ends the cell at the pipe.
 */
const ESCAPED_PIPE = /\\\|/;

/** The first line of a text that Markdown could read as a block of its own, or the reader as a lost item (a bold label, perhaps after a bullet). */
function markdownLine(text: string): string | undefined {
  return text.split("\n").find((line) => startsBlock(line.trimStart()) || BOLD_LABEL_LINE.test(line));
}

const BOLD_LABEL_LINE = new RegExp(String.raw`^\s*(?:${PASTED_BULLET}\s*)?\*\*[^*\n]+\*\*`);

/**
 * `plan fmt`: a Markdown group is written anew from its data; a YAML file keeps its comments and
 * styles and only has its keys put in order. Either way, a file that does not read is left alone,
 * but for what its reader would fix beyond doubt (a table pasted from a spreadsheet): with that
 * fixed, a file that then reads is written.
 */
export async function formatFile(file: string, text: string, kind: "plan" | "group", plain?: Lang, own: readonly Organization[] = []): Promise<Rewritten> {
  if (isMarkdownFile(file)) {
    const formatted = await convertGroup(file, text, "md", undefined, plain, own);
    if (formatted.fixes === undefined) return formatted;
    // The reader's edits are at its offsets, which count a CRLF as one LF (TextEdit); fmt puts the file's line ends back.
    const lf = text.replace(/\r\n/g, "\n");
    const fixed = await convertGroup(file, applyEdits(lf, formatted.fixes), "md", undefined, plain, own);
    return fixed.text !== undefined ? fixed : { diagnostics: [...formatted.diagnostics, ...unwrittenEdits(file, lf, formatted.fixes, fixed.diagnostics, formatted.diagnostics)] };
  }
  const read = parseYaml(file, text);
  const { diagnostics } = read;
  if (hasErrors(diagnostics)) return { diagnostics };
  // The yaml package keeps a CR in every line but the last of a comment block, which fmt's CRLF
  // would then double (`\r\r\n`); YAML reads CRLF as LF anyway, and fmt puts the file's line ends back.
  const doc = parseDocument(text.replace(/\r\n/g, "\n"), { uniqueKeys: false, logLevel: "error" });
  // Read back, as convert reads what it writes: a reordered alias may come before its anchor, and
  // the yaml package folds a long quoted text holding a line of spaces into another text.
  let written: string;
  try {
    reorderDocument(doc, kind === "plan" ? PLAN_ORDER : GROUP_ORDER);
    unfoldLongFlows(doc);
    written = doc.toString(YAML_OPTIONS);
  } catch (error) {
    const alias = /Unresolved alias.*: (\S+)$/.exec((error as Error).message)?.[1];
    if (alias === undefined) throw error;
    const why = `the alias *${alias} would come before its anchor &${alias} once the keys are in order`;
    return { diagnostics: [...diagnostics, notRewritten(file, why, `Write the value out where *${alias} stands.`)] };
  }
  const back = parseYaml(file, written);
  if (hasErrors(back.diagnostics) || !isDeepStrictEqual(back.value, read.value)) {
    const hint = "Write its long quoted texts as block scalars (|), or without lines of spaces alone.";
    return { diagnostics: [...diagnostics, notRewritten(file, "written in form, it would read back as other data", hint)] };
  }
  return { text: written, diagnostics };
}

/** `text` with `edits` (apart from each other) made. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let edited = text;
  for (const { start, end, text: replacement } of [...edits].sort((a, b) => b.start - a.start)) edited = edited.slice(0, start) + replacement + edited.slice(end);
  return edited;
}

/**
 * Why fmt did not make the reader's `edits` to `text`, where the text they make would not read
 * (`found`, its errors). An error in the lines an edit wrote (a pasted table's cell) is said at the
 * edit's first line, as the place fmt found it at is in text it did not write. An error elsewhere
 * is said at its place in `text` (unless `said`, the file's own diagnostics, holds it: a cell the
 * schema refuses in another table is not, as the schema is not checked past the reader's errors),
 * and each edit without an error of its own is said to wait for it. Else the reader's hint to run
 * fmt would be all fmt said, again.
 */
function unwrittenEdits(file: string, text: string, edits: readonly TextEdit[], found: readonly Diagnostic[], said: readonly Diagnostic[]): Diagnostic[] {
  const placed = editedLines(text, edits);
  const errors = found.filter((each) => each.severity === "error");
  const within = (error: Diagnostic, at: EditedLines) => error.line >= at.from && error.line <= at.to;
  const elsewhere = errors.filter((error) => !placed.some((at) => within(error, at))).map((error) => inText(error, placed));
  const first = sortDiagnostics(elsewhere)[0];
  const notes: Diagnostic[] = [];
  for (const at of placed) {
    const range = { line: at.line, column: 1, endLine: at.line, endColumn: text.slice(at.edit.start).split("\n", 1)[0]!.length + 1 };
    const error = sortDiagnostics(errors.filter((each) => within(each, at)))[0];
    if (error !== undefined) {
      const undone = at.edit.undone ?? "write the lines here as the table they were pasted as: written so, they would not read";
      const why = `plan fmt cannot ${undone}: ${error.message} (${error.code}); the file is left as it is`;
      notes.push(makeDiagnostic("unwritable-text", why, file, range, { hint: error.hint ?? "Correct that in the table's lines, then run plan fmt again." }));
    } else if (first !== undefined) {
      const why = `plan fmt cannot make its edit here while the file has an error it does not correct, at line ${first.line} (${first.code}); the file is left as it is`;
      notes.push(makeDiagnostic("unwritable-text", why, file, range, { hint: `Correct the error at line ${first.line}, then run plan fmt again.` }));
    }
  }
  const unsaid = elsewhere.filter((error) => !said.some((each) => each.code === error.code && each.line === error.line && each.column === error.column && each.message === error.message));
  return [...notes, ...unsaid];
}

/** An edit, its first line in the text it is made to (`line`), and the lines it writes in the edited text (`from` to `to`), with how many lines the edits up to it add (`shift`). */
interface EditedLines {
  edit: TextEdit;
  line: number;
  from: number;
  to: number;
  shift: number;
}

/** Where `edits` (apart from each other) are before and after they are made to `text`, in order. */
function editedLines(text: string, edits: readonly TextEdit[]): EditedLines[] {
  const breaks = (part: string) => part.split("\n").length - 1;
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.start - b.start)
    .map((edit) => {
      const line = breaks(text.slice(0, edit.start)) + 1;
      const from = line + shift;
      shift += breaks(edit.text) - breaks(text.slice(edit.start, edit.end));
      return { edit, line, from, to: from + breaks(edit.text), shift };
    });
}

/** A diagnostic of the edited text outside the edits' lines, at its place in the text as it was. */
function inText(error: Diagnostic, placed: readonly EditedLines[]): Diagnostic {
  const back = (line: number) => line - (placed.filter((at) => at.to < line).at(-1)?.shift ?? 0);
  const related = error.related?.map((place) => (place.file === error.file ? { ...place, line: back(place.line) } : place));
  return { ...error, line: back(error.line), endLine: back(error.endLine), ...(related ? { related } : {}) };
}

/** Why fmt leaves a YAML file as it is; the other files are still formatted. */
function notRewritten(file: string, why: string, hint: string): Diagnostic {
  return makeDiagnostic("unwritable-text", `plan fmt cannot write this file in form: ${why}; it is left as it is`, file, START_OF_FILE, { hint });
}
