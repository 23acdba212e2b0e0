/**
 * The blocks of a Markdown tree, walked without recursion: headings, link and footnote
 * definitions may stand in a quote, a list item or a footnote, never inside a paragraph.
 */
import type { Nodes, Root } from "mdast";

const CONTAINERS = new Set(["root", "blockquote", "list", "listItem", "footnoteDefinition"]);

/** Every block of `root`, its containers before what they hold, in document order. */
export function* blocksOf(root: Root): Generator<Nodes> {
  const blocks: Nodes[] = [root];
  for (let node = blocks.pop(); node !== undefined; node = blocks.pop()) {
    yield node;
    if (CONTAINERS.has(node.type) && "children" in node) for (let i = node.children.length - 1; i >= 0; i--) blocks.push(node.children[i] as Nodes);
  }
}

/** The address of each link definition in `root`, by identifier; the first of an identifier counts, as in CommonMark. */
export function definitionsOf(root: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const node of blocksOf(root)) if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  return definitions;
}

/** `nodes` and all they hold, in document order, each before what it holds: inline marks may nest thousands deep. */
export function* descendantsOf(nodes: readonly Nodes[]): Generator<Nodes> {
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    yield node;
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}
