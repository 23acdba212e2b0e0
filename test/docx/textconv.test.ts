import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { docxText } from "../../src/parse/docx-text.js";
import { renderDocx } from "../../src/render/docx/index.js";
import { runPlan } from "../helpers/run.js";
import { shippedModel } from "./shipped-plan.js";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "rcm-textconv-"));
  writeFileSync(path.join(dir, "plan.es.docx"), await renderDocx(await shippedModel(), "es"));
  writeFileSync(path.join(dir, "notes.docx"), "not a zip");
  // Bytes 2000 to 2400 overwritten: inside the deflated body, which still unpacks, to other text.
  const damaged = readFileSync(path.join(dir, "plan.es.docx"));
  for (let at = 2000; at < 2400; at++) damaged[at] = (at * 7 + 13) % 256;
  writeFileSync(path.join(dir, "damaged.docx"), damaged);
});

describe("plan textconv", () => {
  it("prints a paragraph or a table row a line, cells joined by ' | '", async () => {
    const { exitCode, stdout, stderr } = await runPlan(["textconv", "plan.es.docx"], dir);
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Plan de trabajo para combatir el tráfico ilícito de migrantes");
    expect(lines).toContain("Borrador 1");
    // The contents headed as UN-style Spanish documents head them.
    expect(lines[lines.indexOf("Borrador 1") + 4]).toBe("Índice");
    expect(lines).toContain("N.º | Acción | Responsables | Socios | Plazo | Prioridad | Indicadores del Protocolo");
    expect(lines.find((line) => line.startsWith("1.1.1 INT-1.1 | Crear o fortalecer"))).toMatch(/\| México, OIM \| .* \| alta \| SOM-10\.4 SOM-6\.6$/);
    expect(lines).toContain("Responsables | México, OIM");
    expect(stdout).not.toMatch(/ +$/m);
    expect(stdout.endsWith("\n")).toBe(true);
  });

  it("starts a list's items with their marks, as Word shows them: numbers counted by list, - for bullets", async () => {
    const lines = (await runPlan(["textconv", "plan.es.docx"], dir)).stdout.split("\n");
    const first = lines.findIndex((line) => line.startsWith("1. todos los países miembros, incluida la República Dominicana"));
    expect(lines[first + 1]).toMatch(/^2\. se han detectado actividades/);
    expect(lines.filter((line) => line.startsWith("- Contar con una herramienta de planificación regional"))).toHaveLength(1);
  });

  it("numbers nested levels in their formats, each starting again under the item above it", () => {
    const numbering = `<w:numbering><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl><w:lvl w:ilvl="2"><w:numFmt w:val="upperRoman"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
    const item = (level: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = `<w:document><w:body>${item(0, "Uno")}${item(1, "a")}${item(1, "b")}${item(2, "i")}${item(2, "ii")}${item(2, "iii")}${item(2, "iv")}${item(0, "Dos")}${item(1, "de nuevo a")}<w:p><w:r><w:t>Párrafo</w:t></w:r></w:p></w:body></w:document>`;
    const docx = zipSync({ "word/document.xml": strToU8(body), "word/numbering.xml": strToU8(numbering) });
    expect(docxText(docx)).toBe(["1. Uno", "  a. a", "  b. b", "    I. i", "    II. ii", "    III. iii", "    IV. iv", "2. Dos", "  a. de nuevo a", "Párrafo", ""].join("\n"));
  });

  it("counts a list by its definition, as Word does: another w:num of it goes on counting, one that says so starts again", () => {
    // As LibreOffice saves the drafts' numbered points: the first item through a w:num that restarts, the next through one that does not.
    const numbering = `<w:numbering><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>`;
    const item = (id: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = `<w:document><w:body>${item(5, "rutas")}${item(1, "actividad")}${item(7, "otra lista")}${item(1, "sigue")}</w:body></w:document>`;
    const docx = zipSync({ "word/document.xml": strToU8(body), "word/numbering.xml": strToU8(numbering) });
    expect(docxText(docx)).toBe(["1. rutas", "2. actividad", "1. otra lista", "2. sigue", ""].join("\n"));
  });

  it("reads Word's non-breaking hyphen as the hyphen it prints, so a file's name in a draft diffs as it is typed", () => {
    const run = '<w:r><w:t xml:space="preserve">groups/3</w:t><w:noBreakHyphen/><w:t xml:space="preserve">detention</w:t><w:noBreakHyphen/><w:t xml:space="preserve">alternatives.yaml</w:t></w:r>';
    const body = `<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc><w:tc><w:p>${run}</w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>Fuente: </w:t></w:r>${run}</w:p></w:body></w:document>`;
    expect(docxText(zipSync({ "word/document.xml": strToU8(body) }))).toBe("3 | groups/3-detention-alternatives.yaml\nFuente: groups/3-detention-alternatives.yaml\n");
  });

  it("reads a file's name broken after its folder's slash as the one name, as the Markdown draft writes it", () => {
    const cell = (runs: string) => `<w:tc><w:p>${runs}</w:p></w:tc>`;
    const broken = '<w:r><w:t xml:space="preserve">groups/</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">3-detention-alternatives.yaml</w:t></w:r>';
    const group = '<w:r><w:t xml:space="preserve">Detención administrativa,</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">groups/3</w:t></w:r>';
    const body = `<w:document><w:body><w:tbl><w:tr>${cell(broken)}${cell(group)}</w:tr></w:tbl></w:body></w:document>`;
    expect(docxText(zipSync({ "word/document.xml": strToU8(body) }))).toBe("groups/3-detention-alternatives.yaml | Detención administrativa, groups/3\n");
  });

  it("gives the same text every time", async () => {
    const first = await runPlan(["textconv", "plan.es.docx"], dir);
    const second = await runPlan(["textconv", "plan.es.docx"], dir);
    expect(second.stdout).toBe(first.stdout);
  });

  it("says so, with exit 2, for a file that is not a Word document or is missing", async () => {
    const bad = await runPlan(["textconv", "notes.docx"], dir);
    expect(bad).toEqual({ exitCode: 2, stdout: "", stderr: "plan: notes.docx is not a Word document (.docx): not a zip file\n" });
    const missing = await runPlan(["textconv", "gone.docx"], dir);
    expect(missing).toEqual({ exitCode: 2, stdout: "", stderr: "plan: cannot read gone.docx: no such file\n" });
    // In words, not as the system's EISDIR message.
    expect(await runPlan(["textconv", "."], dir)).toEqual({ exitCode: 2, stdout: "", stderr: "plan: cannot read .: is a directory\n" });
  });

  it("names the part of a damaged file whose checksum does not match, with exit 2, rather than printing other text", async () => {
    expect(await runPlan(["textconv", "damaged.docx"], dir)).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: "plan: cannot read damaged.docx: word/document.xml is damaged: its checksum does not match; the file may be cut short or corrupted\n",
    });
    // A stored part whose bytes changed unpacks without complaint: only its checksum tells.
    const stored = zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p><w:r><w:t>Tema 5</w:t></w:r></w:p></w:body></w:document>") }, { level: 0 });
    // The text's own "5", not the first 0x35 byte: the local header before it holds the zip's time, which may have one.
    stored[Buffer.from(stored).indexOf("Tema 5") + 5] = 0x36;
    expect(() => docxText(stored)).toThrow("word/document.xml is damaged: its checksum does not match; the file may be cut short or corrupted");
    // Deflated data that does not unpack at all names its part too.
    const broken = zipSync({ "word/footnotes.xml": strToU8("<w:footnotes/>".repeat(50)), "word/document.xml": strToU8("<w:document/>") });
    broken.fill(0xff, 40, 50);
    expect(() => docxText(broken)).toThrow(/^word\/footnotes\.xml is damaged: /);
    // Cut short, its directory is gone: no zip, as before.
    const cut = readFileSync(path.join(dir, "plan.es.docx")).subarray(0, 1500);
    expect(() => docxText(cut)).toThrow("not a zip file");
  });
});

describe("docxText on zip64", () => {
  it("reads a document whose end record leaves its fields to a zip64 end record, as .NET's packaging writes it", () => {
    const zip = zipSync({ "word/document.xml": strToU8("<w:document><w:body><w:p><w:r><w:t>Tema 5</w:t></w:r></w:p></w:body></w:document>") });
    expect(docxText(zip)).toBe("Tema 5\n");
    expect(docxText(withZip64End(zip))).toBe("Tema 5\n");
  });
});

/** `zip` with a zip64 end record and its locator before the end record, whose fields say 0xFFFF and 0xFFFFFFFF. */
function withZip64End(zip: Uint8Array): Uint8Array {
  const end = zip.length - 22;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const [count, size, offset] = [view.getUint16(end + 10, true), view.getUint32(end + 12, true), view.getUint32(end + 16, true)];
  const out = new Uint8Array(end + 56 + 20 + 22);
  out.set(zip.subarray(0, end));
  const write = new DataView(out.buffer);
  const u64 = (at: number, value: number) => write.setBigUint64(at, BigInt(value), true);
  write.setUint32(end, 0x06064b50, true);
  u64(end + 4, 44);
  write.setUint16(end + 12, 45, true);
  write.setUint16(end + 14, 45, true);
  u64(end + 24, count);
  u64(end + 32, count);
  u64(end + 40, size);
  u64(end + 48, offset);
  write.setUint32(end + 56, 0x07064b50, true);
  u64(end + 64, end);
  write.setUint32(end + 72, 1, true);
  const record = end + 76;
  write.setUint32(record, 0x06054b50, true);
  write.setUint16(record + 8, 0xffff, true);
  write.setUint16(record + 10, 0xffff, true);
  write.setUint32(record + 12, 0xffffffff, true);
  write.setUint32(record + 16, 0xffffffff, true);
  return out;
}
