import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { APP_PROPERTIES, corePropertiesPart } from "../../src/render/docx/parts.js";
import { withExistingFile } from "../../src/io/existing-file.js";
import { docxOrigin, docxOriginAt } from "../../src/render/docx/provenance.js";

/** What build tells of the file at `file` where a Word draft would go: undefined where there is no regular file. */
const originOfFile = (file: string) => withExistingFile(file, docxOriginAt);

const core = corePropertiesPart({ title: "Plan de trabajo", description: "Borrador 1", date: "2017-09-15" });
const docx = (parts: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
const app = (application: string) => `<?xml version="1.0"?><Properties xmlns="x"><Template></Template><Application>${application}</Application></Properties>`;

describe("whether a Word file is a draft as plan wrote it", () => {
  it("knows plan's own properties parts, deflated or stored", () => {
    expect(docxOrigin(docx({ "docProps/core.xml": core, "docProps/app.xml": APP_PROPERTIES }))).toEqual({ kind: "plan" });
    const stored = zipSync({ "word/document.xml": strToU8("<w:document/>"), "docProps/core.xml": strToU8(core), "docProps/app.xml": strToU8(APP_PROPERTIES) }, { level: 0 });
    expect(docxOrigin(stored)).toEqual({ kind: "plan" });
  });

  it("names the program and the person that saved it since, without LibreOffice's build", () => {
    const byWord = core.replace("<cp:lastModifiedBy>rcm-plan<", "<cp:lastModifiedBy>Ana Pérez &amp; equipo<");
    expect(docxOrigin(docx({ "docProps/core.xml": byWord, "docProps/app.xml": app("Microsoft Office Word") }))).toEqual({ kind: "saved", how: "in Microsoft Office Word by Ana Pérez & equipo" });
    // A LibreOffice conversion keeps plan as the last to modify, and names itself.
    expect(docxOrigin(docx({ "docProps/core.xml": core, "docProps/app.xml": app("LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2") }))).toEqual({ kind: "saved", how: "in LibreOffice" });
  });

  it("calls anything else not plan's: no properties, no one named, not a zip at all", () => {
    expect(docxOrigin(docx({ "word/document.xml": "<w:document/>" }))).toEqual({ kind: "other" });
    expect(docxOrigin(docx({ "docProps/core.xml": core.replace(/<cp:lastModifiedBy>.*?<\/cp:lastModifiedBy>/, "") }))).toEqual({ kind: "other" });
    expect(docxOrigin(strToU8("notas de la reunión"))).toEqual({ kind: "other" });
    // A document LibreOffice made from a text, which has no creator: not plan's draft, whoever saved it.
    const made = core.replace("<dc:creator>rcm-plan</dc:creator>", "<dc:creator></dc:creator>").replace("<cp:lastModifiedBy>rcm-plan<", "<cp:lastModifiedBy><");
    expect(docxOrigin(docx({ "docProps/core.xml": made, "docProps/app.xml": app("LibreOffice/7.4.7.2$Linux_X86_64") }))).toEqual({ kind: "other" });
  });

  it("says a properties part is damaged where it does not unpack to the checksum its entry records", () => {
    const stored = zipSync({ "docProps/core.xml": strToU8(core), "docProps/app.xml": strToU8(APP_PROPERTIES) }, { level: 0 });
    stored[Buffer.from(stored).indexOf("rcm-plan")] = 0x52;
    expect(docxOrigin(stored)).toEqual({ kind: "damaged", why: "docProps/core.xml is damaged: its checksum does not match; the file may be cut short or corrupted" });
  });

  it("reads a file's zip directory alone: no file, a folder or a pipe is nothing to keep, and a 3 GB file is read no further than its end", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-origin-"));
    expect(originOfFile(path.join(dir, "none.docx"))).toBeUndefined();
    mkdirSync(path.join(dir, "folder.docx"));
    expect(originOfFile(path.join(dir, "folder.docx"))).toBeUndefined();
    // A pipe with no writer: a blocking read would wait for ever.
    execFileSync("mkfifo", [path.join(dir, "pipe.docx")]);
    expect(originOfFile(path.join(dir, "pipe.docx"))).toBeUndefined();
    writeFileSync(path.join(dir, "huge.docx"), "");
    truncateSync(path.join(dir, "huge.docx"), 3 * 1024 ** 3);
    expect(originOfFile(path.join(dir, "huge.docx"))).toEqual({ kind: "other" });
    // An end record that claims a 2.5 GB directory: refused from the record, not read.
    const end = new Uint8Array(22);
    new DataView(end.buffer).setUint32(0, 0x06054b50, true);
    new DataView(end.buffer).setUint32(12, 2.5 * 1024 ** 3, true);
    writeFileSync(path.join(dir, "claims.docx"), "");
    truncateSync(path.join(dir, "claims.docx"), 3 * 1024 ** 3);
    appendFileSync(path.join(dir, "claims.docx"), end);
    expect(originOfFile(path.join(dir, "claims.docx"))).toEqual({ kind: "other" });
    writeFileSync(path.join(dir, "plan.docx"), docx({ "docProps/core.xml": core, "docProps/app.xml": APP_PROPERTIES }));
    expect(originOfFile(path.join(dir, "plan.docx"))).toEqual({ kind: "plan" });
    rmSync(dir, { recursive: true });
  });
});
