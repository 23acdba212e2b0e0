import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { summarize } from "../../src/diagnostics/diagnostic.js";
import { json } from "../../src/diagnostics/formatters/json.js";

const syntax: Diagnostic = {
  code: "yaml-syntax", severity: "error", message: "Tabs are not allowed as indentation", file: "groups/1-intelligence.yaml",
  line: 12, column: 1, endLine: 12, endColumn: 2,
};

describe("--format json", () => {
  it("writes every documented field, null where a diagnostic has no data path or hint", () => {
    const text = json([syntax], { color: false, summary: summarize([syntax], 2) });
    expect(JSON.parse(text)).toEqual({
      diagnostics: [{
        code: "yaml-syntax", severity: "error", message: "Tabs are not allowed as indentation", file: "groups/1-intelligence.yaml",
        line: 12, column: 1, endLine: 12, endColumn: 2, path: null, hint: null,
      }],
      summary: { errors: 1, warnings: 0, infos: 0, files: 2 },
    });
    expect(text.endsWith("}\n")).toBe(true);
  });
});
