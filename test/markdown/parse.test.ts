import { describe, expect, it } from "vitest";
import { sortDiagnostics } from "../../src/diagnostics/diagnostic.js";
import { GroupSchema } from "../../src/model/schema.js";
import { parseMarkdownGroup } from "../../src/parse/markdown-group.js";
import { convertGroup } from "../../src/render/group/convert.js";
import { checkSchema } from "../../src/validate/schema-check.js";

const MATRIX = `---
group: field-operations
theme: field-operations
facilitator: {name: Ana María Núñez, organization: IOM}
---

## FLD-O1: Normas regionales de *interdicción*

Reglas mínimas comunes.

- **Title (en):** Regional standards

| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |
|----|--------|--------------|--------|-------|-----------|-----------|
| FLD-1.1 | Adoptar normas \\| [guía](https://example.org)<br>terrestres | GT, MX | ALL | 2019-Q3 – 2020 | alta | SOM-11.1 |
| FLD-1.2 | Acordar lineamientos | DO | | 2021 | baja | |

### FLD-1.1

- **Indicador:** Países con manuales actualizados
  - **en:** Countries with updated manuals
  - **Meta:** 9 países
- **Relacionadas:** INT-2.1
`;

describe("reading a Markdown matrix", () => {
  it("gives the group the YAML form would give, in the table's language", async () => {
    const doc = await parseMarkdownGroup("g.md", MATRIX);
    expect(doc.diagnostics).toEqual([]);
    const group = GroupSchema.parse(doc.value);
    const objective = group.objectives[0]!;
    expect(objective.title).toEqual({ es: "Normas regionales de *interdicción*", en: "Regional standards" });
    // A Spanish table's unlabelled texts are Spanish, labelled or not.
    expect(objective.description).toEqual({ es: "Reglas mínimas comunes." });
    const [first, second] = objective.actions;
    expect(first).toMatchObject({
      id: "FLD-1.1",
      title: { es: "Adoptar normas | [guía](https://example.org)\nterrestres" },
      lead: ["GT", "MX"],
      timeframe: { start: "2019-Q3", end: "2020" },
      priority: "high",
      indicators: [{ text: { es: "Países con manuales actualizados", en: "Countries with updated manuals" }, target: { es: "9 países" } }],
      related: ["INT-2.1"],
    });
    expect(second).toMatchObject({ partners: [], timeframe: { start: "2021", end: "2021" }, priority: "low", protocol: [] });
  });

  it("reads a pipe typed between ids as the separator it was meant for, and says once a cell to write commas", async () => {
    const piped = MATRIX.replace("| GT, MX | ALL |", "| GT \\| MX | ALL \\| IOM\\|UNODC |").replace("- **Relacionadas:** INT-2.1", "- **Relacionadas:** INT-2.1 | INT-2.2");
    const doc = await parseMarkdownGroup("g.md", piped);
    const action = (doc.value as { objectives: { actions: Record<string, unknown>[] }[] }).objectives[0]!.actions[0]!;
    expect(action).toMatchObject({ lead: ["GT", "MX"], partners: ["ALL", "IOM", "UNODC"], related: ["INT-2.1", "INT-2.2"] });
    const said = sortDiagnostics(doc.diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`);
    expect(said).toEqual([
      "15:78 invalid-value '\\|' does not separate ids: commas do | Separate the ids with commas: `GT, MX`.",
      "15:90 invalid-value '\\|' does not separate ids: commas do | Separate the ids with commas: `ALL, IOM, UNODC`.",
      "23:29 invalid-value '|' does not separate ids: commas do | Separate the ids with commas: `INT-2.1, INT-2.2`.",
    ]);
  });

  it("reads a table whose rows end in spaces or a tab after the closing pipe, as an editor or a paste leaves them", async () => {
    const lines = MATRIX.split("\n");
    const plain = await parseMarkdownGroup("g.md", MATRIX);
    // Spaces alone the fast scanner reads; a tab sends the file to remark: both ways are read alike.
    for (const after of [(i: number) => " ".repeat(1 + (i % 3)), (i: number) => (i % 2 ? "  " : "\t")]) {
      const trailing = lines.map((line, i) => (line.startsWith("|") ? `${line}${after(i)}` : line)).join("\n");
      expect(trailing).toMatch(/\| Protocolo \|[ \t]+\n/);
      const doc = await parseMarkdownGroup("g.md", trailing);
      expect(doc.diagnostics).toEqual([]);
      expect(doc.value).toEqual(plain.value);
      for (const path of [["objectives", 0, "actions", 0, "protocol", 0], ["objectives", 0, "actions", 1, "protocol"]]) expect(doc.locate(path)).toEqual(plain.locate(path));
    }
  });

  it("locates data paths at the cell, the list item, the heading and the front-matter key", async () => {
    const doc = await parseMarkdownGroup("g.md", MATRIX);
    const at = (path: (string | number)[], part?: "key") => {
      const { line, column } = doc.locate(path, part);
      return `${line}:${column}`;
    };
    expect(at(["objectives", 0, "actions", 0, "lead", 1])).toBe("15:79");
    expect(at(["objectives", 0, "actions", 1, "partners"])).toBe("16:41");
    expect(at(["objectives", 0, "actions", 0, "indicators", 0, "target"])).toBe("22:15");
    expect(at(["objectives", 0, "title", "en"])).toBe("11:19");
    expect(at(["objectives", 0, "id"])).toBe("7:4");
    expect(at(["facilitator", "organization"], "key")).toBe("4:38");
  });

  it("locates each id of a Related item written over several lines on its own line", async () => {
    const wrapped = MATRIX.replace("- **Relacionadas:** INT-2.1", "- **Relacionadas:** INT-2.1,\n  INT-2.2");
    const doc = await parseMarkdownGroup("g.md", wrapped);
    expect(doc.diagnostics).toEqual([]);
    const lines = wrapped.split("\n");
    const at = (k: number) => {
      const { line, column, endLine, endColumn } = doc.locate(["objectives", 0, "actions", 0, "related", k]);
      return `${line}:${column} ${lines[line - 1]!.slice(column - 1, endLine === line ? endColumn - 1 : undefined)}`;
    };
    expect(at(0)).toBe("23:21 INT-2.1");
    expect(at(1)).toBe("24:3 INT-2.2");
  });

  it("reports the Markdown structure's problems where they are, with hints", async () => {
    const broken = MATRIX.replace("| Prioridad |", "| Prioridat |")
      .replace("| DO | |", "| DO |")
      .replace("### FLD-1.1", "### FLD-1.9")
      .replace("## FLD-O1: Normas", "## Normas");
    const doc = await parseMarkdownGroup("g.md", broken);
    const found = sortDiagnostics(doc.diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.hint ?? ""}`);
    expect(found).toEqual([
      "7:1 md-heading-id Start the heading with the objective's id and a colon: `## FLD-O1: Normas regionales de *interdicción*`.",
      "13:49 md-unknown-column Did you mean Prioridad?",
      "16:1 md-row-cells Give each row one cell per column; write `\\|` for a pipe inside a cell.",
      "18:5 md-unknown-section Add a row for the action to the table above it, or correct the id in the heading.",
    ]);
  });

  it("a block out of place is said where it is: in an action's section, naming it, or in the objective", async () => {
    const footnote = "\n\n[^1]: Una nota al pie.";
    const said = async (text: string) => sortDiagnostics((await parseMarkdownGroup("g.md", text)).diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
    expect(await said(MATRIX.replace("- **Relacionadas:** INT-2.1", `- **Relacionadas:** INT-2.1${footnote}`))).toEqual(["25:1 md-unexpected-content a footnote definition in an action's section (`### FLD-1.1`)"]);
    expect(await said(MATRIX.replace("Reglas mínimas comunes.", `Reglas mínimas comunes.${footnote}`))).toEqual(["11:1 md-unexpected-content a footnote definition in an objective"]);
  });

  it("a row hard-wrapped over two lines or more, as an email or a PDF pastes a table, is said once, with all its lines, to be joined", async () => {
    const said = async (text: string) => {
      const doc = await parseMarkdownGroup("g.md", text);
      const actions = (doc.value as { objectives: { actions: Record<string, unknown>[] }[] }).objectives[0]!.actions;
      return { found: doc.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine} ${d.code} ${d.message} | ${d.hint}`), ids: actions.map((action) => action.id) };
    };
    const join = "Join the two lines into one: a table row is written on one line (a line break inside a cell is `<br>`).";
    // Broken inside the Acción cell (2 cells and 6, one more than the header's 7), and between two cells (3 and 4).
    expect(await said(MATRIX.replace("| Acordar lineamientos |", "| Acordar\nlineamientos |"))).toEqual({
      found: [`16:1-17 md-row-cells this row is broken over two lines, of 2 and 6 cells; the header has 7 | ${join}`],
      ids: ["FLD-1.1", "FLD-1.2"],
    });
    expect(await said(MATRIX.replace("| DO | |", "| DO |\n| |"))).toEqual({
      found: [`16:1-17 md-row-cells this row is broken over two lines, of 3 and 4 cells; the header has 7 | ${join}`],
      ids: ["FLD-1.1", "FLD-1.2"],
    });
    // Over three lines or more, as an email wraps a long row: its cells add up the same way.
    const three = "Join the three lines into one: a table row is written on one line (a line break inside a cell is `<br>`).";
    expect(await said(MATRIX.replace("| Acordar lineamientos | DO | | 2021 |", "| Acordar\nlineamientos | DO |\n| | 2021 |"))).toEqual({
      found: [`16:1-18 md-row-cells this row is broken over three lines, of 2, 2 and 4 cells; the header has 7 | ${three}`],
      ids: ["FLD-1.1", "FLD-1.2"],
    });
    // A break inside a cell joins two lines' cells into one; the last cell may go on over a line of its own.
    const five = await said(MATRIX.replace("| Adoptar normas \\| [guía](https://example.org)<br>terrestres | GT, MX |", "| Adoptar normas\nterrestres | GT,\nMX |\n").replace("| SOM-11.1 |", "| SOM-11.1\ny SOM-6.1 |"));
    expect(five.found.map((line) => line.replace(/ \|.*/, ""))).toEqual(["15:1-19 md-row-cells this row is broken over five lines, of 2, 2, 1, 4 and 1 cells; the header has 7"]);
    expect(five.ids).toEqual(["FLD-1.1", "FLD-1.2"]);
    // Two short rows, the second starting with an action's id, are two rows each short of cells.
    const twoShort = await said(MATRIX.replace("| GT, MX | ALL | 2019-Q3 – 2020 | alta | SOM-11.1 |", "| GT, MX |").replace("| DO | | 2021 | baja | |", "| DO | 2021 |"));
    expect(twoShort.found.map((line) => line.replace(/ \|.*/, ""))).toEqual([
      "15:1-15 md-row-cells this row has 3 cells; the header has 7",
      "16:1-16 md-row-cells this row has 4 cells; the header has 7",
    ]);
  });

  it("a row short of a cell, or with one too many, is said once: its cells are not read into the columns beside them", async () => {
    for (const row of ["| DO |", "| DO | | extra |"]) {
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace("| DO | |", row));
      expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(["16:1 md-row-cells"]);
      // The action keeps its id, so the plan's other files may still name it.
      const actions = (doc.value as { objectives: { actions: Record<string, unknown>[] }[] }).objectives[0]!.actions;
      expect(actions[1]).toMatchObject({ id: "FLD-1.2" });
      expect(actions[1]).not.toHaveProperty("timeframe");
    }
  });

  it("a label indented to the wrong level says where it belongs, in the matrix's language", async () => {
    const outdented = await parseMarkdownGroup("g.md", MATRIX.replace("  - **Meta:** 9 países", "- **Meta:** 9 países"));
    expect(outdented.diagnostics.map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint}`)).toEqual([
      "22:3 'Meta' is not a label in an action's section | Meta belongs to an indicator: indent it (two spaces) under the `- **Indicador:** …` item it measures.",
    ]);
    const indented = await parseMarkdownGroup("g.md", MATRIX.replace("- **Relacionadas:** INT-2.1", "  - **Relacionadas:** INT-2.1"));
    expect(indented.diagnostics.map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint}`)).toEqual([
      "23:5 'Relacionadas' is not a label under an indicator | Relacionadas belongs to the action, not to the indicator: indent it as much as the `- **Indicador:** …` item above.",
    ]);
  });

  /** Each diagnostic of MATRIX with `from` replaced by `to`, as "line:column code message | hint". */
  const slipped = async (from: string, to: string) => {
    expect(MATRIX).toContain(from);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace(from, to));
    return sortDiagnostics(doc.diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`);
  };

  it("a labelled line without its - is said where the draft would print it inside another text", async () => {
    // A sub-item's - lost: Markdown reads it as more of the indicator's text ("… actualizados **en:** Countries …").
    expect(await slipped("  - **en:** Countries", "  **en:** Countries")).toEqual([
      "21:3 md-label-in-text 'en' is read as more of the text above, not as an item of its own: its line has no - | Start the line with `- `, indented as the items beside it, so that it is an item of its own.",
    ]);
    // The first item's - lost, a blank line above it: a paragraph of the objective's description.
    expect(await slipped("- **Title (en):** Regional", "**Title (en):** Regional")).toEqual([
      "11:1 md-label-in-text 'Title (en)' is read as more of the text above, not as an item of its own: its line has no - | Start the line with `- `, indented as the items beside it, so that it is an item of its own.",
    ]);
    // A field's label by its name, in an item's text: Markdown makes the Related ids more of the target's text.
    expect(await slipped("- **Relacionadas:** INT-2.1", "**Relacionadas:** INT-2.1")).toEqual([
      "23:1 md-label-in-text 'Relacionadas' is read as more of the text above, not as an item of its own: its line has no - | Start the line with `- `, indented as the items beside it, so that it is an item of its own.",
    ]);
    // An item whose text starts on the line after its label, that line a lost translation.
    expect(await slipped("  - **en:** Countries with updated manuals", "  - **en:**\n    **es:** Países")).toEqual([
      "22:5 md-label-in-text 'es' is read as more of the text above, not as an item of its own: its line has no - | Start the line with `- `, indented as the items beside it, so that it is an item of its own.",
    ]);
    // The first item's - lost under a translation: its sub-items are not also told they are out of place under the translation.
    expect(await slipped("### FLD-1.1\n\n- **Indicador:**", "### FLD-1.1\n\n- **Title (en):** Standards\n**Indicador:**")).toEqual([
      "21:1 md-label-in-text 'Indicador' is read as more of the text above, not as an item of its own: its line has no - | Start the line with `- `, indented as the items beside it, so that it is an item of its own.",
    ]);
    // An untranslated indicator's - lost: a paragraph of the action's description, to Markdown.
    expect(await slipped("- **Indicador:** Países con manuales actualizados\n  - **en:** Countries with updated manuals\n  - **Meta:** 9 países\n", "**Indicador:** Países con manuales actualizados\n")).toEqual([
      "20:1 md-label-in-text 'Indicador' is read as more of the text above, not as an item of its own: its line has no - | Start the line with `- `, indented as the items beside it, so that it is an item of its own.",
    ]);
    // An indicator's - lost with its sub-items below: they are its own, and are not each said to be out of place; Related, not indented, is still the section's.
    const lost = "**Indicador:** Países con manuales actualizados";
    expect(await slipped("- **Indicador:** Países con manuales actualizados", lost)).toEqual([
      "20:1 md-label-in-text 'Indicador' is read as more of the text above, not as an item of its own: its line has no - | Start the line with `- `, indented as the items beside it, so that it is an item of its own.",
    ]);
    // The same after a list and a blank line: a lost item, not content out of place.
    expect(await slipped("- **Indicador:** Países con manuales actualizados", `- **Title (en):** Standards\n\n${lost}`)).toEqual([
      "22:1 md-label-in-text 'Indicador' is read as more of the text above, not as an item of its own: its line has no - | Start the line with `- `, indented as the items beside it, so that it is an item of its own.",
    ]);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("- **Indicador:** Países con manuales actualizados", lost));
    expect((doc.value as { objectives: { actions: { related?: string[] }[] }[] }).objectives[0]!.actions[0]!.related).toEqual(["INT-2.1"]);
    // A lost item after Related: its words are not more ids, each told it is none.
    expect(await slipped("- **Relacionadas:** INT-2.1\n", "- **Relacionadas:** INT-2.1\n**Notas:** según el acta\n")).toEqual([
      "24:1 md-label-in-text 'Notas' is read as more of the text above, not as an item of its own: its line has no - | Start the line with `- `, indented as the items beside it, so that it is an item of its own.",
    ]);
    const related = await parseMarkdownGroup("g.md", MATRIX.replace("- **Relacionadas:** INT-2.1\n", "- **Relacionadas:** INT-2.1, INT-3.1\n**Notas:** según el acta\n"));
    expect((related.value as { objectives: { actions: { related?: string[] }[] }[] }).objectives[0]!.actions[0]!.related).toEqual(["INT-2.1", "INT-3.1"]);
    // Bold words that are no label are the text's own.
    expect(await slipped("  - **en:** Countries with updated manuals", "  - **en:** Countries with updated manuals\n    **in force** by 2020")).toEqual([]);
  });

  it("a paragraph that is all a lost item is no description: its text is not also said to lack a translation", async () => {
    const lost = await parseMarkdownGroup("g.md", MATRIX.replace("### FLD-1.1\n\n", "### FLD-1.1\n\n**Producto:** Manual regional\n\n"));
    expect(lost.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(["20:1 md-label-in-text"]);
    const action = (lost.value as { objectives: { actions: Record<string, unknown>[] }[] }).objectives[0]!.actions[0]!;
    expect(action).not.toHaveProperty("description");
    // A description with a lost item in it stays the description it is.
    const within = await parseMarkdownGroup("g.md", MATRIX.replace("### FLD-1.1\n\n", "### FLD-1.1\n\nEstándares comunes.\n**Producto:** Manual regional\n\n"));
    expect((within.value as { objectives: { actions: Record<string, unknown>[] }[] }).objectives[0]!.actions[0]!.description).toEqual({ es: "Estándares comunes.\n**Producto:** Manual regional" });
  });

  it("a labelled line that starts with a word processor's bullet instead of - is said, naming the bullet", async () => {
    const bulleted = (mark: string) => `${mark} **Relacionadas:** INT-2.1`;
    for (const mark of ["•", "–", "▪"]) {
      expect(await slipped("- **Relacionadas:** INT-2.1", `  ${bulleted(mark)}`)).toEqual([
        `23:5 md-label-in-text 'Relacionadas' is read as more of the text above, not as an item of its own: its line starts with ${mark}, which Markdown does not take for a list item's - | Start the line with \`- \` instead of \`${mark}\` (a bullet pasted from a word processor), indented as the items beside it.`,
      ]);
    }
    // A paragraph of an action's description that starts so: an item lost, not the description's own words.
    expect(await slipped("- **Indicador:** Países con manuales actualizados", "• **Indicador:** Países con manuales actualizados")).toEqual([
      expect.stringMatching(/^20:3 md-label-in-text 'Indicador' is read as more of the text above, not as an item of its own: its line starts with •/),
    ]);
    // A bullet before bold words that are no label is text.
    expect(await slipped("  - **en:** Countries with updated manuals", "  - **en:** Countries with updated manuals\n    • **in force** by 2020")).toEqual([]);
  });

  it("a line of a text, or a paragraph of a description, that starts with bold words of its own is no lost item", async () => {
    // Words that are also labels (Note, Goal, Target, Notes), but not a translation's: a YAML text holding them converts to these lines.
    expect(await slipped("Reglas mínimas comunes.", "Reglas mínimas comunes.\n**Note:** minimums only.\n\n**Goal:** one standard.")).toEqual([]);
    expect(await slipped("  - **Meta:** 9 países", "  - **Meta:** 9 países\n    **Target** countries: all")).toEqual([]);
    expect(await slipped("### FLD-1.1\n", "### FLD-1.1\n\n**Notes:** agreed in San José.\n")).toEqual([]);
    // An objective has no outputs, indicators or related actions: its description may start with their words (a YAML text converts to these lines).
    expect(await slipped("Reglas mínimas comunes.", "Reglas mínimas comunes.\n**Producto:** un protocolo regional.\n\n**Related:** objective 3 of the 2017 plan.")).toEqual([]);
  });

  it("a Timeframe or Prioridad cell that is one but for a character editors do not show names that character", async () => {
    expect(await slipped("| 2021 | baja |", "| 2021\u200b | baja\u00ad |")).toEqual([
      "16:43 md-timeframe '2021\u200b' is not a timeframe | It holds a zero-width space (U+200B), which editors do not show: write 2021.",
      "16:51 invalid-value 'baja\u00ad' holds a soft hyphen (U+00AD), which editors do not show | Retype the cell: baja.",
    ]);
    // pandoc's -- for the span's dash is named, with the span to write.
    expect(await slipped("| 2019-Q3 – 2020 |", "| 2019-Q3 -- 2020 |")).toEqual([
      "15:90 md-timeframe '2019-Q3 -- 2020' is not a timeframe | It holds -- where the span's dash goes (pandoc's way of writing –): write 2019-Q3 – 2020.",
    ]);
    // A word an object has of its own is no priority word: it is quoted as written.
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("| 2021 | baja |", "| 2021 | constructor |"));
    expect((doc.value as { objectives: { actions: { priority?: unknown }[] }[] }).objectives[0]!.actions[1]!.priority).toBe("constructor");
  });

  it("a translation lined up with the indicator above it, which has none, is told to be indented under it, not to be renamed", async () => {
    expect(await slipped("  - **en:** Countries", "- **en:** Countries")).toContainEqual(
      "21:3 md-unknown-label 'en' is not a label in an action's section | It follows 'Indicador', which has no en text: if it translates that, indent it two spaces, under `- **Indicador:** …`.",
    );
  });

  it("points listed under a description, above the section's labelled items, are said once, and not as labels to add: each would become an indicator", async () => {
    const points = "### FLD-1.1\n\nIncluye la coordinación entre:\n\n- autoridades migratorias;\n- autoridades consulares.\n\n- **Indicador:** Países";
    expect(await slipped("### FLD-1.1\n\n- **Indicador:** Países", points)).toEqual([
      "22:1 md-unknown-label 2 list items without bold labels: a description holds no list, and a section's list holds labelled items only | Write these points into the text above, as a sentence or as lines of its paragraph without the -; a list here holds items such as `- **Indicador:** …`.",
    ]);
    // One point alone is said so; an unlabelled item among labelled ones is still told to take a label.
    expect(await slipped("### FLD-1.1\n\n- **Indicador:** Países", "### FLD-1.1\n\nIncluye:\n\n- autoridades migratorias.\n\n- **Indicador:** Países")).toEqual([
      "22:1 md-unknown-label a list item without a bold label: a description holds no list, and a section's list holds labelled items only | Write it into the text above, as a sentence or as lines of its paragraph without the -; a list here holds items such as `- **Indicador:** …`.",
    ]);
    expect((await slipped("- **Relacionadas:** INT-2.1", "- **Relacionadas:** INT-2.1\n- países vecinos")).map((line) => line.slice(0, line.indexOf(" |")))).toEqual(["24:1 md-unknown-label a list item without a bold label"]);
    // A label written otherwise (in italics, with a dash) is a label's slip, under text or not; an indicator's sub-item is the indicator's; a list with no text above is no description's.
    const said = async (from: string, to: string) => (await slipped(from, to)).map((line) => line.slice(0, line.indexOf(" |")));
    expect(await said("- **Indicador:** Países", "Texto.\n\n- *Indicador:* Países")).toEqual(["22:1 md-unknown-label a list item without a bold label"]);
    expect(await said("- **Indicador:** Países", "Texto.\n\n- Indicador – Países")).toEqual(["22:1 md-unknown-label a list item without a bold label"]);
    expect(await said("  - **Meta:** 9 países", "  - 9 países")).toEqual(["22:3 md-unknown-label a list item without a bold label"]);
    expect(await said("- **Indicador:** Países", "- autoridades\n- **Indicador:** Países")).toEqual(["20:1 md-unknown-label a list item without a bold label"]);
  });

  it("a blank line inside the table is said once, at that line, and the rows below it keep their ids for their sections", async () => {
    const HINT = "Remove the blank line: a table's rows follow one another, with no blank line between them.";
    // Right under the |---| line, or between two rows: the rows below it are a paragraph to Markdown.
    for (const [from, to, at, rows] of [
      ["|----|--------|--------------|--------|-------|-----------|-----------|\n", "|----|--------|--------------|--------|-------|-----------|-----------|\n\n", "15:1", "the 2 rows below it are"],
      ["| alta | SOM-11.1 |\n", "| alta | SOM-11.1 |\n\n\n", "16:1", "the row below it is"],
    ] as const) {
      expect(await slipped(from, to), at).toEqual([`${at} md-not-a-table a blank line ends the table of objective FLD-O1: ${rows} read as text, not as actions | ${HINT}`]);
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace(from, to));
      const actions = (doc.value as { objectives: { actions: { id: string; title?: unknown }[] }[] }).objectives[0]!.actions;
      expect(actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
    }
    // A row's id is its Id cell, as a word processor wrote it or not: no other cell (its lead DO) is taken for one.
    const cut = MATRIX.replace("| alta | SOM-11.1 |\n", "| alta | SOM-11.1 |\n\n");
    for (const [written, ids] of [["FLD–1.2", ["FLD-1.1", "FLD–1.2"]], ["", ["FLD-1.1"]]] as const) {
      const doc = await parseMarkdownGroup("g.md", cut.replace("| FLD-1.2 |", `| ${written} |`));
      expect((doc.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id), written).toEqual(ids);
    }
  });

  it("a table Markdown does not read as one is said once, and its rows keep their ids for the sections below", async () => {
    expect(await slipped("| Id | Acción |", "| Id   Acción |")).toEqual([
      "13:1 md-not-a-table these lines are written as a table, but Markdown reads them as text: its header row has 6 cells, and the |---| line under it 7 | The |---| line and the rows have 7 cells: the header row lacks a column's name; add it where the column is, and the rows read as they are.",
    ]);
    // The header without a column's name, the rows with their cells: that name is the one to add (made as the |---| line, every row had a cell too many).
    expect(await slipped("| Prioridad | Protocolo |", "| Prioridad |")).toEqual([
      "13:1 md-not-a-table these lines are written as a table, but Markdown reads them as text: its header row has 6 cells, and the |---| line under it 7 | The |---| line and the rows have 7 cells: the header row lacks a column's name; add Protocolo where the column is, and the rows read as they are.",
    ]);
    expect(await slipped("|----|--------|--------------|--------|-------|-----------|-----------|\n", "")).toEqual([
      "13:1 md-not-a-table these lines are written as a table, but Markdown reads them as text: the line under its header row is not a |---| line | Add a |---| line under the header row, a cell for each of its 7 columns: `|---|---|---|---|---|---|---|`.",
    ]);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("| Id | Acción |", "| Id   Acción |"));
    expect((doc.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
  });

  it("a column of row numbers in lines written as a table that Markdown reads as text is told to be deleted, the rows keep their ids, and plan fmt deletes it where that mends the table", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const [headerLine, delimiterLine] = table.split("\n");
    const numbered = (heading: string, delimiter: string | undefined) => [`| ${heading} ${headerLine}`, ...(delimiter === undefined ? [] : [delimiter]), ...rows.split("\n").map((row, k) => `| ${k + 1} ${row}`)].join("\n");
    const write = "give the header row and the |---| line under it one cell per column: `| Id | Acción | … |`, then `|----|--------|…|`.";
    // No |---| line: the numbers to delete and the line to add, said at once.
    for (const heading of ["No.", "#", "Nº"]) {
      const text = MATRIX.replace(table + rows, numbered(heading, undefined));
      expect(await slipped(table + rows, numbered(heading, undefined)), heading).toEqual([
        `13:1 md-not-a-table these lines are written as a table, but Markdown reads them as text: the line under its header row is not a |---| line | Delete column 1, which numbers the rows, and ${write}`,
      ]);
      expect(await actionIds(text), heading).toEqual([["FLD-1.1", "FLD-1.2"]]);
    }
    // A |---| line written for the matrix's columns alone: deleting the numbers mends the table, which plan fmt does.
    const short = MATRIX.replace(table + rows, numbered("#", delimiterLine));
    expect(await slipped(table + rows, numbered("#", delimiterLine))).toEqual([
      "13:1 md-not-a-table these lines are written as a table, but Markdown reads them as text: its header row has 8 cells, and the |---| line under it 7 | Delete column 1, which numbers the rows, or run plan fmt on the file, which does.",
    ]);
    expect(await actionIds(short)).toEqual([["FLD-1.1", "FLD-1.2"]]);
    const [fix] = (await parseMarkdownGroup("g.md", short)).fixes!;
    expect(short.slice(0, fix!.start) + fix!.text + short.slice(fix!.end)).toBe(MATRIX);
  });

  const table = MATRIX.slice(MATRIX.indexOf("| Id |"), MATRIX.indexOf("\n\n### FLD-1.1"));
  /** The ids of each objective's actions, as the matrix `text` gives them. */
  const actionIds = async (text: string) => ((await parseMarkdownGroup("g.md", text)).value as { objectives: { actions: { id: string }[] }[] }).objectives.map((objective) => objective.actions.map((action) => action.id));

  it("a table as pandoc exports a Word table, a grid table or an HTML one, is said once as that, and its rows keep their ids", async () => {
    // \`pandoc -t markdown\`, its columns narrow: a header word, an id, a cell broken over lines.
    const grid = [
      "+-------+-------+-------+-------+-------+-------+-------+",
      "| Id    | A     | Re    | S     | Plazo | Prio  | Prot  |",
      "|       | cción | spons | ocios |       | ridad | ocolo |",
      "+=======+=======+=======+=======+=======+=======+=======+",
      "| FL    | Ad    | GT,   | ALL   | 20    | alta  | SOM   |",
      "| D-1.1 | optar | MX    |       | 19-Q3 |       | -11.1 |",
      "+-------+-------+-------+-------+-------+-------+-------+",
      "| FLD-1.2 | Acordar | DO  |     | 2021  | baja  |       |",
      "+-------+-------+-------+-------+-------+-------+-------+",
    ].join("\n");
    // \`pandoc -t gfm\`, where a cell holds more than a line.
    const html = "<table>\n<thead>\n<tr class=\"header\">\n<th>Id</th>\n<th>Acción</th>\n<th>Responsables</th>\n<th>Plazo</th>\n</tr>\n</thead>\n<tbody>\n" +
      "<tr class=\"odd\">\n<td>FLD-1.1</td>\n<td><p>Adoptar normas</p>\n<p>terrestres</p></td>\n<td>GT, MX</td>\n<td>2019</td>\n</tr>\n<tr class=\"even\">\n<td>FLD-1.2</td>\n<td>Acordar</td>\n<td>DO</td>\n<td>2021</td>\n</tr>\n</tbody>\n</table>";
    expect(await slipped(table, grid)).toEqual([
      "13:1 md-not-a-table these lines are a grid table (+---+ borders, as pandoc writes a Word table), which Markdown reads as text | Write the table as a pipe table, a row a line: `| Id | Action | … |`, then `|----|--------|…|`, then `| FLD-1.1 | … |`; a cell's lines joined on one, or parted by <br>.",
    ]);
    expect(await actionIds(MATRIX.replace(table, grid))).toEqual([["FLD-1.1", "FLD-1.2"]]);
    expect(await slipped(table, html)).toEqual([
      "13:1 md-unexpected-content an HTML table (as pandoc writes a table whose cells hold more than a line, or a web page's copy brings), where the matrix reads a Markdown table | Write the table as a pipe table, a row a line: `| Id | Action | … |`, then `|----|--------|…|`, then `| FLD-1.1 | … |`; a line break in a cell is <br>, and the text under an action's row goes in its section (`### FLD-1.1`).",
    ]);
    expect(await actionIds(MATRIX.replace(table, html))).toEqual([["FLD-1.1", "FLD-1.2"]]);
  });

  it("a matrix as Google Docs writes its Markdown: a section still finds the row whose id is escaped or in bold (the schema check says the id), and &nbsp; parts ids as a space", async () => {
    // The row keeps its id as written, which the schema check refuses with its hint; the section is not also said to have no row.
    for (const written of ["FLD\\-1.1", "**FLD-1.1**", "FLD\u20131.1"]) expect(await slipped("| FLD-1.1 |", `| ${written} |`), written).toEqual([]);
    expect(await slipped("| GT, MX |", "| GT,&nbsp;MX |")).toEqual([]);
    // A Timeframe cell's escaped hyphens: the cell as meant, in the hint; months escaped get theirs too.
    expect(await slipped("| 2019-Q3 – 2020 |", "| 2019\\-Q3 \\- 2020 |")).toEqual([
      "15:90 md-timeframe '2019\\-Q3 \\- 2020' is not a timeframe | It holds Markdown's backslash escapes (\\-), as Google Docs writes its Markdown: write 2019-Q3 – 2020.",
    ]);
    expect(await slipped("| 2019-Q3 – 2020 |", "| 03\\/2019 – 2020 |")).toEqual(["15:90 md-timeframe '03\\/2019 – 2020' is not a timeframe | Write each month as its quarter: 2019-Q1 – 2020."]);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("| GT, MX |", "| GT,&nbsp;MX |"));
    expect((doc.value as { objectives: { actions: { lead: string[] }[] }[] }).objectives[0]!.actions[0]!.lead).toEqual(["GT", "MX"]);
  });

  it("an objective heading whose id a word processor or a converter wrote (FLD–O1, FLD\\-O1) has it said at the id, and its rows are still checked", async () => {
    for (const [written, why] of [
      ["FLD\u2013O1:", "It holds an en dash (–) where an id has a hyphen (as a word processor writes it): write FLD-O1."],
      ["FLD\\-O1:", "It holds Markdown's backslash escapes (\\-), as Google Docs writes its Markdown: write FLD-O1."],
      ["FLD\u2013O1", "It holds an en dash (–) where an id has a hyphen (as a word processor writes it): write FLD-O1."],
      // A Spanish keyboard's accent, which the heading said had no id at all.
      ["FLD-Ó1:", "It holds an accented letter (Ó), which an id is written without: write FLD-O1."],
    ]) {
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1:", `## ${written}`).replace("| alta |", "| urgente |"));
      expect(doc.diagnostics, written).toEqual([]);
      // The objective's id as written, which the schema check refuses at the id; the row's priority is still said.
      const found = checkSchema(doc, GroupSchema).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.hint}`);
      // `urgente`, a priority the format has no word for, is told the one it means, in the matrix's Spanish.
      expect(found, written).toEqual([`7:4 invalid-value ${why}`, "15:107 invalid-value Write alta, the priority it means."]);
    }
    // `muy alta` in a Spanish matrix: the word the matrix writes, not the English the YAML takes.
    const veryHigh = await parseMarkdownGroup("g.md", MATRIX.replace("| alta |", "| muy alta |"));
    expect(checkSchema(veryHigh, GroupSchema).diagnostics.map((d) => `${d.line}:${d.column} ${d.hint}`)).toEqual(["15:107 Write the priority alone: alta."]);
    // A row's id with an accent: named by the matrix's own heading of its column, and its row, whose id is at fault.
    const accentedRow = await parseMarkdownGroup("g.md", MATRIX.replace("| FLD-1.1 | Adoptar", "| FLD-Á1.1 | Adoptar"));
    expect(checkSchema(accentedRow, GroupSchema).diagnostics.map((d) => `${d.message} | ${d.hint}`)).toContain(
      "'FLD-Á1.1' is not valid for the Id cell of row 1 of objective FLD-O1: an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit | It holds an accented letter (Á), which an id is written without: write FLD-A1.1.",
    );
    // A Spanish word before the colon is no id with an accent: the heading says it has none, as before.
    const worded = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1: Normas", "## Coordinación: Normas"));
    expect(worded.diagnostics.map((d) => d.code)).toEqual(["md-heading-id"]);
    // A heading's first word with a dash and neither a colon nor a digit is no id: the heading still says it has none.
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1: Normas", "## Normas\u2013regionales"));
    expect(doc.diagnostics.map((d) => d.code)).toEqual(["md-heading-id"]);
  });

  it("tells a heading's anchor as pandoc and Google Docs end it ({#…}), which the drafts would print, and leaves it out of the title", async () => {
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1: Normas regionales de *interdicción*", "## FLD-O1: Normas regionales {#fld-o1-normas-regionales}"));
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`)).toEqual([
      "7:30 md-unexpected-content the heading ends with an anchor, {#fld-o1-normas-regionales}, as pandoc and Google Docs write one: the drafts would print it in the title | Remove it: the drafts give each heading its anchor.",
    ]);
    expect((doc.value as { objectives: { title: unknown }[] }).objectives[0]!.title).toEqual({ en: "Regional standards", es: "Normas regionales" });
  });

  it("tells a heading whose id is in bold or escaped, as Google Docs writes it, the heading plain, and reads its id and rows", async () => {
    // (`## FLD\\-O1: …` and `## __FLD-O1__: …` are read, their id told as a mistyped one.)
    for (const heading of ["## **FLD-O1:** Normas regionales", "## **FLD\\-O1: Normas regionales**"]) {
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1: Normas regionales de *interdicción*", heading));
      const found = doc.diagnostics.filter((d) => d.code === "md-heading-id").map((d) => `${d.line}:${d.column} ${d.hint}`);
      expect(found, heading).toEqual(["7:1 Write the heading plain: `## FLD-O1: Normas regionales`."]);
      expect((doc.value as { objectives: { id: string; actions: unknown[] }[] }).objectives.map((objective) => [objective.id, objective.actions.length]), heading).toEqual([["FLD-O1", 2]]);
    }
  });

  it("tells a heading without an id the heading with one: the id its rows' ids give, the title without its label", async () => {
    const hintOf = async (matrix: string) => (await parseMarkdownGroup("g.md", matrix)).diagnostics.filter((d) => d.code === "md-heading-id").map((d) => d.hint);
    // `Objetivo 2:` over rows FLD-2.x: objective FLD-O2, as the rows' ids number it, with the title as written after the label.
    const second = MATRIX.replace("## FLD-O1: Normas", "## Objetivo 2: Normas").replaceAll("FLD-1.", "FLD-2.");
    expect(await hintOf(second)).toEqual(["Start the heading with the objective's id and a colon: `## FLD-O2: Normas regionales de *interdicción*`."]);
    // An id after the label is the one the hint puts first, not twice.
    for (const label of ["Objective 1 – ", "Objetivo específico 1. ", "Objetivo 1 - ", "", "Objetivo FLD-O1: ", "Objective FLD-O1 – ", "Objetivo FLD-O1 "]) {
      expect(await hintOf(MATRIX.replace("## FLD-O1: ", `## ${label}`)), label).toEqual(["Start the heading with the objective's id and a colon: `## FLD-O1: Normas regionales de *interdicción*`."]);
    }
    // An id another heading has, or no row to tell it: the heading with a place for the id.
    const taken = `${MATRIX.replace("## FLD-O1: Normas", "## Objetivo 1: Normas")}\n## FLD-O1: Otra\n`;
    const noRows = MATRIX.replace("## FLD-O1: Normas", "## Objetivo 1: Normas").replace(/\| FLD-1\.\d [^\n]*\n/g, "");
    for (const matrix of [taken, noRows]) expect(await hintOf(matrix)).toEqual(["Start the heading with the objective's id and a colon: `## <id>: Normas regionales de *interdicción*`."]);
    // A title that starts with a code of its own keeps it: only the objective's id is taken off.
    expect(await hintOf(MATRIX.replace("## FLD-O1: Normas regionales de *interdicción*", "## Objetivo 1: COVID-19 – respuesta coordinada"))).toEqual(["Start the heading with the objective's id and a colon: `## FLD-O1: COVID-19 – respuesta coordinada`."]);
    // A long title whole, as it is to be copied: clipped, the hint shortened the title it was followed for.
    const long = "Ampliar las vías de regularización y admisión humanitaria para las personas migrantes en situación de vulnerabilidad";
    expect(await hintOf(MATRIX.replace("## FLD-O1: Normas regionales de *interdicción*", `## Objetivo 1: ${long}`))).toEqual([`Start the heading with the objective's id and a colon: \`## FLD-O1: ${long}\`.`]);
  });

  it("reads an objective's id set off from its title by a spaced colon, a dash or a full stop, not the mark as the title's start", async () => {
    for (const written of ["FLD-O1 : Normas", "FLD-O1 - Normas", "FLD-O1 \u2013 Normas", "FLD-O1 \u2014 Normas", "FLD-O1. Normas"]) {
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1: Normas", `## ${written}`));
      expect(doc.diagnostics, written).toEqual([]);
      expect((doc.value as { objectives: { id: string; title: unknown }[] }).objectives[0], written).toMatchObject({ id: "FLD-O1", title: { es: "Normas regionales de *interdicción*" } });
    }
    // An id's own dots and hyphens stay its own; a word without a digit before a dash is no id.
    const dotted = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1: Normas", "## FLD-O1.2 - Normas"));
    expect((dotted.value as { objectives: { id: string }[] }).objectives[0]!.id).toBe("FLD-O1.2");
    const worded = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1: Normas", "## Normas - regionales"));
    expect(worded.diagnostics.map((d) => d.code)).toEqual(["md-heading-id"]);
  });

  it("a table in pandoc's own Markdown, simple or multiline, whose lines Markdown reads as rules, paragraphs and code, is one error, its rows' ids kept", async () => {
    // \`pandoc -t markdown\` of a table whose cells hold a line each.
    const simple = [
      "  Id        Acción                      Responsables   Socios   Plazo             Prioridad   Protocolo",
      "  --------- --------------------------- -------------- -------- ----------------- ----------- -----------",
      "  FLD-1.1   Adoptar normas terrestres   GT, MX         ALL      2019-Q3 -- 2020   alta        SOM-11.1",
      "  FLD-1.2   Acordar lineamientos        DO                      2021              baja        ",
    ].join("\n");
    // Of a Word table whose cells run over lines: indented lines after a blank one are code to Markdown, and the last
    // row over the closing dashes a heading, which was read as an objective FLD-1.2 with no actions.
    const multiline = [
      "  ---------------------------------------------------------",
      "  Id         Acción           Responsables   Plazo",
      "  ---------- ---------------- -------------- -------------",
      "  FLD-1.1    Adoptar normas   GT, MX         2019-Q3 --",
      "             terrestres                      2020",
      "",
      "  FLD-1.2    Acordar          DO             2021",
      "             lineamientos",
      "  ---------------------------------------------------------",
    ].join("\n");
    // Pandoc's list items, whose text starts four columns in: a line indented by two after them is not theirs.
    const pandoc = (text: string) => MATRIX.replace("- **Title (en):**", "-   **Title (en):**").replace(table, text);
    const slipped = async (text: string) => sortDiagnostics((await parseMarkdownGroup("g.md", pandoc(text))).diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`);
    const hint = "Write the table as a pipe table, a row a line: `| Id | Action | … |`, then `|----|--------|…|`, then `| FLD-1.1 | … |`.";
    expect(await slipped(simple)).toEqual([`13:3 md-not-a-table these lines are a simple table, as pandoc writes a Word table in its own Markdown: GitHub's Markdown reads them as paragraphs and rules | ${hint}`]);
    expect(await actionIds(pandoc(simple))).toEqual([["FLD-1.1", "FLD-1.2"]]);
    expect(await slipped(multiline)).toEqual([`13:3 md-not-a-table these lines are a multiline table, as pandoc writes a Word table in its own Markdown: GitHub's Markdown reads them as paragraphs and rules | ${hint}`]);
    expect(await actionIds(pandoc(multiline))).toEqual([["FLD-1.1", "FLD-1.2"]]);
    // A rule and a paragraph after the table, which name no column, are left to be what they are.
    expect(await slipped(`${table}\n\n---\nPlazo por acordar`)).toEqual([
      "18:1 md-unexpected-content a horizontal rule (---) after the table, outside an action's section (`### FLD-1.1`) | Move it into a description or an action's Notes, or remove it: rcm-plan would not keep it.",
      "19:1 md-unexpected-content a paragraph after the list or table; a description goes right under its heading | Move it into a description or an action's Notes, or remove it: rcm-plan would not keep it.",
    ]);
  });

  it("a table pasted from a spreadsheet, its cells separated by tabs, is said once as that, and its rows keep their ids", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const tabbed = ["Id\tAcción\tResponsables\tSocios\tPlazo\tPrioridad\tProtocolo", ...rows.split("\n").map((row) => row.slice(2, -2).split(" | ").join("\t"))].join("\n");
    const pasted = MATRIX.replace(table + rows, tabbed);
    expect(await slipped(table + rows, tabbed)).toEqual([
      "13:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads them as text | Run plan fmt on the file, which writes them as a table; or separate the cells with |, and put a |---| line under the header row: `| Id | Acción | … |`, then `|----|--------|…|`.",
    ]);
    const doc = await parseMarkdownGroup("g.md", pasted);
    expect((doc.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
    // What plan fmt writes in its place: the pipe table, a pipe in a cell (as a spreadsheet's cell holds one) escaped.
    const sheet = [
      "Id\tAcción\tResponsables\tSocios\tPlazo\tPrioridad\tProtocolo",
      "FLD-1.1\tAdoptar normas\tGT, MX\tALL\t2019-Q3 – 2020\talta\tSOM-11.1",
      "FLD-1.2\tAcordar lineamientos | guías\tDO\t\t2021\tbaja\t",
    ].join("\n");
    const withPipe = `---\ngroup: field-operations\ntheme: field-operations\n---\n\n## FLD-O1: Normas\n\n${sheet}\n`;
    const fixes = (await parseMarkdownGroup("g.md", withPipe)).fixes!;
    expect(fixes.map(({ text }) => text)).toEqual([
      "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n| --- | --- | --- | --- | --- | --- | --- |\n" +
        "| FLD-1.1 | Adoptar normas | GT, MX | ALL | 2019-Q3 – 2020 | alta | SOM-11.1 |\n| FLD-1.2 | Acordar lineamientos \\| guías | DO |  | 2021 | baja |  |",
    ]);
    const fixed = withPipe.slice(0, fixes[0]!.start) + fixes[0]!.text + withPipe.slice(fixes[0]!.end);
    const read = await parseMarkdownGroup("g.md", fixed);
    expect(read.diagnostics).toEqual([]);
    expect((read.value as { objectives: { actions: { title: unknown }[] }[] }).objectives[0]!.actions[1]!.title).toEqual({ es: "Acordar lineamientos | guías" });
    // A selection a column wider than the table brings a tab at each line's end: that empty column is left out, and the table reads.
    const wider = withPipe.replace(sheet, sheet.split("\n").map((line) => `${line}\t`).join("\n"));
    const [widerFix] = (await parseMarkdownGroup("g.md", wider)).fixes!;
    expect(widerFix!.text).toBe(fixes[0]!.text);
    expect((await parseMarkdownGroup("g.md", wider.slice(0, widerFix!.start) + widerFix!.text + wider.slice(widerFix!.end))).diagnostics).toEqual([]);
    // A cell holding a line break, as a spreadsheet copies it: in quotes over its lines, its own quotes doubled. One cell, its break a <br>.
    const broken = withPipe.replace("\tAdoptar normas\tGT, MX\tALL\t", '\t"Adoptar el ""Libro azul""\nde normas"\tGT, MX\t"ALL,\nIOM"\t');
    const [brokenFix] = (await parseMarkdownGroup("g.md", broken)).fixes!;
    expect(brokenFix!.text.split("\n")[2]).toBe('| FLD-1.1 | Adoptar el "Libro azul"<br>de normas | GT, MX | ALL,<br>IOM | 2019-Q3 – 2020 | alta | SOM-11.1 |');
    const brokenRead = await parseMarkdownGroup("g.md", broken.slice(0, brokenFix!.start) + brokenFix!.text + broken.slice(brokenFix!.end));
    expect(brokenRead.diagnostics).toEqual([]);
    const first = (brokenRead.value as { objectives: { actions: { title: unknown; partners: unknown }[] }[] }).objectives[0]!.actions[0]!;
    expect([first.title, first.partners]).toEqual([{ es: 'Adoptar el "Libro azul"\nde normas' }, ["ALL", "IOM"]]);
    // Lines of a description with a tab in them, that name no column, are its text.
    expect(await slipped("Reglas mínimas comunes.", "GT\t9 equipos\nMX\t12 equipos")).toEqual([]);
    // Nor do lines whose first names one column: the objective's table below is still its table.
    const described = "Período\t2019–2021, en una primera fase.\nAlcance\tlos cruces terrestres y marítimos.";
    expect(await slipped("Reglas mínimas comunes.", described)).toEqual([]);
    const kept = await parseMarkdownGroup("g.md", MATRIX.replace("Reglas mínimas comunes.", described));
    expect((kept.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
    // Nor lines whose first names one column among three cells, over lines headed by words, not an action's id or number.
    const notes = "Socios\tOIM, ACNUR\tpor confirmar\nPlazo\t2019\trevisión anual";
    expect(await slipped("Reglas mínimas comunes.", notes)).toEqual([]);
    const noted = await parseMarkdownGroup("g.md", MATRIX.replace("Reglas mínimas comunes.", notes));
    const objective = (noted.value as { objectives: { description: { es: string }; actions: { id: string }[] }[] }).objectives[0]!;
    expect([objective.description.es, objective.actions.map((action) => action.id)]).toEqual([notes, ["FLD-1.1", "FLD-1.2"]]);
    // Over rows a workshop numbered, such lines are its pasted table still, ids or not (its rows' ids then none the sections find).
    const numbered = "No.\tActividad\tResponsable\tFecha\n1\tAdoptar normas\tGT, MX\t2019\n2\tAcordar lineamientos\tDO\t2021";
    expect((await slipped(table + rows, numbered)).map((line) => line.slice(0, line.indexOf(" |")))).toEqual([
      "13:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads them as text",
      "17:5 md-unknown-section no action FLD-1.1 in the table of objective FLD-O1",
    ]);
    // A header of a workshop's own words, one of them a column's name, is still a pasted table's.
    const own = "No.\tActividad\tResponsable\tFecha\nFLD-1.1\tAdoptar normas\tGT, MX\t2019\nFLD-1.2\tAcordar lineamientos\tDO\t2021";
    expect(await slipped(table + rows, own)).toEqual([
      "13:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads them as text | Head each column with one of the matrix's column names, where 'No.', 'Actividad' and 'Fecha' are none, then run plan fmt on the file, which writes them as a table; or separate the cells with |, and put a |---| line under the header row: `| No. | Actividad | … |`, then `|----|--------|…|`.",
    ]);
    // Written as a pipe table, its 'No.' would be an unknown column, and the file still would not read: plan fmt is given nothing to write.
    expect((await parseMarkdownGroup("g.md", MATRIX.replace(table + rows, own))).fixes).toBeUndefined();
    // Nor is one without a column each action needs: plan fmt would refuse the table it wrote, with this same hint.
    const unplanned = "Id\tAcción\tResponsables\tPrioridad\nFLD-1.1\tAdoptar normas\tGT, MX\talta\nFLD-1.2\tAcordar lineamientos\tDO\tbaja";
    expect(await slipped(table + rows, unplanned)).toEqual([
      "13:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads them as text | Add a Plazo column, which each action needs, then run plan fmt on the file, which writes them as a table; or separate the cells with |, and put a |---| line under the header row: `| Id | Acción | … |`, then `|----|--------|…|`.",
    ]);
    expect((await parseMarkdownGroup("g.md", MATRIX.replace(table + rows, unplanned))).fixes).toBeUndefined();
  });

  it("a pasted table whose header row starts with a tab, which Markdown reads as code, is said as a pasted table, and a column of row numbers under an empty heading is left out", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const sheet = ["Id\tAcción\tResponsables\tSocios\tPlazo\tPrioridad\tProtocolo", "FLD-1.1\tAdoptar normas\tGT, MX\tALL\t2019-Q3 – 2020\talta\tSOM-11.1", "FLD-1.2\tAcordar lineamientos\tDO\t\t2021\tbaja\t"];
    const said = (hint: string, read = "them as more of the list item above, as the first starts with a tab") =>
      `13:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads ${read} | ${hint}; or separate the cells with |, and put a |---| line under the header row: \`| Id | Acción | … |\`, then \`|----|--------|…|\`.`;
    const fmt = "Run plan fmt on the file, which writes them as a table";
    // An empty cell over the workshop's numbering of its rows: the numbers are left out, and the table reads as the pipe table.
    const numbered = sheet.map((line, row) => `${row === 0 ? "" : row}\t${line}`).join("\n");
    expect(await slipped(table + rows, numbered)).toEqual([said(fmt)]);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace(table + rows, numbered));
    expect((doc.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
    const [fix] = doc.fixes!;
    const fixed = MATRIX.replace(table + rows, numbered);
    expect(fix!.text).toBe(
      "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n| --- | --- | --- | --- | --- | --- | --- |\n" +
        "| FLD-1.1 | Adoptar normas | GT, MX | ALL | 2019-Q3 – 2020 | alta | SOM-11.1 |\n| FLD-1.2 | Acordar lineamientos | DO |  | 2021 | baja |  |",
    );
    expect((await parseMarkdownGroup("g.md", fixed.slice(0, fix!.start) + fix!.text + fixed.slice(fix!.end))).diagnostics).toEqual([]);
    // The objective's list kept as it was, not taking the pasted lines into its last item.
    expect((doc.value as { objectives: { title: unknown }[] }).objectives[0]!.title).toEqual({ es: "Normas regionales de *interdicción*", en: "Regional standards" });
    // Under a description, not a list, the first line is an indented code block to Markdown; a selection a column early, every line then starting with a tab, all code.
    const described = (text: string) => MATRIX.replace("\n\n- **Title (en):** Regional standards", "").replace(table + rows, text);
    const early = sheet.map((line) => `\t${line}`).join("\n");
    for (const [text, read] of [[numbered, "the first, which starts with a tab, as code, and the others as text"], [early, "them as code, as each starts with a tab"]] as const) {
      const codeDoc = await parseMarkdownGroup("g.md", described(text));
      expect(codeDoc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`)).toEqual([said(fmt, read).replace(/^13:1/, "11:1")]);
      expect(codeDoc.fixes!.map(({ text }) => text)).toEqual([fix!.text]);
    }
    // Under the empty heading, numbers that are no row's (years, say): a column only a person can name.
    const years = sheet.map((line, row) => `${row === 0 ? "" : 2018 + row}\t${line}`).join("\n");
    expect(await slipped(table + rows, years)).toEqual([said(`Head each column with one of the matrix's column names, where column 1 has no heading, then run plan fmt on the file, which writes them as a table`)]);
    expect((await parseMarkdownGroup("g.md", MATRIX.replace(table + rows, years))).fixes).toBeUndefined();
    // Row numbers but one (a row numbered twice, a row put in as `2a`): the numbering still, which is to be deleted, not headed.
    const longer = [...sheet, "FLD-1.3\tCapacitar\tHN\t\t2022\tmedia\t"];
    for (const stray of ["2", "2a"]) {
      const numberedBut = longer.map((line, row) => `${row === 0 ? "" : row === 3 ? stray : row}\t${line}`).join("\n");
      expect(await slipped(table + rows, numberedBut), stray).toEqual([said("Delete column 1, which numbers the rows, then run plan fmt on the file, which writes them as a table")]);
    }
    // With a heading that names no column too, each said.
    const noted = longer.map((line, row) => `${row === 0 ? "" : row === 3 ? "2" : row}\t${line}\t${row === 0 ? "Notas" : "ok"}`).join("\n");
    expect(await slipped(table + rows, noted)).toEqual([
      said("Delete column 1, which numbers the rows, and head each column with one of the matrix's column names, where 'Notas' is none, then run plan fmt on the file, which writes them as a table"),
    ]);
  });

  it("a pipe table's column of row numbers under an empty heading is told to be deleted, and plan fmt deletes it where each cell is its row's number", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const numbered = (numbers: readonly string[]) => [`|   ${table.split("\n")[0]}`, `|---${table.split("\n")[1]}`, ...rows.split("\n").map((row, k) => `| ${numbers[k]} ${row}`)].join("\n");
    const said = (hint: string) => `13:2 md-unknown-column column 1, under an empty heading, numbers the rows: the matrix has no such column | ${hint}`;
    const perfect = MATRIX.replace(table + rows, numbered(["1", "2"]));
    expect(await slipped(table + rows, numbered(["1", "2"]))).toEqual([said("Delete column 1, which numbers the rows, or run plan fmt on the file, which does.")]);
    // What plan fmt makes of it: the table as it was without the numbers, every other byte kept, which reads as the matrix did.
    const doc = await parseMarkdownGroup("g.md", perfect);
    const [fix] = doc.fixes!;
    expect(perfect.slice(0, fix!.start) + fix!.text + perfect.slice(fix!.end)).toBe(MATRIX);
    expect(doc.value).toEqual((await parseMarkdownGroup("g.md", MATRIX)).value);
    // Rows empty but for their number, the last's or another's, hold no action: their lines go with the numbers, else plan fmt would write a row without an id.
    for (const [k, empty] of [[2, "| 3 | | | | | | | |"], [1, "| 2 |  |  |  |  |  |  |  |"], [0, "|1||||||||"]] as const) {
      const lines = numbered(["1", "2"].map((n, r) => String(r < k ? r + 1 : r + 2))).split("\n");
      lines.splice(2 + k, 0, empty.replace(/\d/, String(k + 1)));
      const spaced = MATRIX.replace(table + rows, lines.join("\n"));
      const edit = (await parseMarkdownGroup("g.md", spaced)).fixes![0]!;
      expect(spaced.slice(0, edit.start) + edit.text + spaced.slice(edit.end), empty).toBe(MATRIX);
    }
    // What the user sees first: the numbering alone, with the empty row's line to delete by hand, and no action read from that row.
    const emptyNumbered = MATRIX.replace(table + rows, `${numbered(["1", "2"])}\n| 3 | | | | | | | |`);
    expect(await slipped(table + rows, `${numbered(["1", "2"])}\n| 3 | | | | | | | |`)).toEqual([said("Delete column 1, which numbers the rows, and the row at line 17, which holds nothing but its number, or run plan fmt on the file, which does.")]);
    expect((await parseMarkdownGroup("g.md", emptyNumbered)).value).toEqual((await parseMarkdownGroup("g.md", MATRIX)).value);
    const late3 = `${numbered(["1", "2"]).replace("| 2021 |", "| pronto |")}\n| 3 | | | | | | | |\n| 4 | | | | | | | |`;
    expect((await slipped(table + rows, late3)).filter((line) => line.includes("md-unknown-column"))).toEqual([said("Delete column 1, which numbers the rows, and the rows at lines 17 and 18, which hold nothing but their numbers.")]);
    // A row without a number is numbered all the same; in the last column, the closing pipe is kept.
    expect(await slipped(table + rows, numbered(["", "2"]))).toEqual([said("Delete column 1, which numbers the rows, or run plan fmt on the file, which does.")]);
    const last = [`${table.split("\n")[0]}   |`, `${table.split("\n")[1]}:-:|`, ...rows.split("\n").map((row, k) => `${row} ${k + 1} |`)].join("\n");
    const lastDoc = await parseMarkdownGroup("g.md", MATRIX.replace(table + rows, last));
    expect(lastDoc.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(["13:72 column 8, under an empty heading, numbers the rows: the matrix has no such column"]);
    const lastFixed = MATRIX.replace(table + rows, last);
    expect(lastFixed.slice(0, lastDoc.fixes![0]!.start) + lastDoc.fixes![0]!.text + lastFixed.slice(lastDoc.fixes![0]!.end)).toBe(MATRIX);
    // Numbers but one (a row numbered twice, `2a`), or a table at fault otherwise: deleting the column is for a person, and plan fmt is given nothing to do.
    const twice = MATRIX.replace(table + rows, numbered(["1", "1"]) + "\n| 3 | FLD-1.3 | Capacitar | HN | | 2022 | media | |");
    expect(await slipped(table + rows, numbered(["1", "1"]) + "\n| 3 | FLD-1.3 | Capacitar | HN | | 2022 | media | |")).toEqual([said("Delete column 1, which numbers the rows.")]);
    expect((await parseMarkdownGroup("g.md", twice)).fixes).toBeUndefined();
    const late = numbered(["1", "2"]).replace("| 2021 |", "| pronto |");
    expect((await slipped(table + rows, late)).filter((line) => line.includes("md-unknown-column"))).toEqual([said("Delete column 1, which numbers the rows.")]);
    expect((await parseMarkdownGroup("g.md", MATRIX.replace(table + rows, late))).fixes).toBeUndefined();
    // Numbers that are no row's (years, say) are a column only a person can name.
    expect(await slipped(table + rows, numbered(["2019", "2020"]))).toEqual([
      "13:5 md-unknown-column unknown column '' | The columns are Id, Acción, Responsables, Socios, Plazo, Prioridad and Protocolo.",
    ]);
  });

  it("a column of row numbers headed as workshops head them (No., Nº, N.º, Núm., # beside the Id column), or numbered `1.`, `1)` or on from a table above (6, 7), is told to be deleted, and plan fmt deletes it", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const numbered = (heading: string, numbers: readonly string[]) => [`| ${heading} ${table.split("\n")[0]}`, `|---${table.split("\n")[1]}`, ...rows.split("\n").map((row, k) => `| ${numbers[k]} ${row}`)].join("\n");
    // Numbers carrying on from a table above (6, 7) number the rows as well.
    for (const [heading, numbers] of [["No.", ["1", "2"]], ["Nº", ["1", "2"]], ["N.º", ["1.", "2."]], ["Núm.", ["1", ""]], ["#", ["1", "2"]], ["", ["1.", "2."]], ["No.", ["6", "7"]], ["", ["", "7."]], ["No.", ["1)", "2)"]]] as const) {
      const under = heading === "" ? "13:2 md-unknown-column column 1, under an empty heading," : `13:3 md-unknown-column column 1, headed '${heading}',`;
      expect(await slipped(table + rows, numbered(heading, numbers)), heading).toEqual([`${under} numbers the rows: the matrix has no such column | Delete column 1, which numbers the rows, or run plan fmt on the file, which does.`]);
      const text = MATRIX.replace(table + rows, numbered(heading, numbers));
      const doc = await parseMarkdownGroup("g.md", text);
      expect(doc.value, heading).toEqual((await parseMarkdownGroup("g.md", MATRIX)).value);
      const [fix] = doc.fixes!;
      expect(text.slice(0, fix!.start) + fix!.text + text.slice(fix!.end), heading).toBe(MATRIX);
    }
    // Numbers but one under `No.`: the numbering all the same, for a person to delete.
    expect(await slipped(table + rows, numbered("No.", ["1", "1"]) + "\n| 3 | FLD-1.3 | Capacitar | HN | | 2022 | media | |")).toEqual([
      "13:3 md-unknown-column column 1, headed 'No.', numbers the rows: the matrix has no such column | Delete column 1, which numbers the rows.",
    ]);
    // A `#` column holding the ids is the Id column; so is one holding numbers where no other column heads the ids, whose sections are `### 1`.
    expect(await slipped("| Id | Acción", "| # | Acción")).toEqual([]);
    const numberIds = MATRIX.replace("| FLD-1.1 |", "| 1 |").replace("| FLD-1.2 |", "| 2 |").replace("| Id | Acción", "| # | Acción").replace("### FLD-1.1", "### 1");
    const doc = await parseMarkdownGroup("g.md", numberIds);
    expect(doc.diagnostics).toEqual([]);
    expect((doc.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["1", "2"]);
    // Pasted from a spreadsheet under `Nº`: the numbers are left out of the table plan fmt writes, and the hint's example starts with the matrix's columns.
    const sheet = ["Nº\tId\tAcción\tResponsables\tSocios\tPlazo\tPrioridad\tProtocolo", "1\tFLD-1.1\tAdoptar normas\tGT, MX\tALL\t2019-Q3 – 2020\talta\tSOM-11.1", "2\tFLD-1.2\tAcordar lineamientos\tDO\t\t2021\tbaja\t"].join("\n");
    expect(await slipped(table + rows, sheet)).toEqual([
      "13:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads them as text | Run plan fmt on the file, which writes them as a table; or separate the cells with |, and put a |---| line under the header row: `| Id | Acción | … |`, then `|----|--------|…|`.",
    ]);
    const pasted = await parseMarkdownGroup("g.md", MATRIX.replace(table + rows, sheet));
    expect(pasted.fixes!.map(({ text }) => text)).toEqual([
      "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n| --- | --- | --- | --- | --- | --- | --- |\n| FLD-1.1 | Adoptar normas | GT, MX | ALL | 2019-Q3 – 2020 | alta | SOM-11.1 |\n| FLD-1.2 | Acordar lineamientos | DO |  | 2021 | baja |  |",
    ]);
    expect((pasted.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
    const carried = await parseMarkdownGroup("g.md", MATRIX.replace(table + rows, sheet.replace("\n1\t", "\n12\t").replace("\n2\t", "\n13\t")));
    expect(carried.fixes!.map(({ text }) => text)).toEqual(pasted.fixes!.map(({ text }) => text));
    // A cell copied from a matrix, its pipe escaped already (`\|`), keeps it one cell, as a pipe typed in the spreadsheet does.
    for (const pipe of ["\\|", "|"]) {
      const piped = MATRIX.replace(table + rows, sheet.replace("Adoptar normas", `Adoptar normas ${pipe} guía`));
      const edit = (await parseMarkdownGroup("g.md", piped)).fixes![0]!;
      expect(edit.text, pipe).toContain("| FLD-1.1 | Adoptar normas \\| guía | GT, MX |");
      const written = await parseMarkdownGroup("g.md", piped.slice(0, edit.start) + edit.text + piped.slice(edit.end));
      expect([written.diagnostics, (written.value as { objectives: { actions: { title: unknown }[] }[] }).objectives[0]!.actions[0]!.title], pipe).toEqual([[], { es: "Adoptar normas | guía" }]);
    }
    // `#` over the numbers beside the Id column (kept between ``` lines, as a line starting `#` is a heading): the rows keep their ids, not their numbers.
    const hashed = await parseMarkdownGroup("g.md", MATRIX.replace(table + rows, `\`\`\`\n${sheet.replace("Nº", "#")}\n\`\`\``));
    expect((hashed.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
    expect(hashed.fixes!.map(({ text }) => text)).toEqual(pasted.fixes!.map(({ text }) => text));
  });

  it("a pasted table whose rows a workshop numbered `1.` or `1)` (a numbered list to Markdown) or whose header starts with `#` over the numbers (a heading) is said as a pasted table, and plan fmt writes it without the numbers", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const sheet = (heading: string, dot: string) => [`${heading}\tId\tAcción\tResponsables\tSocios\tPlazo\tPrioridad\tProtocolo`, `1${dot}\tFLD-1.1\tAdoptar normas\tGT, MX\tALL\t2019-Q3 – 2020\talta\tSOM-11.1`, `2${dot}\tFLD-1.2\tAcordar lineamientos\tDO\t\t2021\tbaja\t`].join("\n");
    const cases = [
      [sheet("No.", "."), "the first as text and the others as a numbered list, as each starts with its number and a full stop"],
      [sheet("No.", ")"), "the first as text and the others as a numbered list, as each starts with its number and a parenthesis"],
      [sheet("#", ""), "the first as a heading, as it starts with # and a tab, and the others as text"],
    ] as const;
    for (const [pasted, read] of cases) {
      expect(await slipped(table + rows, pasted)).toEqual([
        `13:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads ${read} | Run plan fmt on the file, which writes them as a table; or separate the cells with |, and put a |---| line under the header row: \`| Id | Acción | … |\`, then \`|----|--------|…|\`.`,
      ]);
      const text = MATRIX.replace(table + rows, pasted);
      const doc = await parseMarkdownGroup("g.md", text);
      expect((doc.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
      const [fix] = doc.fixes!;
      expect(fix!.text).toBe(
        "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n| --- | --- | --- | --- | --- | --- | --- |\n" +
          "| FLD-1.1 | Adoptar normas | GT, MX | ALL | 2019-Q3 – 2020 | alta | SOM-11.1 |\n| FLD-1.2 | Acordar lineamientos | DO |  | 2021 | baja |  |",
      );
      expect((await parseMarkdownGroup("g.md", text.slice(0, fix!.start) + fix!.text + text.slice(fix!.end))).diagnostics).toEqual([]);
    }
    // A description's line of tabs over a numbered list of its own is no table: the list is said as what it is.
    expect((await slipped("Reglas mínimas comunes.", "Periodo\t2019\t2021\tTareas:\n1. interdicción\n2. detención")).map((line) => line.slice(0, line.indexOf(" |")))).toEqual([
      "10:1 md-unknown-label 2 list items without bold labels: a description holds no list, and a section's list holds labelled items only",
    ]);
    // An objective's heading written with a tab after its # is one still.
    const tabbed = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1: Normas", "#\tFLD-O1: Normas"));
    expect([tabbed.diagnostics, (tabbed.value as { objectives: { id: string }[] }).objectives.map((objective) => objective.id)]).toEqual([[], ["FLD-O1"]]);
  });

  it("text continuing a list's last item, indented with a tab, that names a column among three cells is the item's text, not a pasted table", async () => {
    const continued = "- **Title (en):** Regional standards\n- **Description (en):** Common minimum rules.\n\n\tSocios\tOIM, ACNUR\tpor confirmar\n\tPlazo\t2019\trevisión anual";
    expect(await slipped("- **Title (en):** Regional standards", continued)).toEqual([]);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("- **Title (en):** Regional standards", continued));
    const objective = (doc.value as { objectives: { description: { en: string }; actions: { id: string }[] }[] }).objectives[0]!;
    expect(objective.description.en).toMatch(/^Common minimum rules\.\n\n\s*Socios\tOIM, ACNUR\tpor confirmar\n\s*Plazo\t2019\trevisión anual$/);
    expect(objective.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
  });

  it("a list item's line indented with a tab, as an editor's Tab key does, is its words alone, as Markdown shows them; a text's own tab after the writer's indentation stays", async () => {
    const tabbed = MATRIX.replace("  - **Meta:** 9 países", "  - **Meta:** 9 países\n\ten 2020\n\t  y 12 en 2022").replace("- **Title (en):** Regional standards", "- **Title (en):** Regional\n\tstandards");
    const doc = await parseMarkdownGroup("g.md", tabbed);
    expect(doc.diagnostics).toEqual([]);
    const objective = (doc.value as { objectives: { title: unknown; actions: { indicators: { target: unknown }[] }[] }[] }).objectives[0]!;
    expect(objective.title).toEqual({ es: "Normas regionales de *interdicción*", en: "Regional\nstandards" });
    // Nested at four columns, a tab reaches them; the spaces after it are the text's, as they are after the writer's spaces.
    expect(objective.actions[0]!.indicators[0]!.target).toEqual({ es: "9 países\nen 2020\n  y 12 en 2022" });
    expect((await convertGroup("g.md", tabbed, "yaml")).text).toContain(`es: |-\n${" ".repeat(16)}9 países\n${" ".repeat(16)}en 2020\n${" ".repeat(18)}y 12 en 2022\n`);
    // A YAML text's line that starts with a tab is written after the item's spaces, and read back with its tab.
    const yaml = "group: g\ntheme: t\nobjectives:\n  - id: O1\n    title: {en: Share, es: \"Compartir\\n\\tdatos\"}\n    actions: []\n";
    const markdown = (await convertGroup("g.yaml", yaml, "md")).text!;
    expect(markdown).toContain("- **Title (es):** Compartir\n  \tdatos\n");
    expect((await parseMarkdownGroup("g.md", markdown)).value).toMatchObject({ objectives: [{ title: { en: "Share", es: "Compartir\n\tdatos" } }] });
  });

  it("a continuation line over-indented with tabs, in a list item or a description's paragraph, is its words alone, as Markdown shows them, and plan fmt writes it so", async () => {
    const tabbed = MATRIX.replace("- **Title (en):** Regional standards", "- **Title (en):** Regional\n\t\tstandards")
      .replace("Reglas mínimas comunes.", "Reglas mínimas\n\t\tcomunes.\n\tde la región")
      .replace("  - **Meta:** 9 países", "  - **Meta:** 9 países\n\t\t\ten 2020")
      .replace("- **Relacionadas:** INT-2.1", "- **Relacionadas:** INT-2.1\n\n### FLD-1.2\n\nAcordar\n\t\tlineamientos.");
    const doc = await parseMarkdownGroup("g.md", tabbed);
    expect(doc.diagnostics).toEqual([]);
    const objective = (doc.value as { objectives: { title: unknown; description: unknown; actions: { description?: unknown; indicators?: { target: unknown }[] }[] }[] }).objectives[0]!;
    expect(objective.title).toEqual({ es: "Normas regionales de *interdicción*", en: "Regional\nstandards" });
    expect(objective.description).toEqual({ es: "Reglas mínimas\ncomunes.\nde la región" });
    expect(objective.actions[0]!.indicators![0]!.target).toEqual({ es: "9 países\nen 2020" });
    expect(objective.actions[1]!.description).toEqual({ es: "Acordar\nlineamientos." });
    const written = (await convertGroup("g.md", tabbed, "md")).text!;
    expect(written).not.toContain("\t");
    expect(written).toContain("Reglas mínimas\ncomunes.\nde la región\n");
    // A YAML description's line that starts with a tab cannot be written so: its paragraph's line would lose it.
    const yaml = "group: g\ntheme: t\nobjectives:\n  - id: O1\n    title: Share\n    description: \"Share\\n\\tdata\"\n    actions: []\n";
    expect((await convertGroup("g.yaml", yaml, "md")).diagnostics.map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint}`)).toEqual([
      "6:18 a Markdown matrix cannot hold this text (objective O1: description) as it is: its line 'data' starts with a tab, which Markdown reads as the line's indentation, not as the text's | Remove the tab at the line's start, or keep this group in YAML.",
    ]);
  });

  it("a table written right under the objective's list, with no blank line or indented, is said at its first line as read into the list's last item", async () => {
    const item = "- **Title (en):** Regional standards\n\n";
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const hint = "Leave a blank line before the table, and start each of its lines at the line's start, not indented: Markdown then reads it as a table, not as part of the item.";
    const ranOn = "md-unexpected-content a table read as part of the list item above it: with no blank line before it, Markdown reads its lines as that item's text";
    // After a line continuing the item, indented with a tab (as an editor's Tab key does), and right after the item.
    for (const [above, line] of [["- **Title (en):** Regional standards\n\tto be reviewed every two years\n", 13], ["- **Title (en):** Regional standards\n", 12]] as const) {
      expect(await slipped(item + table, above + table)).toEqual([`${line}:1 ${ranOn} | ${hint}`]);
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace(item + table, above + table));
      const objective = (doc.value as { objectives: { title: { en: string }; actions: { id: string }[] }[] }).objectives[0]!;
      // The rows keep their ids, so the sections below find theirs; the item's text stops above the table.
      expect(objective.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
      expect(objective.title.en).toMatch(/^Regional standards(\n\s*to be reviewed every two years)?$/);
    }
    // Indented under the item, Markdown puts the table inside it: said, and read as the objective's table.
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const indented = (table + rows).split("\n").map((line) => `  ${line}`).join("\n");
    expect(await slipped(item + table + rows, item + indented)).toEqual([`13:3 md-unexpected-content a table read as part of the list item above it: indented, Markdown puts it inside that item | ${hint}`]);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace(item + table + rows, item + indented));
    const objective = (doc.value as { objectives: { title: unknown; actions: Record<string, unknown>[] }[] }).objectives[0]!;
    expect(objective.title).toEqual({ es: "Normas regionales de *interdicción*", en: "Regional standards" });
    expect(objective.actions[0]).toMatchObject({ id: "FLD-1.1", lead: ["GT", "MX"], priority: "high" });
    // With a column numbering its rows too: deleting it is told, but not as plan fmt's to do, which does not take the table out of the item.
    const numbered = [`|   ${table.split("\n")[0]}`, `|---${table.split("\n")[1]}`, ...rows.split("\n").map((row, k) => `| ${k + 1} ${row}`)].map((line) => `  ${line}`).join("\n");
    expect(await slipped(item + table + rows, item + numbered)).toEqual([
      `13:3 md-unexpected-content a table read as part of the list item above it: indented, Markdown puts it inside that item | ${hint}`,
      "13:4 md-unknown-column column 1, under an empty heading, numbers the rows: the matrix has no such column | Delete column 1, which numbers the rows.",
    ]);
    expect((await parseMarkdownGroup("g.md", MATRIX.replace(item + table + rows, item + numbered))).fixes).toBeUndefined();
    // A table pasted from a spreadsheet right under the item: plan fmt writes it as a pipe table after a blank line, where it reads.
    const sheet = "Id\tAcción\tResponsables\tSocios\tPlazo\tPrioridad\tProtocolo\nFLD-1.1\tAdoptar normas\tGT, MX\tALL\t2019-Q3 – 2020\talta\tSOM-11.1\nFLD-1.2\tAcordar lineamientos\tDO\t\t2021\tbaja\t";
    const pasted = MATRIX.replace(item + table + rows, `- **Title (en):** Regional standards\n${sheet}`);
    const read = await parseMarkdownGroup("g.md", pasted);
    expect(read.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      "12:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads them as more of the list item above, as no blank line comes before them",
    ]);
    const [fix] = read.fixes!;
    expect((await parseMarkdownGroup("g.md", pasted.slice(0, fix!.start) + fix!.text + pasted.slice(fix!.end))).diagnostics).toEqual([]);
  });

  it("a table pasted from a spreadsheet into an action's section is said as that, with where the table goes, and is not the section's text", async () => {
    const sheet = "Id\tAcción\tResponsables\tSocios\tPlazo\tPrioridad\tProtocolo\nFLD-1.3\tFormar equipos\tGT\tIOM\t2021\talta\tSOM-1.1";
    const said = (line: number) =>
      `${line}:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs, in an action's section (\`### FLD-1.1\`), where no table goes | ` +
      "The table of an objective's actions goes under the objective's heading (`## FLD-O1: …`), above its actions' sections: write its rows into the table there, their cells separated by | as that table's are; or remove the lines.";
    const related = "- **Relacionadas:** INT-2.1\n";
    // Where the description goes, after the list, and after it over the workshop's numbers (its first line a tab, more of the list's last item).
    const numbered = sheet.split("\n").map((line, row) => `${row === 0 ? "" : row}\t${line}`).join("\n");
    for (const [from, to, line] of [["### FLD-1.1\n", `### FLD-1.1\n\n${sheet}\n`, 20], [related, `${related}\n${sheet}\n`, 25], [related, `${related}\n${numbered}\n`, 25]] as const) {
      expect(await slipped(from, to)).toEqual([said(line)]);
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace(from, to));
      const action = (doc.value as { objectives: { actions: Record<string, unknown>[] }[] }).objectives[0]!.actions[0]!;
      expect(action).not.toHaveProperty("description");
      expect(action.related).toEqual(["INT-2.1"]);
    }
    // After an item nested in the list but not its last, right under it or indented after a blank line: said as that too, the item's text without it, the items after it read.
    const english = "  - **en:** Countries with updated manuals\n";
    const indented = sheet.split("\n").map((line) => `\t${line}`).join("\n");
    for (const [to, line] of [[`${english}${sheet}\n`, 22], [`${english}\n${indented}\n\n`, 23]] as const) {
      expect(await slipped(english, to)).toEqual([said(line)]);
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace(english, to));
      const action = (doc.value as { objectives: { actions: Record<string, unknown>[] }[] }).objectives[0]!.actions[0]!;
      expect(action.indicators).toEqual([{ text: { es: "Países con manuales actualizados", en: "Countries with updated manuals" }, target: { es: "9 países" } }]);
      expect(action.related).toEqual(["INT-2.1"]);
    }
  });

  it("the objective's pipe table written in an action's section, right under its list's last item or after a blank line, is one error, and the sections find their actions in it", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const said = (line: number, move: string) =>
      `${line}:1 md-unexpected-content these lines are a table in an action's section (\`### FLD-1.1\`), where no table goes | ` +
      `The table of an objective's actions goes under the objective's heading (\`## FLD-O1: …\`), above its actions' sections: ${move}; or remove the lines.`;
    const moved = (gap: string) => MATRIX.replace(`${table}${rows}\n\n`, "").replace("- **Relacionadas:** INT-2.1\n", `- **Relacionadas:** INT-2.1\n${gap}${table}${rows}\n`);
    for (const [gap, line] of [["", 19], ["\n", 20]] as const) {
      const doc = await parseMarkdownGroup("g.md", moved(gap));
      expect(sortDiagnostics(doc.diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`), gap).toEqual([said(line, "move the lines there, with a blank line before them")]);
      const objective = (doc.value as { objectives: { actions: Record<string, unknown>[] }[] }).objectives[0]!;
      expect(objective.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
      expect(objective.actions[0]!.related).toEqual(["INT-2.1"]);
    }
    // Written in two sections, the second is told to go with the first, there being no table under the heading to write its rows into.
    const twice = `${moved("\n")}\n### FLD-1.2\n\n${table}| FLD-1.3 | Formar equipos | GT | | 2021 | alta | |\n`;
    const twiceSaid = sortDiagnostics((await parseMarkdownGroup("g.md", twice)).diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`);
    expect(twiceSaid).toEqual([said(20, "move the lines there, with a blank line before them"), said(27, "move the lines there, with the table in `### FLD-1.1`, as one table").replace("(`### FLD-1.1`), where", "(`### FLD-1.2`), where")]);
    // Under an objective with its table, a second one in a section is told to go into it.
    expect(await slipped("- **Relacionadas:** INT-2.1\n", `- **Relacionadas:** INT-2.1\n${table}| FLD-1.3 | Formar equipos | GT | | 2021 | alta | |\n`)).toEqual([said(24, "write its rows into the table there")]);
  });

  it("a table written with pipes right under an item of the objective's list that is not its last is said as read into that item, and its rows kept", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const text = MATRIX.replace(`- **Title (en):** Regional standards\n\n${table}${rows}`, `- **Title (en):** Regional standards\n${table}${rows}\n- **Description (en):** Common rules.`);
    expect(text).not.toBe(MATRIX);
    const doc = await parseMarkdownGroup("g.md", text);
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      "12:1 md-unexpected-content a table read as part of the list item above it: with no blank line before it, Markdown reads its lines as that item's text",
    ]);
    const objective = (doc.value as { objectives: { title: unknown; description: unknown; actions: { id: string }[] }[] }).objectives[0]!;
    expect(objective.title).toEqual({ es: "Normas regionales de *interdicción*", en: "Regional standards" });
    expect(objective.description).toEqual({ es: "Reglas mínimas comunes.", en: "Common rules." });
    expect(objective.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
  });

  it("sections under an objective without a table are said to have no table to find their actions in, not a row to add to the table above", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    expect(await slipped(`\n\n${table}${rows}`, "")).toEqual([
      "13:5 md-unknown-section no action FLD-1.1: objective FLD-O1 has no table of actions | Write the objective's table of actions under its heading, above its actions' sections, with a row for each action.",
    ]);
    // Pasted into that section, the table's rows are the objective's: the section finds its action, and only the paste is said.
    const sheet = "Id\tAcción\tResponsables\tSocios\tPlazo\tPrioridad\tProtocolo\nFLD-1.1\tAdoptar normas\tGT, MX\tALL\t2019-Q3 – 2020\talta\tSOM-11.1\nFLD-1.2\tAcordar lineamientos\tDO\t\t2021\tbaja\t";
    const text = MATRIX.replace(`\n\n${table}${rows}`, "").replace("### FLD-1.1\n", `### FLD-1.1\n\n${sheet}\n`);
    const doc = await parseMarkdownGroup("g.md", text);
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(["15:1 md-not-a-table"]);
    const actions = (doc.value as { objectives: { actions: { id: string; indicators?: unknown[]; related?: string[] }[] }[] }).objectives[0]!.actions;
    expect(actions.map((action) => [action.id, action.indicators?.length, action.related])).toEqual([["FLD-1.1", 1, ["INT-2.1"]], ["FLD-1.2", undefined, undefined]]);
  });

  it("a pasted table whose rows run on past an empty row, as text or in a code block, fenced or indented, is said as a pasted table, and plan fmt writes it without the empty row", async () => {
    const table = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n|----|--------|--------------|--------|-------|-----------|-----------|\n";
    const rows = MATRIX.slice(MATRIX.indexOf(table) + table.length, MATRIX.indexOf("\n\n### FLD-1.1"));
    const sheet = ["Id\tAcción\tResponsables\tSocios\tPlazo\tPrioridad\tProtocolo", "FLD-1.1\tAdoptar normas\tGT, MX\tALL\t2019-Q3 – 2020\talta\tSOM-11.1", "\t\t\t\t\t\t", "FLD-1.2\tAcordar lineamientos\tDO\t\t2021\tbaja\t"];
    const said = (at: string, read: string) =>
      `${at} md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads ${read} | Run plan fmt on the file, which writes them as a table; or separate the cells with |, and put a |---| line under the header row: \`| Id | Acción | … |\`, then \`|----|--------|…|\`.`;
    const written = "| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |\n| --- | --- | --- | --- | --- | --- | --- |\n" +
      "| FLD-1.1 | Adoptar normas | GT, MX | ALL | 2019-Q3 – 2020 | alta | SOM-11.1 |\n| FLD-1.2 | Acordar lineamientos | DO |  | 2021 | baja |  |";
    const fenced = MATRIX.replace(table + rows, ["```", ...sheet, "```"].join("\n"));
    // Selected a column early, every line starts with a tab: an indented code block, its empty row a blank line inside it.
    const early = MATRIX.replace("\n\n- **Title (en):** Regional standards", "").replace(table + rows, sheet.map((line) => `\t${line}`).join("\n"));
    // As text, the empty row a blank line between two paragraphs.
    const plain = MATRIX.replace(table + rows, sheet.join("\n"));
    // Over the workshop's numbers of its actions, after the list: its header, a tab first, and the row under it are more of the list's last item.
    const numbers = ["", "1", "", "2"];
    const numbered = MATRIX.replace(table + rows, sheet.map((line, row) => `${numbers[row]}\t${line}`).join("\n"));
    // The empty row numbered too, its number its only cell: no row of the pipe table, as the numbers are none.
    const numberedEmpty = MATRIX.replace(table + rows, sheet.map((line, row) => `${row === 0 ? "" : row}\t${line}`).join("\n"));
    const cases = [
      [fenced, said("13:1", "them as code, as they are between ``` lines")],
      [early, said("11:1", "them as code, as each starts with a tab")],
      [plain, said("13:1", "them as text")],
      [numbered, said("13:1", "them as more of the list item above, as the first starts with a tab")],
      [numberedEmpty, said("13:1", "them as more of the list item above, as the first starts with a tab")],
      // A column early after the list: every line more of its last item, the rows after the empty one a paragraph of their own there.
      [MATRIX.replace(table + rows, sheet.map((line) => `\t${line}`).join("\n")), said("13:1", "them as more of the list item above, as the first starts with a tab")],
    ] as const;
    for (const [text, expected] of cases) {
      const doc = await parseMarkdownGroup("g.md", text);
      expect(sortDiagnostics(doc.diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`)).toEqual([expected]);
      expect((doc.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
      const [fix] = doc.fixes!;
      expect(fix!.text).toBe(written);
      expect((await parseMarkdownGroup("g.md", text.slice(0, fix!.start) + fix!.text + text.slice(fix!.end))).diagnostics).toEqual([]);
    }
  });

  it("a row pasted from a spreadsheet under a table's header is hinted as that, and rows pasted together are said once", async () => {
    const row = "| FLD-1.2 | Acordar lineamientos | DO | | 2021 | baja | |";
    expect(await slipped(row, "FLD-1.2\tAcordar lineamientos\tDO\t\t2021\tbaja\tSOM-6.1")).toEqual([
      "16:1 md-row-cells this row has 1 cell; the header has 7 | The row's cells are separated by tabs, as a spreadsheet pastes them: run plan fmt on the file, which writes them so; or separate them with | as the header does (`| FLD-1.2 | … |`).",
    ]);
    // Its last cell empty, as a spreadsheet copies it after a last tab; then a second row, pasted with it, with pipes around it.
    const pasted = "FLD-1.2\tAcordar lineamientos\tDO\t\t2021\tbaja\t\n|FLD-1.3\tFormar equipos\tGT\t\t2022\tmedia\t|";
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace(row, pasted));
    expect(sortDiagnostics(doc.diagnostics).map((d) => `${d.line}:${d.column}-${d.endLine} ${d.code} ${d.message} | ${d.hint}`)).toEqual([
      "16:1-17 md-row-cells these two rows have 1 cell each; the header has 7 | The rows' cells are separated by tabs, as a spreadsheet pastes them: run plan fmt on the file, which writes them so; or separate them with | as the header does (`| FLD-1.2 | … |`).",
    ]);
    expect((doc.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2", "FLD-1.3"]);
    // plan fmt's edit writes them as the table's rows, which read without a word.
    const [fix] = doc.fixes!;
    expect(fix!.text).toBe("| FLD-1.2 | Acordar lineamientos | DO |  | 2021 | baja |  |\n| FLD-1.3 | Formar equipos | GT |  | 2022 | media |  |");
    const text = MATRIX.replace(row, pasted);
    expect((await parseMarkdownGroup("g.md", text.slice(0, fix!.start) + fix!.text + text.slice(fix!.end))).diagnostics).toEqual([]);
    // A cell copied from a matrix, its pipe escaped already, keeps one escape, as a whole pasted table's does.
    const escaped = (await parseMarkdownGroup("g.md", MATRIX.replace(row, "FLD-1.2\tAcordar \\| revisar\tDO\t\t2021\tbaja\t"))).fixes![0]!;
    expect(escaped.text).toBe("| FLD-1.2 | Acordar \\| revisar | DO |  | 2021 | baja |  |");
  });

  it("a table pasted from a spreadsheet below the objective's table is told to go into it: plan fmt writes no second table", async () => {
    const sheet = "Id\tAcción\tResponsables\tPlazo\nFLD-1.3\tFormar equipos\tGT\t2021";
    const text = MATRIX.replace("\n\n### FLD-1.1", `\n\n${sheet}\n\n### FLD-1.1`);
    const doc = await parseMarkdownGroup("g.md", text);
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`)).toEqual([
      "18:1 md-not-a-table these lines are a table pasted from a spreadsheet, its cells separated by tabs: Markdown reads them as text | An objective has one table of actions, the one above: move these rows into it, or remove the lines.",
    ]);
    expect(doc.fixes).toBeUndefined();
  });

  it("a description written with pipes that names no column is the description's text, not a broken table", async () => {
    expect(await slipped("Reglas mínimas comunes.", "| GT | MX |\n| 9 | 12 |")).toEqual([]);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("Reglas mínimas comunes.", "| GT | MX |\n| 9 | 12 |"));
    expect((doc.value as { objectives: { actions: { id: string }[] }[] }).objectives[0]!.actions.map((action) => action.id)).toEqual(["FLD-1.1", "FLD-1.2"]);
    // In an action's section, where no table goes, such lines are its description even when they name a column.
    const section = await parseMarkdownGroup("g.md", MATRIX.replace("### FLD-1.1\n", "### FLD-1.1\n\n| Responsables | Tarea |\n| GT | el manual |\n"));
    expect(section.diagnostics).toEqual([]);
    expect((section.value as { objectives: { actions: { description?: unknown }[] }[] }).objectives[0]!.actions[0]!.description).toEqual({ es: "| Responsables | Tarea |\n| GT | el manual |" });
  });

  it("a row whose id cell ran into the next (its pipe lost) keeps the id, and its section is not reported again", async () => {
    expect(await slipped("| FLD-1.2 | Acordar", "| FLD-1.2 Acordar")).toEqual([
      "16:1 md-row-cells this row has 6 cells; the header has 7 | Give each row one cell per column; write `\\|` for a pipe inside a cell.",
    ]);
    expect(await slipped("| FLD-1.1 | Adoptar", "| FLD-1.1 Adoptar")).toEqual([
      "15:1 md-row-cells this row has 6 cells; the header has 7 | Give each row one cell per column; write `\\|` for a pipe inside a cell.",
    ]);
  });

  it("an objective's heading at a section's level is said once, and read as the objective it is", async () => {
    expect(await slipped("## FLD-O1: Normas", "### FLD-O1: Normas")).toEqual([
      "7:1 md-heading-level '### FLD-O1: …' is an objective's heading written with ###, below an objective's level (##) | Head an objective with ##: `## FLD-O1: …`; ### heads an action's section, with the action's id alone (`### FLD-1.1`).",
    ]);
  });

  it("a section's heading with an id and a title is said once: it is no objective unless its id is shaped as the objective's", async () => {
    for (const heading of ["### FLD-1.9: Otra acción", "### Notas: de la reunión"]) {
      expect((await slipped("### FLD-1.1\n", `${heading}\n\ntexto\n\n### FLD-1.1\n`)).map((d) => d.split(" ").slice(0, 2).join(" "))).toEqual(["18:1 md-section-heading"]);
    }
  });

  it("an action's label where its section heading is missing, and an item under a translation, say where they belong", async () => {
    expect(await slipped("### FLD-1.1\n\n", "")).toEqual([
      "18:3 md-unknown-label 'Indicador' is not a label in an objective | Indicador belongs to an action: put it under the action's heading (`### FLD-1.1`), which may be missing above it.",
      "21:3 md-unknown-label 'Relacionadas' is not a label in an objective | Relacionadas belongs to an action: put it under the action's heading (`### FLD-1.1`), which may be missing above it.",
    ]);
    expect(await slipped("- **Title (en):** Regional standards", "- **Title (en):** Regional standards\n  - **es:** Normas")).toEqual([
      "12:5 md-unknown-label 'es' is not a label under a translation | Nothing is labelled under a translation: line the item up with those it belongs with, or remove it.",
    ]);
  });

  it("points a front-matter key given twice, and the first one it names, at their own lines", async () => {
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("theme: field-operations\n", "theme: field-operations\ntheme: field-operations\n"));
    expect(doc.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, related: d.related }))).toEqual([
      { code: "duplicate-key", line: 4, column: 1, related: [{ file: "g.md", line: 3, column: 1, message: "first 'theme'" }] },
    ]);
  });

  it("names where the first one is when a column, a label or a section comes twice", async () => {
    const repeated = MATRIX.replace("| Protocolo |\n", "| Plazo |\n")
      // The second label for English typed otherwise: each is named as it is written.
      .replace("  - **en:** Countries with updated manuals\n", "  - **en:** Countries with updated manuals\n  - **English:** Countries with manuals\n")
      .replace("- **Relacionadas:** INT-2.1\n", "- **Relacionadas:** INT-2.1\n- **Relacionadas:** INT-2.2\n\n### FLD-1.1\n\nOtra vez.\n");
    const doc = await parseMarkdownGroup("g.md", repeated);
    const repeats = sortDiagnostics(doc.diagnostics).filter((d) => d.code.startsWith("md-duplicate"));
    expect(repeats.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} -> ${d.related?.map((r) => `${r.line}:${r.column} ${r.message}`).join("; ")}`)).toEqual([
      "13:61 md-duplicate-column the column 'Plazo' appears twice -> 13:41 first 'Plazo'",
      "22:5 md-duplicate-label a second 'English' for the same text -> 21:5 first 'en'",
      "25:3 md-duplicate-label a second 'Relacionadas' for FLD-1.1 -> 24:3 first 'Relacionadas'",
      "27:5 md-duplicate-section a second section for FLD-1.1 -> 18:5 first section for FLD-1.1",
    ]);
  });

  it("an Output left empty is said at its line, not as a missing '0' in 'outputs' at the table", async () => {
    const placeholder = MATRIX.replace("- **Relacionadas:** INT-2.1\n", "- **Relacionadas:** INT-2.1\n- **Producto:**\n");
    const doc = await parseMarkdownGroup("g.md", placeholder);
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual(["24:3 missing-field 'Producto' holds no text"]);
    expect(GroupSchema.safeParse(doc.value).success).toBe(true);
  });

  it("a Meta, Relacionadas or Notas left empty is said at its line, as YAML's `target:` with nothing after it is, not dropped without a word", async () => {
    const placeholders = MATRIX.replace("  - **Meta:** 9 países\n", "  - **Meta:**\n  - **Verificación:** Manuales\n")
      .replace("- **Relacionadas:** INT-2.1\n", "- **Relacionadas:**\n- **Notas:**  \n");
    const doc = await parseMarkdownGroup("g.md", placeholders);
    expect(sortDiagnostics(doc.diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message} (${d.hint})`)).toEqual([
      "22:5 missing-field 'Meta' holds no text (Write the target after the label, or remove the line while there is none.)",
      "24:3 missing-field 'Relacionadas' holds no text (Write the ids of the related actions after the label, or remove the line while there is none.)",
      "25:3 missing-field 'Notas' holds no text (Write the notes after the label, or remove the line while there is none.)",
    ]);
    // The indicator keeps what was filled in.
    const [indicator] = (doc.value as { objectives: { actions: { indicators: object[] }[] }[] }).objectives[0]!.actions[0]!.indicators;
    expect(indicator).toEqual({ text: { es: "Países con manuales actualizados", en: "Countries with updated manuals" }, verification: { es: "Manuales" } });
  });

  it("a row's empty Action or Timeframe cell is said at the cell, told in the matrix's words what to write there", async () => {
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("| FLD-1.2 | Acordar lineamientos | DO | | 2021 |", "| FLD-1.2 |  | DO | |  |"));
    expect(doc.diagnostics).toEqual([]);
    const found = checkSchema(doc, GroupSchema).diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message} | ${d.hint}`);
    expect(found).toEqual([
      // The empty cell's closing pipe, where a caret at that column stands inside the cell; the path is the action's, as baselines keyed it.
      "16:14 objectives.0.actions.1 the Acción cell of action FLD-1.2 is empty | Fill in the action's Acción cell with the action's title.",
      "16:24 objectives.0.actions.1 the Plazo cell of action FLD-1.2 is empty | Fill in the action's Plazo cell: `2019`, `2019-Q3` or a span such as `2019-Q3 – 2021`.",
    ]);
    // A row with no id, and an objective's heading with no title: named as the matrix shows them.
    const bare = await parseMarkdownGroup("g.md", MATRIX.replace("| FLD-1.2 | Acordar", "|  | Acordar").replace("## FLD-O1: Normas regionales de *interdicción*", "## FLD-O1:").replace("- **Title (en):** Regional standards\n", ""));
    expect(checkSchema(bare, GroupSchema).diagnostics.map((d) => `${d.line}:${d.column} ${d.path} ${d.message} | ${d.hint}`)).toEqual([
      "7:1 objectives.0 the heading of objective FLD-O1 has no title | Write the objective's title after its id and colon: `## FLD-O1: …`.",
      "15:4 objectives.0.actions.1 the Id cell of row 2 of objective FLD-O1 is empty | Fill in the action's Id cell: its id, such as `FLD-1.1`.",
    ]);
  });

  it("a translation outdented from under a Target is told to move under it, not to be removed", async () => {
    const outdented = MATRIX.replace("  - **Meta:** 9 países", "  - **Meta:** 9 países\n  - **en:** 9 countries");
    const doc = await parseMarkdownGroup("g.md", outdented);
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.hint} -> ${d.related?.[0]?.line}`)).toEqual([
      "23:5 md-duplicate-label It follows 'Meta', which has no en text: if it translates that, indent it two spaces more, under 'Meta'. -> 21",
    ]);
    // A second translation right after the first is a plain repeat: keep one.
    const repeated = await parseMarkdownGroup("g.md", MATRIX.replace("  - **en:** Countries with updated manuals", "  - **en:** Countries with updated manuals\n  - **en:** Countries again"));
    expect(repeated.diagnostics.map((d) => d.hint)).toEqual(["Keep one of the two items."]);
  });

  it("an action's section headed ## is said once, and its items are still the action's", async () => {
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("### FLD-1.1", "## FLD-1.1"));
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`)).toEqual([
      "18:1 md-heading-level '## FLD-1.1' heads the section of action FLD-1.1 with ##, an objective's level | Head an action's section with ###: `### FLD-1.1`; ## heads an objective, with its id and title (`## FLD-O1: …`).",
    ]);
    const fixed = await parseMarkdownGroup("g.md", MATRIX);
    expect(doc.value).toEqual(fixed.value);
    // A heading with a title, or an id the table does not have, is an objective's, as before.
    const objective = await parseMarkdownGroup("g.md", MATRIX.replace("### FLD-1.1\n", "## FLD-O2: Compartir\n"));
    expect(objective.diagnostics.map((d) => d.code)).not.toContain("md-heading-level");
  });

  it("names the dash a section heading holds where its id has a hyphen", async () => {
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("### FLD-1.1", "### FLD\u20131.1"));
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.hint}`)).toEqual([
      "18:1 md-section-heading It holds an en dash (–) where an id has a hyphen (as a word processor writes it): `### FLD-1.1`.",
    ]);
    const invisible = await parseMarkdownGroup("g.md", MATRIX.replace("### FLD-1.1", "### FLD-1.1\u200b"));
    expect(invisible.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.hint}`)).toEqual([
      "18:1 md-section-heading It holds a zero-width space (U+200B), which editors do not show: `### FLD-1.1`.",
    ]);
  });

  it("points a table that lacks a required column at its header row", async () => {
    const header = "| Id | Accion2 | Responsables | Socios | Plazo | Prioridad | Protocolo |";
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |", header));
    const missing = doc.diagnostics.filter((d) => d.code === "md-missing-column");
    expect(missing.map(({ message, line, column, endLine, endColumn }) => ({ message, line, column, endLine, endColumn }))).toEqual([
      { message: "the table has no Action column", line: 13, column: 1, endLine: 13, endColumn: header.length + 1 },
    ]);
  });

  it("warns of a later table headed in the other language, whose texts are still read in the matrix's", async () => {
    const english = MATRIX.replace("| Id | Acción | Responsables | Socios | Plazo | Prioridad | Protocolo |", "| Id | Action | Lead | Partners | Timeframe | Priority | Protocol |")
      .replace("- **Title (en):** Regional standards\n", "");
    const copied = `${english}\n## FLD-O2: Compartir alertas\n\n| Id | Acción | Responsables | Plazo |\n|---|---|---|---|\n| FLD-2.1 | Compartir alertas | GT | 2020 |\n`;
    const doc = await parseMarkdownGroup("g.md", copied);
    // The first objective's table is English but its texts are labelled as a Spanish matrix's (`- **en:**`): warned once, in that objective.
    const ownLabel = "20:5 md-own-language-label warning 'en' labels the matrix's own language (English), so the unlabelled 'Países con manuales actualizados' is read as the Spanish text";
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.severity} ${d.message}`)).toEqual([
      ownLabel,
      "26:8 md-table-language warning this table is headed in Spanish, but the matrix is in English (its first table): its unlabelled texts are read as English",
    ]);
    expect((doc.value as { objectives: { actions: { title: unknown }[] }[] }).objectives[1]!.actions[0]!.title).toBe("Compartir alertas");
    expect((await parseMarkdownGroup("g.md", english)).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.severity} ${d.message}`)).toEqual([ownLabel]);
  });

  it("reads a quarter written the Spanish way, T for trimestre, as the Spanish draft prints it", async () => {
    const timeframe = async (cell: string) => {
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace("| 2019-Q3 – 2020 |", `| ${cell} |`));
      expect(doc.diagnostics).toEqual([]);
      const action = GroupSchema.parse(doc.value).objectives[0]!.actions[0]!;
      return `${action.timeframe.start}..${action.timeframe.end} end at ${doc.locate(["objectives", 0, "actions", 0, "timeframe", "end"]).column}`;
    };
    expect(await timeframe("2019-Q3 – 2020")).toBe("2019-Q3..2020 end at 100");
    expect(await timeframe("T3 2019 – T4 2020")).toBe("2019-Q3..2020-Q4 end at 100");
    expect(await timeframe("2019-T3 hasta 2020-t4")).toBe("2019-Q3..2020-Q4 end at 104");
    // As a calendar or a spreadsheet writes them, the forms validate's hint reads in a YAML timeframe.
    expect(await timeframe("2019 q3 - 2020Q4")).toBe("2019-Q3..2020-Q4 end at 100");
    expect(await timeframe("T3-2019 – T4-2020")).toBe("2019-Q3..2020-Q4 end at 100");
    // Without a space: the quarter's digit is not the year's first.
    expect(await timeframe("Q32019 – Q42020")).toBe("2019-Q3..2020-Q4 end at 99");
  });

  it("reads High and alta as high, and keeps a priority that is neither as typed for the schema to quote", async () => {
    const priority = async (cell: string) => {
      const doc = await parseMarkdownGroup("g.md", MATRIX.replace("| alta |", `| ${cell} |`));
      return (doc.value as { objectives: { actions: { priority?: string }[] }[] }).objectives[0]!.actions[0]!.priority;
    };
    expect(await priority("alta")).toBe("high");
    expect(await priority("High")).toBe("high");
    expect(await priority("URGENTE")).toBe("URGENTE");
  });

  it("refuses content it could not keep, and a file without front matter", async () => {
    const doc = await parseMarkdownGroup("g.md", "# Working group 2\n\n> a quote\n");
    expect(doc.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(["1 md-front-matter", "1 md-heading-id", "3 md-unexpected-content"]);
  });

  it("names a block a matrix has no place for as its writer would: a code block, a quotation, a horizontal rule", async () => {
    const head = "---\ngroup: field\ntheme: field-operations\n---\n\n## FLD-O1: Standards\n\n| Id | Action | Lead | Timeframe |\n|---|---|---|---|\n| FLD-1.1 | Adopt standards | MX | 2020 |\n\n";
    const messages = async (block: string) => (await parseMarkdownGroup("g.md", head + block)).diagnostics.filter((d) => d.code === "md-unexpected-content").map((d) => d.message);
    expect(await messages("```\nsome code\n```\n")).toEqual(["a code block after the table, outside an action's section (`### FLD-1.1`)"]);
    expect(await messages("> a quote\n")).toEqual(["a quotation (>) after the table, outside an action's section (`### FLD-1.1`)"]);
    expect(await messages("***\n")).toEqual(["a horizontal rule (---) after the table, outside an action's section (`### FLD-1.1`)"]);
  });

  it("says a second table under an objective is one, its rows unread, and where its rows go", async () => {
    const head = "---\ngroup: field\ntheme: field-operations\n---\n\n## FLD-O1: Standards\n\n| Id | Action | Lead | Timeframe |\n|---|---|---|---|\n| FLD-1.1 | Adopt standards | MX | 2020 |\n\n";
    const doc = await parseMarkdownGroup("g.md", `${head}| Id | Action | Lead | Timeframe |\n|---|---|---|---|\n| FLD-1.2 | Agree guidelines | GT | 2021 |\n`);
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`)).toEqual([
      "12:1 md-unexpected-content objective FLD-O1 already has a table: this second table's rows are not read | Move its rows into the table above (one table an objective), or give them an objective of their own, under a heading `## <new id>: …` above them.",
    ]);
  });

  it("says a front matter's YAML mistakes at the file's lines, in the message's words too: the line a message names is the file's", async () => {
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace("group: field-operations\n", "group: field-operations\nparticipants:\n  - {country: GT}\n   - {country: HN}\n"));
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.message} | ${d.related?.map((r) => `${r.line}:${r.column}`).join(", ")}`)).toEqual([
      "5:4 this list item lines up with no item above it (column 4; the item on line 4 is at column 3) | 4:3",
    ]);
  });

  it("says a front matter never closed is that, not missing: the second --- is what to add", async () => {
    const doc = await parseMarkdownGroup("g.md", "---\ngroup: field\ntheme: field-operations\n\n## FLD-O1: Standards\n");
    expect(doc.diagnostics.find((d) => d.code === "md-front-matter")).toMatchObject({
      line: 1, column: 1, endColumn: 4, message: "the front matter opened by the `---` on line 1 is never closed", hint: "End the group's details with a `---` line of its own, before the first heading.",
    });
    const longer = await parseMarkdownGroup("g.md", "---\ngroup: field\n----\n\n## FLD-O1: Standards\n");
    expect(longer.diagnostics.find((d) => d.code === "md-front-matter")?.hint).toBe("Close it with a line of exactly three dashes, `---`: a `----` line does not.");
  });

  it("says a front matter whose closing or opening --- is lost once: its YAML comments are not each an objective heading without an id", async () => {
    const details = "# Working group 2: Field operations\n# Grupo de trabajo 2\n#\ngroup: field\ntheme: field-operations\n\n# roles: prosecutor, other\n";
    const body = "\n## FLD-O1: Standards\n\n| Id | Action | Lead | Timeframe |\n|---|---|---|---|\n| FLD-1.1 | Adopt standards | MX | 2020 |\n";
    const said = async (text: string) => (await parseMarkdownGroup("g.md", text)).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint}`);
    expect(await said(`---\n${details}${body}`)).toEqual([
      "1:1 md-front-matter the front matter opened by the `---` on line 1 is never closed | End the group's details with a `---` line of its own, before the first heading.",
    ]);
    expect(await said(`${details}---\n${body}`)).toEqual([
      "1:1 md-front-matter the front matter has no opening `---`: the group's details above the `---` line are read as Markdown | Add a line of three dashes, `---`, as the file's first line.",
    ]);
    // The objectives below are still read.
    expect((await parseMarkdownGroup("g.md", `${details}---\n${body}`)).value).toMatchObject({ objectives: [{ id: "FLD-O1", actions: [{ id: "FLD-1.1" }] }] });
    // A heading without an id, with no front matter at all, is still said to be one.
    expect(await said(`# Working group 2\n${body}`)).toEqual([
      "1:1 md-front-matter the file has no front matter (the group's details between two `---` lines) | Start the file with the group's details between two `---` lines: `group:`, `theme:`, `facilitator:`, …",
      "1:1 md-heading-id the objective heading 'Working group 2' does not start with an id | The group's name and details go in the front matter; each `#` or `##` heading is an objective: `## FLD-O1: Title`.",
    ]);
  });

  it("says a front matter in TOML between +++ lines, as Hugo writes it, is that: the details are YAML between --- lines", async () => {
    const doc = await parseMarkdownGroup("g.md", '+++\ngroup = "field"\ntheme = "field-operations"\n\n[facilitator]\norganization = "IOM"\n+++\n\n## FLD-O1: Standards\n');
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.code} ${d.message} | ${d.hint}`)).toEqual([
      "1:1-4 md-front-matter the front matter is TOML between `+++` lines, as Hugo writes it: the group's details are YAML between two `---` lines | Write the group's details as YAML between two `---` lines: `group: field-operations` for `group = \"field-operations\"`, and `facilitator:` with its keys indented under it for `[facilitator]`.",
    ]);
  });
});

describe("a no-break space where Markdown needs a space (Option+Space on a Mac, after a # or | typed with Option)", () => {
  const NBSP = "\u00a0";
  const spaced = async (from: string, to: string) => {
    expect(MATRIX).toContain(from);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace(from, to));
    return { value: doc.value, said: sortDiagnostics(doc.diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`) };
  };
  const clean = async () => (await parseMarkdownGroup("g.md", MATRIX)).value;

  it("after a heading's #s, a list item's - or in the |---| line is said once, there, and the matrix read as meant", async () => {
    const cases: [string, string, string][] = [
      ["## FLD-O1:", `##${NBSP}FLD-O1:`, "7:3 md-no-break-space a no-break space after the heading's ##, where Markdown needs an ordinary space: it reads this line as text"],
      ["### FLD-1.1", `###${NBSP}FLD-1.1`, "18:4 md-no-break-space a no-break space after the heading's ###, where Markdown needs an ordinary space: it reads this line as text"],
      ["- **Indicador:**", `-${NBSP}**Indicador:**`, "20:2 md-no-break-space a no-break space after the list item's -, where Markdown needs an ordinary space: it reads this line as text"],
      ["|----|--------|", `|----|${NBSP}--------|`, "14:7 md-no-break-space a no-break space in the table's |---| line, where Markdown needs an ordinary space: it reads the table as text"],
    ];
    for (const [from, to, said] of cases) expect(await spaced(from, to)).toEqual({ value: await clean(), said: [said] });
    // CRLF line ends too.
    const crlf = await parseMarkdownGroup("g.md", MATRIX.replace("## FLD-O1:", `##${NBSP}FLD-O1:`).replace(/\n/g, "\r\n"));
    expect(crlf.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(["7:3 md-no-break-space"]);
  });

  it("is a text's own elsewhere, and the front matter's YAML is left to the YAML reader", async () => {
    const comment = await spaced("group: field-operations\n", `#${NBSP}Grupo 2\ngroup: field-operations\n`);
    expect(comment).toEqual({ value: await clean(), said: [] });
    const description = await spaced("Reglas mínimas comunes.", `Reglas${NBSP}mínimas comunes.`);
    expect(description.said).toEqual([]);
    expect(JSON.stringify(description.value)).toContain(`Reglas${NBSP}mínimas`);
  });
});

describe("a heading whose #s lost their space (`##FLD-O1: …`), which Markdown reads as a paragraph", () => {
  const unspaced = async (from: string, to: string) => {
    expect(MATRIX).toContain(from);
    const doc = await parseMarkdownGroup("g.md", MATRIX.replace(from, to));
    return { value: doc.value, said: sortDiagnostics(doc.diagnostics).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), hints: doc.diagnostics.map((d) => d.hint) };
  };

  it("is said once, after the #s, and read as the objective's or the section's heading it was meant to be", async () => {
    const clean = (await parseMarkdownGroup("g.md", MATRIX)).value;
    const objective = await unspaced("## FLD-O1:", "##FLD-O1:");
    expect(objective.said).toEqual(["7:3 md-heading-space '##FLD-O1: Normas regionales de *interdicción*' has no space after its ##: Markdown reads the line as a paragraph, not a heading"]);
    expect(objective.hints).toEqual(["Put a space after the #s: `## FLD-O1: Normas regionales de *interdicción*`."]);
    expect(objective.value).toEqual(clean);
    const section = await unspaced("### FLD-1.1", "###FLD-1.1");
    expect(section.said).toEqual(["18:4 md-heading-space '###FLD-1.1' has no space after its ###: Markdown reads the line as a paragraph, not a heading"]);
    expect(section.value).toEqual(clean);
    // One #, as an objective may be headed; ### for an objective, as the heading-level check then says.
    expect((await unspaced("## FLD-O1:", "#FLD-O1:")).value).toEqual(clean);
    const deeper = await unspaced("## FLD-O1:", "###FLD-O1:");
    expect(deeper.said.map((said) => said.split(" ").slice(0, 2).join(" "))).toEqual(["7:1 md-heading-level", "7:4 md-heading-space"]);
    expect(deeper.value).toEqual(clean);
  });

  it("is a description's own text where no id follows the #s, or where the line goes on", async () => {
    const hashtag = await unspaced("Reglas mínimas comunes.", "##Reglas mínimas comunes.");
    expect(hashtag.said).toEqual([]);
    expect(JSON.stringify(hashtag.value)).toContain("##Reglas mínimas comunes.");
    for (const text of ["#1 Reglas mínimas comunes.", "#1: Reglas", "#FLD-O1 sin dos puntos", "##2030 Reglas mínimas comunes. FLD-1.1", "##Reglas2030 mínimas", "###2030"]) {
      expect((await unspaced("Reglas mínimas comunes.", text)).said, text).toEqual([]);
    }
    const twoLines = await unspaced("Reglas mínimas comunes.", "###FLD-9.9\nReglas mínimas comunes.");
    expect(twoLines.said).toEqual([]);
  });

  it("is a description's hashtag after one # where the id does not start as its objective's (`#COVID-19: …` under FLD-O1)", async () => {
    const hashtag = await unspaced("Reglas mínimas comunes.", "#COVID-19: reglas mínimas comunes.");
    expect(hashtag.said).toEqual([]);
    expect(JSON.stringify(hashtag.value)).toContain("#COVID-19: reglas mínimas comunes.");
    // One # before the first objective, where a description has no place, is still its heading.
    expect((await unspaced("## FLD-O1:", "#FLD-O1:")).said.map((said) => said.split(" ").slice(0, 2).join(" "))).toEqual(["7:2 md-heading-space"]);
  });
});
