/**
 * The mistakes people make in a YAML group file, said in their own words and at the line at
 * fault: each case is the shipped intelligence group with one line changed, as a group member
 * would change it, and what `plan validate` then says.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFastYaml } from "../../src/parse/fast-yaml.js";
import { parseYaml } from "../../src/parse/yaml.js";
import { REPO, runPlan } from "../helpers/run.js";
import { FUZZ_SCALE, shippedGroupsInBothForms } from "../robustness/shipped-groups.js";

const SHIPPED = readFileSync(new URL("../../plans/rcm-smuggling/groups/1-intelligence.yaml", import.meta.url), "utf8");
const TITLE = "      en: Generate and manage actionable intelligence by country and between countries";

/** The one diagnostic of the shipped group with `from` replaced by `to`. */
function problem(from: string, to: string) {
  expect(SHIPPED).toContain(from);
  const { diagnostics } = parseYaml("g.yaml", SHIPPED.replace(from, to));
  expect(diagnostics).toHaveLength(1);
  const [d] = diagnostics;
  return { at: `${d!.line}:${d!.column}`, message: d!.message, hint: d!.hint, related: d!.related?.map((r) => `${r.line}:${r.column} ${r.message}`) };
}

describe("a key without its colon", () => {
  it("at the top level: at the line, with the line as it should read", () => {
    expect(problem("theme: intelligence", "theme intelligence")).toEqual({
      at: "3:1",
      message: "'theme intelligence' has no colon: YAML expects a key here, written key: value",
      hint: "Write a colon after the key: `theme: intelligence`.",
      related: undefined,
    });
  });

  it("a colon without a space after it, at the colon, with the line as it should read: after a text of its mapping, and an item's", () => {
    expect(problem("theme: intelligence", "theme:intelligence")).toEqual({
      at: "3:6",
      message: "no space after the colon of 'theme': YAML reads 'theme:intelligence' as one text, not a key and its value",
      hint: "Write a space after the colon: `theme: intelligence`.",
      related: undefined,
    });
    expect(problem("        priority: high", "        priority:high")).toMatchObject({ at: "50:17", hint: "Write a space after the colon: `priority: high`." });
    // Below a text's `en: >-`, where a line no deeper than its key had been told to be indented as the text.
    expect(problem("        lead: [MX, IOM]", "        lead:[MX, IOM]")).toMatchObject({ at: "47:13", hint: "Write a space after the colon: `lead: [MX, IOM]`." });
    expect(problem("      - id: INT-1.1", "      - id:INT-1.1")).toMatchObject({ at: "32:11", hint: "Write a space after the colon: `- id: INT-1.1`." });
  });

  it("the line as it should read keeps a # that reads as more of the text, in quotes", () => {
    expect(problem("theme: intelligence", "theme intelligence #2")).toMatchObject({ at: "3:1", hint: 'Write a colon after the key: `theme: "intelligence #2"`.' });
    expect(problem("theme: intelligence", "theme intelligence # agreed")).toMatchObject({ at: "3:1", hint: "Write a colon after the key: `theme: intelligence`." });
  });

  it("a key whose value is the list below it", () => {
    expect(problem("    actions:\n", "    actions\n")).toMatchObject({ at: "31:5", hint: "Write a colon after the key: `actions:`." });
  });

  it("the first key of a list item", () => {
    expect(problem("      - id: INT-1.1", "      - id INT-1.1")).toMatchObject({ at: "32:9", hint: "Write a colon after the key: `- id: INT-1.1`." });
  });

  it("a key before a mapping or list on its line, or before a block text", () => {
    expect(problem("        timeframe: {start: 2019-Q1, end: 2020-Q4}", "        timeframe {start: 2019-Q1, end: 2020-Q4}")).toMatchObject({
      at: "49:9",
      hint: "Write a colon after the key: `timeframe: {start: 2019-Q1, end: 2020-Q4}`.",
    });
    expect(problem("          es: >-\n            Crear o fortalecer", "          es >-\n            Crear o fortalecer")).toMatchObject({ at: "35:11", hint: "Write a colon after the key: `es: >-`." });
  });

  it("a colon that only looks like one (an East Asian keyboard's full-width colon) is said at that character, not told to add a colon after it", () => {
    expect(problem("        priority: high", "        priority\uff1a high")).toEqual({
      at: "50:17",
      message: "the colon after 'priority' is a full-width colon (：), as an East Asian keyboard types it: YAML reads only ':' as a colon",
      hint: "Type an ordinary colon: `priority: high`.",
      related: undefined,
    });
    expect(problem("  - id: INT-O1", "  - id \u2236 INT-O1")).toMatchObject({ at: "20:8", hint: "Type an ordinary colon: `- id: INT-O1`." });
  });

  it("a text on its own line under its key, which another key follows: that text lost its colon", () => {
    expect(problem(TITLE, "      en Generate and manage intelligence")).toMatchObject({
      at: "22:7",
      message: "'en Generate and manage intelligence' has no colon: YAML expects a key here, written key: value",
    });
  });
});

describe("a key indented off its neighbours: at the key, not a line above where the parser gave up", () => {
  it("deeper than the key above it, with that key as the related place", () => {
    expect(problem("    title:\n      en: Generate", "     title:\n      en: Generate")).toEqual({
      at: "21:6",
      message: "'title' is indented more than 'id' on the line above (column 6, not 5)",
      hint: "Keys of one mapping start in the same column: move 'title' to column 5, under 'id'.",
      related: ["20:5 'id' starts here"],
    });
  });

  it("in no column of the keys above: pointed to the nearest", () => {
    expect(problem("  organization: IOM", "   organization: IOM")).toEqual({
      at: "8:4",
      message: "'organization' lines up with no key above it (column 4; 'name' is at column 3, 'es' at column 5)",
      hint: "Keys of one mapping start in the same column: move it to column 3, in line with 'name', or to column 5, in line with 'es'.",
      related: ["5:3 'name' starts here"],
    });
  });

  it("as near to the nested mapping's keys as to the outer ones: both are named, as either is a space off", () => {
    // A space lost from `es`: moved to 'description' alone, the file would read without error, es a key of the objective.
    expect(problem("      es: >-\n        Pasar", "     es: >-\n        Pasar")).toEqual({
      at: "28:6",
      message: "'es' lines up with no key above it (column 6; 'description' is at column 5, 'en' at column 7)",
      hint: "Keys of one mapping start in the same column: move it to column 5, in line with 'description', or to column 7, in line with 'en'.",
      related: ["24:5 'description' starts here"],
    });
  });

  it("the first key of a mapping out of line with the keys after it: at that first key, the one line to move", () => {
    expect(problem("group: intelligence", " group: intelligence")).toEqual({
      at: "2:2",
      message: "'group', the first key of its mapping, is at column 2, and the keys after it ('theme' on line 3, …) at column 1",
      hint: "Keys of one mapping start in the same column: move 'group' to column 1, in line with 'theme' and the keys after it.",
      related: ["3:1 'theme' starts here"],
    });
    expect(problem("      - id: INT-1.1", "      -  id: INT-1.1")).toMatchObject({ at: "32:10", hint: "Write the item's line so that 'id' stands at column 9, in line with 'title' and the keys after it." });
    expect(problem("  - id: INT-O1", " - id: INT-O1")).toMatchObject({ at: "20:4", hint: "Write the item's line so that 'id' stands at column 5, in line with 'title' and the keys after it." });
  });

  it("a list item's line left of its other keys, which agree with each other: at the item's line", () => {
    expect(problem("  - id: INT-O1", "- id: INT-O1")).toEqual({
      at: "20:3",
      message: "'id', the first key of this list item, is at column 3, and the item's other keys ('title' on line 21, …) at column 5",
      hint: "Indent the item's line 2 more, so that 'id' stands in line with its other keys: `  - id: INT-O1`.",
      related: ["21:5 'title' starts here"],
    });
  });

  it("the item's line as it should read moves its - and its key as far, whatever the space between them", () => {
    expect(problem("  - id: INT-O1", "-  id: INT-O1")).toMatchObject({ at: "20:4", hint: "Indent the item's line 1 more, so that 'id' stands in line with its other keys: ` -  id: INT-O1`." });
  });

  it("a key moved with its own entries, or a list item's line a space left of its keys, is not taken for a first key out of line", () => {
    expect(problem("    title:\n      en: Generate", "      title:\n      en: Generate")).toMatchObject({ at: "21:7" });
    expect(problem("          - text:\n", "         - text:\n")).toMatchObject({ at: "56:13" });
  });

  it("in the column of a list's -, where the item's keys are deeper", () => {
    expect(problem("      - id: INT-1.1", "      - id: INT-1.1\n      lead: IOM")).toEqual({
      at: "33:7",
      message: "'lead' stands in the column of the list's - (column 7), not with the item's keys (column 9)",
      hint: "Indent 'lead' to column 9, under 'id'; or, to start a new item, write `- lead:`.",
      related: ["32:9 'id' starts here"],
    });
  });

  it("a language key deeper than the one above it is a key out of place, not the text going on", () => {
    expect(problem("    title:\n      en: Generate", "    title:\n     en: Generate")).toMatchObject({ at: "23:7", message: "'es' is indented more than 'en' on the line above (column 7, not 6)" });
  });
});

describe("a block text's lines out of place", () => {
  it("a line left of the text's first line: at the line, with the first line as the related place", () => {
    expect(problem("            Crear o fortalecer en cada país miembro", "             Crear o fortalecer en cada país miembro")).toEqual({
      at: "37:13",
      message: "this line of the text under 'es' starts at column 13, left of the text's first line (line 36, column 14)",
      hint: "Start the text's lines in one column: this one at column 14, or line 36 at column 13.",
      related: ["36:14 the text's first line starts here"],
    });
  });

  it("the text no deeper than its key", () => {
    expect(problem("          en: >-\n            Each country", "            en: >-\n            Each country")).toEqual({
      at: "40:13",
      message: "the text under 'en: >-' must be indented more than 'en' (column 13); it is at column 13",
      hint: "Indent the text's lines to column 15.",
      related: undefined,
    });
  });

  it("the key after a block text a space deeper than the one before it: the key, not a line of that text", () => {
    expect(problem("          es: >-\n            Cada país", "           es: >-\n            Cada país")).toEqual({
      at: "43:12",
      message: "'es' is indented more than 'en', whose text is above it (column 12, not 11)",
      hint: "Keys of one mapping start in the same column: move 'es' to column 11, under 'en'.",
      related: ["39:11 'en' starts here"],
    });
  });
});

describe("a list item out of place", () => {
  it("an item in no column of the items above", () => {
    expect(problem("  - {country: GT, role: investigator}", "   - {country: GT, role: investigator}")).toEqual({
      at: "12:4",
      message: "this list item lines up with no item above it (column 4; the item on line 11 is at column 3)",
      hint: "Items of one list start in the same column: move it to column 3, in line with the item on line 11, or to the column of the items it belongs with.",
      related: ["11:3 an item of the list starts here"],
    });
  });

  it("a line among the items of a list without its -", () => {
    expect(problem("  - {country: GT, role: investigator}", "    {country: GT, role: investigator}")).toEqual({
      at: "12:5",
      message: "this line has no -, where the item above it has one (column 3)",
      hint: "Write it as an item: `- {country: GT, role: investigator}`, its - in column 3.",
      related: undefined,
    });
  });

  it("the first item of a list without its -, so that its keys make a mapping: at the next item, naming the first", () => {
    expect(problem("      - id: INT-1.1", "        id: INT-1.1")).toEqual({
      at: "72:7",
      message: "this list item stands under 'actions', whose first entry (line 32) is a key, not an item",
      hint: "If line 32 starts an item too, write it with its -: `- id: INT-1.1`.",
      related: ["32:9 the first entry of 'actions'"],
    });
  });

  it("a - without the space after it", () => {
    expect(problem("      - id: INT-1.1", "      -id: INT-1.1")).toEqual({ at: "32:7", message: "the - that starts a list item needs a space after it", hint: "Write `- id: INT-1.1`.", related: undefined });
    expect(problem("  - {country: GT, role: investigator}", "  -{country: GT, role: investigator}")).toMatchObject({ at: "12:3", hint: "Write `- {country: GT, role: investigator}`." });
  });
});

describe("a text YAML reads as more than text: at the character, with the text quoted", () => {
  it("a colon and a space inside the text", () => {
    expect(problem(TITLE, "      en: Objective: generate and manage intelligence")).toEqual({
      at: "22:20",
      message: "the colon and space after 'Objective' make YAML read it as a key inside the text",
      hint: 'Put the whole text in quotes: `en: "Objective: generate and manage intelligence"`.',
      related: undefined,
    });
    expect(problem(TITLE, "      en: Objectives:")).toMatchObject({ at: "22:21", message: "the colon at the end makes YAML read 'Objectives' as a key inside the text" });
  });

  it("the quoted line keeps a # that reads as more of the text, and leaves out a comment written as one", () => {
    expect(problem(TITLE, "      en: Phase: unit #2 in each country")).toMatchObject({ hint: 'Put the whole text in quotes: `en: "Phase: unit #2 in each country"`.' });
    expect(problem(TITLE, "      en: Phase: unit #2 # agreed")).toMatchObject({ hint: 'Put the whole text in quotes: `en: "Phase: unit #2"`.' });
  });

  it("a colon on a line the text goes on to", () => {
    expect(problem(TITLE, "      en: Generate and manage intelligence,\n        in particular: by country")).toEqual({
      at: "23:22",
      message: "the text of 'en' goes on to this line, where the colon and space after 'in particular' make YAML read it as a key",
      hint: "Put the whole text in quotes, from 'en' to the end of this line.",
      related: undefined,
    });
  });

  it("a colon and a space inside a text of a mapping written on one line", () => {
    expect(problem("rapporteur: {name: {en: Delegation of El Salvador,", "rapporteur: {name: {en: Delegation: of El Salvador,")).toEqual({
      at: "9:35",
      message: "the colon and space after 'Delegation' make YAML read it as a key inside the text of 'en'",
      hint: 'Put that text in quotes: `en: "Delegation: of El Salvador"`.',
      related: undefined,
    });
  });

  it("a character typed before a block text's header is to be removed, not quoted", () => {
    expect(problem("          es: >-\n            Cada país", "          es: *>-\n            Cada país")).toMatchObject({
      at: "43:15",
      hint: "Remove the * before >-: `es: >-`.",
    });
  });

  it("an id starting with *, an alias of no anchor, is a text to quote", () => {
    expect(problem("      - id: INT-1.1", "      - id: *INT-1.1")).toEqual({
      at: "32:13",
      message: "a text cannot start with * unless it is quoted: YAML reads * here as an alias (a reference to an anchor)",
      hint: 'Put the whole text in quotes: `- id: "*INT-1.1"`.',
      related: undefined,
    });
  });

  it("anchors and the aliases that name them, around the text that starts with *, are read as written", () => {
    const at = (text: string) => parseYaml("g.yaml", text).diagnostics.map((d) => `${d.line}:${d.column} ${d.hint}`);
    const quote = (line: number, written: string) => [`${line}:4 Put the whole text in quotes: \`${written}\`.`];
    // Unresolved: the alias of no anchor, not the file's first alias or the anchor above it.
    expect(at("group: x\ntheme: &t intelligence\nx: *t\ny: *Urgent\n")).toEqual(quote(4, 'y: "*Urgent"'));
    expect(at("group: x\ntheme: &t intelligence\nx: *Urgent\ny: 2\n")).toEqual(quote(3, 'x: "*Urgent"'));
    // A syntax error: the anchor and the alias on the lines above it are no part of it.
    expect(at("group: x\ntheme: &t intelligence\nx: *t\ny: *Urgent* now\n")).toEqual(quote(4, 'y: "*Urgent* now"'));
  });

  it("several keys on one line without their braces", () => {
    expect(problem("  - {country: GT, role: investigator}", "  - country: GT, role: investigator")).toMatchObject({
      at: "12:22",
      hint: 'Put the whole text in quotes: `- country: "GT, role: investigator"`; or, for several keys on one line, put them in braces: `- {country: GT, role: investigator}`.',
    });
  });

  it.each([
    ["*", "*Actionable* intelligence by country", "an alias (a reference to an anchor)"],
    ["[", "[Draft] Generate and manage intelligence", "the start of a list"],
    ["!", "!Important: generate intelligence", "a tag"],
    ["@", "@RCM generates intelligence", "a reserved character"],
    ["-", "- Generate and manage intelligence", "a list item"],
    [">", "> 10 member countries by the end of 2020", "the start of a block text"],
    ["|", "| Country | Unit |", "the start of a block text"],
  ])("a text starting with %s", (first, text, meaning) => {
    expect(problem(TITLE, `      en: ${text}`)).toEqual({
      at: "22:11",
      message: `a text cannot start with ${first} unless it is quoted: YAML reads ${first} here as ${meaning}`,
      hint: `Put the whole text in quotes: \`en: "${text}"\`.`,
      related: undefined,
    });
  });

  it("Spanish survives the suggestion: accents, ñ and ¿¡ as written", () => {
    const es = "      es: Generar y gestionar inteligencia accionable por país y entre países";
    expect(problem(es, "      es: *Niñez* migrante: ¿cómo protegerla?")).toMatchObject({ hint: 'Put the whole text in quotes: `es: "*Niñez* migrante: ¿cómo protegerla?"`.' });
  });
});

describe("a # that cuts a text short", () => {
  const comment = (line: string) => parseYaml("g.yaml", SHIPPED.replace(TITLE, line));

  it("a # the text goes on with is a warning at the words left out, and the value is the same in both readers", () => {
    const text = SHIPPED.replace(TITLE, "      en: Generate and manage #2 actionable intelligence");
    const doc = parseYaml("g.yaml", text);
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.severity} ${d.code}`)).toEqual(["22:31-57 warning comment-in-text"]);
    expect(doc.diagnostics[0]!.message).toBe("the text stops before '#2 actionable intelligence': after a space or a tab, # starts a comment in YAML, which is not part of the text");
    expect((doc.value as { objectives: { title: { en: string } }[] }).objectives[0]!.title.en).toBe("Generate and manage");
    // The fast reader leaves such a file to the yaml package, which warns.
    expect(parseFastYaml(text)).toBeUndefined();
  });

  it("a # that ends a text going on over lines: at the #, not at the line left standing", () => {
    expect(problem(TITLE, "      en: Generate #2 and\n        manage intelligence")).toEqual({
      at: "22:20",
      message: "this # starts a comment, which ends the text of 'en' here: the line below it is then no part of it",
      hint: "Put the whole text in quotes to keep the # in it, or write the comment on a line of its own.",
      related: undefined,
    });
  });

  it("a comment written as one, or a # in quotes, says nothing", () => {
    expect(comment(`${TITLE} # wording agreed on day 2`).diagnostics).toEqual([]);
    expect(comment(`${TITLE} ## TODO`).diagnostics).toEqual([]);
    expect(comment('      en: "Generate and manage #2 actionable intelligence"').diagnostics).toEqual([]);
    expect(comment("      en: Generate and manage#2").diagnostics).toEqual([]);
  });
});

describe("a long line quoted in a message", () => {
  it("is clipped before an emoji its cut would split, not between the emoji's two code units", () => {
    const long = `theme intelligence ${"a".repeat(79)}\u{1F600} end`;
    const { message } = problem("theme: intelligence", long);
    expect(message).toBe(`'theme intelligence ${"a".repeat(79)}…' has no colon: YAML expects a key here, written key: value`);
  });
});

describe("a no-break space where YAML needs a space (copied from a web page or Word, or Option+Space on a Mac)", () => {
  const NBSP = "\u00a0";
  const HINT = "Type an ordinary space there: a no-break space looks the same (it comes with text copied from a web page or a Word document, or on a Mac with Option+Space).";
  const said = (at: string, where: string) => ({ at, message: `a no-break space ${where}, where YAML needs an ordinary space: YAML reads it as part of the text`, hint: HINT, related: undefined });

  it("is said at the character, not as a key out of line or without its colon on the line below, with the invisible character in its quote", () => {
    expect(problem("        lead: [MX, IOM]", `${NBSP}       lead: [MX, IOM]`)).toEqual(said("47:1", "in the indentation"));
    expect(problem("        lead: [MX, IOM]", `       ${NBSP}lead: [MX, IOM]`)).toEqual(said("47:8", "in the indentation"));
    expect(problem("        lead: [MX, IOM]", `        lead:${NBSP}[MX, IOM]`)).toEqual(said("47:14", "after the key's colon"));
    expect(problem("theme: intelligence", `theme:${NBSP}intelligence`)).toEqual(said("3:7", "after the key's colon"));
    expect(problem("      - id: INT-1.1", `      -${NBSP}id: INT-1.1`)).toEqual(said("32:8", "after the list item's -"));
  });

  it("inside a text is the text's own", () => {
    expect(parseYaml("g.yaml", SHIPPED.replace(TITLE, `      en: Generate${NBSP}and manage:${NBSP}actionable`)).diagnostics).toEqual([]);

  });

  it("in a text's line above a slip is the text's own: the slip is said, not the no-break space", () => {
    const description = "        Move from isolated seizures";
    const broken = SHIPPED.replace(description, `        Scope:${NBSP}national. Move from isolated seizures`).replace("      es: >-\n        Pasar", "      es >-\n        Pasar");
    const diagnostics = parseYaml("g.yaml", broken).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    expect(diagnostics).toEqual(["28:7 'es >-' has no colon: YAML expects a key here, written key: value"]);
    const plain = SHIPPED.replace(TITLE, `${TITLE}\n        Scope:${NBSP}national`).replace("    description:\n      en: >-\n        Move", "    description\n      en: >-\n        Move");
    expect(parseYaml("g.yaml", plain).diagnostics.map((d) => d.message)).not.toContainEqual(expect.stringContaining("no-break space"));
  });
});

describe("files the yaml package reads without a problem get no guess", () => {
  it("a text over several lines, block texts holding colons, and a list at its key's column", () => {
    const text = [
      "title:",
      "  en: Generate and",
      "    manage intelligence",
      "  es: >-",
      "    Nota: un texto en bloque",
      "      con: dos puntos",
      "partners:",
      "- IOM",
      "- UNODC",
      "",
    ].join("\n");
    expect(parseYaml("g.yaml", text).diagnostics).toEqual([]);
  });
});

describe("slips anywhere in the shipped groups", () => {
  /** The slips a hand makes on one line of a YAML file, as the fuzz that found most of the cases above made them. */
  const SLIPS: Record<string, (line: string) => string> = {
    "a space more": (line) => line.replace(/^( *)/, "$1 "),
    "a space less": (line) => line.replace(/^( *) /, "$1"),
    "two spaces more": (line) => line.replace(/^( *)/, "$1  "),
    "the colon lost": (line) => line.replace(": ", " "),
    "the dash's space lost": (line) => line.replace("- ", "-"),
    "the dash lost": (line) => line.replace(/^( *)- /, "$1  "),
    "a * typed before a value": (line) => line.replace(/: (\S)/, ": *$1"),
    "a colon typed into a text": (line) => line.replace(/(\w) (\w)/, "$1: $2"),
  };

  it("are said in plain words, inside the file, never in the yaml package's own (which start with a capital)", async () => {
    const groups = (await shippedGroupsInBothForms()).map((group) => group.yaml);
    const slip = fc.record({ group: fc.nat(groups.length - 1), line: fc.nat(), kind: fc.constantFrom(...Object.keys(SLIPS)) });
    fc.assert(
      fc.property(slip, ({ group, line, kind }) => {
        const lines = groups[group]!.split("\n");
        const at = line % lines.length;
        const slipped = SLIPS[kind]!(lines[at]!);
        fc.pre(slipped !== lines[at] && !/^\s*(#|$)/.test(lines[at]!));
        lines[at] = slipped;
        for (const d of parseYaml("g.yaml", lines.join("\n")).diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines.length);
          if (d.code === "yaml-syntax") expect(d.message, `${kind} on line ${at + 1}: ${slipped.trim()}`).not.toMatch(/^[A-Z]/);
        }
      }),
      { numRuns: 200 * FUZZ_SCALE, seed: 20261130 },
    );
  });
});

describe("the README's examples", () => {
  /** A plan from plan init in a folder of its own, and a way to make a slip in one of its group files. */
  async function initPlan() {
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-"));
    expect((await runPlan(["init", "my-plan"], dir)).exitCode).toBe(0);
    const slip = (file: string, from: string, to: string) => {
      const at = path.join(dir, "my-plan/groups", file);
      const text = readFileSync(at, "utf8");
      expect(text).toContain(from);
      writeFileSync(at, text.replace(from, to));
    };
    return { dir, slip };
  }
  /** The output the README shows under `$ plan validate my-plan`, after `heading`. */
  const readmeOutput = (heading: string) => {
    const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
    return new RegExp(`${heading}[\\s\\S]*?\\$ plan validate my-plan\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
  };

  it("is what plan validate says of a plan whose field-operations matrix went to Markdown, after the two slips it names", async () => {
    const { dir, slip } = await initPlan();
    const converted = await runPlan(["convert", "my-plan/groups/2-field-operations.yaml", "--to", "md", "-o", "my-plan/groups/2-field-operations.md"], dir);
    expect(converted.exitCode).toBe(0);
    rmSync(path.join(dir, "my-plan/groups/2-field-operations.yaml"));
    slip("1-intelligence.yaml", "protocol: [SOM-10.4]", "protocol: [SOM-6.9]");
    slip("2-field-operations.md", "| ALL  | IOM      |", "| ALL  | IOM, CO  |");
    const { stdout, exitCode } = await runPlan(["validate", "my-plan"], dir);
    expect(exitCode).toBe(1);
    expect(stdout).toBe(readmeOutput("### Checking a plan: `plan validate`"));
  });

  it("is what plan validate says of a plan from plan init after the three slips it names", async () => {
    const { dir, slip } = await initPlan();
    slip("3-detention-alternatives.yaml", "\ntheme: detention-alternatives", "\ntheme detention-alternatives");
    slip("4-migration-solutions.yaml", "        lead: [ALL]", "         lead: [ALL]");
    slip("5-prevention-assistance.yaml", "          es: >-\n            Adoptar lineamientos regionales para la protección de víctimas de delitos asociados al\n            tráfico ilícito\n", "          es: Campaña: ¿sabe usted quién lo lleva?\n");
    const { stdout, exitCode } = await runPlan(["validate", "my-plan"], dir);
    expect(exitCode).toBe(1);
    expect(stdout).toBe(readmeOutput("The YAML slips people make most"));
  });
});

describe("a bracket out of place", () => {
  it("a closing bracket with no opening one, at the bracket, not the package's 'unexpected token'", () => {
    expect(problem("        lead: [MX, IOM]", "        lead: [MX, IOM]]")).toEqual({ at: "47:24", message: "this ] closes no [", hint: "Delete it, or open what it closes with [.", related: undefined });
    expect(problem("        partners: [ALL, UNODC]", "        partners: [ALL, UNODC]]")).toMatchObject({ at: "48:31", message: "this ] closes no [" });
  });
});

describe("a comma inside { } that ends a text", () => {
  const TITLE_LINES = "        title:\n          en: Set up or strengthen a specialised migrant smuggling analysis unit in each member country\n";
  it("is said at the comma, with the text quoted whole; the file is not read on, so fmt leaves it as written", async () => {
    const cut = "        title: {en: Pilot, test and review a secure chat channel, es: Probar, evaluar y revisar un canal, ¡piloto!}\n";
    expect(SHIPPED).toContain(TITLE_LINES);
    const text = SHIPPED.replace(TITLE_LINES, cut).replace(/^ {10}es: >-\n {12}Crear o fortalecer[^\n]*\n {12}tráfico ilícito de migrantes\n/m, "");
    const doc = parseYaml("g.yaml", text);
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics.map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint}`)).toEqual([
      "33:26 this comma ends the text of 'en' inside { }: 'test and review a secure chat channel' after it is read as a key with no value | Put the whole text in quotes: `en: \"Pilot, test and review a secure chat channel\"`.",
      "33:77 this comma ends the text of 'es' inside { }: 'evaluar y revisar un canal' after it is read as a key with no value | Put the whole text in quotes: `es: \"Probar, evaluar y revisar un canal, ¡piloto!\"`.",
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), "rcm-plan-comma-"));
    try {
      const plan = path.join(dir, "plan");
      await runPlan(["init", "plan"], dir);
      writeFileSync(path.join(plan, "groups/1-intelligence.yaml"), text);
      const fmt = await runPlan(["fmt", "plan"], dir);
      expect(fmt.exitCode).toBe(1);
      expect(readFileSync(path.join(plan, "groups/1-intelligence.yaml"), "utf8")).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an entry with no colon and no text before it is said at the entry", () => {
    const { diagnostics } = parseYaml("g.yaml", "rapporteur: {Carlos Peña, country: SV}\n");
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(["1:14 'Carlos Peña' has no colon: inside { } each entry is key: value"]);
  });
});

describe("a no-break space after a colon inside { }", () => {
  it("is said at that space, where YAML reads `key:<NBSP>value` as a text: a key with no value, after a comma or first", () => {
    const { diagnostics, value } = parseYaml("g.yaml", "rapporteur: {name: Delegación de Guatemala, country:\u00a0GT}\nfacilitator: {name:\u202fAna López, organization: IOM}\n");
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message} | ${d.hint}`)).toEqual([
      "1:53 a no-break space after the key's colon, where YAML needs an ordinary space: YAML reads it as part of the text | Type an ordinary space there: a no-break space looks the same (it comes with text copied from a web page or a Word document, or on a Mac with Option+Space).",
      "2:20 a no-break space after the key's colon, where YAML needs an ordinary space: YAML reads it as part of the text | Type an ordinary space there: a no-break space looks the same (it comes with text copied from a web page or a Word document, or on a Mac with Option+Space).",
    ]);
    // After a text a comma cut, the comma's hint quotes the text alone, not the key with the no-break space.
    const cut = parseYaml("g.yaml", "x: {title: Pilot, test, country:\u00a0GT}\n").diagnostics.map((d) => `${d.line}:${d.column} ${d.hint}`);
    expect(cut).toEqual([
      "1:17 Put the whole text in quotes: `title: \"Pilot, test\"`.",
      "1:33 Type an ordinary space there: a no-break space looks the same (it comes with text copied from a web page or a Word document, or on a Mac with Option+Space).",
    ]);
  });
});
