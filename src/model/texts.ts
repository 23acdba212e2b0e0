import type { Action, PlanManifest, WorkingGroup } from "./schema.js";
import type { Text } from "./text.js";

export interface TextAt {
  path: (string | number)[];
  text: Text;
}

/** Picks texts; the rules want only those missing a language, of some 150,000 in a big plan. */
export type TextFilter = (text: Text) => boolean;

type Path = readonly (string | number)[];

const MEASURE_TEXTS = ["text", "baseline", "target", "verification"] as const;

/** Collects the texts `wanted` picks; each one's path is made only when it is picked. */
function collector(wanted: TextFilter): { picked: TextAt[]; pick: (at: Path, key: string | number, text: Text | undefined) => void } {
  const picked: TextAt[] = [];
  const pick = (at: Path, key: string | number, text: Text | undefined) => {
    if (text !== undefined && wanted(text)) picked.push({ path: [...at, key], text });
  };
  return { picked, pick };
}

/**
 * Every text a person reads in a group file that `wanted` picks (all by default), in file order,
 * with its data path. Index loops, and a path made only for a picked text: a big plan has some
 * 150,000 texts, and the entries() iterators and path prefixes were most of the rules' garbage.
 */
export function groupTexts(group: WorkingGroup, wanted: TextFilter = () => true): TextAt[] {
  const picked: TextAt[] = [];
  const want = (text: Text | undefined): text is Text => text !== undefined && wanted(text);
  const { objectives } = group;
  for (let o = 0; o < objectives.length; o++) {
    const { title, description, actions } = objectives[o]!;
    if (want(title)) picked.push({ path: ["objectives", o, "title"], text: title });
    if (want(description)) picked.push({ path: ["objectives", o, "description"], text: description });
    for (let a = 0; a < actions.length; a++) pickActionTexts(picked, actions[a]!, ["objectives", o, "actions", a], want);
  }
  return picked;
}

/** Every text of `action`, at data path `path`, that `wanted` picks, as groupTexts gives a group's. */
export function actionTexts(action: Action, path: Path, wanted: TextFilter): TextAt[] {
  const picked: TextAt[] = [];
  pickActionTexts(picked, action, path, (text: Text | undefined): text is Text => text !== undefined && wanted(text));
  return picked;
}

function pickActionTexts(picked: TextAt[], action: Action, path: Path, want: (text: Text | undefined) => text is Text): void {
  const at = (...rest: (string | number)[]) => [...path, ...rest];
  if (want(action.title)) picked.push({ path: at("title"), text: action.title });
  if (want(action.description)) picked.push({ path: at("description"), text: action.description });
  for (let i = 0; i < action.indicators.length; i++) {
    const measure = action.indicators[i]!;
    for (const key of MEASURE_TEXTS) {
      const text = measure[key];
      if (want(text)) picked.push({ path: at("indicators", i, key), text });
    }
  }
  const outputs = action.outputs ?? [];
  for (let k = 0; k < outputs.length; k++) {
    const output = outputs[k];
    if (want(output)) picked.push({ path: at("outputs", k), text: output });
  }
  if (want(action.notes)) picked.push({ path: at("notes"), text: action.notes });
}

/** Puts `text` at `path` (a path groupTexts gave) of a group being made, such as a copy. */
export function setText(group: WorkingGroup, path: Path, text: Text): void {
  const owner = path.slice(0, -1).reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], group) as Record<string | number, unknown>;
  owner[path[path.length - 1]!] = text;
}

/** Every text a person reads in plan.yaml that `wanted` picks (all by default), with its data path. */
export function manifestTexts(manifest: PlanManifest, wanted: TextFilter = () => true): TextAt[] {
  const { picked, pick } = collector(wanted);
  pick([], "title", manifest.title);
  pick([], "network", manifest.network);
  for (const [t, theme] of manifest.themes.entries()) {
    pick(["themes", t], "title", theme.title);
    pick(["themes", t], "summary", theme.summary);
  }
  for (const [i, organization] of manifest.organizations.entries()) pick(["organizations", i], "name", organization.name);
  return picked;
}

/** The statements of a plan's own indicators file (`indicators: [{id, article, statement}]`), by their paths in it. */
export function indicatorTexts(indicators: readonly { statement: Text }[], wanted: TextFilter = () => true): TextAt[] {
  const { picked, pick } = collector(wanted);
  for (const [i, indicator] of indicators.entries()) pick(["indicators", i], "statement", indicator.statement);
  return picked;
}

/** An indicators file's text's place as a reader names it, by the indicator's id: "indicator RCM-18.1: statement". */
export function nameInIndicators(indicators: readonly { id: string }[], path: Path): string {
  return `indicator ${indicators[Number(path[1])]?.id ?? "?"}: statement`;
}

/**
 * A group text's place as a reader names it, by the ids in the file:
 * `objectives.0.actions.2.indicators.0.text` -> "action INT-1.3: indicator 1". `quote` gives the
 * id as a message quotes it (diagnostics' clip: an id of 100,000 characters is a valid id);
 * `word` names a field, a list's by its items (`indicator`), as the file writes it.
 */
export function nameInGroup(group: WorkingGroup, path: Path, quote: (id: string) => string, word?: (key: string) => string): string {
  const objective = group.objectives[Number(path[1])];
  if (path[2] === "actions") return nameInAction(objective?.actions[Number(path[3])]?.id ?? "?", path.slice(4), quote, word);
  return `objective ${quote(objective?.id ?? "?")}: ${describeTextPath(path.slice(2), word)}`;
}

/** An action's text as nameInGroup names it, by the path below the action: "action INT-1.3: indicator 1". */
export function nameInAction(id: string, below: Path, quote: (id: string) => string, word?: (key: string) => string): string {
  return `action ${quote(id)}: ${describeTextPath(below, word)}`;
}

/** `themes.0.title` -> "theme 1, title"; an indicator's own text is the indicator: "indicator 1". */
export function describeTextPath(path: Path, word = (key: string) => key): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof next === "number") {
      parts.push(`${word(singular(String(segment)))} ${next + 1}`);
      i++;
    } else if (!(segment === "text" && i === path.length - 1 && i > 0)) parts.push(word(String(segment)));
  }
  return parts.join(", ");
}

function singular(key: string): string {
  return key.endsWith("ies") ? `${key.slice(0, -3)}y` : key.endsWith("s") ? key.slice(0, -1) : key;
}
