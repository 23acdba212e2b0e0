/**
 * The package's relationships and content types, as docx 9 writes them for a document with one
 * header and one footer, footnotes, and the links the writer numbered L1, L2, …
 */
import { SHORT_DECLARATION } from "./namespaces.js";
import { escapeXml } from "./xml.js";

const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HYPERLINK = `${OFFICE}/hyperlink`;

/** The parts the document's relationships rId1… point to, in docx's order; the writer's HEADER_FOOTER names rId6 and rId7. */
const DOCUMENT_TARGETS: readonly [type: string, target: string][] = [
  ["styles", "styles.xml"],
  ["numbering", "numbering.xml"],
  ["footnotes", "footnotes.xml"],
  ["endnotes", "endnotes.xml"],
  ["settings", "settings.xml"],
  ["header", "header1.xml"],
  ["footer", "footer1.xml"],
  ["theme", "theme/theme1.xml"],
];

function relationship(id: string, type: string, target: string, external = false): string {
  return `<Relationship Id="rId${escapeXml(id)}" Type="${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ""}/>`;
}

function relationships(items: readonly string[]): string {
  const open = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  return `${SHORT_DECLARATION}${items.length === 0 ? `${open}/>` : `${open}>${items.join("")}</Relationships>`}`;
}

const links = (targets: readonly string[]) => targets.map((url, i) => relationship(`L${i + 1}`, HYPERLINK, url, true));

/** word/_rels/document.xml.rels: the document's parts, its links, and the font table after them. */
export function documentRelationships(linkTargets: readonly string[]): string {
  const parts = DOCUMENT_TARGETS.map(([type, target], i) => relationship(`${i + 1}`, `${OFFICE}/${type}`, target));
  const fontTable = relationship(`${parts.length + linkTargets.length + 1}`, `${OFFICE}/fontTable`, "fontTable.xml");
  return relationships([...parts, ...links(linkTargets), fontTable]);
}

/** word/_rels/footnotes.xml.rels: the footnotes' links. */
export function footnoteRelationships(linkTargets: readonly string[]): string {
  return relationships(links(linkTargets));
}

/** The relationships of a part that has none: the header, the footer, the endnotes, the font table. */
export const NO_RELATIONSHIPS = relationships([]);

/** _rels/.rels: the document and its properties. */
export const PACKAGE_RELATIONSHIPS = relationships([
  relationship("1", `${OFFICE}/officeDocument`, "word/document.xml"),
  relationship("2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
  relationship("3", `${OFFICE}/extended-properties`, "docProps/app.xml"),
  relationship("4", `${OFFICE}/custom-properties`, "docProps/custom.xml"),
]);

const DEFAULTS: readonly [contentType: string, extension: string][] = [
  ["image/png", "png"],
  ["image/jpeg", "jpeg"],
  ["image/jpeg", "jpg"],
  ["image/bmp", "bmp"],
  ["image/gif", "gif"],
  ["image/svg+xml", "svg"],
  ["application/vnd.openxmlformats-package.relationships+xml", "rels"],
  ["application/xml", "xml"],
  ["application/vnd.openxmlformats-officedocument.obfuscatedFont", "odttf"],
];

const WORDPROCESSING = "application/vnd.openxmlformats-officedocument.wordprocessingml";
const OVERRIDES: readonly [contentType: string, part: string][] = [
  [`${WORDPROCESSING}.document.main+xml`, "/word/document.xml"],
  [`${WORDPROCESSING}.styles+xml`, "/word/styles.xml"],
  ["application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml"],
  ["application/vnd.openxmlformats-officedocument.custom-properties+xml", "/docProps/custom.xml"],
  ["application/vnd.openxmlformats-officedocument.extended-properties+xml", "/docProps/app.xml"],
  [`${WORDPROCESSING}.numbering+xml`, "/word/numbering.xml"],
  [`${WORDPROCESSING}.footnotes+xml`, "/word/footnotes.xml"],
  [`${WORDPROCESSING}.endnotes+xml`, "/word/endnotes.xml"],
  [`${WORDPROCESSING}.settings+xml`, "/word/settings.xml"],
  [`${WORDPROCESSING}.fontTable+xml`, "/word/fontTable.xml"],
  ["application/vnd.openxmlformats-officedocument.theme+xml", "/word/theme/theme1.xml"],
  [`${WORDPROCESSING}.header+xml`, "/word/header1.xml"],
  [`${WORDPROCESSING}.footer+xml`, "/word/footer1.xml"],
];

/** [Content_Types].xml: the same for every draft, as every draft has the same parts. */
export const CONTENT_TYPES = SHORT_DECLARATION
  + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  + DEFAULTS.map(([type, extension]) => `<Default ContentType="${type}" Extension="${extension}"/>`).join("")
  + OVERRIDES.map(([type, part]) => `<Override ContentType="${type}" PartName="${part}"/>`).join("")
  + "</Types>";
