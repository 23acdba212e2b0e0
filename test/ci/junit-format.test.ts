import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { summarize } from "../../src/diagnostics/diagnostic.js";
import { junit } from "../../src/diagnostics/formatters/junit.js";

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(#\d+|[a-z]+);/g, (_, name: string) => (name.startsWith("#") ? String.fromCharCode(Number(name.slice(1))) : ENTITIES[name]!));

/** A small, strict XML reader: tags must nest, attributes must be quoted, `&` and `<` must be escaped. */
function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, "");
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  const token = /<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"<&]*(?:&[#\w]+;[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(body))) {
    consumed = token.lastIndex;
    const [, closing, name, attributeText, selfClosing, text] = match;
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (/&(?!(#\d+|amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`unescaped & in ${JSON.stringify(text)}`);
      top.text += decode(text);
    } else if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
    } else {
      const attributes: Record<string, string> = {};
      // As an XML reader does: a tab or line break written as itself in an attribute value is read as a space.
      for (const [, key, value] of attributeText!.matchAll(/([\w:-]+)="([^"]*)"/g)) attributes[key!] = decode(value!.replace(/[\t\n\r]/g, " "));
      const element: XmlElement = { name: name!, attributes, children: [], text: "" };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (consumed !== body.length || stack.length !== 1) throw new Error(`not well-formed at offset ${consumed}`);
  return root.children[0]!;
}

const error: Diagnostic = {
  code: "unknown-key", severity: "error", message: "unknown key 'presupuesto' in <actions> & more", file: "groups/2-field-operations.yaml",
  line: 14, column: 9, endLine: 14, endColumn: 20, path: "objectives.0.actions.0.presupuesto", hint: "known keys: id, title",
};
const warning: Diagnostic = {
  code: "missing-translation", severity: "warning", message: "'title' has no es text: «Capacitación»", file: "groups/1-intelligence.yaml",
  line: 10, column: 16, endLine: 10, endColumn: 40,
};
const files = ["plan.yaml", "groups/1-intelligence.yaml", "groups/2-field-operations.yaml"];

describe("--format junit", () => {
  const xml = junit([warning, error], { color: false, summary: summarize([warning, error], 3), files });
  const report = parseXml(xml);

  it("is well-formed XML with a test suite per file checked, clean files included, in path order", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(report.name).toBe("testsuites");
    expect(report.attributes).toMatchObject({ name: "rcm-plan", tests: "3", failures: "1", errors: "0" });
    expect(report.children.map((suite) => [suite.attributes.name, suite.attributes.tests, suite.attributes.failures])).toEqual([
      ["groups/1-intelligence.yaml", "1", "0"],
      ["groups/2-field-operations.yaml", "1", "1"],
      ["plan.yaml", "1", "0"],
    ]);
    expect(report.children[2]!.children.map((testcase) => testcase.attributes.name)).toEqual(["no problems"]);
  });

  it("gives every suite and test case a time, which reporters read as a number (dorny/test-reporter showed NaNms without one)", () => {
    const timed = [...report.children, ...report.children.flatMap((suite) => suite.children)];
    expect(timed.map((element) => [element.name, element.attributes.time])).toEqual([
      ["testsuite", "0"], ["testsuite", "0"], ["testsuite", "0"],
      ["testcase", "0"], ["testcase", "0"], ["testcase", "0"],
    ]);
  });

  it("gives each error a <failure> whose message, type and text survive escaping", () => {
    const testcase = report.children[1]!.children[0]!;
    expect(testcase.attributes.name).toBe("unknown-key at objectives.0.actions.0.presupuesto");
    const failure = testcase.children[0]!;
    expect(failure.name).toBe("failure");
    expect(failure.attributes).toEqual({ message: "unknown key 'presupuesto' in <actions> & more", type: "unknown-key" });
    expect(failure.text).toBe("groups/2-field-operations.yaml:14:9  error  unknown key 'presupuesto' in <actions> & more\nhint: known keys: id, title");
  });

  it("names a case by its code and data path, which a line added above does not change (CI servers track tests by name); else by its place, a repeated name counted", () => {
    const names = (diagnostics: Diagnostic[]) => parseXml(junit(diagnostics, { color: false, summary: summarize(diagnostics, 1), files: [] })).children[0]!.children.map((testcase) => testcase.attributes.name);
    const moved = { ...error, line: 31, endLine: 31 };
    expect(names([moved])).toEqual(names([error]));
    const syntax: Diagnostic = { code: "yaml-syntax", severity: "error", message: "this ] closes no [", file: error.file, line: 47, column: 24, endLine: 47, endColumn: 25 };
    expect(names([error, { ...error, message: "again" }, syntax])).toEqual(["unknown-key at objectives.0.actions.0.presupuesto", "unknown-key at objectives.0.actions.0.presupuesto #2", "yaml-syntax at 47:24"]);
    // Where plan validate gives each finding's place by ids, as a baseline names it, an action inserted before it does not rename it either.
    const places = new Map([[error, "objectives[FLD-O1].actions[FLD-1.1].presupuesto"]]);
    const named = parseXml(junit([error, syntax], { color: false, summary: summarize([error], 1), files: [], places })).children[0]!.children.map((testcase) => testcase.attributes.name);
    expect(named).toEqual(["unknown-key at objectives[FLD-O1].actions[FLD-1.1].presupuesto", "yaml-syntax at 47:24"]);
  });

  it("keeps warnings as passing test cases with the text in <system-out>", () => {
    const testcase = report.children[0]!.children[0]!;
    expect(testcase.children.map((child) => child.name)).toEqual(["system-out"]);
    expect(testcase.children[0]!.text).toBe("groups/1-intelligence.yaml:10:16  warning  'title' has no es text: «Capacitación»");
  });

  it("keeps line breaks and tabs in attribute values, which a reader would otherwise read as spaces", () => {
    const multiline = { ...error, message: "first line\nsecond\tthird\r\nfourth" };
    const text = junit([multiline], { color: false, summary: summarize([multiline], 1), files: [] });
    expect(parseXml(text).children[0]!.children[0]!.children[0]!.attributes.message).toBe("first line\nsecond\tthird\r\nfourth");
  });

  it("drops characters that XML 1.0 cannot hold", () => {
    const control = { ...error, message: "bell\u0007 here" };
    const text = junit([control], { color: false, summary: summarize([control], 1), files: [] });
    expect(parseXml(text).children[0]!.children[0]!.children[0]!.attributes.message).toBe("bell here");
  });
});
