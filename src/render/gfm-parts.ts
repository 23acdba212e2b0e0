/**
 * A long Markdown text cut into parts that remark reads apart as it reads them in the whole text.
 * remark holds every token of the text it reads until its tree is made: a 4 MB narrative of short
 * paragraphs took 2 GB of heap read at once, in parts 340 MB, and the collector's time with it.
 */
import type { Nodes, Root } from "mdast";
import type { Point } from "unist";
import { scanBlocks } from "../parse/narrative/blocks.js";

/** A part of a text: where it starts, as an offset and as the number of lines before it. */
export interface TextPart {
  text: string;
  offset: number;
  line: number;
}

/**
 * `markdown` cut at lines where nothing before can reach past and nothing after looks back, each
 * part about `size` long or longer: a line starting in the first column, after a blank line, with
 * no quote or list marker (which could carry on a list or make it loose) and no fence, comment or
 * HTML block open before it (which blank lines do not end). None where a line ends with a lone CR.
 */
export function cutIntoParts(markdown: string, size: number): TextPart[] {
  // A lone CR ends a line for remark, not for the count of lines here.
  if (markdown.length <= size || markdown.includes("\r")) return [{ text: markdown, offset: 0, line: 0 }];
  const parts: TextPart[] = [];
  let part = { offset: 0, line: 0 };
  // Where a part whose end leaves a block open is looked at again: when it has doubled, so that a fence never closed is scanned a few times, not at every blank line.
  let checkAt = size;
  let line = 0;
  for (let at = 0; at < markdown.length; line++) {
    const newline = markdown.indexOf("\n", at);
    const next = newline === -1 ? markdown.length : newline + 1;
    if (next - part.offset >= checkAt && startsPart(markdown, at, next)) {
      const text = markdown.slice(part.offset, next);
      // A leading line ending, so that the scan takes a part's first `---` for a rule, as remark does, not for front matter.
      if (scanBlocks(`\n${text}`).open === undefined) {
        parts.push({ text, ...part });
        part = { offset: next, line: line + 1 };
        checkAt = size;
      } else {
        checkAt = 2 * (next - part.offset);
      }
    }
    at = next;
  }
  parts.push({ text: markdown.slice(part.offset), ...part });
  return parts;
}

/** Whether a part may end with the line from `start` to `end`: a blank one, before a line that begins a block remark reads alone. */
function startsPart(markdown: string, start: number, end: number): boolean {
  if (!/^[ \t]*\r?\n$/.test(markdown.slice(start, end))) return false;
  return end < markdown.length && /^[^\s>*+\-\d]/.test(markdown[end]!);
}

/**
 * `markdown`'s tree, read by `parse` in parts of about `size` (cutIntoParts). A part that names a
 * link or footnote another part defines is read again after the definitions it names, written
 * again (`[label]: x`, then a rule that ends a footnote's), whose nodes are then left out: remark
 * makes a reference only of a label the text defines.
 */
export function parseInParts(markdown: string, size: number, parse: (markdown: string) => Root): Root {
  const parts = cutIntoParts(markdown, size);
  if (parts.length === 1) return parse(markdown);
  const trees = parts.map((part) => parse(part.text));
  const definitions = trees.map(definitionsIn);
  const all = new Set(definitions.flatMap((own) => [...own]));
  const read = parts.map((part, k) => {
    const stubs = [...namedLabels(part.text)].filter((key) => all.has(key) && !definitions[k]!.has(key)).map((key) => `${key}: x\n\n`);
    if (stubs.length === 0) return { part, tree: trees[k]! };
    const before = `${stubs.join("")}***\n\n`;
    const tree = parse(before + part.text);
    tree.children.splice(0, stubs.length + 1);
    return { part: { ...part, offset: part.offset - before.length, line: part.line - before.split("\n").length + 1 }, tree };
  });
  return joinParts(read);
}

/**
 * The link and footnote definitions in a tree, anywhere, by kind and identifier (`[x]`, `[^x]`),
 * each also a label remark reads as that identifier: the identifier is the label as written,
 * folded, where `label` has its escapes and entities decoded (`[a\_b]` as `a_b`, which a stub
 * would define as another identifier).
 */
function definitionsIn(tree: Root): Set<string> {
  const found = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === "definition") found.add(`[${node.identifier}]`);
    if (node.type === "footnoteDefinition") found.add(`[^${node.identifier}]`);
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}

/**
 * What each bracketed text in `markdown` could name, by kind and identifier: `[x]` a link's label
 * or, written `[^x]`, a footnote's. More than remark takes for references is harmless (a
 * definition read again for nothing); none may be missing.
 */
function namedLabels(markdown: string): Set<string> {
  const keys = new Set<string>();
  for (const [, label] of markdown.matchAll(/\[((?:[^\\[\]]|\\[^])*)\]/g)) {
    const identifier = normalizeIdentifier(label!);
    keys.add(`[${identifier}]`);
    if (label!.startsWith("^")) keys.add(`[^${normalizeIdentifier(label!.slice(1))}]`);
  }
  return keys;
}

/** A label as remark makes it an identifier (micromark's normalizeIdentifier, then lower case). */
function normalizeIdentifier(label: string): string {
  return label.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase().toLowerCase();
}

/**
 * The trees of parts as one: each part's positions moved to where the part stands in the whole
 * text (its lines start in the first column, so columns stay).
 */
function joinParts(read: readonly { part: TextPart; tree: Root }[]): Root {
  const children = read.flatMap(({ part, tree }) => {
    for (const child of tree.children) shift(child, part);
    return tree.children;
  });
  const root: Root = { type: "root", children };
  const end = read[read.length - 1]!.tree.position?.end;
  // The whole text's tree starts where the text does.
  if (end) root.position = { start: { line: 1, column: 1, offset: 0 }, end: movedPoint(end, read[read.length - 1]!.part) };
  return root;
}

function movedPoint(point: Point, part: TextPart): Point {
  return { line: point.line + part.line, column: point.column, offset: point.offset === undefined ? undefined : point.offset + part.offset };
}

// New points, not moved in place: a point two nodes shared would be moved twice.
function shift(node: Nodes, part: TextPart): void {
  if (node.position) {
    node.position.start = movedPoint(node.position.start, part);
    node.position.end = movedPoint(node.position.end, part);
  }
  if ("children" in node) for (const child of node.children) shift(child as Nodes, part);
}
