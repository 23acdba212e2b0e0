import type { Root, RootContent } from "mdast";
import { START_OF_FILE } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { DataPath, ParsedDocument } from "./document.js";
import { fastMarkdownTree } from "./markdown/fast-tree.js";
import { readFrontMatter } from "./markdown/front-matter.js";
import { loadMarkdownParser } from "./markdown/load.js";
import { readObjectives } from "./markdown/objectives.js";
import { Reader } from "./markdown/reader.js";
import type { SourceMap } from "./markdown/source-map.js";
import { parseYamlSource, type ParseOptions } from "./parse-source.js";

/**
 * Parses a Markdown group matrix (docs/markdown-format.md). The fast scanner reads the plain
 * Markdown the matrices are written in; remark, loaded only then, reads anything else.
 */
export async function parseMarkdownGroup(file: string, text: string, options: ParseOptions = {}): Promise<ParsedDocument> {
  const fast = fastMarkdownTree(text);
  const tree = fast ?? (await loadMarkdownParser())(text);
  const front = tree.children[0];
  const frontMatter = front?.type === "yaml" ? await parseYamlSource(file, front.value) : undefined;
  const readAgain = fast && !options.keepPlaces ? () => fastMarkdownTree(text)! : undefined;
  return readMarkdownGroup(file, text, tree, frontMatter, readAgain);
}

/**
 * The group a Markdown matrix holds, as the same plain data the YAML form gives: front matter for
 * the group's details, then per objective a heading, its description, its table and action sections.
 * `frontMatter` is the front matter's YAML already parsed (async, as the yaml package loads lazily).
 * Given `readAgain` (the same tree, made again), the places of the body are not kept but found by
 * reading it again when first asked, as the fast YAML reader does: a large plan's files are mostly
 * never asked, and the map of a 1,000-action file is ~50,000 places that memory would carry.
 */
export function readMarkdownGroup(file: string, text: string, tree: Root, frontMatter: ParsedDocument | undefined, readAgain?: () => Root): ParsedDocument {
  const reader = new Reader(file, text, readAgain === undefined);
  const front = readFrontMatter(reader, tree, frontMatter);
  const objectives = readObjectives(reader, tree.children.slice(front.bodyStart));
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
      places ??= placesOfBody(file, text, readAgain!().children.slice(front.bodyStart));
      return places.find(path, part) ?? START_OF_FILE;
    }
    return front.locate(path, part);
  };
  return { file, kind: "markdown", value: front.parsed ? value : undefined, locate, diagnostics: reader.diagnostics };
}

/** The places of a body read before without them: the same reading, this time recorded. */
function placesOfBody(file: string, text: string, body: RootContent[]): SourceMap {
  const reader = new Reader(file, text);
  readObjectives(reader, body);
  return reader.map;
}
