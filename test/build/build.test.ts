import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxText } from "../../src/parse/docx-text.js";
import { PlanModelSchema } from "../../src/render/json/model-zod.js";
import { modelJsonSchema } from "../../src/render/json/model-schema.js";
import { REPO, runPlan } from "../helpers/run.js";
import { actionIdsIn, shippedCopy } from "./helpers.js";

const DRAFTS = ["rcm-smuggling.en.docx", "rcm-smuggling.en.md", "rcm-smuggling.es.docx", "rcm-smuggling.es.md", "rcm-smuggling.json"];
const ALL_FORMATS = ["--format", "md,docx,json"];
/** A draft's text; a Word draft's as `plan textconv` shows it. */
const read = (dir: string, file: string) => {
  const bytes = readFileSync(path.join(dir, "drafts", file));
  return file.endsWith(".docx") ? docxText(bytes) : bytes.toString("utf8");
};

describe("plan build on the shipped plan", async () => {
  const dir = shippedCopy();
  const result = await runPlan(["build", ...ALL_FORMATS], dir);

  it("writes the Markdown and Word drafts in each language and the JSON draft, one line per file", () => {
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      "drafts/rcm-smuggling.en.md\ndrafts/rcm-smuggling.en.docx\ndrafts/rcm-smuggling.es.md\ndrafts/rcm-smuggling.es.docx\ndrafts/rcm-smuggling.json\nwrote 5 drafts (1 warning)\n",
    );
    expect(readdirSync(path.join(dir, "drafts")).sort()).toEqual(DRAFTS);
  });

  it("reports the likely duplicate on stderr, with both places", () => {
    expect(result.stderr).toContain("groups/2-field-operations.md:193:3  warning  action FLD-3.1 (group field-operations) looks like INT-3.1");
    expect(result.stderr).toContain("see: groups/1-intelligence.yaml:304:13  INT-3.1 is here");
  });

  it("keeps every action of the groups in every draft", async () => {
    const ids = await actionIdsIn(dir);
    expect(ids).toHaveLength(50);
    for (const file of DRAFTS) {
      const text = read(dir, file);
      for (const id of ids) expect(text, `${id} in ${file}`).toContain(file.endsWith(".json") ? `"id": "${id}"` : `(${id})`);
    }
  });

  it("writes one matrix row per action, and no line with trailing spaces", () => {
    const en = read(dir, "rcm-smuggling.en.md");
    const rows = en.split("\n").filter((line) => /^\| \[(\d+\.\d+\.\d+) \([A-Z]+-[\d.]+\)\]\[\1\] \| .* \| (high|medium|low) \|/.test(line));
    expect(rows).toHaveLength(50);
    expect(en.split("\n").filter((line) => line !== line.trimEnd())).toEqual([]);
    expect(en.endsWith("\n") && !en.endsWith("\n\n")).toBe(true);
  });

  it("writes the title block, contents, themes and annexes in English", () => {
    const en = read(dir, "rcm-smuggling.en.md");
    expect(en.startsWith("# Work Plan to Combat Migrant Smuggling\n\n- **Network:** Liaison Officer Network")).toBe(true);
    expect(en).toContain("- **Draft 1**\n- **Date:** 15 September 2017\n- **Status:** draft\n- **Period:** 2019–2025");
    expect(en).toContain("- [Theme 1: Intelligence and Investigation: Data Collection and Exchange](#theme-1-intelligence-and-investigation-data-collection-and-exchange)");
    expect(en).toContain("| [1.1.3 (INT-1.3)][1.1.3] | Sign bilateral and multilateral intelligence-exchange arrangements along the main routes | Q3–Q4 | ■ | ■ | | | | |");
    expect(en).toContain("| [1.3.1 (INT-3.1)][1.3.1] | Intelligence and Investigation: Data Collection and Exchange, groups/1-intelligence.yaml | [2.3.1 (FLD-3.1)][2.3.1] | Field Operations: Cooperation, Police and Judicial Response, groups/2-field-operations.md | 0.65 |");
    expect(en).toContain("\n[1.3.1]: #action-131-int-31-designate-a-national-focal-point-on-migrant-smuggling-in-each-member-country\n");
    // A theme's row above its actions in the timeline, and each objective's above its actions in the matrix, as in the Word draft.
    expect(en).toContain("|:---:|\n| | **Theme 1: Intelligence and Investigation: Data Collection and Exchange** | | | | | | | |\n| [1.1.1 (INT-1.1)][1.1.1] |");
    expect(en).toContain("|---|---|---|---|---|---|---|\n| | **Objective 1.1: Generate and manage actionable intelligence by country and between countries** | | | | | |\n| [1.1.1 (INT-1.1)][1.1.1] |");
    expect(en).toContain("- Article 7: Cooperation\n- Article 12: Security and control of documents\n");
    expect(en).not.toContain("Article 2: Statement of purpose");
    expect(en).toContain("| SOM-12.2 | 12 | Controls over the document issuance process");
    expect(en).toContain("five years**; this draft proposes the period 2019–2025.[^s2-1]");
  });

  it("writes the Spanish draft with Spanish headings, labels and text", () => {
    const es = read(dir, "rcm-smuggling.es.md");
    expect(es.startsWith("# Plan de trabajo para combatir el tráfico ilícito de migrantes\n")).toBe(true);
    expect(es).toContain("- **Borrador 1**\n- **Fecha:** 15 de septiembre de 2017\n- **Estado:** borrador");
    expect(es).toContain("| N.º | Acción | Responsables | Socios | Plazo | Prioridad | Indicadores del Protocolo |");
    expect(es).toContain("- **Objetivo:** 1.1 Generar y gestionar inteligencia accionable por país y entre países");
    expect(es).toContain("| Indicador | Línea de base | Meta | Medios de verificación |");
    // "Medios de verificación", the logical framework's column, as the Word draft's monitoring table heads it too.
    expect(read(dir, "rcm-smuggling.es.docx")).toContain("\nIndicador | Línea de base | Meta | Medios de verificación\n");
    expect(es).toContain("- **Plazo:** T1 2019 – T4 2020\n- **Prioridad:** alta");
    for (const heading of ["## Anexo A: Cobertura del Protocolo", "## Anexo B: Cronograma", "## Anexo C: Responsabilidades\n\n### C.1 Por país\n", "## Anexo E: Fuentes", "**Productos**", "**Notas:**"]) {
      expect(es).toContain(heading);
    }
  });

  it("writes the likely duplicates' similarity with the decimal mark of the draft's language", () => {
    // A Spanish reader reads "0.65" as sixty-five thousandths' typo, or as 65: the Spanish drafts write 0,65.
    for (const [lang, similarity] of [["en", "0.65"], ["es", "0,65"]] as const) {
      expect(read(dir, `rcm-smuggling.${lang}.md`)).toContain(`, groups/2-field-operations.md | ${similarity} |\n`);
      expect(read(dir, `rcm-smuggling.${lang}.docx`)).toContain(`, groups/2-field-operations.md | ${similarity}\n`);
    }
  });

  it("names each action's source by its theme, in the draft's language, with the file but not the line", () => {
    // A line would move with every line added above the action in its group's file, in every draft the Secretariat diffs.
    const places = {
      en: ["Source", "Intelligence and Investigation: Data Collection and Exchange, groups/1-intelligence.yaml"],
      es: ["Fuente", "Inteligencia e investigación: recopilación e intercambio de datos, groups/1-intelligence.yaml"],
    };
    for (const [lang, [label, place]] of Object.entries(places)) {
      expect(read(dir, `rcm-smuggling.${lang}.md`)).toContain(`- **${label}:** ${place}\n`);
      expect(read(dir, `rcm-smuggling.${lang}.docx`)).toContain(`\n${label} | ${place}\n`);
    }
  });

  it("points each of a likely-duplicate pair at the other, in its particulars", () => {
    const pairs = {
      en: ["Likely duplicate of", "2.3.1 (FLD-3.1) Designate a primary focal point to combat migrant smuggling in each member country", "1.3.1 (INT-3.1) Designate a national focal point on migrant smuggling in each member country"],
      es: ["Posible duplicado de", "2.3.1 (FLD-3.1) Designar un punto focal principal para combatir el tráfico ilícito de migrantes en cada país miembro", "1.3.1 (INT-3.1) Designar un punto focal nacional sobre tráfico ilícito de migrantes en cada país miembro"],
    };
    for (const [lang, [label, ofIntelligence, ofField]] of Object.entries(pairs)) {
      const markdown = read(dir, `rcm-smuggling.${lang}.md`);
      // The other's number a link to its details (its text as a reader sees it here).
      const unlinked = (line: string) => line.replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1");
      expect(markdown.split(`- **${label}:** `).map((part) => unlinked(part.split("\n")[0]!)).slice(1)).toEqual([ofIntelligence, ofField]);
      const docx = read(dir, `rcm-smuggling.${lang}.docx`);
      expect(docx).toContain(`\n${label} | ${ofIntelligence}\n`);
      expect(docx).toContain(`\n${label} | ${ofField}\n`);
    }
  });

  it("lists the sources by theme name, facilitators and rapporteurs in the draft's language, a delegation's or organisation's name once", () => {
    const rows = {
      en: [
        "1 | Intelligence and Investigation: Data Collection and Exchange | IOM Regional Specialist in Border Management | Delegation of El Salvador | groups/1-intelligence.yaml | 11",
        "5 | Prevention and Assistance for Migrants in Vulnerable Situations: Victims of Related Crimes | IOM Regional Specialist in Protection and Assistance to Vulnerable Migrants | Delegation of the Dominican Republic | groups/5-prevention-assistance.md | 11",
      ],
      es: [
        "1 | Inteligencia e investigación: recopilación e intercambio de datos | Especialista regional de la OIM en gestión de fronteras | Delegación de El Salvador | groups/1-intelligence.yaml | 11",
        "5 | Prevención y asistencia a personas migrantes en situación de vulnerabilidad: víctimas de delitos conexos | Especialista regional de la OIM en protección y asistencia a migrantes vulnerables | Delegación de la República Dominicana | groups/5-prevention-assistance.md | 11",
      ],
    };
    for (const [lang, lines] of Object.entries(rows)) {
      for (const line of lines) {
        expect(read(dir, `rcm-smuggling.${lang}.md`)).toContain(`\n| ${line} |\n`);
        expect(read(dir, `rcm-smuggling.${lang}.docx`)).toContain(`\n${line}\n`);
      }
    }
  });

  it("lists the countries' responsibilities in the order of their names in the draft's language", () => {
    const countries = {
      en: ["Belize", "Canada", "Costa Rica", "Dominican Republic", "El Salvador", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama", "United States"],
      es: ["Belice", "Canadá", "Costa Rica", "El Salvador", "Estados Unidos", "Guatemala", "Honduras", "México", "Nicaragua", "Panamá", "República Dominicana"],
    };
    for (const [lang, names] of Object.entries(countries)) {
      const md = read(dir, `rcm-smuggling.${lang}.md`);
      const table = md.slice(md.indexOf(lang === "en" ? "| Country |" : "| País |")).split("\n\n")[0]!;
      expect(table.split("\n").slice(2).map((line) => line.split(" | ")[0]!.slice(2))).toEqual(names);
      const text = read(dir, `rcm-smuggling.${lang}.docx`).split("\n");
      const first = text.findIndex((line) => line.startsWith(lang === "en" ? "Country | " : "País | "));
      expect(text.slice(first + 1, first + 1 + names.length).map((line) => line.split(" | ")[0])).toEqual(names);
    }
  });

  it("writes a JSON draft that matches the documented model, two spaces to a level and one member to a line", () => {
    const text = read(dir, "rcm-smuggling.json");
    const model = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(model, null, 2)}\n`);
    expect(PlanModelSchema.safeParse(model).success).toBe(true);
    expect(model.annexes.duplicates).toEqual([{ first: "INT-3.1", second: "FLD-3.1", similarity: expect.any(Number) }]);
    const schema = modelJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.properties as object)).toContain("annexes");
  });

  it("leaves no temporary file beside the drafts", () => {
    expect(readdirSync(path.join(dir, "drafts")).filter((name) => !DRAFTS.includes(name))).toEqual([]);
  });
});

describe("a Lead or Partners cell's first name", () => {
  it("is written with a capital where it is ALL, and as the plan writes it otherwise (eu-LISA), in both drafts and languages", async () => {
    const dir = shippedCopy({
      "plan.yaml": (text) => text.replace("\nthemes:", "\norganizations:\n  - {id: EULISA, name: eu-LISA}\nthemes:"),
      "groups/1-intelligence.yaml": (text) => text.replace("lead: [MX, IOM]", "lead: [EULISA, MX]"),
    });
    expect((await runPlan(["build", "--format", "md,docx"], dir)).exitCode).toBe(0);
    for (const [lang, lead, all] of [["en", "Lead", "All member countries"], ["es", "Responsables", "Todos los países miembros"]] as const) {
      const markdown = read(dir, `rcm-smuggling.${lang}.md`);
      expect(markdown, lang).toContain(`- **${lead}:** eu-LISA, M`);
      expect(markdown, lang).toContain(`| ${all}, `);
      expect(markdown, lang).not.toContain("Eu-LISA");
      const word = read(dir, `rcm-smuggling.${lang}.docx`);
      expect(word, lang).toContain("eu-LISA, M");
      expect(word, lang).toContain(`${all}, `);
      expect(word, lang).not.toContain("Eu-LISA");
    }
  });
});

describe("plan build output is a pure function of the inputs", () => {
  it("gives the same bytes when built twice, from another directory, or under another time zone and locale", async () => {
    const dir = shippedCopy();
    const bytes = () => DRAFTS.map((file) => readFileSync(path.join(dir, "drafts", file)));
    await runPlan(["build", ...ALL_FORMATS], dir);
    const first = bytes();
    await runPlan(["build", ".", ...ALL_FORMATS], dir);
    expect(bytes()).toEqual(first);
    await runPlan(["build", path.basename(dir), ...ALL_FORMATS], path.dirname(dir));
    expect(bytes()).toEqual(first);
    // From inside the plan: the drafts had named groups/1-intelligence.yaml "1-intelligence.yaml".
    await runPlan(["build", "..", ...ALL_FORMATS], path.join(dir, "groups"));
    expect(bytes()).toEqual(first);
    execFileSync(process.execPath, [path.join(REPO, "bin/plan.js"), "build", ...ALL_FORMATS], {
      cwd: dir, env: { ...process.env, TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" }, stdio: "pipe",
    });
    expect(bytes()).toEqual(first);
  });

  it("gives the same bytes from a checkout with CRLF line ends (git's autocrlf on Windows)", async () => {
    const lf = shippedCopy();
    const crlf = shippedCopy();
    for (const file of execFileSync("git", ["ls-files"], { cwd: path.join(REPO, "plans/rcm-smuggling"), encoding: "utf8" }).split("\n")) {
      if (!/\.(md|yaml)$/.test(file)) continue;
      const target = path.join(crlf, file);
      writeFileSync(target, readFileSync(target, "utf8").replace(/\n/g, "\r\n"));
    }
    await runPlan(["build", ...ALL_FORMATS], lf);
    await runPlan(["build", ...ALL_FORMATS], crlf);
    for (const file of DRAFTS) expect(readFileSync(path.join(crlf, "drafts", file)), file).toEqual(readFileSync(path.join(lf, "drafts", file)));
  });
});

describe("plan build options", () => {
  it("builds one language with --lang, into --out relative to the working directory", async () => {
    const dir = shippedCopy();
    const result = await runPlan(["build", ".", "--lang", "es", "--format", "md", "--out", "out/x"], dir);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe("out/x/rcm-smuggling.es.md\nwrote 1 draft (1 warning)\n");
    expect(existsSync(path.join(dir, "drafts"))).toBe(false);
  });

  it("falls back to the primary language where a translation is missing, with a warning naming the item and file", async () => {
    const dir = shippedCopy({
      "groups/1-intelligence.yaml": (text) => text.replace(
        "          en: Produce a yearly regional assessment of smuggling routes and networks\n          es: Elaborar una evaluación regional anual de rutas y redes de tráfico\n",
        "          en: Produce a yearly regional assessment of smuggling routes and networks\n",
      ),
    });
    const result = await runPlan(["build", "--lang", "es", "--format", "md"], dir);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/groups\/1-intelligence\.yaml:\d+:\d+  warning  the es draft uses another language: action INT-1\.2: title has no es text  translation-fallback/);
    expect(read(dir, "rcm-smuggling.es.md")).toContain("| [1.1.2 (INT-1.2)][1.1.2] | Produce a yearly regional assessment of smuggling routes and networks |");
    // Said once: the fallback says which draft, so validate's missing-translation for the same text is left out.
    expect(result.stderr).not.toContain("missing-translation");
    const en = await runPlan(["build", "--lang", "en", "--format", "md"], dir);
    expect(en.stderr).not.toContain("translation-fallback");
    expect(en.stderr).toMatch(/action INT-1\.2: title has no es text  missing-translation/);
  });

  it("writes the Markdown and Word drafts when no format is named", async () => {
    const dir = shippedCopy();
    const result = await runPlan(["build", "--lang", "en"], dir);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe("drafts/rcm-smuggling.en.md\ndrafts/rcm-smuggling.en.docx\nwrote 2 drafts (1 warning)\n");
  });

  it("writes the same drafts, byte for byte, from group files saved with decomposed accents (NFD)", async () => {
    const decomposed = (text: string) => text.normalize("NFD");
    const nfd = shippedCopy({ "groups/1-intelligence.yaml": decomposed, "groups/2-field-operations.md": decomposed, "narrative/es/01-antecedentes.md": decomposed });
    expect(readFileSync(path.join(nfd, "groups/1-intelligence.yaml"), "utf8")).toContain("Panama\u0301");
    const nfc = shippedCopy();
    for (const dir of [nfd, nfc]) expect((await runPlan(["build", ...ALL_FORMATS], dir)).exitCode).toBe(0);
    for (const file of DRAFTS) expect(readFileSync(path.join(nfd, "drafts", file)).equals(readFileSync(path.join(nfc, "drafts", file))), file).toBe(true);
  });

  it("writes no character a draft cannot hold: a line break pasted from Word breaks the line, the other controls and U+FFFE are dropped", async () => {
    const title = "en: Set up or strengthen a specialised migrant smuggling analysis unit in each member country";
    const dir = shippedCopy({ "groups/1-intelligence.yaml": (text) => text.replace(title, String.raw`en: "Set up\0 or\a strengthen\uFFFE a specialised\vmigrant smuggling analysis unit in each member country"`) });
    expect((await runPlan(["build", "--lang", "en", ...ALL_FORMATS], dir)).exitCode).toBe(0);
    const markdown = readFileSync(path.join(dir, "drafts/rcm-smuggling.en.md"), "utf8");
    expect(markdown).toContain("| [1.1.1 (INT-1.1)][1.1.1] | Set up or strengthen a specialised <br>migrant smuggling analysis unit in each member country |");
    const body = strFromU8(unzipSync(readFileSync(path.join(dir, "drafts/rcm-smuggling.en.docx")))["word/document.xml"]!);
    expect(body).toContain("<w:t xml:space=\"preserve\">Set up or strengthen a specialised</w:t></w:r><w:r><w:br/>");
    for (const text of [markdown, body, readFileSync(path.join(dir, "drafts/rcm-smuggling.json"), "utf8")]) expect(text).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\\u00/);
  });

  it("never writes a draft over one of the plan's files: a narrative chapter named as a draft in --out (exit 2)", async () => {
    const dir = shippedCopy({ "plan.yaml": (text) => text.replace("narrative/en/01-background.md", "narrative/en/rcm-smuggling.en.md") });
    renameSync(path.join(dir, "narrative/en/01-background.md"), path.join(dir, "narrative/en/rcm-smuggling.en.md"));
    const chapter = readFileSync(path.join(dir, "narrative/en/rcm-smuggling.en.md"), "utf8");
    const result = await runPlan(["build", "--lang", "en", "--out", "narrative/en"], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /\nplan: narrative\/en\/rcm-smuggling\.en\.md is one of the plan's files \(narrative\/en\/rcm-smuggling\.en\.md\); the draft would replace it: write the drafts elsewhere with --out\n$/,
    );
    expect(readFileSync(path.join(dir, "narrative/en/rcm-smuggling.en.md"), "utf8")).toBe(chapter);
    expect(readdirSync(path.join(dir, "narrative/en")).sort()).toEqual(["02-objectives.md", "03-methodology.md", "rcm-smuggling.en.md"]);
  });

  it("never writes over a Word draft saved from Word since it was built: the consolidator's edits stay, and no draft is written (exit 2)", async () => {
    const dir = shippedCopy();
    expect((await runPlan(["build", "--lang", "en"], dir)).exitCode).toBe(0);
    const draft = path.join(dir, "drafts/rcm-smuggling.en.docx");
    // As Word saves it: its own name in app.xml, the person in core.xml.
    const parts = unzipSync(readFileSync(draft));
    parts["docProps/app.xml"] = strToU8('<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>');
    parts["docProps/core.xml"] = strToU8(strFromU8(parts["docProps/core.xml"]!).replace("<cp:lastModifiedBy>rcm-plan<", "<cp:lastModifiedBy>Ana P&#233;rez<"));
    const edited = zipSync(parts);
    writeFileSync(draft, edited);
    rmSync(path.join(dir, "drafts/rcm-smuggling.en.md"));

    const result = await runPlan(["build", "--lang", "en"], dir);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toMatch(
      /\nplan: drafts\/rcm-smuggling\.en\.docx was saved in Microsoft Office Word by Ana Pérez since plan wrote it; a new draft would replace it and lose those edits: move it elsewhere \(or delete it\), then build again\n$/,
    );
    expect(readFileSync(draft).equals(Buffer.from(edited))).toBe(true);
    expect(readdirSync(path.join(dir, "drafts"))).toEqual(["rcm-smuggling.en.docx"]);

    renameSync(draft, path.join(dir, "edited.docx"));
    expect((await runPlan(["build", "--lang", "en"], dir)).exitCode).toBe(0);
    // A draft plan wrote is written over without a word, as each build does.
    expect((await runPlan(["build", "--lang", "en"], dir)).exitCode).toBe(0);
  });

  it("never writes a Word draft over a damaged one whose properties cannot tell who saved it, and says which part is damaged (exit 2)", async () => {
    const dir = shippedCopy();
    expect((await runPlan(["build", "--format", "docx", "--lang", "en"], dir)).exitCode).toBe(0);
    const draft = path.join(dir, "drafts/rcm-smuggling.en.docx");
    const damaged = zipSync(unzipSync(readFileSync(draft)), { level: 0 });
    damaged[Buffer.from(damaged).indexOf("<cp:lastModifiedBy>") + 20] ^= 0x20;
    writeFileSync(draft, damaged);
    const result = await runPlan(["build", "--format", "docx", "--lang", "en"], dir);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toMatch(
      /\nplan: drafts\/rcm-smuggling\.en\.docx is where a draft goes, and it is damaged \(docProps\/core\.xml is damaged: its checksum does not match; the file may be cut short or corrupted\), so nothing tells whether it was edited since plan wrote it; a new draft would replace it: move it elsewhere \(or delete it\), then build again\n$/,
    );
    expect(readFileSync(draft).equals(Buffer.from(damaged))).toBe(true);
  });

  it("never writes a Word draft over a file plan did not write: documents of the same name in --out stay, each said (exit 2)", async () => {
    const dir = shippedCopy();
    const out = mkdtempSync(path.join(tmpdir(), "rcm-plan-out-"));
    for (const lang of ["en", "es"]) writeFileSync(path.join(out, `rcm-smuggling.${lang}.docx`), `notas de la reunión (${lang})\n`);
    const result = await runPlan(["build", "--format", "docx", "--out", out], dir);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    const refused = (lang: string) => `plan: ${path.relative(dir, path.join(out, `rcm-smuggling.${lang}.docx`))} is not a draft plan wrote; a new draft would replace it: move it elsewhere, or write the drafts elsewhere with --out\n`;
    // After the plan's one warning.
    expect(result.stderr).toMatch(/in 12 files\n\n?plan: /);
    expect(result.stderr.slice(result.stderr.indexOf("plan: "))).toBe(refused("en") + refused("es"));
    for (const lang of ["en", "es"]) expect(readFileSync(path.join(out, `rcm-smuggling.${lang}.docx`), "utf8")).toBe(`notas de la reunión (${lang})\n`);
  });

  it("never writes over a Markdown draft edited since it was built, nor over a Markdown file plan did not write (exit 2)", async () => {
    const dir = shippedCopy();
    expect((await runPlan(["build", "--format", "md"], dir)).exitCode).toBe(0);
    const [en, es] = ["en", "es"].map((lang) => path.join(dir, `drafts/rcm-smuggling.${lang}.md`)) as [string, string];
    const built = readFileSync(en, "utf8");
    // The draft ends in its seal, which says in the draft's language where to edit, and which a renderer shows nowhere.
    expect(built).toMatch(/\n\n<!-- plan build [0-9a-f]{16}: written from the plan's files: edit those and build again; plan build will not replace this draft once it is edited here\. -->\n$/);
    expect(readFileSync(es, "utf8")).toMatch(/\n\n<!-- plan build [0-9a-f]{16}: escrito a partir de los archivos del plan: edítelos y vuelva a compilar; plan build no reemplazará este borrador si se edita aquí\. -->\n$/);
    // Line ends made CRLF (Git on Windows) and a byte-order mark are no edit: the draft is written over.
    writeFileSync(es, `\uFEFF${readFileSync(es, "utf8").replace(/\n/g, "\r\n")}`);
    expect((await runPlan(["build", "--format", "md"], dir)).exitCode).toBe(0);
    expect(readFileSync(es, "utf8")).not.toContain("\r");

    const edited = built.replace("# Work Plan to Combat Migrant Smuggling", "# Work Plan to Combat Migrant Smuggling (revised)");
    writeFileSync(en, edited);
    writeFileSync(es, "notas de la reunión\n");
    const result = await runPlan(["build", "--format", "md"], dir);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr.slice(result.stderr.indexOf("plan: "))).toBe(
      "plan: drafts/rcm-smuggling.en.md was edited since plan wrote it; a new draft would replace it and lose those edits: move it elsewhere (or delete it), then build again\n" +
        "plan: drafts/rcm-smuggling.es.md is not a draft plan wrote; a new draft would replace it: move it elsewhere, or write the drafts elsewhere with --out\n",
    );
    expect(readFileSync(en, "utf8")).toBe(edited);
    expect(readFileSync(es, "utf8")).toBe("notas de la reunión\n");

    // Notes added after the seal are an edit too.
    rmSync(es);
    writeFileSync(en, `${built}\n## Notas del consolidador\n\nRevisar FLD-1.2.\n`);
    const after = await runPlan(["build", "--format", "md", "--lang", "en"], dir);
    expect(after.exitCode).toBe(2);
    expect(after.stderr).toContain("plan: drafts/rcm-smuggling.en.md was edited since plan wrote it;");

    // Without a seal (a draft from before seals, or its seal removed): written over only where it is the new draft's text.
    const unsealed = built.slice(0, built.lastIndexOf("\n<!-- "));
    writeFileSync(en, unsealed.replace("## Contents", "## Contents (revised)"));
    const edits = await runPlan(["build", "--format", "md", "--lang", "en"], dir);
    expect(edits.exitCode).toBe(2);
    expect(edits.stderr).toMatch(/\nplan: drafts\/rcm-smuggling\.en\.md differs from the new draft and has no seal to tell whether it was edited \(a draft from before drafts were sealed, or its seal removed\); a new draft would replace it: move it elsewhere \(or delete it\), then build again\n$/);
    writeFileSync(en, unsealed);
    expect((await runPlan(["build", "--format", "md", "--lang", "en"], dir)).exitCode).toBe(0);
    expect(readFileSync(en, "utf8")).toBe(built);

    // A merge of two branches that each built: git's markers, where the two drafts differ (their seals always do), told as such.
    const seal = built.lastIndexOf("\n<!-- ");
    const ours = built.slice(seal + 1);
    const conflicted = `${built.slice(0, seal + 1)}<<<<<<< HEAD\n${ours}=======\n${ours.replace(/[0-9a-f]{16}/, "0123456789abcdef")}>>>>>>> other-group\n`;
    writeFileSync(en, conflicted);
    const merged = await runPlan(["build", "--format", "md", "--lang", "en"], dir);
    expect(merged.exitCode).toBe(2);
    expect(merged.stderr).toMatch(/\nplan: drafts\/rcm-smuggling\.en\.md holds git's conflict markers: the drafts of two branches met in a merge\. Take either side \(git checkout --theirs -- drafts\/rcm-smuggling\.en\.md\), then build again: the new draft is made from the merged sources\n$/);
    expect(readFileSync(en, "utf8")).toBe(conflicted);
  });

  it("says which drafts of an earlier build it no longer makes (a language dropped, the plan's id changed), and leaves them", async () => {
    const dir = shippedCopy();
    expect((await runPlan(["build", "--format", "md,docx"], dir)).exitCode).toBe(0);
    // Built again as it was, or of one format only: nothing to say.
    expect((await runPlan(["build", "--format", "md"], dir)).stderr).not.toContain("earlier build");
    const manifest = path.join(dir, "plan.yaml");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace("languages: [en, es]", "languages: [en]"));
    const result = await runPlan(["build", "--format", "md"], dir);
    expect(result.exitCode).toBe(0);
    expect(result.stderr.split("\n").filter((line) => line.startsWith("plan: "))).toEqual([
      "plan: drafts/rcm-smuggling.es.docx, drafts/rcm-smuggling.es.md are drafts of an earlier build that this plan no longer makes (another language or plan id): delete them if no longer wanted",
    ]);
    expect(existsSync(path.join(dir, "drafts/rcm-smuggling.es.md"))).toBe(true);
  });

  it("never writes the JSON draft over a file that is not one, and writes over its own draft, a tool's output", async () => {
    const dir = shippedCopy();
    const json = path.join(dir, "drafts/rcm-smuggling.json");
    expect((await runPlan(["build", "--format", "json"], dir)).exitCode).toBe(0);
    const built = readFileSync(json, "utf8");
    writeFileSync(json, built.replace('"draft": 1', '"draft": 2').replace(/\n/g, "\r\n"));
    expect((await runPlan(["build", "--format", "json"], dir)).exitCode).toBe(0);
    expect(readFileSync(json, "utf8")).toBe(built);
    // Indented again by an editor, or minified by a tool: still its own draft.
    for (const reformatted of [JSON.stringify(JSON.parse(built), null, "\t"), JSON.stringify(JSON.parse(built))]) {
      writeFileSync(json, reformatted);
      expect((await runPlan(["build", "--format", "json"], dir)).exitCode).toBe(0);
      expect(readFileSync(json, "utf8")).toBe(built);
    }
    // Another plan's JSON, or any other file of that name, stays.
    for (const other of ['{\n  "id": "another-plan",\n}\n', "[]\n"]) {
      writeFileSync(json, other);
      const result = await runPlan(["build", "--format", "json"], dir);
      expect(result).toMatchObject({ exitCode: 2, stdout: "" });
      expect(result.stderr).toMatch(/\nplan: drafts\/rcm-smuggling\.json is not a draft plan wrote; a new draft would replace it: move it elsewhere, or write the drafts elsewhere with --out\n$/);
      expect(readFileSync(json, "utf8")).toBe(other);
    }
  });

  it("never writes a Markdown draft where plan.yaml's groups patterns would read it as a group (--out groups, exit 2)", async () => {
    const dir = shippedCopy();
    const result = await runPlan(["build", "--out", "groups"], dir);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toMatch(/\nplan: groups\/rcm-smuggling\.en\.md would be read as a group file next time \(plan\.yaml's groups: groups\/\*\.\{yaml,yml,md\}\): write the drafts elsewhere with --out\n$/);
    expect(readdirSync(path.join(dir, "groups")).filter((file) => file.startsWith("rcm-smuggling"))).toEqual([]);
    // The Word and JSON drafts alone match no pattern, and may go there.
    expect((await runPlan(["build", "--out", "groups", "--format", "docx,json", "--lang", "en"], dir)).exitCode).toBe(0);
  });

  it("knows the groups folder reached through a link: --out link/groups, or the plan named through a link (exit 2)", async () => {
    const dir = shippedCopy();
    const links = mkdtempSync(path.join(tmpdir(), "rcm-plan-links-"));
    symlinkSync(dir, path.join(links, "plan"), "dir");
    const intoGroups = await runPlan(["build", "--out", path.join(links, "plan", "groups")], dir);
    expect(intoGroups).toMatchObject({ exitCode: 2, stdout: "" });
    expect(intoGroups.stderr).toContain("rcm-smuggling.en.md would be read as a group file next time (plan.yaml's groups: groups/*.{yaml,yml,md})");
    const throughLink = await runPlan(["build", path.join(links, "plan"), "--out", path.join(dir, "groups")], links);
    expect(throughLink).toMatchObject({ exitCode: 2, stdout: "" });
    expect(readdirSync(path.join(dir, "groups")).filter((file) => file.startsWith("rcm-smuggling"))).toEqual([]);
  });

  it("refuses unknown formats and a language the plan does not have (exit 2)", async () => {
    const dir = shippedCopy({ "plan.yaml": (text) => text.replace("languages: [en, es]", "languages: [en]") });
    const pdf = await runPlan(["build", "--format", "md,pdf"], dir);
    expect(pdf).toMatchObject({ exitCode: 2, stdout: "" });
    expect(pdf.stderr).toBe("plan: unknown format 'pdf' (choose from md, docx, json)\n");
    const es = await runPlan(["build", "--lang", "es"], dir);
    expect(es.exitCode).toBe(2);
    expect(es.stderr).toBe("plan: the plan is not written in 'es': its languages are en (plan.yaml `languages`)\n");
    expect(existsSync(path.join(dir, "drafts"))).toBe(false);
  });
});

describe("plan build with errors", () => {
  const broken = () => shippedCopy({ "groups/1-intelligence.yaml": (text) => text.replace("lead: [MX, IOM]", "lead: [MX, IOMM]") });

  it("refuses to write, exits 1 and says why", async () => {
    const dir = broken();
    const result = await runPlan(["build"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("unknown organisation 'IOMM'");
    expect(result.stderr).toContain("plan: not writing the drafts: the plan has 1 error (fix it, or use --force)\n");
    expect(existsSync(path.join(dir, "drafts"))).toBe(false);
  });

  it("writes anyway with --force, and still exits 1", async () => {
    const dir = broken();
    const result = await runPlan(["build", "--force"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("wrote 4 drafts despite 1 error (--force)\n");
    expect(read(dir, "rcm-smuggling.en.md")).toContain("| [1.1.1 (INT-1.1)][1.1.1] | Set up or strengthen a specialised migrant smuggling analysis unit in each member country | Mexico, IOMM |");
    expect(result.stderr).not.toContain("leave out");
  });

  it("with --force, says which group file the drafts leave out because it fails the schema check", async () => {
    const dir = shippedCopy({ "groups/1-intelligence.yaml": (text) => text.replace("priority: high", "priority: hihg") });
    const result = await runPlan(["build", "--force"], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("plan: the drafts leave out groups/1-intelligence.yaml: it has errors (above), so none of its actions merged\n");
    expect(read(dir, "rcm-smuggling.en.md")).not.toContain("INT-1.1");
  });
});

describe("a final plan (status: final)", () => {
  it("names no draft on its cover, its running header, its title block or its document properties, in either language", async () => {
    const dir = shippedCopy({ "plan.yaml": (text) => text.replace("status: draft\n", "status: final\n") });
    expect(readFileSync(path.join(dir, "plan.yaml"), "utf8")).toContain("status: final\n");
    expect((await runPlan(["build"], dir)).exitCode).toBe(0);
    for (const [lang, draft, status] of [["en", "Draft 1", "Status: final"], ["es", "Borrador 1", "Estado: final"]]) {
      const markdown = readFileSync(path.join(dir, `drafts/rcm-smuggling.${lang}.md`), "utf8");
      expect(markdown.slice(0, 600), lang).not.toContain(draft);
      expect(markdown, lang).toContain(`- **${status.replace(": ", ":** ")}\n`);
      const word = readFileSync(path.join(dir, `drafts/rcm-smuggling.${lang}.docx`));
      expect(docxText(word), lang).toContain(status);
      expect(docxText(word).slice(0, 600), lang).not.toContain(draft);
      const parts = unzipSync(word);
      expect(strFromU8(parts["word/header1.xml"]!).toUpperCase(), lang).not.toContain(draft.toUpperCase());
      expect(strFromU8(parts["docProps/core.xml"]!), lang).not.toContain(draft);
    }
  });
});

describe("an output or notes of several paragraphs (a blank line between)", () => {
  it("keeps its paragraphs in both drafts, where they ran together into one line", async () => {
    const dir = shippedCopy({
      "groups/1-intelligence.yaml": (text) => text
        .replace("          - en: Common template for national contributions\n", "          - en: \"Common template for national contributions\\n\\nA guide to filling it in\"\n")
        .replace("          en: Classified content stays with the focal points; a public summary can feed prevention campaigns.\n", "          en: \"Classified content stays with the focal points.\\n\\nA public summary can feed prevention campaigns.\"\n"),
    });
    expect(readFileSync(path.join(dir, "groups/1-intelligence.yaml"), "utf8")).toContain("\\n\\nA public summary");
    expect((await runPlan(["build", "--lang", "en"], dir)).exitCode).toBe(0);
    const markdown = readFileSync(path.join(dir, "drafts/rcm-smuggling.en.md"), "utf8");
    expect(markdown).toContain("- Common template for national contributions\n\n  A guide to filling it in\n");
    expect(markdown).toContain("**Notes:** Classified content stays with the focal points.\n\nA public summary can feed prevention campaigns.\n");
    // In Word, a paragraph each: textconv prints a paragraph a line.
    const word = docxText(readFileSync(path.join(dir, "drafts/rcm-smuggling.en.docx")));
    expect(word).toContain("Common template for national contributions\nA guide to filling it in\n");
    expect(word).toContain("Notes: Classified content stays with the focal points.\nA public summary can feed prevention campaigns.\n");
  });
});

describe("a plan's own indicator whose statement lacks a language", () => {
  it("is told as a missing translation at its line, and the Spanish Word draft marks the English it prints", async () => {
    const dir = shippedCopy({
      "plan.yaml": (text) => `${text}indicators: indicators.yaml\n`,
      "groups/1-intelligence.yaml": (text) => text.replace("protocol: [SOM-10.4, SOM-6.6]", "protocol: [RCM-19.1, SOM-10.4, SOM-6.6]"),
    });
    writeFileSync(path.join(dir, "indicators.yaml"), "indicators:\n  - id: RCM-19.1\n    article: 19\n    statement: Returns carried out with dignity\n");
    const validated = await runPlan(["validate"], dir);
    expect(validated.stdout).toContain("indicators.yaml:4:16  warning  indicator RCM-19.1: statement has no es text  missing-translation\n");
    const built = await runPlan(["build", "--lang", "es", "--format", "docx"], dir);
    expect(built.stderr).toContain("indicators.yaml:4:16  warning  the es draft uses another language: indicator RCM-19.1: statement has no es text  translation-fallback\n");
    const document = strFromU8(unzipSync(readFileSync(path.join(dir, "drafts/rcm-smuggling.es.docx")))["word/document.xml"]!);
    // In the action's particulars and in the coverage annex, each marked as English.
    expect(document.split("Returns carried out with dignity</w:t>").length - 1).toBe(2);
    expect(document.split('<w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">Returns carried out with dignity</w:t>').length - 1).toBe(2);
  });
});
