/**
 * A matrix keeps its language: a Spanish-first matrix reads its unlabelled texts as Spanish, and
 * `plan fmt` and `plan convert` write it back Spanish-first; an English-first one is as it was.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GroupSchema, type WorkingGroup } from "../../src/model/schema.js";
import type { Text } from "../../src/model/text.js";
import { parseMarkdownGroup } from "../../src/parse/markdown-group.js";
import { convertGroup, formatFile } from "../../src/render/group/convert.js";
import { renderGroupMarkdown } from "../../src/render/group/markdown.js";
import { copyToTemp, REPO, runPlan } from "../helpers/run.js";
import { workingGroup } from "./arbitraries.js";
import { readMarkdown } from "./read-matrix.js";

const FRONT = `---
group: field-operations
theme: field-operations
facilitator: {name: Ana María Núñez, organization: UNODC}
rapporteur: {name: Delegación de Guatemala, country: GT}
participants:
  - {country: GT, role: prosecutor}
---
`;

/** Spanish headings, Spanish unlabelled, English labelled: as a Spanish-speaking group writes it, and in canonical form. */
const SPANISH_FIRST = `${FRONT}
## FLD-O1: Desarrollar estándares regionales de interdicción

Reglas mínimas comunes para que un caso de tráfico se atienda de manera comparable.

- **Título (en):** Develop regional standards for interdiction
- **Descripción (en):** Common minimum rules so that a smuggling case is handled in a comparable way.

| Id      | Acción                                               | Responsables | Socios         | Plazo             | Prioridad | Protocolo          |
| ------- | ---------------------------------------------------- | ------------ | -------------- | ----------------- | --------- | ------------------ |
| FLD-1.1 | Adoptar estándares mínimos para fronteras terrestres | GT, MX       | ALL, IOM, ICRC | 2019-Q3 – 2020-Q4 | alta      | SOM-11.1, SOM-16.1 |
| FLD-1.2 | ¿Acordar lineamientos para buques en el mar?         | DO, US       | IOM            | 2020 – 2022       | media     | SOM-8.1            |

### FLD-1.1

Estándares para retenes: uso de la fuerza, atención médica, entrega a la fiscalía.

- **Título (en):** Adopt minimum standards for land borders
- **Descripción (en):** Standards for checkpoints: use of force, medical care, handover to the prosecutor.
- **Indicador:** Países cuyos manuales incluyen los estándares
  - **en:** Countries whose manuals include the standards
  - **Línea de base:** 0
    - **en:** 0
  - **Meta:** 9 países a 2021
    - **en:** 9 countries by 2021
- **Producto:** Estándares mínimos regionales
  - **en:** Regional minimum standards
- **Relacionadas:** INT-2.1
- **Notas:** ¡Señalar la niñez no acompañada!
  - **en:** Flag unaccompanied children!

### FLD-1.2

- **Título (en):** Agree guidelines for vessels at sea?
`;

/** The same matrix as a group writes it that has no English yet: Spanish headings, no labels at all. */
const SPANISH_ONLY = `${FRONT}
## FLD-O1: Desarrollar estándares regionales de interdicción

Reglas mínimas comunes para que un caso de tráfico se atienda de manera comparable.

| Id      | Acción                                               | Responsables | Socios         | Plazo             | Prioridad | Protocolo          |
| ------- | ---------------------------------------------------- | ------------ | -------------- | ----------------- | --------- | ------------------ |
| FLD-1.1 | Adoptar estándares mínimos para fronteras terrestres | GT, MX       | ALL, IOM, ICRC | 2019-Q3 – 2020-Q4 | alta      | SOM-11.1, SOM-16.1 |

### FLD-1.1

- **Indicador:** Países cuyos manuales incluyen los estándares
  - **Meta:** 9 países a 2021
- **Notas:** ¡Señalar la niñez no acompañada!
`;

const SHIPPED_MARKDOWN = path.join(REPO, "plans/rcm-smuggling/groups/2-field-operations.md");

describe("a Spanish-first matrix", () => {
  it("reads its unlabelled texts as Spanish and its labelled ones as English", async () => {
    const doc = await parseMarkdownGroup("g.md", SPANISH_FIRST);
    expect(doc.lang).toBe("es");
    const group = await readMarkdown(SPANISH_FIRST);
    const [first, second] = group.objectives[0]!.actions;
    expect(group.objectives[0]!.title).toEqual({ es: "Desarrollar estándares regionales de interdicción", en: "Develop regional standards for interdiction" });
    expect(first!.notes).toEqual({ es: "¡Señalar la niñez no acompañada!", en: "Flag unaccompanied children!" });
    expect(second!.title).toEqual({ es: "¿Acordar lineamientos para buques en el mar?", en: "Agree guidelines for vessels at sea?" });
  });

  it("is formatted to itself, headings, priorities and labels still Spanish", async () => {
    // Not yet aligned: fmt aligns the table and keeps the rest as it is.
    const unaligned = SPANISH_FIRST.replace("| FLD-1.1 | Adoptar estándares mínimos para fronteras terrestres |", "| FLD-1.1 | Adoptar estándares mínimos para fronteras terrestres  |");
    const formatted = (await formatFile("g.md", SPANISH_FIRST, "group")).text;
    expect(formatted).toBe(SPANISH_FIRST);
    expect((await formatFile("g.md", unaligned, "group")).text).toBe(SPANISH_FIRST);
  });

  it("comes back Spanish-first from YAML when asked, and unasked when its texts are mostly Spanish", async () => {
    const yaml = (await convertGroup("g.md", SPANISH_FIRST, "yaml")).text!;
    expect(yaml).toContain("es: ¡Señalar la niñez no acompañada!");
    expect((await convertGroup("g.yaml", yaml, "md", "es")).text).toBe(SPANISH_FIRST);
    // Every text in both languages is a tie, which YAML cannot break: English, as before, unless asked.
    expect((await convertGroup("g.yaml", yaml, "md")).text).toMatch(/\| Id +\| Action +\|/);

    const mostlySpanish = (await convertGroup("g.md", SPANISH_ONLY, "yaml")).text!;
    expect((await convertGroup("g.yaml", mostlySpanish, "md")).text).toBe(SPANISH_ONLY);
  });

  it("warns when a translation is labelled with the matrix's own language, which likely swaps the text's languages", async () => {
    // The docs' English example copied into a Spanish matrix: `- **es:**` where `- **en:**` belongs.
    const swapped = SPANISH_FIRST.replace("  - **en:** Countries whose manuals", "  - **es:** Countries whose manuals").replace("- **Título (en):** Develop regional", "- **Título (es):** Develop regional");
    const doc = await parseMarkdownGroup("g.md", swapped);
    const own = doc.diagnostics.filter((d) => d.code === "md-own-language-label");
    expect(own.map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
      [
        swapped.split("\n").findIndex((line) => line.startsWith("- **Título (es):** Develop")) + 1,
        3,
        "'Título (es)' labels the matrix's own language (Spanish), so the unlabelled 'Desarrollar estándares regionales de interdicción' is read as the English text",
        // A title's label keeps its name: the section's list takes no bare `- **en:**` (md-unknown-label).
        "A Spanish matrix's unlabelled texts are Spanish: if this one is, label its translation `- **Título (en):** …` instead.",
      ],
      [swapped.split("\n").findIndex((line) => line.startsWith("  - **es:** Countries")) + 1, 5, expect.stringMatching(/^'es' labels the matrix's own language \(Spanish\), so the unlabelled 'Países cuyos manuales/), expect.any(String)],
    ]);
    // A warning: the unlabelled text may really be English, as the label says (a section copied from an English matrix).
    expect(own.every((d) => d.severity === "warning")).toBe(true);
    // An English matrix's `- **en:**` is the same slip the other way round; its `- **es:**` is not one.
    const english = (await convertGroup("g.md", SPANISH_FIRST, "md", "en")).text!;
    expect((await parseMarkdownGroup("g.md", english)).diagnostics).toEqual([]);
    const englishSwapped = english.replace(/\n {2}- \*\*es:\*\* Países cuyos/, "\n  - **en:** Países cuyos");
    expect(englishSwapped).not.toBe(english);
    expect((await parseMarkdownGroup("g.md", englishSwapped)).diagnostics.map((d) => d.code)).toEqual(["md-own-language-label"]);
  });

  it("hints a title's translation by its label's name where every language of it is labelled, and the hint's label reads back", async () => {
    const both = SPANISH_FIRST.replace("- **Título (en):** Develop regional standards for interdiction", "- **Título (en):** Develop regional standards for interdiction\n- **Título (es):** Desarrollar estándares");
    const found = (await parseMarkdownGroup("g.md", both)).diagnostics.filter((d) => d.code === "md-text-languages");
    expect(found.map((d) => d.hint)).toEqual(["Leave the Spanish text unlabelled and label only the English: `- **Título (en):** …`."]);
    // What the swapped label's hint writes is read as the title's translation, with nothing said.
    const swapped = SPANISH_FIRST.replace("- **Título (en):** Develop regional", "- **Título (es):** Develop regional");
    const hint = (await parseMarkdownGroup("g.md", swapped)).diagnostics.find((d) => d.code === "md-own-language-label")!.hint!;
    const label = /`- \*\*(.+?):\*\* …`/.exec(hint)![1]!;
    expect((await parseMarkdownGroup("g.md", swapped.replace("- **Título (es):** Develop", `- **${label}:** Develop`))).diagnostics).toEqual([]);
  });

  it("offers an objective's list the labels of the matrix's language only, none naming its own language", async () => {
    const bare = SPANISH_FIRST.replace("- **Título (en):** Develop regional", "- **en:** Develop regional");
    const spanish = (await parseMarkdownGroup("g.md", bare)).diagnostics.filter((d) => d.code === "md-unknown-label");
    expect(spanish.map((d) => d.hint)).toEqual(["Labels here: Título (en), Descripción (en)."]);
    const english = (await convertGroup("g.md", SPANISH_FIRST, "md", "en")).text!.replace("- **Title (es):** Desarrollar", "- **es:** Desarrollar");
    const found = (await parseMarkdownGroup("g.md", english)).diagnostics.filter((d) => d.code === "md-unknown-label");
    expect(found.map((d) => d.hint)).toEqual(["Labels here: Title (es), Description (es)."]);
  });

  it("names labels in the matrix's language in the hint for an item without a label", async () => {
    const unlabelled = SPANISH_FIRST.replace("- **Indicador:** Países cuyos", "- Países cuyos");
    const doc = await parseMarkdownGroup("g.md", unlabelled);
    expect(doc.diagnostics.find((d) => d.message === "a list item without a bold label")?.hint).toBe("Start each item with a bold label and a colon, such as `- **Indicador:** …` or `- **en:** …`.");
  });

  it("tells a Spanish text labelled with no language (`- **Descripción:** …`) where the matrix writes it unlabelled", async () => {
    const labelled = SPANISH_FIRST
      .replace("Reglas mínimas comunes para que un caso de tráfico se atienda de manera comparable.\n\n", "")
      .replace("- **Título (en):** Develop regional", "- **Descripción:** Reglas mínimas comunes.\n- **Título (en):** Develop regional")
      .replace("- **Título (en):** Agree guidelines", "- **Título:** Acordar lineamientos\n- **Título (en):** Agree guidelines");
    const doc = await parseMarkdownGroup("g.md", labelled);
    expect(doc.diagnostics.filter((d) => d.code === "md-unknown-label").map((d) => `${d.line}:${d.column} ${d.hint}`)).toEqual([
      "12:3 A Spanish matrix writes its Spanish description unlabelled, as a paragraph under the heading, before its list; `- **Descripción (en):** …` labels the English.",
      "41:3 A Spanish matrix writes its Spanish title unlabelled, in the Acción cell of the action's row; `- **Título (en):** …` labels the English.",
    ]);
  });

  it("tells a label typed without its bold, as someone new to Markdown writes it, to be written in bold", async () => {
    const said = async (matrix: string) => (await parseMarkdownGroup("g.md", matrix)).diagnostics.filter((d) => d.code === "md-unknown-label").map((d) => `${d.line}:${d.column} ${d.hint}`);
    expect(await said(SPANISH_FIRST.replace("- **Indicador:** Países cuyos", "- Indicador: Países cuyos"))).toEqual(["28:1 Write the label in bold: `- **Indicador:** …`."]);
    expect(await said(SPANISH_FIRST.replace("  - **en:** Countries whose", "  - EN: Countries whose"))).toEqual(["29:3 Write the label in bold: `- **EN:** …`."]);
    // A text with a colon of its own is no label.
    const sentence = SPANISH_FIRST.replace("- **Indicador:** Países cuyos", "- Nota bene: Países cuyos");
    expect((await parseMarkdownGroup("g.md", sentence)).diagnostics.find((d) => d.code === "md-unknown-label")?.hint).toBe("Start each item with a bold label and a colon, such as `- **Indicador:** …` or `- **en:** …`.");
  });
});

describe("a Spanish-only matrix", () => {
  it("reads its texts as Spanish, not as plain strings in the plan's primary language", async () => {
    const group = await readMarkdown(SPANISH_ONLY);
    const objective = group.objectives[0]!;
    const action = objective.actions[0]!;
    expect(objective.title).toEqual({ es: "Desarrollar estándares regionales de interdicción" });
    expect(objective.description).toEqual({ es: "Reglas mínimas comunes para que un caso de tráfico se atienda de manera comparable." });
    expect(action.title).toEqual({ es: "Adoptar estándares mínimos para fronteras terrestres" });
    expect(action.indicators).toEqual([{ text: { es: "Países cuyos manuales incluyen los estándares" }, target: { es: "9 países a 2021" } }]);
    expect(action.notes).toEqual({ es: "¡Señalar la niñez no acompañada!" });
  });

  it("is formatted to itself: no empty English labels are added", async () => {
    expect((await formatFile("g.md", SPANISH_ONLY, "group")).text).toBe(SPANISH_ONLY);
  });

  it("is aligned as an editor shows it when saved decomposed (NFD, as macOS editors may)", async () => {
    // An unaligned table, so that fmt pads it: its accents as base letters and combining marks.
    const unaligned = SPANISH_ONLY.replace(/ {2,}\|/g, " |").replace(/\| -+/g, "| ---");
    const decomposed = (await formatFile("g.md", unaligned.normalize("NFD"), "group")).text!;
    // The same padding as the composed text: "Acción" takes six columns either way.
    expect(decomposed.normalize("NFC")).toBe(SPANISH_ONLY);
    // The group's own texts keep the bytes they were typed in.
    expect(decomposed).toContain("| Adoptar estándares mínimos para fronteras terrestres |".normalize("NFD"));
  });

  it("reads objectives ahead of the first table in the table's language", async () => {
    const early = SPANISH_ONLY.replace("## FLD-O1", "## FLD-O0: Objetivo sin acciones todavía\n\n## FLD-O1");
    const group = await readMarkdown(early);
    expect(group.objectives.map((objective) => objective.title)).toEqual([
      { es: "Objetivo sin acciones todavía" },
      { es: "Desarrollar estándares regionales de interdicción" },
    ]);
    expect((await formatFile("g.md", early, "group")).text).toBe(early);
  });
});

describe("plan validate and plan fmt on a plan holding Spanish matrices", () => {
  it("validate warns of the missing English, and fmt --check finds them formatted", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    writeFileSync(path.join(dir, "groups/2-field-operations.md"), SPANISH_ONLY);
    const validate = await runPlan(["validate", "--format", "json"], dir);
    const missing = (JSON.parse(validate.stdout) as { diagnostics: { code: string; file: string; message: string; hint: string }[] }).diagnostics
      .filter((d) => d.file === "groups/2-field-operations.md" && d.code === "missing-translation");
    const warnings = missing.map((d) => d.message);
    // Named by the ids the reader sees in the file, not by YAML's field names.
    expect(warnings).toContain("objective FLD-O1: Título has no en text");
    // The hint says how this matrix writes a translation, in its words, not YAML's map.
    expect(missing.find((d) => d.message === "objective FLD-O1: Título has no en text")!.hint).toBe("Add `- **Título (en):** …` to the list under the `## FLD-O1: …` heading.");
    expect(warnings.filter((message) => message.includes("no es text"))).toEqual([]);
    expect(await runPlan(["fmt", "--check"], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });

    writeFileSync(path.join(dir, "groups/2-field-operations.md"), SPANISH_FIRST);
    expect(await runPlan(["fmt", "--check"], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  /** What validate's JSON report says of `matrix` as the shipped plan's field-operations group. */
  async function diagnosticsOf(matrix: string): Promise<{ file: string; code: string; severity: string; message: string; hint: string }[]> {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    writeFileSync(path.join(dir, "groups/2-field-operations.md"), matrix);
    const validate = await runPlan(["validate", "--format", "json"], dir);
    return (JSON.parse(validate.stdout) as { diagnostics: { file: string; code: string; severity: string; message: string; hint: string }[] }).diagnostics;
  }

  /** What validate says of the unknown organisations of SPANISH_ONLY with its first row's lead and partners as given. */
  async function unknownParties(lead: string, partners: string): Promise<string[][]> {
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| ALL, IOM, ICRC |", `| ${partners} |`).replace("| GT, MX       |", `| ${lead} |`));
    return diagnostics.filter((d) => d.code === "unknown-organization").map((d) => [d.message, d.hint]);
  }

  it("validate tells a Spanish matrix's missing Spanish to be written unlabelled, where a label naming Spanish would swap the languages", async () => {
    const englishOnly = SPANISH_ONLY.replace("### FLD-1.1\n", "### FLD-1.1\n\n- **Descripción (en):** Standards for checkpoints.");
    const hints = (await diagnosticsOf(englishOnly)).filter((d) => d.code === "missing-translation" && d.message.includes("no es text")).map((d) => [d.message, d.hint]);
    expect(hints).toEqual([
      ["action FLD-1.1: Descripción has no es text", "Write the Spanish text unlabelled, as a paragraph under `### FLD-1.1`, before its list: a Spanish matrix's unlabelled texts are Spanish."],
    ]);
  });

  it("validate tells an action with a table row alone to be given its section for the title's translation, where it has no section to add it to", async () => {
    const twoRows = SPANISH_ONLY.replace(
      "| alta      | SOM-11.1, SOM-16.1 |\n",
      "| alta      | SOM-11.1, SOM-16.1 |\n| FLD-1.2 | Acordar lineamientos para buques                     | DO, US       | IOM            | 2020 – 2022       | media     | SOM-8.1            |\n",
    );
    const hints = (await diagnosticsOf(twoRows)).filter((d) => d.code === "missing-translation" && d.message.startsWith("action") && d.message.includes("Título has no en text")).map((d) => [d.message, d.hint]);
    expect(hints).toEqual([
      ["action FLD-1.1: Título has no en text", "Add `- **Título (en):** …` to the list under `### FLD-1.1`."],
      ["action FLD-1.2: Título has no en text", "Add a section `### FLD-1.2` after the objective's table, with `- **Título (en):** …` in its list."],
    ]);
  });

  it("validate tells a related action written by its number (`Relacionadas: 1.2`) the id of the group's action it means", async () => {
    const related = SPANISH_ONLY.replace(
      "| alta      | SOM-11.1, SOM-16.1 |\n",
      "| alta      | SOM-11.1, SOM-16.1 |\n| FLD-1.2 | Acordar lineamientos para buques                     | DO, US       | IOM            | 2020 – 2022       | media     | SOM-8.1            |\n",
    ).replace("- **Notas:**", "- **Relacionadas:** 1.2, 7.7\n- **Notas:**");
    const unknown = (await diagnosticsOf(related)).filter((d) => d.code === "unknown-action" && d.file === "groups/2-field-operations.md").map((d) => [d.message, d.hint]);
    expect(unknown).toEqual([
      ["no action in the plan has the id '1.2'", "Did you mean FLD-1.2? An action is named by its id, not by its number."],
      // No action of the group ends in 7.7: the catalogue's hint.
      ["no action in the plan has the id '7.7'", "Name an action id that one of the plan's group files holds, or remove it from `related`."],
    ]);
  });

  it("validate names a related action at fault by the section's Spanish label, and tells a space typed for its hyphen", async () => {
    const spaced = SPANISH_ONLY.replace("- **Notas:**", "- **Relacionadas:** FLD 1.1\n- **Notas:**");
    const found = (await diagnosticsOf(spaced)).filter((d) => d.code === "invalid-value" && d.file === "groups/2-field-operations.md").map((d) => [d.message, d.hint]);
    expect(found).toEqual([
      ["'FLD 1.1' is not valid for item 1 of the Relacionadas item of action FLD-1.1: an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit", "An id has a hyphen between its letters and its number: write FLD-1.1."],
    ]);
  });

  it("validate names an indicator and its items at fault by the matrix's labels, and a cell by its column, not by YAML's keys", async () => {
    const faulty = SPANISH_ONLY.replace("- **Indicador:** Países cuyos manuales incluyen los estándares\n", "- **Indicador:**\n")
      .replace("| 2019-Q3 – 2020-Q4 |", "| 1890 – 2020-Q4    |");
    const found = (await diagnosticsOf(faulty)).filter((d) => d.file === "groups/2-field-operations.md" && d.code !== "missing-translation").map((d) => [d.message, d.hint]);
    expect(found).toEqual([
      ["the Plazo cell of action FLD-1.1 must be at least 1900, not 1890", "Change the value to one the message allows."],
      ["Indicador 1 of action FLD-1.1 has no text", "Write the indicator after its label: `- **Indicador:** …`."],
    ]);
    const untranslated = async (matrix: string) => (await diagnosticsOf(matrix)).filter((d) => d.file === "groups/2-field-operations.md" && d.code === "missing-translation" && d.message.startsWith("action")).map((d) => d.message);
    const missing = ["action FLD-1.1: Título has no en text", "action FLD-1.1: Indicador 1 has no en text", "action FLD-1.1: Indicador 1, Meta has no en text", "action FLD-1.1: Notas has no en text"];
    expect(await untranslated(SPANISH_ONLY)).toEqual(missing);
    // A slip elsewhere in the action (a partner by its country's name) does not hide them: said in the same run.
    expect(await untranslated(SPANISH_ONLY.replace("| ALL, IOM, ICRC |", "| Costa Rica |"))).toEqual(missing);
  });

  it("validate tells a Protocol indicator written with a decimal comma (SOM-11,1), which the cell's comma parts, its id once", async () => {
    const found = (await diagnosticsOf(SPANISH_ONLY.replace("| SOM-11.1, SOM-16.1 |", "| SOM-11,1, SOM-16.1 |"))).filter((d) => d.file === "groups/2-field-operations.md" && d.code === "unknown-indicator");
    expect(found.map((d) => [d.message, d.hint])).toEqual([
      ["unknown indicator SOM-11: the comma after it splits SOM-11.1 into two ids", "Write SOM-11.1, with a full stop between its numbers (a comma parts the indicators a list names)."],
    ]);
  });

  it("validate tells a Protocol cell that says none is chosen yet (Ninguno, Por definir) to be left empty", async () => {
    for (const written of ["Ninguno", "Por definir"]) {
      const found = (await diagnosticsOf(SPANISH_ONLY.replace("| SOM-11.1, SOM-16.1 |", `| ${written} |`))).filter((d) => d.file === "groups/2-field-operations.md" && d.severity === "error");
      expect(found.map((d) => d.hint), written).toEqual(["Leave the indicators out until the group has chosen them (`-` in a Markdown cell, `protocol: []` in YAML): a warning then says they are missing."]);
    }
  });

  it("validate tells a measure indented under another measure to stand beside it, under the indicator", async () => {
    const deeper = SPANISH_ONLY.replace("  - **Meta:** 9 países a 2021\n", "  - **Línea de base:** Ninguno\n    - **Meta:** 9 países a 2021\n");
    const found = (await diagnosticsOf(deeper)).filter((d) => d.code === "md-unknown-label").map((d) => [d.message, d.hint]);
    expect(found).toEqual([["'Meta' is not a label under 'Línea de base'", "Meta belongs to the indicator, beside 'Línea de base': indent it as much as 'Línea de base'."]]);
  });

  it("validate tells a dash or a slash between parties to be a comma, a code in brackets to stand alone, and the Conference's bodies and members by their short names", async () => {
    const hints = async (partners: string) => (await diagnosticsOf(SPANISH_ONLY.replace("| ALL, IOM, ICRC |", `| ${partners} |`)))
      .filter((d) => d.file === "groups/2-field-operations.md" && (d.code === "invalid-value" || d.code === "unknown-organization")).map((d) => d.hint);
    expect(await hints("IOM – UNHCR")).toEqual(["Separate the parties with commas, not with a dash or a slash."]);
    expect(await hints("HN/GT")).toEqual(["Separate the parties with commas, not with a slash: HN, GT."]);
    expect(await hints("Honduras (HN)")).toEqual(["Honduras is a country: write its code, HN.", "Write HN alone, once, without the brackets or a name beside it."]);
    expect(await hints("Países miembros")).toEqual(["Write ALL for every country of the plan."]);
    // In small letters too, which the cell would part into words, each an unknown organisation.
    expect(await hints("países miembros de la CRM")).toEqual(["Write ALL for every country of the plan."]);
    expect(await hints("member countries")).toEqual(["Write ALL for every country of the plan."]);
    expect(await hints("Secretaría Técnica de la CRM")).toEqual(["Secretaría Técnica de la CRM is the Spanish name of RCM-TS: write its id, RCM-TS."]);
  });

  it("validate tells a lead written by its country's name, or an id in small letters, what to write", async () => {
    expect(await unknownParties("Guatemala, mx", "Panama, iom")).toEqual([
      ["unknown organisation 'Guatemala'", "Guatemala is a country: write its code, GT."],
      ["unknown organisation 'mx'", "Ids are written in capitals: MX."],
      ["unknown organisation 'Panama'", "Panama is a country: write its code, PA."],
      ["unknown organisation 'iom'", "Ids are written in capitals: IOM."],
    ]);
  });

  it("validate tells a member's three-letter code, as UN documents write it, its two-letter code", async () => {
    expect(await unknownParties("GTM, MEX", "HND")).toEqual([
      ["unknown organisation 'GTM'", "A country's three-letter code (GTM): write its two-letter code, GT."],
      ["unknown organisation 'MEX'", "A country's three-letter code (MEX): write its two-letter code, MX."],
      ["unknown organisation 'HND'", "A country's three-letter code (HND): write its two-letter code, HN."],
    ]);
  });

  it("validate tells a country's name a letter or two off, in either language, which code to write, not to add an organisation", async () => {
    expect(await unknownParties("Guatamala, Mexicoo", "Hondura, Belce, UNODCC")).toEqual([
      ["unknown organisation 'Guatamala'", "Guatamala looks like Guatemala, a country: write its code, GT."],
      ["unknown organisation 'Mexicoo'", "Mexicoo looks like Mexico, a country: write its code, MX."],
      ["unknown organisation 'Hondura'", "Hondura looks like Honduras, a country: write its code, HN."],
      // Nearer the Spanish name than the English one (Belize).
      ["unknown organisation 'Belce'", "Belce looks like Belice, a country: write its code, BZ."],
      // An organisation's id a letter off is still one.
      ["unknown organisation 'UNODCC'", "Did you mean UNODC?"],
    ]);
  });

  it("validate tells a sentence's small words in a cell to go, and a party not decided yet to be left out, not to be added as organisations", async () => {
    const prose = "A cell lists parties, not a sentence: write only ids, separated by commas (the details go into the action's description).";
    expect(await unknownParties("TBD, INM", "OIM con apoyo de UNODC")).toEqual([
      ["unknown organisation 'TBD'", "An action needs its lead named: write the country's code or the organisation's id once the group has decided."],
      // One letter from IOM, and Mexico's migration institute.
      ["unknown organisation 'INM'", "Did you mean IOM? If INM is another organisation, add it to `organizations` in plan.yaml as {id, name}."],
      ["unknown organisation 'OIM'", "OIM is the Spanish acronym of IOM: write its id, IOM."],
      ["unknown organisation 'con'", prose],
      ["unknown organisation 'apoyo'", prose],
      // Not Germany's code in small letters.
      ["unknown organisation 'de'", prose],
    ]);
  });

  it("validate tells the Conference itself, named as a party (CRM, RCM), to be written as its secretariat or its member countries, not as Costa Rica", async () => {
    const conference = (id: string) => [`unknown organisation '${id}'`, `${id} is the Regional Conference on Migration itself: write RCM-TS for its Technical Secretariat (ST-CRM), or ALL for its member countries.`];
    expect(await unknownParties("CRM", "RCM, crm")).toEqual([conference("CRM"), conference("RCM"), [conference("crm")[0], conference("CRM")[1]]]);
  });

  it("validate gives no country's code for an id in capitals, a word as near two countries, or a Spanish acronym; Dominicana is the Dominican Republic", async () => {
    expect(await unknownParties("CEPAL, Nigera", "Dominicana, Cepal, Dominicna, Costarica, Malvinas")).toEqual([
      // Not Nepal: the Spanish acronym of ECLAC, in capitals or not.
      ["unknown organisation 'CEPAL'", "CEPAL is the Spanish acronym of ECLAC: write its id, ECLAC."],
      // Niger or Nigeria.
      ["unknown organisation 'Nigera'", "Add it to `organizations` in plan.yaml as {id, name}."],
      ["unknown organisation 'Dominicana'", "Dominicana is a country: write its code, DO."],
      ["unknown organisation 'Cepal'", "CEPAL is the Spanish acronym of ECLAC: write its id, ECLAC."],
      // As near Dominica (DM) as Dominicana: the plan's country is meant.
      ["unknown organisation 'Dominicna'", "Dominicna looks like Dominican Republic, a country: write its code, DO."],
      ["unknown organisation 'Costarica'", "Costarica looks like Costa Rica, a country: write its code, CR."],
      // A word of the Falklands' Spanish name (Islas Malvinas), not a misspelt Maldivas.
      ["unknown organisation 'Malvinas'", "Add it to `organizations` in plan.yaml as {id, name}."],
    ]);
  });

  it("validate tells a cell that names countries of several words, in either language, which codes to write", async () => {
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| ALL, IOM, ICRC |", "| GT y MX; República Dominicana, EE. UU. |").replace("| GT, MX       |", "| Costa Rica, El Salvador |"));
    const hints = diagnostics.filter((d) => d.code === "invalid-value").map((d) => d.hint);
    expect(hints).toEqual([
      "Costa Rica is a country: write its code, CR.",
      "El Salvador is a country: write its code, SV.",
      "República Dominicana is a country: write its code, DO.",
      "EE. UU. is a country: write its code, US.",
    ]);
  });

  it("validate keeps a country's name of several words together when a letter is off, and tells the code to write", async () => {
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| GT, MX       |", "| Costa Rca, Republica Dominicna, GT MX |"));
    const hints = diagnostics.filter((d) => d.code === "invalid-value").map((d) => d.hint);
    expect(hints).toEqual([
      "Costa Rca looks like Costa Rica, a country: write its code, CR.",
      "Republica Dominicna looks like República Dominicana, a country: write its code, DO.",
    ]);
    // Ids in capitals beside them are read as ever.
    expect(diagnostics.filter((d) => d.code === "unknown-organization")).toEqual([]);
  });

  it("validate tells a cell that names organisations by their names which id to write, or where to add one, once a name", async () => {
    const cell = "| Organización Internacional para las Migraciones; Secretaria Tecnica de la Conferencia Regional sobre Migracion, Fiscalía General de la República |";
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| ALL, IOM, ICRC |", cell));
    const cellProblems = diagnostics.filter((d) => d.file === "groups/2-field-operations.md" && /partners|Socios/.test(d.message));
    expect(cellProblems.map((d) => d.hint)).toEqual([
      "Organización Internacional para las Migraciones is the Spanish name of IOM: write its id, IOM.",
      "Secretaria Tecnica de la Conferencia Regional sobre Migracion is the Spanish name of RCM-TS: write its id, RCM-TS.",
      "An organisation is written by its id: add it to `organizations` in plan.yaml as {id: FGR, name: Fiscalía General de la República}, then write FGR here.",
    ]);
    // Not a finding for each word of the names (`de`, `la` told to be written in capitals, `las` named twice).
    expect(diagnostics.filter((d) => ["unknown-organization", "redundant-party"].includes(d.code))).toEqual([]);
  });

  it("validate gives one finding for a name of capitalized words, and for an id or a country after an article", async () => {
    const cell = "| la OIM y El ACNUR, Cruz Roja Dominicana, The United States, la OEA |";
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| ALL, IOM, ICRC |", cell));
    const cellProblems = diagnostics.filter((d) => d.file === "groups/2-field-operations.md" && /partners|Socios/.test(d.message));
    expect(cellProblems.map((d) => [d.message.split("'")[1], d.hint])).toEqual([
      ["la OIM", "Write the id alone, without the article: IOM."],
      ["El ACNUR", "Write the id alone, without the article: UNHCR."],
      ["Cruz Roja Dominicana", "An organisation is written by its id: add it to `organizations` in plan.yaml as {id: CRD, name: Cruz Roja Dominicana}, then write CRD here."],
      ["The United States", "The United States is a country: write its code, US."],
      ["la OEA", "OEA is no organisation plan knows: add it to `organizations` in plan.yaml as {id, name}, then write the id alone, without the article."],
    ]);
    // Not `la` told to be written LA, nor `Dominicana` told its country's code.
    expect(diagnostics.filter((d) => ["unknown-organization", "redundant-party"].includes(d.code))).toEqual([]);
  });

  it("validate gives one finding for a name that holds an id, an acronym or a `y` (an office, a migration authority)", async () => {
    const cell = "| Oficina de la OIM en Guatemala, INM de México, Dirección General de Migración y Extranjería |";
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| ALL, IOM, ICRC |", cell));
    const cellProblems = diagnostics.filter((d) => d.file === "groups/2-field-operations.md" && /partners|Socios/.test(d.message));
    const toAdd = (name: string, id: string) => `An organisation is written by its id: add it to \`organizations\` in plan.yaml as {id: ${id}, name: ${name}}, then write ${id} here.`;
    expect(cellProblems.map((d) => [d.message.split("'")[1], d.hint])).toEqual([
      ["Oficina de la OIM en Guatemala", "Oficina de la OIM en Guatemala names IOM: write its id, IOM, or add this office or body of it to `organizations` in plan.yaml as {id, name}."],
      ["INM de México", toAdd("INM de México", "INM")],
      ["Dirección General de Migración y Extranjería", toAdd("Dirección General de Migración y Extranjería", "DGME")],
    ]);
    // Not `de` and `en` each an unknown organisation (`en`: did you mean HN?), nor `Extranjería` a finding of its own.
    expect(diagnostics.filter((d) => ["unknown-organization", "redundant-party"].includes(d.code))).toEqual([]);
    expect(cellProblems).toHaveLength(3);
  });

  it("validate says a pipe typed between ids, and still what is wrong with the ids it parts", async () => {
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| ALL, IOM, ICRC |", "| IOM \\| Ministry of Health \\| UNODCC |"));
    const cellProblems = diagnostics.filter((d) => d.file === "groups/2-field-operations.md" && ["invalid-value", "unknown-organization"].includes(d.code));
    expect(cellProblems.map((d) => [d.code, d.message.split(" is ")[0]!.split(" does ")[0]])).toEqual([
      ["invalid-value", "'\\|'"],
      ["invalid-value", "'Ministry of Health'"],
      ["unknown-organization", "unknown organisation 'UNODCC'"],
    ]);
  });

  it("validate gives one finding for an office as English names it after its organisation's id, and names the id", async () => {
    const cell = "| IOM Country Office in Honduras, UNHCR Office |";
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| ALL, IOM, ICRC |", cell));
    const cellProblems = diagnostics.filter((d) => d.file === "groups/2-field-operations.md" && /partners|Socios/.test(d.message));
    expect(cellProblems.map((d) => d.hint)).toEqual([
      "IOM Country Office in Honduras names IOM: write its id, IOM, or add this office or body of it to `organizations` in plan.yaml as {id, name}.",
      "UNHCR Office names UNHCR: write its id, UNHCR, or add this office or body of it to `organizations` in plan.yaml as {id, name}.",
    ]);
    expect(diagnostics.filter((d) => ["unknown-organization", "redundant-party"].includes(d.code))).toEqual([]);
  });

  it("validate gives one finding, at its column, for an English name whose first words a comma lists or that a country's code starts", async () => {
    const lead = "| US Immigration and Customs Enforcement, GT |";
    const partners = "| Immigration, Refugees and Citizenship Canada, US Customs and Border Protection, IOM, Innovation, Science, and Economic Development Canada |";
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| GT, MX       | ALL, IOM, ICRC |", `${lead} ${partners.slice(2)}`));
    const own = diagnostics.filter((d) => d.file === "groups/2-field-operations.md" && !["uncovered-protocol-article", "missing-translation"].includes(d.code));
    const toAdd = (name: string, id: string) => `An organisation is written by its id: add it to \`organizations\` in plan.yaml as {id: ${id}, name: ${name}}, then write ${id} here.`;
    const notAnId = "an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit";
    expect(own.map((d) => [d.code, d.line, d.column, d.endColumn, d.message, d.hint])).toEqual([
      ["invalid-value", 16, 68, 106, `'US Immigration and Customs Enforcement' is not valid for item 1 of the Responsables cell of action FLD-1.1: ${notAnId}`, toAdd("US Immigration and Customs Enforcement", "UICE")],
      ["invalid-value", 16, 113, 157, `'Immigration, Refugees and Citizenship Canada' is not valid for item 1 of the Socios cell of action FLD-1.1: ${notAnId}`, toAdd('"Immigration, Refugees and Citizenship Canada"', "IRCC")],
      ["invalid-value", 16, 159, 191, `'US Customs and Border Protection' is not valid for item 2 of the Socios cell of action FLD-1.1: ${notAnId}`, toAdd("US Customs and Border Protection", "UCBP")],
      ["invalid-value", 16, 198, 250, `'Innovation, Science, and Economic Development Canada' is not valid for item 4 of the Socios cell of action FLD-1.1: ${notAnId}`, toAdd('"Innovation, Science, and Economic Development Canada"', "ISEDC")],
    ]);
  });

  it("validate takes a listed name's acronym after it as the id to add, the name quoted for its commas", async () => {
    const partners = "| Immigration, Refugees and Citizenship Canada (IRCC), Canada Border Services Agency (CBSA), IOM |";
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| GT, MX       | ALL, IOM, ICRC |", `| GT, MX ${partners}`));
    const own = diagnostics.filter((d) => d.file === "groups/2-field-operations.md" && !["uncovered-protocol-article", "missing-translation"].includes(d.code));
    expect(own.map((d) => [d.code, d.column, d.endColumn, d.hint])).toEqual([
      ["invalid-value", 77, 128, "An organisation is written by its id: add it to `organizations` in plan.yaml as {id: IRCC, name: \"Immigration, Refugees and Citizenship Canada\"}, then write IRCC here."],
      ["invalid-value", 130, 166, "An organisation is written by its id: add it to `organizations` in plan.yaml as {id: CBSA, name: Canada Border Services Agency}, then write CBSA here."],
    ]);
  });

  it("validate gives one finding, at its column, for a ministry's name whose head lists its matters after it, in English and Spanish", async () => {
    // As a workshop writes official names: Canada's department, a ministry of three matters, Costa Rica's.
    const partners = "| Immigration, Refugees and Citizenship Canada (IRCC), Ministry of Foreign Affairs, Foreign Trade and Immigration; Ministerio de Gobernación, Policía y Seguridad Pública, IOM |";
    const matrix = SPANISH_ONLY.replace("| GT, MX       | ALL, IOM, ICRC |", `| GT, MX ${partners}`);
    const own = (await diagnosticsOf(matrix)).filter((d) => d.file === "groups/2-field-operations.md" && !["uncovered-protocol-article", "missing-translation"].includes(d.code));
    const notAnId = "an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit";
    const line = matrix.split("\n")[15]!;
    const at = (name: string) => [line.indexOf(name) + 1, line.indexOf(name) + 1 + name.length];
    expect(at("Ministry of Foreign Affairs, Foreign Trade and Immigration")).toEqual([130, 188]);
    expect(own.map((d) => [d.code, d.line, d.column, d.endColumn, d.message, d.hint])).toEqual([
      [
        "invalid-value", 16, 77, 128,
        `'Immigration, Refugees and Citizenship Canada (IRCC)' is not valid for item 1 of the Socios cell of action FLD-1.1: ${notAnId}`,
        "An organisation is written by its id: add it to `organizations` in plan.yaml as {id: IRCC, name: \"Immigration, Refugees and Citizenship Canada\"}, then write IRCC here.",
      ],
      [
        "invalid-value", 16, 130, 188,
        `'Ministry of Foreign Affairs, Foreign Trade and Immigration' is not valid for item 2 of the Socios cell of action FLD-1.1: ${notAnId}`,
        "An organisation is written by its id: add it to `organizations` in plan.yaml as {id: MFAFTI, name: \"Ministry of Foreign Affairs, Foreign Trade and Immigration\"}, then write MFAFTI here; it is read as one name: if it lists several bodies ('Ministry of Foreign Affairs', 'Foreign Trade', 'Immigration'), add each and write their ids.",
      ],
      [
        "invalid-value", 16, 190, 244,
        `'Ministerio de Gobernación, Policía y Seguridad Pública' is not valid for item 3 of the Socios cell of action FLD-1.1: ${notAnId}`,
        "An organisation is written by its id: add it to `organizations` in plan.yaml as {id: MGPSP, name: \"Ministerio de Gobernación, Policía y Seguridad Pública\"}, then write MGPSP here; it is read as one name: if it lists several bodies ('Ministerio de Gobernación', 'Policía', 'Seguridad Pública'), add each and write their ids.",
      ],
    ]);
    // A head and what an id, a country or an institution's word parts from it are read apart, as before.
    const apart = SPANISH_ONLY.replace("| GT, MX       | ALL, IOM, ICRC |", "| GT, MX | Ministry of Security, IOM; Ministerio de Seguridad, Guatemala y Honduras; Ministry of Health, Police and Customs |");
    const findings = (await diagnosticsOf(apart)).filter((d) => d.file === "groups/2-field-operations.md" && /partners|Socios|organisation/.test(d.message));
    expect(findings.map((d) => [d.code, d.message.split("'")[1]])).toEqual([
      ["invalid-value", "Ministry of Security"],
      ["invalid-value", "Ministerio de Seguridad"],
      ["unknown-organization", "Guatemala"],
      ["unknown-organization", "Honduras"],
      ["invalid-value", "Ministry of Health"],
      ["unknown-organization", "Police"],
      ["unknown-organization", "Customs"],
    ]);
  });

  it("validate reads a valid cell of ids and a Spanish name with a comma after it as before", async () => {
    const matrix = SPANISH_ONLY.replace("| GT, MX       | ALL, IOM, ICRC |", "| GT y MX | IOM and UNODC, Dirección General de Migración y Extranjería de Costa Rica, ICRC |");
    const own = (await diagnosticsOf(matrix)).filter((d) => d.file === "groups/2-field-operations.md" && !["uncovered-protocol-article", "missing-translation"].includes(d.code));
    expect(own.map((d) => [d.code, d.line, d.column, d.message.split("'")[1], d.hint])).toEqual([
      ["invalid-value", 16, 93, "Dirección General de Migración y Extranjería de Costa Rica", "An organisation is written by its id: add it to `organizations` in plan.yaml as {id: DGMECR, name: Dirección General de Migración y Extranjería de Costa Rica}, then write DGMECR here."],
    ]);
  });

  it("validate, fmt and convert tell a name the plan's own organisations have which id to write, and say in which language it is", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const manifest = path.join(dir, "plan.yaml");
    // A plan's own organisation by a name of the built-in one's (an office of IOM), and one named by a plain string.
    const own = "  - {id: OIM-GT, name: {es: Organización Internacional para las Migraciones, en: IOM Guatemala}}\n  - {id: FGR, name: Fiscalía General de la República}\n";
    writeFileSync(manifest, `${readFileSync(manifest, "utf8")}organizations:\n${own}`);
    const file = path.join(dir, "groups/2-field-operations.md");
    writeFileSync(file, SPANISH_ONLY.replace("| ALL, IOM, ICRC |", "| Fiscalía General de la República, Organización Internacional para las Migraciones |"));
    const expected = [
      "Fiscalía General de la República is the name of FGR: write its id, FGR.",
      "Organización Internacional para las Migraciones is the Spanish name of OIM-GT: write its id, OIM-GT.",
    ];
    const hints = (stdout: string) => stdout.split("\n").filter((line) => line.startsWith("  hint:") && line.includes(" name of ")).map((line) => line.slice("  hint: ".length));
    // validate reports on the standard output; fmt and convert, whose output is the file, on the standard error.
    const run = async (...args: string[]) => {
      const { stdout, stderr } = await runPlan(args, dir);
      return hints(`${stdout}\n${stderr}`);
    };
    expect(await run("validate")).toEqual(expected);
    expect(await run("fmt", "--check", ".")).toEqual(expected);
    expect(await run("fmt", "groups/2-field-operations.md")).toEqual(expected);
    expect(await run("convert", "groups/2-field-operations.md", "--to", "yaml")).toEqual(expected);
  });

  it("validate tells a Protocol cell that names an article instead of its indicators which ids to write", async () => {
    const diagnostics = await diagnosticsOf(SPANISH_ONLY.replace("| SOM-11.1, SOM-16.1 |", "| Artículo 6, Art6, SOM 8.1 |"));
    const hints = diagnostics.filter((d) => d.file === "groups/2-field-operations.md" && /protocol|Protocolo|indicator/.test(d.message)).map((d) => d.hint);
    // `Artículo 6` is one piece, told once.
    expect(hints).toEqual([
      "Article 6's compliance indicators are SOM-6.1, SOM-6.2, SOM-6.3, SOM-6.4, …: name the ones the action serves.",
      "Article 6's compliance indicators are SOM-6.1, SOM-6.2, SOM-6.3, SOM-6.4, …: name the ones the action serves.",
      "An indicator's id has a hyphen between its letters and its number: write SOM-8.1.",
    ]);
  });

  it("validate says a table's slip once, in the table's words: the rules do not call the cells it hides missing", async () => {
    const problems = async (matrix: string) =>
      (await diagnosticsOf(matrix))
        .filter((d) => d.file === "groups/2-field-operations.md" && !["uncovered-protocol-article", "missing-translation"].includes(d.code)).map((d) => `${d.code}: ${d.message} | ${d.hint}`);
    // A partner written in a cell of its own: the lead and the Protocol indicators are there, a cell over.
    expect(await problems(SPANISH_ONLY.replace("| GT, MX       | ALL, IOM, ICRC |", "| GT | MX | ALL, IOM, ICRC |"))).toEqual([
      "md-row-cells: this row has 8 cells; the header has 7 | Give each row one cell per column; write `\\|` for a pipe inside a cell.",
    ]);
    // A column named otherwise: its timeframes are not each said to be missing; the hint names the columns in Spanish.
    expect(await problems(SPANISH_ONLY.replace("| Plazo             |", "| Plazos            |"))).toEqual(["md-unknown-column: unknown column 'Plazos' | Did you mean Plazo?"]);
    expect(await problems(SPANISH_ONLY.replace("| Plazo             |", "| Duración          |"))).toEqual([
      "md-missing-column: the table has no Plazo column | The table needs at least the Id, Action, Lead and Timeframe columns (Id, Acción, Responsables and Plazo in a Spanish matrix).",
      "md-unknown-column: unknown column 'Duración' | The columns are Id, Acción, Responsables, Socios, Plazo, Prioridad and Protocolo.",
    ]);
    // A column headed with more words after its name: said once, with its name to write, and no column said missing.
    expect(await problems(SPANISH_ONLY.replace("| Plazo             |", "| Plazo de implementación |").replace("| Acción ", "| Acción prioritaria "))).toEqual([
      "md-unknown-column: unknown column 'Acción prioritaria' | Head the column with its name alone: Acción.",
      "md-unknown-column: unknown column 'Plazo de implementación' | Head the column with its name alone: Plazo.",
    ]);
    // The Id column so headed: its rows have no ids, and their sections are not each said to be missing from the table.
    expect(await problems(SPANISH_ONLY.replace("| Id      |", "| Id interno |"))).toEqual(["md-unknown-column: unknown column 'Id interno' | Head the column with its name alone: Id."]);
    // Such a column beside the column it names: not hinted to be headed as that column, which would then be there twice.
    const extra = (line: string, cell: string) => (line.startsWith("| FLD-1.1") ? `${line} 2030 |` : line.startsWith("| --") ? `${line} --- |` : line.startsWith("| Id") ? `${line} ${cell} |` : line);
    expect(await problems(SPANISH_ONLY.split("\n").map((line) => extra(line, "Plazo de seguimiento")).join("\n"))).toEqual([
      "md-unknown-column: unknown column 'Plazo de seguimiento' | The columns are Id, Acción, Responsables, Socios, Plazo, Prioridad and Protocolo.",
    ]);
    // As the concept note's work matrices head them, and as Spanish matrices often do: read as the columns they name.
    const habitual = SPANISH_ONLY.replace("| Plazo             |", "| Plazo de ejecución |").replace("| Acción ", "| Acción estratégica ").replace("| Socios ", "| Socios estratégicos ");
    expect(await problems(habitual)).toEqual([]);
    // Headed in both languages, as a bilingual workshop's matrix may be: the columns they name, in the first half's language.
    const bilingual = SPANISH_ONLY.replace("| Plazo             |", "| Plazo / Timeframe |").replace("| Acción ", "| Acción/Action ");
    expect(await problems(bilingual)).toEqual([]);
    const doc = await parseMarkdownGroup("groups/2-field-operations.md", bilingual);
    expect(doc.lang).toBe("es");
    // Two columns' names are no heading of either.
    expect(await problems(SPANISH_ONLY.replace("| Socios ", "| Socios/Plazo "))).toEqual([
      "md-unknown-column: unknown column 'Socios/Plazo' | The columns are Id, Acción, Responsables, Socios, Plazo, Prioridad and Protocolo.",
    ]);
    // No timeframe column at all: said once, at the header.
    const withoutPlazo = SPANISH_ONLY.split("\n").map((line) => (line.startsWith("|") ? line.split("|").filter((_, i) => i !== 5).join("|") : line)).join("\n");
    expect(await problems(withoutPlazo)).toEqual([
      "md-missing-column: the table has no Plazo column | The table needs at least the Id, Action, Lead and Timeframe columns (Id, Acción, Responsables and Plazo in a Spanish matrix).",
    ]);
    // A table with no rows yet (an objective drafted before its actions) needs no Plazo: only its emptiness is said.
    const headerOnly = withoutPlazo.split("\n").filter((line) => !line.startsWith("| FLD-1.1")).join("\n").replace(/### FLD-1\.1[\s\S]*$/, "");
    expect(await problems(headerOnly)).toEqual(["empty-objective: objective FLD-O1 has no actions | Add its actions, or remove the objective until the group drafts them."]);
  });

  it("reads a column by an everyday word that starts its heading only where the words after it keep the word's meaning", async () => {
    const header = "| Id      | Acción                                               | Responsables | Socios         | Plazo             | Prioridad | Protocolo          |";
    const headed = (cells: Record<string, string>) => SPANISH_ONLY.replace(header, header.replace(/\| ([^|]*?) +(?=\|)/g, (cell, name: string) => `| ${cells[name] ?? name} `));
    const said = async (matrix: string) => (await parseMarkdownGroup("groups/2-field-operations.md", matrix)).diagnostics.map((d) => `${d.code}: ${d.message} | ${d.hint}`);
    // What an action needs, not who supports it: not read as Partners, and the hint says where it goes.
    expect(await said(headed({ Socios: "Apoyo requerido" }))).toEqual([
      "md-unknown-column: unknown column 'Apoyo requerido' | 'Apoyo' alone heads the Socios column; the matrix has no column for more: write what this one says in each action's Notas.",
    ]);
    const english = { Acción: "Action", Responsables: "Lead", Plazo: "Timeframe", Prioridad: "Priority", Protocolo: "Protocol" };
    expect(await said(headed({ ...english, Socios: "Support needed" }))).toEqual([
      "md-unknown-column: unknown column 'Support needed' | 'Support' alone heads the Partners column; the matrix has no column for more: write what this one says in each action's Notes.",
    ]);
    // Qualified in brackets or by `de`, it still means who supports.
    expect(await said(headed({ Socios: "Apoyo de la OIM" }))).toEqual(["md-unknown-column: unknown column 'Apoyo de la OIM' | Head the column with its name alone: Socios."]);
    expect(await said(headed({ ...english, Socios: "Support (technical)" }))).toEqual(["md-unknown-column: unknown column 'Support (technical)' | Head the column with its name alone: Partners."]);
    // As work matrices head them: read as the columns they name.
    expect(await said(headed({ Acción: "Acción estratégica", Responsables: "Quién lidera", Socios: "Apoyo", Plazo: "Cronograma" }))).toEqual([]);
    expect(await said(headed({ Acción: "Acción/Action", Plazo: "Plazo de ejecución" }))).toEqual([]);
    expect(await said(headed({ ...english, Responsables: "Who leads", Socios: "Support" }))).toEqual([]);
  });

  it("validate tells a group that writes the Spanish draft's acronyms which ids to write", async () => {
    expect(await unknownParties("GT, ST-CRM", "todos, OIM, CICR")).toEqual([
      ["unknown organisation 'ST-CRM'", "ST-CRM is the Spanish acronym of RCM-TS: write its id, RCM-TS."],
      ["unknown organisation 'todos'", "Write ALL for every country of the plan."],
      ["unknown organisation 'OIM'", "OIM is the Spanish acronym of IOM: write its id, IOM."],
      ["unknown organisation 'CICR'", "CICR is the Spanish acronym of ICRC: write its id, ICRC."],
    ]);
  });

  it("validate tells a cell that says every country in words to write ALL, and a timeframe of months which quarters to write", async () => {
    const matrix = SPANISH_ONLY.replace("| GT, MX       | ALL, IOM, ICRC |", "| Todos los países miembros y OIM | all member countries |");
    const diagnostics = await diagnosticsOf(matrix.replace(/\| 20\d\d[^|]*\|/, "| enero 2027 – diciembre 2028 |"));
    const own = diagnostics.filter((d) => d.file === "groups/2-field-operations.md" && !["uncovered-protocol-article", "missing-translation"].includes(d.code));
    expect(own.map((d) => `${d.code} ${d.hint}`)).toEqual([
      "invalid-value Write ALL for every country of the plan.",
      "unknown-organization OIM is the Spanish acronym of IOM: write its id, IOM.",
      "invalid-value Write ALL for every country of the plan.",
      "md-timeframe Write each month as its quarter: 2027-Q1 – 2028-Q4.",
    ]);
  });

  it("build's translation-fallback hints at the labelled item too, in the matrix's words", async () => {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    writeFileSync(path.join(dir, "groups/2-field-operations.md"), SPANISH_ONLY);
    const build = await runPlan(["build", "--lang", "en", "--format", "md", "--out", "out"], dir);
    const lines = build.stderr.split("\n");
    const at = lines.findIndex((line) => line.includes("action FLD-1.1: Título has no en text  translation-fallback"));
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toBe("  hint: Add `- **Título (en):** …` to the list under `### FLD-1.1`.");
    const notes = lines.findIndex((line) => line.includes("action FLD-1.1: Notas has no en text  translation-fallback"));
    expect(lines[notes + 1]).toBe("  hint: Add `- **en:** …` under the item.");
  });
});

describe("a plan whose primary language is Spanish", () => {
  /** The shipped plan made Spanish-first, its field group an English matrix that has no Spanish yet. */
  function spanishFirstPlan(matrix: string): string {
    const dir = copyToTemp(path.join(REPO, "plans/rcm-smuggling"));
    const manifest = path.join(dir, "plan.yaml");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace("languages: [en, es]", "languages: [es, en]"));
    writeFileSync(path.join(dir, "groups/2-field-operations.md"), matrix);
    return dir;
  }
  const ENGLISH_ONLY = `${FRONT}
## FLD-O1: Develop regional standards for interdiction

| Id      | Action                                 | Lead   | Partners | Timeframe   | Priority | Protocol |
| ------- | -------------------------------------- | ------ | -------- | ----------- | -------- | -------- |
| FLD-1.1 | Adopt minimum standards for land borders | GT, MX | ALL      | 2019 – 2020 | high     | SOM-11.1 |
`;

  it("reads an English matrix's unlabelled text as English: validate asks for the Spanish", async () => {
    const dir = spanishFirstPlan(ENGLISH_ONLY);
    const validate = await runPlan(["validate", "--format", "json"], dir);
    const missing = (JSON.parse(validate.stdout) as { diagnostics: { code: string; file: string; message: string }[] }).diagnostics
      .filter((d) => d.file === "groups/2-field-operations.md" && d.code === "missing-translation").map((d) => d.message);
    expect(missing).toEqual(["objective FLD-O1: Title has no es text", "action FLD-1.1: Title has no es text"]);
  });

  it("puts that English text in the English draft, and in the Spanish one only as a fallback", async () => {
    const dir = spanishFirstPlan(ENGLISH_ONLY);
    const build = await runPlan(["build", "--format", "md,json", "--out", "out", "--force"], dir); // forced: other groups relate to the field actions left out
    expect(build.stderr).toMatch(/the es draft uses another language: action FLD-1\.1: Title has no es text/);
    const model = JSON.parse(readFileSync(path.join(dir, "out/rcm-smuggling.json"), "utf8")) as object;
    expect(JSON.stringify(model)).toContain('"title":{"en":"Adopt minimum standards for land borders"}');
  });

  it("fmt keeps that English matrix as written: no empty Spanish labels for texts that are English already", async () => {
    const dir = spanishFirstPlan(ENGLISH_ONLY);
    expect((await runPlan(["fmt", "groups/2-field-operations.md"], dir)).exitCode).toBe(0);
    const formatted = readFileSync(path.join(dir, "groups/2-field-operations.md"), "utf8");
    expect(formatted).not.toContain("(es)");
    expect(formatted).toContain("| FLD-1.1 | Adopt minimum standards for land borders | GT, MX | ALL      |");
    expect(await runPlan(["fmt", "--check", "."], dir)).toEqual({ exitCode: 0, stdout: "", stderr: "" });
  });

  it("convert writes a YAML group's plain (Spanish) texts as a Spanish matrix, which validate reads back the same", async () => {
    const dir = spanishFirstPlan(ENGLISH_ONLY);
    const yaml = "group: field-operations\ntheme: field-operations\nfacilitator: {name: Ana, organization: IOM}\nrapporteur: {name: Luis, country: GT}\n"
      + "objectives:\n  - id: FLD-O1\n    title: Compartir alertas\n    actions:\n      - id: FLD-1.1\n        title: {es: Adoptar estándares, en: Adopt standards}\n"
      + "        lead: [GT]\n        timeframe: {start: 2024, end: 2025}\n        protocol: [SOM-11.1]\n";
    rmSync(path.join(dir, "groups/2-field-operations.md"));
    writeFileSync(path.join(dir, "groups/2-field-operations.yaml"), yaml);
    const before = await runPlan(["validate", "--format", "json"], dir);
    expect((await runPlan(["convert", "groups/2-field-operations.yaml", "--to", "md", "-o", "groups/2-field-operations.md"], dir)).exitCode).toBe(0);
    const matrix = readFileSync(path.join(dir, "groups/2-field-operations.md"), "utf8");
    expect(matrix).toContain("## FLD-O1: Compartir alertas\n");
    expect(matrix).toMatch(/\| Id +\| Acción +\|/);
    rmSync(path.join(dir, "groups/2-field-operations.yaml"));
    const after = await runPlan(["validate", "--format", "json"], dir);
    const found = (result: { stdout: string }) => (JSON.parse(result.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics;
    expect(found(after).map((d) => d.code)).toEqual(found(before).map((d) => d.code));
    // Each form names the text as it writes it: YAML by its key, the Spanish matrix by its label.
    expect(found(before).map((d) => d.message)).toContain("objective FLD-O1: title has no en text");
    expect(found(after).map((d) => d.message)).toContain("objective FLD-O1: Título has no en text");
  });

  it("still reads a matrix that does not say its language (no table, no label) in the plan's primary language", async () => {
    const dir = spanishFirstPlan(`${FRONT}\n## FLD-O1: Desarrollar estándares regionales\n`);
    const validate = await runPlan(["validate", "--format", "json"], dir);
    const messages = (JSON.parse(validate.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics
      .filter((d) => d.code === "missing-translation").map((d) => d.message);
    expect(messages).toContain("objective FLD-O1: Título has no en text");
  });
});

describe("an English-first matrix", () => {
  it("is formatted to itself, byte for byte", async () => {
    const shipped = readFileSync(SHIPPED_MARKDOWN, "utf8");
    expect((await parseMarkdownGroup("g.md", shipped)).lang).toBe("en");
    expect((await formatFile("g.md", shipped, "group")).text).toBe(shipped);
  });

  it("still reads an unlabelled text alone as a plain string", async () => {
    const english = SPANISH_ONLY.replace("| Id      | Acción ", "| Id      | Action ");
    const group = await readMarkdown(english);
    expect(group.objectives[0]!.title).toBe("Desarrollar estándares regionales de interdicción");
    expect(group.objectives[0]!.actions[0]!.notes).toBe("¡Señalar la niñez no acompañada!");
  });

  it("can be written Spanish-first on request, and reads back the same", async () => {
    const shipped = readFileSync(SHIPPED_MARKDOWN, "utf8");
    const spanish = (await convertGroup("g.md", shipped, "md", "es")).text!;
    expect(spanish).toContain("| Id      | Acción ");
    expect(spanish).toContain("- **Título (en):** ");
    expect(await readMarkdown(spanish)).toEqual(await readMarkdown(shipped));
    expect((await formatFile("g.md", spanish, "group")).text).toBe(spanish);
  });
});

/** A text with no plain string: what a Spanish matrix can hold. */
const asMap = (text: Text): Text => (typeof text === "string" ? { es: text } : text);

function withoutPlainStrings(group: WorkingGroup): WorkingGroup {
  const optional = (text: Text | undefined) => (text === undefined ? undefined : asMap(text));
  return {
    ...group,
    objectives: group.objectives.map((objective) => ({
      ...objective,
      title: asMap(objective.title),
      ...(objective.description === undefined ? {} : { description: asMap(objective.description) }),
      actions: objective.actions.map((action) => ({
        ...action,
        title: asMap(action.title),
        ...(action.description === undefined ? {} : { description: asMap(action.description) }),
        ...(action.notes === undefined ? {} : { notes: asMap(action.notes) }),
        ...(action.outputs === undefined ? {} : { outputs: action.outputs.map(asMap) }),
        indicators: action.indicators.map((measure) =>
          Object.fromEntries(Object.entries(measure).map(([key, text]) => [key, optional(text as Text | undefined)])) as typeof measure,
        ),
      })),
    })),
  };
}

describe("a generated group written Spanish-first", () => {
  it("reads back the same, and formats to itself", async () => {
    await fc.assert(
      fc.asyncProperty(workingGroup, async (generated) => {
        const group = withoutPlainStrings(GroupSchema.parse(generated));
        const hasTableOrLabel = group.objectives.some((o) => o.actions.length > 0 || [o.title, o.description].some((t) => typeof t === "object" && t.en !== undefined));
        fc.pre(hasTableOrLabel);
        const markdown = renderGroupMarkdown(group, "es");
        expect(await readMarkdown(markdown)).toEqual(group);
        expect((await formatFile("g.md", markdown, "group")).text).toBe(markdown);
      }),
      { numRuns: 60 },
    );
  });
});
