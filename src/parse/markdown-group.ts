import type { Root, Yaml } from "mdast";
import { START_OF_FILE } from "../diagnostics/diagnostic.js";
import type { Lang } from "../model/text.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { DataPath, ParsedDocument } from "./document.js";
import { Bail } from "./bail.js";
import { fastMarkdownBlocks, type BodyBlock, type MarkdownBlocks } from "./markdown/fast-tree.js";
import { readFrontMatter } from "./markdown/front-matter.js";
import { cellNamesOf } from "./markdown/inline.js";
import { loadMarkdownParser } from "./markdown/load.js";
import { readObjectives } from "./markdown/objectives.js";
import { droppedCharacters, loneCarriageReturn } from "./decode.js";
import { markdownTooDeep, tooDeepRange } from "./nesting.js";
import { spacedMarkers } from "./markdown/no-break-space.js";
import { Reader, spanOf, type MatrixPlan } from "./markdown/reader.js";
import type { SourceMap } from "./markdown/source-map.js";
import { PLAIN_LANGUAGE } from "./markdown/vocabulary.js";
import { parseYamlSource, type ParseOptions } from "./parse-source.js";

/** A parsed Markdown matrix: its language is always known. */
export interface MarkdownDocument extends ParsedDocument {
  lang: Lang;
}

/**
 * Parses a Markdown group matrix (docs/markdown-format.md). The fast scanner reads the plain
 * Markdown the matrices are written in, block by block as the readers go; remark, loaded only then,
 * reads anything else, from the start, when the scanner meets it.
 */
export async function parseMarkdownGroup(file: string, text: string, options: ParseOptions = {}): Promise<MarkdownDocument> {
  // CRLF read as LF, as YAML reads it: the readers take texts from the source, and a CR kept in a
  // text of several lines went into the data and back out doubled by fmt (CR CR LF). Lines and
  // columns are the same either way: a CR ends a line, past its last column.
  const spaced = spacedMarkers(file, text.includes("\r\n") ? text.replace(/\r\n/g, "\n") : text);
  const doc = await readMarkdown(file, spaced.text, options);
  doc.diagnostics.push(...spaced.diagnostics);
  // Markdown reads a lone CR as a line break and Git as none: said, once, unless the front matter's YAML said it.
  const loneCr = loneCarriageReturn(file, text);
  if (!loneCr || doc.diagnostics.some((diagnostic) => diagnostic.code === "line-ending")) return doc;
  doc.diagnostics.unshift(loneCr);
  return doc;
}

async function readMarkdown(file: string, text: string, options: ParseOptions): Promise<MarkdownDocument> {
  const frontMatterOf = (blocks: MarkdownBlocks) => blocks.front && parseYamlSource(file, frontMatterSource(blocks.front));
  const fast = fastMarkdownBlocks(text);
  const plan: MatrixPlan = { plain: options.primaryLanguage, names: cellNamesOf(options.organizations), period: options.period };
  if (fast) {
    const frontMatter = await frontMatterOf(fast);
    const readAgain = options.keepPlaces ? undefined : () => fastMarkdownBlocks(text)!.body;
    try {
      return readMarkdownGroup(file, text, fast, frontMatter, readAgain, plan);
    } catch (error) {
      if (!(error instanceof Bail)) throw error;
    }
  }
  const deep = tooDeepRange(text);
  if (deep) return { ...markdownTooDeep(file, deep), lang: options.primaryLanguage ?? PLAIN_LANGUAGE };
  const blocks = blocksOfTree((await loadMarkdownParser())(text));
  const doc = readMarkdownGroup(file, text, blocks, await frontMatterOf(blocks), undefined, plan);
  // The fast scanner gives up any file holding a control character: the only place to say the body's (the front matter's YAML says its own).
  doc.diagnostics.push(...droppedCharacters(file, text, blocks.front ? spanOf(blocks.front).end : 0));
  return doc;
}

/**
 * The front matter's YAML below as many blank lines as its opening `---` and the lines above it,
 * so that its places, and the lines its messages name (`the item on line 11`), are the file's.
 */
export function frontMatterSource(front: Yaml): string {
  return "\n".repeat(front.position!.start.line) + front.value;
}

/** A whole tree (remark's) as the readers take it. */
export function blocksOfTree(tree: Root): MarkdownBlocks {
  const [first, ...rest] = tree.children;
  return first?.type === "yaml" ? { front: first, body: rest } : { front: undefined, body: tree.children };
}

/**
 * The group a Markdown matrix holds, as the same plain data the YAML form gives: front matter for
 * the group's details, then per objective a heading, its description, its table and action sections.
 * `frontMatter` is the front matter's YAML already parsed (async, as the yaml package loads lazily).
 * Given `readAgain` (the same body, read again), the places of the body are not kept but found by
 * reading it again when first asked, as the fast YAML reader does: a large plan's files are mostly
 * never asked, and the map of a 1,000-action file is ~50,000 places that memory would carry.
 * `plan`: what the matrix is read against, from its plan.
 */
export function readMarkdownGroup(
  file: string, text: string, blocks: MarkdownBlocks, frontMatter: ParsedDocument | undefined, readAgain?: () => Iterable<BodyBlock>, plan: MatrixPlan = {},
): MarkdownDocument {
  const reader = new Reader(file, text, readAgain === undefined, plan);
  const front = readFrontMatter(reader, blocks.front, frontMatter);
  const objectives = readObjectives(reader, blocks.body);
  const value: Record<string, unknown> = { ...front.value };
  if (objectives.length > 0) {
    if ("objectives" in value) {
      const message = "objectives belong in the body (`## FLD-O1: …` headings), not in the front matter";
      reader.diagnostics.push(makeDiagnostic("md-front-matter", message, file, front.locate(["objectives"], "key")));
    }
    value.objectives = objectives;
  }
  let places = readAgain ? undefined : reader.map;
  const locate = (path: DataPath, part: "key" | "value" = "value") => {
    if (path.length === 0) return START_OF_FILE;
    if (path[0] === "objectives" && objectives.length > 0) {
      places ??= placesOfBody(file, text, readAgain!(), plan);
      return places.find(path, part) ?? START_OF_FILE;
    }
    return front.locate(path, part);
  };
  const document: MarkdownDocument = { file, kind: "markdown", value: front.parsed ? value : undefined, locate, diagnostics: reader.diagnostics, lang: reader.settleLanguage() };
  if (reader.unread.length > 0) document.unread = reader.unread;
  if (reader.fixes.length > 0) document.fixes = reader.fixes;
  return document;
}

/** The places of a body read before without them: the same reading, this time recorded. */
function placesOfBody(file: string, text: string, body: Iterable<BodyBlock>, plan: MatrixPlan): SourceMap {
  const reader = new Reader(file, text, true, plan);
  readObjectives(reader, body);
  return reader.map;
}
