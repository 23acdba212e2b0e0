/**
 * Whether a file where a Word draft is about to be written is a draft as plan wrote it. A
 * consolidator opens the draft in Word, adds comments and tracked changes and saves it where it
 * was; the next `plan build` would replace it, and that work with it. Every program that saves a
 * .docx names itself in docProps/app.xml (`Application`: Microsoft Office Word, LibreOffice, …) and
 * the person in docProps/core.xml (`lastModifiedBy`); plan names no application, and itself as the
 * last to modify.
 */
import { strFromU8, unzipSync } from "fflate";
import { decodeXmlText } from "../../parse/docx-text.js";

/** Who last saved the file, where it is not as plan wrote it. */
export type DocxOrigin =
  | { kind: "plan" }
  /** `how`: the program and the person, as far as the file names them ("in Microsoft Office Word by Ana Pérez"). */
  | { kind: "saved"; how: string }
  | { kind: "other" };

const PLAN = "rcm-plan";
const PROPERTY_PARTS = new Set(["docProps/core.xml", "docProps/app.xml"]);

export function docxOrigin(bytes: Uint8Array): DocxOrigin {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => PROPERTY_PARTS.has(file.name) });
  } catch {
    return { kind: "other" };
  }
  const core = parts["docProps/core.xml"];
  if (core === undefined) return { kind: "other" };
  const app = parts["docProps/app.xml"];
  const application = app === undefined ? undefined : element(strFromU8(app), "Application");
  const person = element(strFromU8(core), "lastModifiedBy");
  if (application === undefined && person === PLAN) return { kind: "plan" };
  // LibreOffice's name carries its build ("LibreOffice/7.4.7.2$Linux_X86_64 …"): its name says enough.
  const program = application?.replace(/\/.*/s, "");
  const how = [program ? `in ${program}` : "", person && person !== PLAN ? `by ${person}` : ""].filter((part) => part !== "");
  return how.length === 0 ? { kind: "other" } : { kind: "saved", how: how.join(" ") };
}

/** The text of the first element named `name`, with any namespace prefix, trimmed; undefined when there is none. */
function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)</`).exec(xml);
  return match === null ? undefined : decodeXmlText(match[1]!).trim();
}
