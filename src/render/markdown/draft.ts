import type { PlanModel } from "../../model/plan-model.js";
import type { Lang } from "../../model/text.js";
import { formatDate } from "../labels.js";
import { makeView, type DraftView } from "../views/context.js";
import { writeAnnexes } from "./annexes.js";
import { inline } from "./blocks.js";
import { placeNarrative } from "./narrative.js";
import { sealed } from "./seal.js";
import { writeTheme } from "./themes.js";
import { DraftWriter } from "./writer.js";

/**
 * The plan as a GFM draft in `lang`: title block, contents, narrative, one section per theme,
 * annexes, in pieces to be written one after another, sealed (seal.ts). The same model and
 * language give the same bytes.
 */
export function renderMarkdownDraft(model: PlanModel, lang: Lang): Iterable<string> {
  const view = makeView(model, lang);
  return sealed(draftPieces(view), view.labels.sealNote);
}

/** The draft without its seal: what a file without one is compared with (seal.ts). */
export function unsealedMarkdownDraft(model: PlanModel, lang: Lang): Iterable<string> {
  return draftPieces(makeView(model, lang));
}

function draftPieces(view: DraftView): Iterable<string> {
  const writer = new DraftWriter();
  writeNarrative(writer, view);
  for (const theme of view.model.themes) writeTheme(writer, view, theme);
  writeAnnexes(writer, view);
  return writer.finish(titleBlock(view), view.labels.contents);
}

function titleBlock(view: DraftView): string[] {
  const { model, labels, lang } = view;
  const lines = [`# ${inline(view.text(model.title))}`, ""];
  if (model.network !== undefined) lines.push(`- **${labels.network}:** ${inline(view.text(model.network))}`);
  if (view.edition !== undefined) lines.push(`- **${view.edition}**`);
  lines.push(
    `- **${labels.date}:** ${formatDate(model.date, lang)}`,
    `- **${labels.statusLabel}:** ${labels.status[model.status]}`,
    `- **${labels.period}:** ${model.period.start}–${model.period.end}`,
  );
  return lines;
}

/** Each narrative section in the draft's language (else the primary one), its headings under the draft's. */
function writeNarrative(writer: DraftWriter, view: DraftView): void {
  view.model.narrative.forEach((section, index) => {
    const markdown = view.narrative(section);
    if (markdown === undefined) return;
    const placed = placeNarrative(markdown, 2, `s${index + 1}-`);
    const [first, ...rest] = placed.headings;
    if (first?.depth === 2 && placed.markdown.startsWith("## ")) {
      // The section's own title goes in the contents, and its other chapters (`#` in its file); the rest of its headings only count for anchors.
      const newline = placed.markdown.indexOf("\n");
      writer.heading(2, placed.markdown.slice(3, newline < 0 ? undefined : newline), true);
      writer.foreignHeadings(rest, 2);
      writer.verbatim(newline < 0 ? "" : placed.markdown.slice(newline + 1).replace(/^\n+/, ""));
    } else {
      writer.foreignHeadings(placed.headings, 2);
      writer.verbatim(placed.markdown);
    }
  });
}
