/**
 * The fast YAML reader (src/parse/fast-yaml.ts) against the yaml package: for every YAML file we
 * have, for generated documents of the subset, and for broken variants of both, the fast reader
 * either gives up (and parseYaml falls back to the yaml package) or gives the same value, no
 * diagnostics, and the same range for every key and value path as the yaml package's reading.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DataPath } from "../../src/parse/document.js";
import { parseFastYamlDocument } from "../../src/parse/fast-yaml.js";
import { parseYaml, parseYamlWithPackage } from "../../src/parse/yaml.js";
import { filesUnder } from "../helpers/files.js";
import { flowLine, mutations, quotedScalar, yamlDocument, yamlLines } from "./fast-yaml-arbitraries.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every path to a node of `value`, the root included, with some that go nowhere for the fallbacks. */
function pathsOf(value: unknown, at: DataPath = []): DataPath[] {
  const paths: DataPath[] = [at, [...at, "nowhere"], [...at, 99]];
  if (Array.isArray(value)) {
    paths.push([...at, "0"], [...at, -1]);
    value.forEach((item, index) => paths.push(...pathsOf(item, [...at, index])));
  } else if (value !== null && typeof value === "object") {
    paths.push([...at, 0]);
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]));
  }
  return paths;
}

type Outcome = "fast" | "bail";

/** Bail, or the same value, diagnostics and ranges as the yaml package; says which. */
function compare(text: string): Outcome {
  const fast = parseFastYamlDocument("g.yaml", text);
  if (!fast) return "bail";
  const reference = parseYamlWithPackage("g.yaml", text);
  expect(fast.diagnostics, "diagnostics").toEqual(reference.diagnostics);
  expect(fast.value, "value").toStrictEqual(reference.value);
  for (const at of pathsOf(reference.value)) {
    expect(fast.locate(at), `value range of ${JSON.stringify(at)}`).toEqual(reference.locate(at));
    expect(fast.locate(at, "key"), `key range of ${JSON.stringify(at)}`).toEqual(reference.locate(at, "key"));
  }
  return "fast";
}

/** compare(), with the text in the failure message so that a failing case can be read and replayed. */
function check(text: string): Outcome {
  try {
    return compare(text);
  } catch (error) {
    if (error instanceof Error) error.message = `${error.message}\n--- text ---\n${JSON.stringify(text)}`;
    throw error;
  }
}

/** The YAML between a Markdown group file's `---` lines, as remark hands it to parseYaml. */
function frontMatter(markdown: string): string | undefined {
  return /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown)?.[1];
}

const SHIPPED = filesUnder(path.join(ROOT, "plans/rcm-smuggling"), /\.ya?ml$/);
const YAML_FILES = [
  ...SHIPPED,
  ...filesUnder(path.join(ROOT, "templates"), /\.ya?ml$/),
  ...filesUnder(path.join(ROOT, "test/golden"), /\.ya?ml$/),
];
const MARKDOWN_FILES = [
  ...filesUnder(path.join(ROOT, "plans/rcm-smuggling/groups"), /\.md$/),
  ...filesUnder(path.join(ROOT, "test/golden"), /\.md$/),
];
const read = (file: string) => readFileSync(file, "utf8");
const relative = (file: string) => path.relative(ROOT, file);

describe("the fast YAML reader on the files we have", () => {
  it("finds the files", () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(4);
    expect(YAML_FILES.length).toBeGreaterThan(50);
  });

  it.each(YAML_FILES.map(relative))("%s: bails or reads it as the yaml package does", (file) => {
    check(read(path.join(ROOT, file)));
  });

  it("reads Markdown front matter as the yaml package does", () => {
    const texts = MARKDOWN_FILES.map((file) => frontMatter(read(file))).filter((text) => text !== undefined);
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) check(text);
  });

  it("takes the fast path on the shipped plan, its YAML and its Markdown front matter (the speed contract)", () => {
    const markdown = MARKDOWN_FILES.filter((file) => file.includes("rcm-smuggling"));
    expect(markdown.length).toBeGreaterThanOrEqual(2);
    for (const file of SHIPPED) expect(parseFastYamlDocument(file, read(file)), relative(file)).toBeDefined();
    for (const file of markdown) expect(parseFastYamlDocument(file, frontMatter(read(file))!), relative(file)).toBeDefined();
  });

  it("parseYaml gives the fast reading when there is one, the yaml package's otherwise", () => {
    const plan = read(SHIPPED.find((file) => file.endsWith("plan.yaml"))!);
    expect(parseYaml("plan.yaml", plan)).toMatchObject({ value: parseFastYamlDocument("plan.yaml", plan)!.value, diagnostics: [] });
    const broken = "a: [1, 2\nb: 3\n";
    expect(parseFastYamlDocument("g.yaml", broken)).toBeUndefined();
    expect(parseYaml("g.yaml", broken).diagnostics.map((d) => d.code)).toContain("yaml-syntax");
  });

  it("bails or agrees on broken variants of the shipped files and golden inputs", () => {
    const texts = [...SHIPPED, ...YAML_FILES.filter((file) => file.includes("test/golden/core-clean"))].map(read);
    const outcomes = { fast: 0, bail: 0 };
    const variant = fc.tuple(fc.nat(texts.length - 1), fc.array(mutations, { minLength: 1, maxLength: 2 }));
    fc.assert(fc.property(variant, ([index, edits]) => void outcomes[check(edits.reduce((text, edit) => edit(text), texts[index]!))]++), { numRuns: 120 });
    expect(outcomes.fast).toBeGreaterThan(12);
    expect(outcomes.bail).toBeGreaterThan(12);
  });
});

/** Hand-picked corners: [text, the outcome the fast reader must have]. A "fast" one is also compared. */
const CORNERS: [string, Outcome][] = [
  ["key:\n  foo\n  bar\n", "fast"],
  ["key:\n  'quoted'\nk2:\n  [a, b]\nk3:\n  \"x\"  # c\n", "fast"],
  ["- a\n-\n- b\n- # c\n  x\n", "fast"],
  ["a:\nb:   \nc:  # x\nd:\n", "fast"],
  ["a: b#c\nb: #c\n", "fast"],
  ["a: |\n  x\n\n  y\nb: >\n  x\n   more\n  y\nc: |-\n  x\n  \n", "fast"],
  ["a: >-\n  x\n\n\n  y\nb: |\n\n  x\nc: |\n  # not a comment\n  x\n", "fast"],
  ["x y: 1\na:b: c\naño: ñandú\n", "fast"],
  ["a: 0o17\nb: 0x1F\nc: -0\nd: +.5\ne: 1_000\nf: 1e3\ng: .NaN\nh: ~\ni: Null\nj: yes\nk: 2019-Q3\nl: 2017-09-15\nm: 12:30\nn: 0o8\no: 0x\np: +1\nq: 00\nr: 1.\ns: .\nt: -.inf\nu: 123456789012345678901234567890\nv: off\nw: FALSE\n", "fast"],
  ["a: 'it''s'\nb: \"\\u00f1\\n\\t\\\\ \\\"\"\nc: \"\\x41\\U0001F30E\"\nd: ''\ne: \"\"\n", "fast"],
  ["a: \"x\\\n  y\"\nb: \"one\n  two\n\n  three \"\nc: 'one\n  two'\n", "fast"],
  ["a: []\nb: {}\nc: [ ]\nd: {x: [1, 2], y: {z: ~}}\ne: ['a, b', \"c\"]\nf: [-1, -x]\ng: [a,b]\nh: {b: c,d: e}\n", "fast"],
  ["a:\n- b\n- c\nd: e\n", "fast"],
  ["- a: 1\n  b:\n  - x\n  c: 2\n", "fast"],
  ["-   a: 1\n    b: 2\n- 3\n", "fast"],
  ["a: ¿Qué pasa? ¡Sí! ñandú — “comillas” 🌎\n", "fast"],
  ["a: x\n # c\nb: y\n\n  # c\nc:\n  - x\n  # c\n  - y\n", "fast"],
  ["a: x\n  - y\nb: x\n\n  y\nc:\n  b\n   c\n", "fast"],
  ["- x\n  y\n- z\n  - w\n", "fast"],
  ["a: 1\r\nb:\r\n  - x\r\n  - 'y'\r\nc: |\r\n  z\r\n  w\r\nd: \"x\r\n  y\"\r\ne: x\r\n  y\r\n", "fast"],
  ["a: 1", "fast"],
  ["a: |\n  x\n   \n", "bail"],
  ["a: b # c\n  d\n", "bail"],
  ["a: x\n  # comment\n  y\n", "bail"],
  ["a: 'x'# c\n", "bail"],
  ["a: {b: c}x\n", "bail"],
  ["a: - b\n", "bail"],
  ["a: b: c\n", "bail"],
  ["a: :b\n", "bail"],
  ["? a\n: b\n", "bail"],
  ["a: &x 1\nb: *x\n", "bail"],
  ["a: !!str 1\n", "bail"],
  ["  a: 1\n", "bail"],
  ["a: 1\rb: 2\n", "bail"],
  ["a: [b,\n  c]\n", "bail"],
  ["- - x\n", "bail"],
  ["a: |+\n  x\n\n", "bail"],
  ["a: |2\n   x\n", "bail"],
  ["a: >\nb: 1\n", "bail"],
  ["\"a\": 1\n", "bail"],
  ["a : 1\n", "bail"],
  ["1: x\n", "bail"],
  ["null: x\n", "bail"],
  ["a: 1\na: 2\n", "bail"],
  // A key seen before (the reader remembers which keys are plain) is still one too many the second time.
  ["a: 1\nb:\n  a: 1\n  a: 2\n", "bail"],
  ["a: {b: 1, b: 2}\n", "bail"],
  // Texts that start as a number or a null can be and stay strings.
  ["a: 2024-Q1\nb: 1e3x\nc: nullish\nd: 0x1G\ne: .infinity\nf: -.5e-3\ng: truE\n", "fast"],
  ["__proto__: 1\n", "bail"],
  ["<<: {a: 1}\n", "bail"],
  ["a: 1\n---\nb: 2\n", "bail"],
  ["%YAML 1.2\n---\na: 1\n", "bail"],
  ["a:\tb\n", "bail"],
  ["# only a comment\n", "bail"],
  ["a: >-\n    x\n  y\n", "bail"],
  ["x:\n  a:\n  #c\n    v\n  b: 1\n", "bail"],
  ["- a:\n#c\n    v\n  b: 1\n", "bail"],
  ["x:\n  a:\n\n    v\n  b: 1\n", "bail"],
  ["x:\n  a:\n  #c\n    - v\n  b:\n  # c\n    c: 1\n", "fast"],
  ["a: |\n  x\n  ", "fast"],
  ["a: |\n  x", "fast"],
  ["a: >-\n  x\n\n", "fast"],
  ["a: |\n  x\n\n  ", "fast"],
  ["a:\n# c\n- b\n", "fast"],
  ["a:\n#c\n  - b\nc: 1\n", "fast"],
  ["- a\n#c\n- b\n", "fast"],
];

describe("the fast YAML reader on hand-picked corners", () => {
  it.each(CORNERS)("%j: %s", (text, outcome) => {
    expect(check(text)).toBe(outcome);
  });

  it("gives up on nesting deeper than plan files go, without overflowing the stack", () => {
    const flow = (depth: number) => `a: ${"[".repeat(depth)}${"]".repeat(depth)}\n`;
    const block = (depth: number) => `${Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} 1\n`;
    expect(check(flow(40))).toBe("fast");
    expect(check(block(40))).toBe("fast");
    expect(parseFastYamlDocument("g.yaml", flow(100_000))).toBeUndefined();
    expect(parseFastYamlDocument("g.yaml", block(1000))).toBeUndefined();
  });
});

describe("the fast YAML reader on generated documents", () => {
  it("bails or agrees with the yaml package, and reads most of them", () => {
    expect(outcomesOf(yamlDocument, 2000).fast).toBeGreaterThan(600);
  });

  it("bails or agrees with the yaml package on broken variants", () => {
    const edits = fc.array(mutations, { minLength: 1, maxLength: 3 });
    const broken = fc.tuple(yamlDocument, edits).map(([text, edit]) => edit.reduce((t, e) => e(t), text));
    const outcomes = outcomesOf(broken, 3000);
    expect(outcomes.fast).toBeGreaterThan(300);
    expect(outcomes.bail).toBeGreaterThan(300);
  });

  it("bails or agrees with the yaml package on lines of any shape", () => {
    expect(outcomesOf(yamlLines, 4000).fast).toBeGreaterThan(150);
  });

  it("bails or agrees with the yaml package on quoted scalars with escapes and line breaks", () => {
    const outcomes = outcomesOf(quotedScalar, 2000);
    expect(outcomes.fast).toBeGreaterThan(600);
    expect(outcomes.bail).toBeGreaterThan(200);
  });

  it("bails or agrees with the yaml package on lines of flow tokens", () => {
    expect(outcomesOf(flowLine, 3000).fast).toBeGreaterThan(100);
  });
});

/** check() on `runs` texts drawn from `texts`: how many the fast reader read, and how many it gave up. */
function outcomesOf(texts: fc.Arbitrary<string>, runs: number): Record<Outcome, number> {
  const outcomes = { fast: 0, bail: 0 };
  fc.assert(fc.property(texts, (text) => void outcomes[check(text)]++), { numRuns: runs });
  return outcomes;
}
