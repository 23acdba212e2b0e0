import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { summarize } from "../../src/diagnostics/diagnostic.js";
import { escapeData, escapeProperty, github } from "../../src/diagnostics/formatters/github.js";

const base: Diagnostic = {
  code: "unknown-key",
  severity: "error",
  message: "unknown key 'leed' in item 1 of 'actions'",
  file: "groups/1-intelligence.yaml",
  line: 11,
  column: 9,
  endLine: 11,
  endColumn: 13,
  hint: "did you mean lead?",
};

function format(diagnostics: Diagnostic[]): string[] {
  return github(diagnostics, { color: false, summary: summarize(diagnostics, 2) }).split("\n");
}

describe("--format github (workflow commands)", () => {
  it("writes one ::error command per error with file, range and code as title, the hint after the message", () => {
    expect(format([base])).toEqual([
      "::error file=groups/1-intelligence.yaml,line=11,col=9,endLine=11,endColumn=13,title=unknown-key::unknown key 'leed' in item 1 of 'actions' (hint: did you mean lead?)",
      "1 problem (1 error, 0 warnings, 0 infos) in 2 files",
      "",
    ]);
  });

  it("maps warnings to ::warning and infos to ::notice", () => {
    const lines = format([{ ...base, severity: "warning" }, { ...base, severity: "info", line: 12, endLine: 12 }]);
    expect(lines[0]).toMatch(/^::warning file=/);
    expect(lines[1]).toMatch(/^::notice file=/);
  });

  it("escapes %, CR and LF in the message, and also : and , in properties, as the Actions toolkit does", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    const odd: Diagnostic = { ...base, file: "groups/a,b:c.yaml", message: "first line\nsecond: 50%", hint: undefined };
    expect(format([odd])[0]).toBe(
      // A line break in a message comes from a value quoted in it (a key holding one): written \n, as the stylish report does.
      "::error file=groups/a%2Cb%3Ac.yaml,line=11,col=9,endLine=11,endColumn=13,title=unknown-key::first line\\nsecond: 50%25",
    );
  });

  it("escapes a file name's control characters, so that an escape sequence in a name does not act on the log", () => {
    const [line] = format([{ ...base, file: "groups/\u001b[2Jevil\u0085.yaml" }]);
    expect(line).toContain("file=groups/\\u001b[2Jevil\\u0085.yaml,");
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it("keeps accents and ñ as they are and names related places in the message", () => {
    const spanish: Diagnostic = {
      ...base,
      code: "duplicate-id",
      message: "el id INT-1.1 ya se usó en Señales",
      hint: undefined,
      related: [{ file: "groups/2-field-operations.yaml", line: 4, column: 9, message: "first used here" }],
    };
    expect(format([spanish])[0]).toBe(
      "::error file=groups/1-intelligence.yaml,line=11,col=9,endLine=11,endColumn=13,title=duplicate-id::el id INT-1.1 ya se usó en Señales (see groups/2-field-operations.yaml:4:9: first used here)",
    );
  });

  it("prints only the summary when there is nothing to annotate", () => {
    expect(format([])).toEqual(["no problems in 2 files", ""]);
  });
});
