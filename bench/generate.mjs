#!/usr/bin/env node
// Writes the benchmark plans to bench/out/plans/{s,m,l}: S is a copy of the shipped plan, M has
// 1,000 actions in 10 group files, L 10,000 actions in 50. The same seed gives the same bytes.
// When `plan convert` exists, every other group file of M and L is converted to Markdown.
//
//   node bench/generate.mjs [--seed 42]

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Document, isScalar, parse, visit } from "yaml";
import * as P from "./phrases.mjs";

const REPO = path.resolve(import.meta.dirname, "..");
const SHIPPED = path.join(REPO, "plans/rcm-smuggling");
export const PLANS_DIR = path.join(REPO, "bench/out/plans");
export const SIZES = { m: { actions: 1_000, groups: 10 }, l: { actions: 10_000, groups: 50 } };
const ACTIONS_PER_OBJECTIVE = 5;

/** mulberry32: a small seeded PRNG, so the plans are the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const some = (list, lo, hi) => {
    const pool = [...list];
    const count = int(lo, Math.min(hi, pool.length));
    return Array.from({ length: count }, () => pool.splice(int(0, pool.length - 1), 1)[0]);
  };
  return { next, int, pick, some };
}

const text = (pair) => ({ en: pair[0], es: pair[1] });

/** YAML as people write the matrices: short lists of ids inline (`lead: [MX, IOM]`). */
function stringify(value) {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return doc.toString({ lineWidth: 100 });
}

function catalogue() {
  const rcm = parse(readFileSync(path.join(REPO, "data/rcm.yaml"), "utf8"));
  const protocol = parse(readFileSync(path.join(REPO, "data/protocol.yaml"), "utf8"));
  return {
    members: rcm.members,
    organizations: rcm.organizations.map((o) => o.id),
    indicators: protocol.indicators.map((i) => i.id),
  };
}

function actionTitle(r) {
  const [verb, object, place, people] = [r.pick(P.VERBS), r.pick(P.OBJECTS), r.pick(P.PLACES), r.pick(P.POPULATIONS)];
  const [a, b] = r.some(Object.values(P.COUNTRY_NAMES), 2, 2);
  return { en: `${verb[0]} ${object[0]} ${people[0]} ${place[0](a, b)}`, es: `${verb[1]} ${object[1]} ${people[1]} ${place[1](a, b)}` };
}

function timeframe(r) {
  const start = r.int(2019, 2024);
  const end = r.int(start + 1, 2025);
  return { start: `${start}-Q${r.int(1, 4)}`, end: r.next() < 0.5 ? end : `${end}-Q${r.int(1, 4)}` };
}

function measure(r) {
  const unit = r.pick(P.UNITS);
  const target = r.int(5, 200);
  return {
    text: { en: `Number of ${unit[0]}`, es: `Número de ${unit[1]}` },
    baseline: { en: "Zero at the start of the plan", es: "Cero al inicio del plan" },
    target: { en: `${target} ${unit[0]} by the end of the action`, es: `${target} ${unit[1]} al finalizar la acción` },
    verification: text(r.pick(P.VERIFICATION)),
  };
}

function action(r, id, cat, earlierIds) {
  const agency = r.pick(P.AGENCIES);
  const [first, then] = r.some(P.ACTIVITIES, 2, 2);
  const source = r.pick(P.SOURCES);
  const parties = [...cat.members, ...cat.organizations.slice(0, 6)];
  const lead = r.some(parties, 1, 2);
  // A party leads or partners, never both (redundant-party).
  const others = (list) => list.filter((party) => !lead.includes(party));
  const result = {
    id,
    title: actionTitle(r),
    description: {
      en: `${agency[0]} ${first[0]}, then ${then[0]}, building on ${source[0]}.`,
      es: `${agency[1]} ${first[1]}; después ${then[1]}, a partir de ${source[1]}.`,
    },
    lead,
    partners: r.next() < 0.3 ? ["ALL", ...r.some(others(cat.organizations), 0, 2)] : r.some(others(parties), 0, 3),
    timeframe: timeframe(r),
    priority: r.pick(["high", "medium", "low"]),
    protocol: r.some(cat.indicators, 1, 3),
    indicators: Array.from({ length: r.int(1, 2) }, () => measure(r)),
  };
  if (r.next() < 0.5) result.outputs = [{ en: `Report on ${r.pick(P.OBJECTS)[0]}`, es: `Informe sobre ${r.pick(P.OBJECTS)[1]}` }];
  if (earlierIds.length > 0 && r.next() < 0.2) result.related = [r.pick(earlierIds)];
  if (r.next() < 0.1) result.notes = { en: "To be confirmed at the next meeting of the Network.", es: "Por confirmar en la próxima reunión de la Red." };
  return result;
}

function group(r, index, actionCount, cat, allIds) {
  const prefix = `G${String(index + 1).padStart(2, "0")}`;
  const theme = P.THEMES[index % P.THEMES.length][0];
  const objectives = [];
  for (let o = 0; o * ACTIONS_PER_OBJECTIVE < actionCount; o++) {
    const size = Math.min(ACTIONS_PER_OBJECTIVE, actionCount - o * ACTIONS_PER_OBJECTIVE);
    const actions = [];
    for (let a = 0; a < size; a++) {
      const id = `${prefix}-${o + 1}.${a + 1}`;
      actions.push(action(r, id, cat, allIds));
      allIds.push(id);
    }
    const object = r.pick(P.OBJECTS);
    objectives.push({ id: `${prefix}-O${o + 1}`, title: { en: `Improve ${object[0]}`, es: `Mejorar ${object[1]}` }, actions });
  }
  const participants = r.some(cat.members, 3, 7).map((country) => ({ country, role: r.pick(["prosecutor", "investigator", "immigration-police", "immigration-director"]) }));
  return {
    group: `group-${index + 1}`,
    theme,
    facilitator: { name: r.pick(P.PEOPLE), organization: r.pick(cat.organizations.slice(0, 4)) },
    rapporteur: { name: r.pick(P.PEOPLE), country: r.pick(cat.members) },
    participants,
    objectives,
  };
}

function manifest(size) {
  const shipped = parse(readFileSync(path.join(SHIPPED, "plan.yaml"), "utf8"));
  const themes = P.THEMES.map(([id, en, es], i) => ({ id, number: i + 1, title: { en, es } }));
  // A phrase grammar repeats itself over 10,000 actions; the duplicate search still runs (and is
  // timed), but thousands of likely-duplicate warnings would time the terminal, not the tool.
  return { ...shipped, id: `bench-${size}`, themes, rules: { "likely-duplicate": "off" } };
}

/** Writes one synthetic plan into `dir`; returns the group files written (relative to the plan). */
function writePlan(dir, size, { actions, groups }, seed, cat) {
  mkdirSync(path.join(dir, "groups"), { recursive: true });
  cpSync(path.join(SHIPPED, "narrative"), path.join(dir, "narrative"), { recursive: true });
  writeFileSync(path.join(dir, "plan.yaml"), stringify(manifest(size)));
  const r = prng(seed + size.charCodeAt(0));
  const allIds = [];
  const files = [];
  for (let g = 0; g < groups; g++) {
    const file = `groups/${String(g + 1).padStart(2, "0")}-group.yaml`;
    writeFileSync(path.join(dir, file), `# Synthetic benchmark group ${g + 1} (seed ${seed})\n${stringify(group(r, g, actions / groups, cat, allIds))}`);
    files.push(file);
  }
  return files;
}

/** `plan convert` exists once the Markdown group format is in; then half the groups become Markdown. */
function canConvert() {
  const help = spawnSync(process.execPath, [path.join(REPO, "bin/plan.js"), "--help"], { encoding: "utf8" });
  return /^\s+convert\b/m.test(help.stdout ?? "");
}

function convertHalf(dir, files) {
  for (const [i, file] of files.entries()) {
    if (i % 2 === 0) continue;
    const input = path.join(dir, file);
    const output = input.replace(/\.yaml$/, ".md");
    const run = spawnSync(process.execPath, [path.join(REPO, "bin/plan.js"), "convert", input, "--to", "md", "--output", output], { encoding: "utf8" });
    if (run.status !== 0 || !existsSync(output)) throw new Error(`plan convert failed on ${file}: ${run.stderr}`);
    rmSync(input);
  }
}

export function generate(seed = 42) {
  rmSync(PLANS_DIR, { recursive: true, force: true });
  cpSync(SHIPPED, path.join(PLANS_DIR, "s"), { recursive: true });
  const markdown = canConvert();
  for (const [size, shape] of Object.entries(SIZES)) writeSyntheticPlan(path.join(PLANS_DIR, size), size, shape, seed, markdown);
  writeFaultyPlan(path.join(PLANS_DIR, "l"), path.join(PLANS_DIR, "lf"));
  return { markdown };
}

/**
 * L with a fault in every action, as a plan looks when something goes wrong at scale (a template
 * with a column left out, a group's ids renamed): each YAML action without its lead and with a
 * priority the schema does not know (so that the rules check it as salvaged), each Markdown row's
 * timeframe unreadable ("soon"), every related id a letter off. The checks then say some 17,000
 * things and suggest an id for each related one: steps that had run pair by pair.
 */
export function writeFaultyPlan(from, to) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const groups = path.join(to, "groups");
  for (const name of readdirSync(groups)) {
    const file = path.join(groups, name);
    let text = readFileSync(file, "utf8").replace(/^( *related: \[ )G/gm, "$1X").replace(/^(- \*\*Related:\*\* )G/gm, "$1X");
    if (name.endsWith(".yaml")) text = text.replace(/^ +lead: .*\n/gm, "").replace(/^( +priority: )\w+$/gm, "$1urgent");
    else text = text.replace(/^(\| G\d+-\d+\.\d+ +\|[^|]*\|[^|]*\|[^|]*\| )([^|]*?)( +\|)/gm, (_, before, timeframe, after) => `${before}${"soon".padEnd(timeframe.length)}${after}`);
    writeFileSync(file, text);
  }
}

/**
 * A plan like M and L in `dir` (tests make small ones): YAML groups, every other one then
 * converted to Markdown when `markdown` (by default, where `plan convert` exists). Returns whether it did.
 */
export function writeSyntheticPlan(dir, size, shape, seed = 42, markdown = canConvert()) {
  const files = writePlan(dir, size, shape, seed, catalogue());
  if (markdown) convertHalf(dir, files);
  return markdown;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf("--seed");
  const seed = at > 0 ? Number(process.argv[at + 1]) : 42;
  const { markdown } = generate(seed);
  console.log(`plans written to ${path.relative(process.cwd(), PLANS_DIR)}/{s,m,l} (seed ${seed})`);
  if (!markdown) console.log("groups are YAML only: `plan convert` does not exist yet, so no Markdown groups were made");
}
