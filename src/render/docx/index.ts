/**
 * The Word draft: `plan build --format docx` loads this module only when it writes one. It writes
 * every part itself; docx loads only for `--reference-doc`, to merge the reference's styles.
 */
import type { PlanModel } from "../../model/plan-model.js";
import type { Lang } from "../../model/text.js";
import { makeView, type DraftView } from "../views/context.js";
import { HeadingAnchors } from "./anchors.js";
import { writeAnnexes } from "./annexes.js";
import { pageFooter, pageHeader, plainTitle, writeCover } from "./cover.js";
import { DeflatingSink, StringSink, type DeflatedPart } from "./deflated-xml.js";
import { DEFAULT_STYLE_PARTS } from "./default-style-parts.js";
import { languageLook } from "./fallbacks.js";
import { readNarrative, writeNarrative, type NarrativeFile } from "./narrative.js";
import { backHeadings, frontHeadings } from "./outline.js";
import { draftParts, zipPackage, type PackageParts, type StyleParts } from "./package.js";
import { DOCUMENT_HEAD } from "./parts.js";
import { writeTheme } from "./themes.js";
import { DocxWriter } from "./writer.js";
import type { RunLook } from "./xml.js";

export interface DocxOptions {
  /** A .docx whose styles the draft takes, as pandoc's --reference-doc; the draft's own styles otherwise. */
  referenceDoc?: Uint8Array;
}

/** The plan as a Word document in `lang`; the same model, language and reference give the same bytes. */
export async function renderDocx(model: PlanModel, lang: Lang, options: DocxOptions = {}): Promise<Uint8Array> {
  const view = makeView(model, lang);
  // The cover is kept as text: the contents go after it once every heading's page is known. The
  // rest is compressed as it is written.
  const cover = new StringSink();
  const body = new DeflatingSink();
  const writer = new DocxWriter(cover);
  const narrative = narrativeFiles(view);
  writer.anchors = new HeadingAnchors(frontHeadings(view), narrative.map(({ file }) => file.root), backHeadings(view));
  writer.section("portrait");
  writeCover(writer, view);
  writer.divert(body);
  writeNarrativeSections(writer, narrative);
  for (const theme of model.themes) writeTheme(writer, view, theme);
  writeAnnexes(writer, view);
  writer.end();
  const bodyHead = cover.toString() + writer.tableOfContents(view.labels.contents);
  const parts = draftPackage(view, writer, body.end(DOCUMENT_HEAD + bodyHead), await styleParts(options.referenceDoc));
  return zipPackage(parts, model.date);
}

/** The parts of the draft whose body `writer` wrote: `document`, and around it what the writer used. */
export function draftPackage(view: DraftView, writer: DocxWriter, document: DeflatedPart, styles: StyleParts): PackageParts {
  const { model } = view;
  return draftParts({
    document,
    styles,
    lang: view.lang,
    properties: { title: plainTitle(view), description: view.edition ?? "", date: model.date },
    header: pageHeader(view),
    footer: pageFooter(view),
    footnotes: writer.footnotes,
    links: writer.links.targets,
    footnoteLinks: writer.footnoteLinks.targets,
    lists: writer.lists,
  });
}

/** The draft's own styles, or a reference document's, for which docx is loaded. */
async function styleParts(referenceDoc: Uint8Array | undefined): Promise<StyleParts> {
  if (referenceDoc === undefined) return DEFAULT_STYLE_PARTS;
  const { referenceStyleParts } = await import("./reference-doc.js");
  return referenceStyleParts(referenceDoc);
}

/** Each narrative file in the draft's language, else the primary one, read, with the look of its runs (its language, where it is a fallback). */
function narrativeFiles(view: DraftView): { file: NarrativeFile; look: RunLook }[] {
  return view.model.narrative.flatMap((section) => {
    const markdown = view.narrative(section);
    return markdown === undefined ? [] : [{ file: readNarrative(markdown), look: languageLook(view, section.markdown) }];
  });
}

/** The narrative files, the first from a new page. */
function writeNarrativeSections(writer: DocxWriter, narrative: readonly { file: NarrativeFile; look: RunLook }[]): void {
  writer.pageBreakBefore();
  for (const { file, look } of narrative) writeNarrative(writer, file, look);
}
