import { isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from "yaml";
import type { DataPath } from "../../parse/document.js";

/**
 * A YAML comment of a group file, by the data it is written at: above or after a key (`part:
 * "key"`), above or after a value, or above or below the whole document (`path` empty). The
 * canonical writers build their YAML from the data, which holds no comments; these are put back
 * at the same data in what they write (carryComments), so that `plan fmt` on a Markdown matrix
 * keeps its front matter's comments and `plan convert` the comments the other form has room for.
 */
export interface SourceComment {
  path: DataPath;
  part: "key" | "value" | "document";
  before?: string;
  after?: string;
  /** The keys after this one in its map, in the source's order: where a comment whose key is left out goes. */
  next?: readonly string[];
}

/**
 * The comments of a YAML text (a YAML group file, or a Markdown matrix's `frontMatter`). A text
 * without `#` has none and is not parsed; a text that does not parse has none to keep either
 * (the readers report it).
 */
export function commentsOf(yaml: string, { frontMatter = false } = {}): SourceComment[] {
  if (!yaml.includes("#")) return [];
  const doc = parseDocument(yaml.replace(/\r\n/g, "\n"), { uniqueKeys: false, logLevel: "silent" });
  if (doc.errors.length > 0) return [];
  const found: SourceComment[] = [];
  // In the source's order: above the document, in it, below it. Below a front matter is below
  // the group's details, which YAML writes above its objectives.
  add(found, [], "document", doc.commentBefore, undefined);
  if (isNode(doc.contents)) collect(doc.contents, [], found);
  if (frontMatter) add(found, ["objectives"], "key", doc.comment, undefined);
  else add(found, [], "document", undefined, doc.comment);
  return found;
}

function collect(node: Node, path: DataPath, found: SourceComment[], next?: readonly string[]): void {
  add(found, path, "value", node.commentBefore, node.comment, next);
  if (isMap(node)) {
    const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined));
    node.items.forEach((pair, i) => {
      const key = keys[i];
      if (key === undefined) return;
      const at = [...path, key];
      const next = keys.slice(i + 1).filter((each) => each !== undefined);
      // A front matter's details come before the objectives, which a group's YAML writes after them.
      if (path.length === 0 && !next.includes("objectives")) next.push("objectives");
      add(found, at, "key", (pair.key as Node).commentBefore, (pair.key as Node).comment, next);
      if (isNode(pair.value)) collect(pair.value, at, found, next);
    });
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => void (isNode(item) && collect(item, [...path, i], found)));
  }
}

function add(found: SourceComment[], path: DataPath, part: SourceComment["part"], above: string | null | undefined, below: string | null | undefined, next?: readonly string[]): void {
  // A blank line the yaml package keeps at a comment's end is the writer's to place.
  const before = above?.replace(/\n+$/, "");
  const after = below?.replace(/\n+$/, "");
  if (before || after) found.push({ path, part, ...(before ? { before } : {}), ...(after ? { after } : {}), ...(next?.length ? { next } : {}) });
}

/**
 * `comments` put at the same data in `doc`. One whose key `doc` leaves out (an empty list) goes
 * above the next key of its map that `doc` holds, else at the end of that map, else (its map left
 * out too) above its nearest parent's key that `doc` holds, else to the end of the document.
 */
export function carryComments(doc: Document, comments: readonly SourceComment[]): void {
  const atEnd: string[] = [];
  for (const comment of comments) {
    if (comment.part === "document") {
      if (comment.before) doc.commentBefore = joined(doc.commentBefore, comment.before);
      if (comment.after) atEnd.push(comment.after);
      continue;
    }
    const node = nodeAt(doc, comment.path, comment.part, true);
    if (node !== undefined) {
      if (comment.before) node.commentBefore = joined(node.commentBefore, comment.before);
      if (comment.after) node.comment = joined(node.comment, comment.after);
      continue;
    }
    const texts = [comment.before, comment.after].filter((text) => text !== undefined).join("\n");
    const parent = comment.path.slice(0, -1);
    const following = comment.next?.map((key) => nodeAt(doc, [...parent, key], "key", true)).find((each) => each !== undefined);
    const container = comment.path.length === 0 ? undefined : parent.length === 0 ? doc.contents : doc.getIn(parent, true);
    if (following !== undefined) following.commentBefore = joined(following.commentBefore, texts);
    // The document's own map's last comment is the document's: written as the file reads back.
    else if (isCollection(container) && container !== doc.contents) container.comment = joined(container.comment, texts);
    else {
      const above = nodeAt(doc, parent, "key");
      if (above === undefined) atEnd.push(texts);
      else above.commentBefore = joined(above.commentBefore, texts);
    }
  }
  if (atEnd.length > 0) doc.comment = joined(doc.comment, atEnd.join("\n"));
  // A comment inside `{…}` or `[…]` would break it over lines in braces: such a collection is
  // written as a block, and what it held without a comment stays in braces, on its own line.
  visit(doc, {
    Collection(_, collection) {
      if (!collection.flow || !collection.items.some(holdsComment)) return;
      collection.flow = false;
      for (const item of collection.items) {
        const value = isPair(item) ? item.value : item;
        if (isCollection(value)) value.flow = true;
      }
    },
  });
}

/** Whether a collection's item (a pair, or a seq's node) holds a comment, at any depth. */
function holdsComment(item: unknown): boolean {
  if (isPair(item)) return holdsComment(item.key) || holdsComment(item.value);
  if (!isNode(item)) return false;
  return Boolean(item.commentBefore || item.comment) || (isCollection(item) && item.items.some(holdsComment));
}

/**
 * The node of `doc` at `path`: a key's own node for `part: "key"`, else its value's; else, but
 * `exactly`, the key of the nearest parent `doc` holds.
 */
function nodeAt(doc: Document, path: DataPath, part: "key" | "value", exactly = false): Node | undefined {
  for (let depth = path.length; depth > (exactly ? path.length - 1 : 0); depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    const last = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((each) => isScalar(each.key) && String(each.key.value) === String(last));
      if (pair === undefined) continue;
      // Where the data was found whole, a value's comment goes with the value; where only a parent was, with the parent's key.
      return depth === path.length && part === "value" && isNode(pair.value) ? pair.value : (pair.key as Node);
    }
    if (isSeq(parent) && typeof last === "number" && depth === path.length) {
      const item = parent.items[last];
      if (isNode(item)) return item;
    }
  }
  return undefined;
}

function joined(first: string | null | undefined, second: string): string {
  return first ? `${first}\n${second}` : second;
}

/** The YAML between a Markdown matrix's two `---` lines; empty without front matter. */
export function frontMatterOf(markdown: string): string {
  const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*\r?$/m.exec(markdown);
  return match?.index === 0 ? match[1]! : "";
}

/** `comments` without the schema modeline of a YAML file (`# yaml-language-server: $schema=…`), which names a schema for YAML. */
export function withoutModeline(comments: readonly SourceComment[]): SourceComment[] {
  const kept: SourceComment[] = [];
  for (const { before, ...comment } of comments) {
    const lines = before?.split("\n").filter((line) => !MODELINE.test(line)).join("\n");
    if (lines) kept.push({ ...comment, before: lines });
    else if (comment.after) kept.push(comment);
  }
  return kept;
}

const MODELINE = /^\s*yaml-language-server:/;
