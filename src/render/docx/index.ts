/**
 * The Word draft: `plan build --format docx` loads this module only when it writes one, since docx,
 * fflate and remark together take a while to load.
 */
import { Document, PageOrientation, type ISectionOptions } from "docx";
import type { PlanModel } from "../../model/plan-model.js";
import type { Lang } from "../../model/text.js";
import { makeView, type DraftView } from "../views/context.js";
import { writeAnnexes } from "./annexes.js";
import { pageFooter, pageHeader, writeCover } from "./cover.js";
import { writeNarrative } from "./narrative.js";
import { documentParts, zipPackage } from "./package.js";
import { PAGE } from "./pages.js";
import { documentStyles, NUMBERING } from "./styles.js";
import { writeTheme } from "./themes.js";
import { DocxWriter, type DraftSection } from "./writer.js";

export interface DocxOptions {
  /** A .docx whose styles the draft takes, as pandoc's --reference-doc; the draft's own styles otherwise. */
  referenceDoc?: Uint8Array;
}

/** The plan as a Word document in `lang`; the same model, language and reference give the same bytes. */
export async function renderDocx(model: PlanModel, lang: Lang, options: DocxOptions = {}): Promise<Uint8Array> {
  const view = makeView(model, lang);
  const writer = new DocxWriter();
  writer.section("portrait");
  writeCover(writer, view);
  const contentsAt = writer.sections[0]!.children.length;
  writeNarrativeSections(writer, view);
  for (const theme of model.themes) writeTheme(writer, view, theme);
  writeAnnexes(writer, view);
  // The contents go after their title on page 2, once every heading's page is known.
  writer.sections[0]!.children.splice(contentsAt, 0, writer.tableOfContents(view.labels.contents));
  const document = new Document({
    title: view.text(model.title).replace(/[*_`]/g, ""),
    description: view.labels.draft(model.draft),
    creator: "rcm-plan",
    lastModifiedBy: "rcm-plan",
    ...documentStyles(options.referenceDoc),
    numbering: NUMBERING,
    footnotes: writer.footnotes,
    sections: sectionsOf(writer.sections, view),
  });
  return zipPackage(await documentParts(document), model.date);
}

/** Each narrative file in the draft's language, else the primary one, from a new page. */
function writeNarrativeSections(writer: DocxWriter, view: DraftView): void {
  view.model.narrative.forEach((section, index) => {
    const markdown = view.narrative(section);
    if (markdown === undefined) return;
    if (index === 0) writer.pageBreakBefore();
    writeNarrative(writer, markdown);
  });
}

/**
 * The cover section carries the header and footer (not on the cover itself: a title page); later
 * sections inherit them, as OOXML has it, so the package holds one of each.
 */
function sectionsOf(sections: readonly DraftSection[], view: DraftView): ISectionOptions[] {
  return sections.map((section, i) => {
    const landscape = section.orientation === "landscape";
    const margin = PAGE[section.orientation].margin;
    const properties = {
      titlePage: i === 0,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: margin, bottom: margin, left: margin, right: margin, header: 500, footer: 500 },
      },
    };
    if (i > 0) return { properties, children: section.children };
    return { properties, headers: { default: pageHeader(view) }, footers: { default: pageFooter(view) }, children: section.children };
  });
}
