/**
 * word/numbering.xml as docx 9 writes it: its own default bullets (abstract and concrete list 1),
 * the draft's list definitions, and one concrete list for each list the writer used, numbered in
 * the order it used them.
 */
import { DECLARATION, IGNORABLE, WORD, xmlns } from "./namespaces.js";
import { NUMBERING, type ListLevel } from "./styles.js";
import type { ListKey, ListStart } from "./writer.js";
import { escapeXml } from "./xml.js";

/** docx's bullets, which every document it writes defines, at half-inch steps. */
const DEFAULT_BULLETS: ListLevel[] = ["●", "○", "■", "●", "○", "■", "●", "●", "●"].map((text, level) => ({
  level,
  format: "bullet",
  text,
  alignment: "left",
  style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
}));

function abstractList(id: number, levels: readonly ListLevel[]): string {
  const lvl = ({ level, format, text, alignment, style: { paragraph: { indent } } }: ListLevel) =>
    `<w:lvl w:ilvl="${level}" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${escapeXml(text)}"/>`
    + `<w:lvlJc w:val="${alignment}"/><w:pPr><w:ind w:left="${indent.left}" w:hanging="${indent.hanging}"/></w:pPr></w:lvl>`;
  return `<w:abstractNum w:abstractNumId="${id}" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels.map(lvl).join("")}</w:abstractNum>`;
}

/**
 * A concrete list of abstract list `abstractId`, each of `levels` starting again at 1, or at
 * `start`'s number at its level: docx's createConcreteNumberingInstance has no such start.
 */
function concreteList(id: number, abstractId: number, levels: readonly ListLevel[], start?: ListStart): string {
  const first = (level: number) => (level === start?.level ? start.number : 1);
  const overrides = levels.map(({ level }) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${first(level)}"/></w:lvlOverride>`);
  return `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides.join("")}</w:num>`;
}

/** The numbering part for `lists`, the writer's lists in the order it gave them their ids (2, 3, …). */
export function numberingPart(lists: readonly ListKey[]): string {
  const { config } = NUMBERING;
  const abstract = [abstractList(1, DEFAULT_BULLETS), ...config.map((definition, i) => abstractList(i + 2, definition.levels))];
  const concrete = lists.map((list, i) => {
    const index = config.findIndex((definition) => definition.reference === list.reference);
    if (index < 0) throw new Error(`no list definition named ${list.reference}`);
    return concreteList(i + 2, index + 2, config[index]!.levels, list.start);
  });
  return `${DECLARATION}<w:numbering ${IGNORABLE} ${xmlns(WORD)}>${abstract.join("")}${concreteList(1, 1, DEFAULT_BULLETS.slice(0, 1))}${concrete.join("")}</w:numbering>`;
}
