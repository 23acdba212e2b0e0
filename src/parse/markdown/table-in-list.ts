/**
 * Tables Markdown reads as part of a list item: written right under an objective's list, with no
 * blank line before them, or indented under an item, or pasted from a spreadsheet there.
 */
import type { List, ListItem, Node, Paragraph, Table } from "mdast";
import { indentedPaste, notATable, type MisreadTable } from "./misread-table.js";
import { spanOf, type Reader } from "./reader.js";

/** How Markdown reads indentedPaste's lines in a list item. */
const IN_ITEM = () => "them as more of the list item above, as the first starts with a tab";

/** How Markdown reads a table's lines that run on from a list's last item with no blank line between. */
const RAN_ON = "them as more of the list item above, as no blank line comes before them";

/** What a table written inside a list item is told, its lines run on from the item's text or indented under it. */
const IN_ITEM_HINT = "Leave a blank line before the table, and start each of its lines at the line's start, not indented: Markdown then reads it as a table, not as part of the item.";

/**
 * A table written in a list that Markdown reads as part of one of its items, nested ones too, and
 * the list without it: indentedPaste's lines after a blank line, perhaps over more of the item's
 * paragraphs (its rows after an empty row); lines with no blank line before them (`- **Title (es):** …`
 * then `| Id | Action | … |`), which Markdown runs into the item's text, as a table cannot start
 * there; or, `indented`, a table Markdown reads inside the item, as its lines are indented, which is
 * reported here, to be read as the table it is, in an objective's list (`inObjective`). Not only the
 * list's last item: lines pasted after `    - **es:** …` are that item's text, the list's next item
 * (`- **Output:** …`) then going on. A text's line cannot start with | (plan convert refuses it), so
 * pipe lines that make a table are one in an action's section's list too, where no table goes.
 */
export function tableInList(reader: Reader, list: List, inObjective: boolean): { list: List; table?: MisreadTable; indented?: Table } | undefined {
  for (const item of itemsOf(list)) {
    const last = item.children[item.children.length - 1];
    if (last?.type === "table" && inObjective) {
      const { start, end } = spanOf(last);
      reader.report("md-unexpected-content", "a table read as part of the list item above it: indented, Markdown puts it inside that item", reader.lineFrom(start), { hint: IN_ITEM_HINT });
      return { list: cutOut(reader, list, start, end), indented: last };
    }
    const table = pasteInItem(reader, item) ?? item.children.reduce<MisreadTable | undefined>((found, block) => found ?? (block.type === "paragraph" ? ranOn(reader, block) : undefined), undefined);
    if (table) return { list: cutOut(reader, list, table.start, table.end), table };
  }
  return undefined;
}

/** A list's items in the order they are written, each followed by those of the lists nested in it. */
function* itemsOf(list: List): Generator<ListItem> {
  for (const item of list.children) {
    yield item;
    for (const block of item.children) if (block.type === "list") yield* itemsOf(block);
  }
}

/** indentedPaste's lines in a paragraph of `item` but its first (its label's), to the item's end. */
function pasteInItem(reader: Reader, item: ListItem): MisreadTable | undefined {
  const { end } = spanOf(item);
  for (let k = 1; k < item.children.length; k++) {
    const block = item.children[k]!;
    const pasted = block.type === "paragraph" ? indentedPaste(reader, block, IN_ITEM) : undefined;
    if (pasted && pasted.end >= end) return pasted;
  }
  return undefined;
}

/**
 * A table in a list item's paragraph from one of its lines but the first on, which is no blank line
 * after the item's text: from the first line that starts with | or holds a tab.
 */
function ranOn(reader: Reader, paragraph: Paragraph): MisreadTable | undefined {
  const { start, end } = spanOf(paragraph);
  const text = reader.text.slice(start, end);
  const pipe = /\n[ \t]*\|/.exec(text);
  const tab = /\n[^\n]*\t/.exec(text);
  const starts = [pipe && start + pipe.index + pipe[0].length - 1, tab && start + tab.index + 1].filter((at) => at !== null).sort((a, b) => a - b);
  for (const at of starts) {
    const broken = notATable(reader, { start: at, end }, RAN_ON);
    if (!broken) continue;
    if (reader.text[at] === "|") return { code: "md-unexpected-content", message: "a table read as part of the list item above it: with no blank line before it, Markdown reads its lines as that item's text", hint: IN_ITEM_HINT, rows: broken.rows, start: at, end };
    // Written as a pipe table where the lines are, it would still be the item's: plan fmt leaves a blank line before it.
    return { ...broken, start: at, end, fix: broken.fix && { ...broken.fix, text: `\n${broken.fix.text}` } };
  }
  return undefined;
}

/**
 * `node` without what runs from `at` to `until`: its blocks there left out, the block that runs
 * into `at` ending where the text before `at` does, and what comes after `until` (a list's next
 * items) kept. A node that ends by `until` ends where the text before `at` does.
 */
function cutOut<T extends List | ListItem | Paragraph>(reader: Reader, node: T, at: number, until: number): T {
  let end = at;
  while (end > 0 && /\s/.test(reader.text[end - 1]!)) end--;
  const position = spanOf(node).end > until ? node.position! : { start: node.position!.start, end: { ...reader.lines.position(end), offset: end } };
  if (node.type === "paragraph") return { ...node, position };
  const children = (node.children as Node[]).flatMap((child): Node[] => {
    const span = spanOf(child);
    if (span.end <= at || span.start >= until) return [child];
    if (span.start < at && (child.type === "list" || child.type === "listItem" || child.type === "paragraph")) return [cutOut(reader, child as List | ListItem | Paragraph, at, until)];
    return span.start < at ? [child] : [];
  });
  return { ...node, children, position };
}
