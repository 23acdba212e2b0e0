/**
 * The package's small parts as docx 9 writes them for the draft: the document's opening, the
 * footnotes and endnotes around their separators, the settings, the font table and the
 * properties. test/docx/raw-xml.test.ts holds each to what docx writes for the same input.
 */
import { CHARTS, DECLARATION, IGNORABLE, SHORT_DECLARATION, WORD, xmlns } from "./namespaces.js";
import { escapeXml } from "./xml.js";

/** document.xml up to and with `<w:body>`. */
export const DOCUMENT_HEAD = `${DECLARATION}<w:document ${IGNORABLE} ${xmlns([
  ...WORD, ...CHARTS, "aink", "am3d", "w16cex", "w16cid", "w16", "w16sdtdh", "w16se",
])}><w:body>`;

/** A note's separator, or the separator where a note goes on onto the next page. */
function separator(note: "footnote" | "endnote", type: "separator" | "continuationSeparator", id: number): string {
  const reference = note === "footnote" ? "FootnoteReference" : "EndnoteReference";
  return `<w:${note} w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>`
    + `<w:r><w:rPr><w:rStyle w:val="${reference}"/></w:rPr><w:${note}Ref/></w:r><w:r><w:${type}/></w:r></w:p></w:${note}>`;
}

const separators = (note: "footnote" | "endnote") => separator(note, "separator", -1) + separator(note, "continuationSeparator", 0);

/** word/footnotes.xml: the separators, then `footnotes` (`<w:footnote>` elements). */
export function footnotesPart(footnotes: readonly string[]): string {
  return `${DECLARATION}<w:footnotes ${xmlns(WORD)} ${IGNORABLE}>${separators("footnote")}${footnotes.join("")}</w:footnotes>`;
}

/** word/endnotes.xml: the draft has none, but docx writes their separators. */
export const ENDNOTES = `${SHORT_DECLARATION}<w:endnotes ${xmlns(WORD)} ${IGNORABLE}>${separators("endnote")}</w:endnotes>`;

/** word/settings.xml. No updateFields: the contents are filled in, and Word need not ask to update them. */
export const SETTINGS = `${DECLARATION}<w:settings ${xmlns(WORD)} ${IGNORABLE}>`
  + '<w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders w:val="false"/>'
  + '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>';

const FONT_PREFIXES = ["mc", "r", "w", "w14", "w15", "w16cex", "w16cid", "w16", "w16sdtdh", "w16se"];
/** word/fontTable.xml, empty: the styles name their fonts. */
export const FONT_TABLE = `${DECLARATION}<w:fonts ${xmlns(FONT_PREFIXES)} mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh"/>`;

const PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006";
/** docProps/app.xml and docProps/custom.xml, empty. */
export const APP_PROPERTIES = `${DECLARATION}<Properties xmlns="${PROPERTIES}/extended-properties" xmlns:vt="${PROPERTIES}/docPropsVTypes"/>`;
export const CUSTOM_PROPERTIES = `${DECLARATION}<Properties xmlns="${PROPERTIES}/custom-properties" xmlns:vt="${PROPERTIES}/docPropsVTypes"/>`;

/** What docProps/core.xml says of the draft. */
export interface CoreProperties {
  title: string;
  description: string;
  /** `YYYY-MM-DD`: the plan's date, created and modified at its midnight UTC. */
  date: string;
}

/** docProps/core.xml, by rcm-plan, revision 1; docx leaves out an empty title or description. */
export function corePropertiesPart({ title, description, date }: CoreProperties): string {
  const element = (name: string, text: string) => (text === "" ? "" : `<${name}>${escapeXml(text)}</${name}>`);
  const instant = (name: string) => `<${name} xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</${name}>`;
  return `${DECLARATION}<cp:coreProperties ${xmlns(["cp", "dc", "dcterms", "dcmitype", "xsi"])}>`
    + element("dc:title", title)
    + element("dc:creator", "rcm-plan")
    + element("dc:description", description)
    + element("cp:lastModifiedBy", "rcm-plan")
    + element("cp:revision", "1")
    + instant("dcterms:created")
    + instant("dcterms:modified")
    + "</cp:coreProperties>";
}
