/**
 * From a data path back to line and column. Columns count UTF-16 code units, 1-based, as VS Code
 * and the Language Server Protocol do: "Acción" and "ñ" are one column per letter, an emoji
 * outside the Basic Multilingual Plane (🌎) is two. A carriage return is never counted.
 */
import { describe, expect, it } from "vitest";
import { decodeSource } from "../../src/parse/decode.js";
import { LineIndex } from "../../src/parse/positions.js";
import { parseYaml, parseYamlWithPackage } from "../../src/parse/yaml.js";

const GROUP = `group: intelligence
theme: intelligence
facilitator: {name: Ana Núñez, organization: IOM}
objectives:
  - id: INT-O1
    title: {en: Share intelligence, es: Compartir inteligencia}
    description: >-
      Move from isolated seizures
      to intelligence.
    actions:
      - id: INT-1.1
        lead: [MX, IOM]
        protocol:
          - SOM-6.1
          - SOM-10.4
`;

/** The text a range covers, for assertions that read like the source. */
function covered(text: string, range: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = text.split("\n");
  if (range.line === range.endLine) return lines[range.line - 1]!.slice(range.column - 1, range.endColumn - 1);
  return [lines[range.line - 1]!.slice(range.column - 1), ...lines.slice(range.line, range.endLine - 1), lines[range.endLine - 1]!.slice(0, range.endColumn - 1)].join("\n");
}

describe("LineIndex", () => {
  const index = new LineIndex("ab\ncd\n\nef");

  it("maps offsets to 1-based lines and columns", () => {
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(1)).toEqual({ line: 1, column: 2 });
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(6)).toEqual({ line: 3, column: 1 });
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
    expect(index.position(9)).toEqual({ line: 4, column: 3 });
    expect(index.lineCount).toBe(4);
  });

  it("clamps offsets outside the text", () => {
    expect(index.position(-5)).toEqual({ line: 1, column: 1 });
    expect(index.position(1000)).toEqual({ line: 4, column: 3 });
  });

  it("gives ranges with an end column one past the last character", () => {
    expect(index.range(3, 5)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 3 });
    expect(index.range(5, 2)).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 3 });
  });

  it("stops the rest of a line before \\n and before \\r", () => {
    expect(index.restOfLine(3)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 3 });
    expect(new LineIndex("ab\r\ncd").restOfLine(0)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 3 });
  });

  it("counts UTF-16 code units: one column for ó and ñ, two for an emoji", () => {
    const text = "Acción ñ 🌎 x";
    const lines = new LineIndex(text);
    expect(lines.position(text.indexOf("ñ"))).toEqual({ line: 1, column: 8 });
    expect(lines.position(text.indexOf("x"))).toEqual({ line: 1, column: 13 });
  });

  it("does not count \\r in CRLF files", () => {
    const lines = new LineIndex("a: 1\r\nbb: 2\r\n");
    expect(lines.position(6)).toEqual({ line: 2, column: 1 });
    expect(lines.position(10)).toEqual({ line: 2, column: 5 });
  });
});

describe("parseYaml(...).locate", () => {
  const doc = parseYaml("groups/g.yaml", GROUP);
  const at = (path: (string | number)[], part?: "key" | "value") => covered(GROUP, doc.locate(path, part));

  it("parses the sample without problems", () => expect(doc.diagnostics).toEqual([]));

  it("finds scalars and their keys", () => {
    expect(doc.locate(["theme"])).toEqual({ line: 2, column: 8, endLine: 2, endColumn: 20 });
    expect(at(["theme"])).toBe("intelligence");
    expect(doc.locate(["theme"], "key")).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 6 });
  });

  it("finds values inside flow maps, with accents", () => {
    expect(at(["facilitator", "name"])).toBe("Ana Núñez");
    expect(doc.locate(["facilitator", "organization"])).toMatchObject({ line: 3, column: 46 });
    expect(at(["facilitator", "organization"], "key")).toBe("organization");
  });

  it("finds nested flow maps of texts {en: x, es: y}", () => {
    expect(doc.locate(["objectives", 0, "title", "es"])).toMatchObject({ line: 6, column: 41 });
    expect(at(["objectives", 0, "title", "es"])).toBe("Compartir inteligencia");
    expect(at(["objectives", 0, "title", "en"])).toBe("Share intelligence");
  });

  it("gives a collection the rest of its first line", () => {
    expect(at(["objectives", 0, "title"])).toBe("{en: Share intelligence, es: Compartir inteligencia}");
    expect(doc.locate(["objectives", 0])).toMatchObject({ line: 5, column: 5, endLine: 5 });
  });

  it("finds list items, block or flow", () => {
    expect(at(["objectives", 0, "actions", 0, "lead", 1])).toBe("IOM");
    expect(doc.locate(["objectives", 0, "actions", 0, "protocol", 1])).toEqual({ line: 15, column: 13, endLine: 15, endColumn: 21 });
  });

  it("covers a folded block scalar (>-) from its indicator to its last line, not onto the next key's", () => {
    for (const read of [doc, parseYamlWithPackage("groups/g.yaml", GROUP)]) {
      const range = read.locate(["objectives", 0, "description"]);
      expect(range).toEqual({ line: 7, column: 18, endLine: 9, endColumn: 23 });
      expect(covered(GROUP, range)).toBe(">-\n      Move from isolated seizures\n      to intelligence.");
      expect(read.locate(["objectives", 0, "description"], "key")).toMatchObject({ line: 7, column: 5 });
    }
  });

  it("falls back to the nearest ancestor for paths that do not exist", () => {
    expect(doc.locate(["objectives", 0, "actions", 0, "timeframe", "start"])).toEqual(doc.locate(["objectives", 0, "actions", 0]));
    expect(doc.locate(["objectives", 7])).toEqual(doc.locate(["objectives"]));
    expect(doc.locate(["nowhere"])).toEqual(doc.locate([]));
    expect(doc.locate([])).toMatchObject({ line: 1, column: 1 });
  });

  it("points at the last of duplicate keys, the one whose value is kept", () => {
    const dup = parseYaml("g.yaml", "a: 1\nb: 2\na: 3\n");
    expect(dup.value).toEqual({ a: 3, b: 2 });
    expect(dup.locate(["a"])).toMatchObject({ line: 3, column: 4 });
    expect(dup.diagnostics.map((d) => [d.code, d.line, d.column, d.related?.[0]?.line])).toEqual([["duplicate-key", 3, 1, 1]]);
  });
});

describe("positions in CRLF and BOM files", () => {
  it("CRLF: the same lines and columns as LF, with no \\r in any value", () => {
    const crlf = GROUP.replace(/\n/g, "\r\n");
    const lf = parseYaml("g.yaml", GROUP);
    const doc = parseYaml("g.yaml", crlf);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value).toEqual(lf.value);
    for (const path of [["theme"], ["facilitator", "name"], ["objectives", 0, "title", "es"], ["objectives", 0, "actions", 0, "protocol", 1], ["objectives", 0, "actions", 0]]) {
      expect(doc.locate(path), path.join(".")).toEqual(lf.locate(path));
    }
  });

  it("BOM: decodeSource drops it, so the first line's columns are not shifted", () => {
    const bytes = new TextEncoder().encode("\uFEFF" + GROUP);
    expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const decoded = decodeSource("g.yaml", bytes);
    expect(decoded.text).toBe(GROUP);
    const doc = parseYaml("g.yaml", decoded.text!);
    expect(doc.locate(["group"])).toEqual({ line: 1, column: 8, endLine: 1, endColumn: 20 });
    expect(doc.locate(["group"], "key")).toMatchObject({ line: 1, column: 1 });
  });

  it("decodeSource gives back the text as written, and refuses what a strict UTF-8 reader refuses", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    const texts = ["group: intelligence\n", "¿Qué acción? ¡Año de la niña!\n", "Acción 🌎 ñ\u2028x\n", "\uFEFF¿BOM y ñ?\n", "\uFEFFplain\n", "ok \uFEFF inside\n"];
    for (const text of texts) expect(decodeSource("g.yaml", new TextEncoder().encode(text)).text, text).toBe(text.replace(/^\uFEFF/, ""));
    // A surrogate written as UTF-8 (CESU), an overlong slash, a cut-off ñ, a stray continuation byte, a Latin-1 ó.
    const invalid = [[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x61, 0xc3], [0x61, 0x80, 0x62], [0x41, 0xf3, 0x6e]];
    for (const bytes of invalid.map((each) => new Uint8Array([0x61, 0x3a, 0x20, ...each, 0x0a]))) {
      expect(() => strict.decode(bytes)).toThrow();
      expect(decodeSource("g.yaml", bytes).diagnostics?.map((d) => d.code), bytes.join(" ")).toEqual(["encoding"]);
    }
  });

  it("multi-byte characters: columns after ñ, ó and an emoji count UTF-16 code units", () => {
    const text = "title: {es: Acción ñ 🌎, en: Action}\n";
    const doc = parseYaml("g.yaml", text);
    // "Acción ñ 🌎" is 11 code units (🌎 is two): columns 13 to 23; "Action" then starts at column 30.
    expect(doc.locate(["title", "en"])).toEqual({ line: 1, column: 30, endLine: 1, endColumn: 36 });
    expect(doc.locate(["title", "es"])).toEqual({ line: 1, column: 13, endLine: 1, endColumn: 24 });
  });
});

describe("a quote or bracket at fault: the syntax error points at it, not where the parser gave up", () => {
  const syntaxError = (text: string) => {
    const [diagnostic, ...more] = parseYaml("g.yaml", text).diagnostics;
    expect(more).toEqual([]);
    return { at: `${diagnostic!.line}:${diagnostic!.column}`, message: diagnostic!.message, hint: diagnostic!.hint };
  };

  it("a quote never closed: at the quote that opens, not at the end of the file", () => {
    const text = `group: field\nfacilitator: {name: "Ana Núñez, organization: IOM}\nobjectives:\n  - id: FLD-O1\n`;
    expect(syntaxError(text)).toEqual({ at: "2:21", message: 'the " opened here is not closed', hint: 'Close it with " where the text ends; a text over several lines is closed after its last line.' });
  });

  it("a quote never closed whose text ends in spaces, the file ending without a line break: at the quote too", () => {
    expect(syntaxError(`group: field\nfacilitator: {name: "Ana Núñez  `)).toMatchObject({ at: "2:21", message: 'the " opened here is not closed' });
    expect(syntaxError("title: 'Train teams\n  on the border  ")).toMatchObject({ at: "1:8", message: "the ' opened here is not closed" });
  });

  it("a [ never closed: at the bracket, not on the next key's line", () => {
    expect(syntaxError("actions:\n  - id: FLD-1.1\n    lead: [GT, IOM\n    title: Train teams\n")).toMatchObject({ at: "3:11", message: "the [ opened here is not closed" });
  });

  it("an apostrophe that ends a '…' text too soon: at the apostrophe, with how to write it", () => {
    expect(syntaxError("objectives:\n  - title: 'The RCM's plan'\n")).toEqual({
      at: "2:20",
      message: "this ' ends the quoted text, and the text goes on after it",
      hint: `Inside '…' write an apostrophe twice ('the RCM''s plan'), or quote the text with "…" instead.`,
    });
    expect(syntaxError("lead: ['Costa Rica's police', MX]\n")).toMatchObject({ at: "1:19" });
    expect(syntaxError('title: "The "Puebla" process"\n')).toMatchObject({ at: "1:13", hint: `Inside "…" write a quote as \\" ("the \\"Puebla\\" process"), or quote the text with '…' instead.` });
  });

  it("an apostrophe written twice, or a text in the other quotes, reads without a problem", () => {
    expect(parseYaml("g.yaml", "title: 'The RCM''s plan'\nlead: \"Costa Rica's police\"\n")).toMatchObject({ diagnostics: [], value: { title: "The RCM's plan", lead: "Costa Rica's police" } });
  });
});
