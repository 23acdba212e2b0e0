import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import type { ActionModel, DuplicatePair } from "../model/plan-model.js";
import { LANGUAGES, type Lang, type Text } from "../model/text.js";
import type { GroupFile } from "../validate/workspace.js";
import { dice, stems } from "./similarity.js";

/**
 * From this similarity on, two actions of different groups are reported as likely duplicates.
 * Measured on the shipped plan: the deliberate pair (INT-3.1 / FLD-3.1, a national focal point)
 * scores 0.65; the next-closest pairs of different groups score 0.39 (FLD-1.1 / DET-1.1) and below.
 */
export const DUPLICATE_THRESHOLD = 0.5;

/** An action's stems, by language: of its title, and of its title with its description. */
interface Wording {
  title: Set<string>;
  full: Set<string>;
}

function wordings(action: ActionModel, primary: Lang): Map<Lang, Wording> {
  const pick = (lang: Lang, text: Text | undefined) => (text === undefined ? "" : typeof text === "string" ? (lang === primary ? text : "") : (text[lang] ?? ""));
  const result = new Map<Lang, Wording>();
  for (const lang of LANGUAGES) {
    const title = pick(lang, action.title);
    const wording = { title: stems(title), full: stems(`${title} ${pick(lang, action.description)}`) };
    if (wording.title.size > 0) result.set(lang, wording);
  }
  return result;
}

/**
 * The similarity of two actions, 0..1: for each language both are written in, the mean of Dice
 * over the stems of their titles and Dice over the stems of title and description; then the mean
 * over those languages. Titles count twice because groups restate the same idea in the title and
 * describe it in their own words.
 */
function similarityOf(a: Map<Lang, Wording>, b: Map<Lang, Wording>): number {
  let sum = 0;
  let count = 0;
  for (const [lang, x] of a) {
    const y = b.get(lang);
    if (!y) continue;
    sum += (dice(x.title, y.title) + dice(x.full, y.full)) / 2;
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

export function actionSimilarity(a: ActionModel, b: ActionModel, primary: Lang): number {
  return similarityOf(wordings(a, primary), wordings(b, primary));
}

/**
 * Pairs of actions from different groups that read alike, in plan order of the second action.
 * Only pairs whose titles share a distinctive stem are scored: one that at most
 * max(10, 2√n) of the n titles use. Two actions that share only words every other action uses too
 * ("regional", "migrant") are not what a consolidator looks for, and scoring every pair of a
 * 10,000-action plan would take minutes.
 */
export function likelyDuplicates(actions: readonly ActionModel[], primary: Lang): DuplicatePair[] {
  const words = actions.map((action) => wordings(action, primary));
  const users = new Map<string, number[]>();
  words.forEach((byLang, index) => {
    const seen = new Set<string>();
    for (const { title } of byLang.values()) for (const stem of title) seen.add(stem);
    for (const stem of seen) (users.get(stem) ?? users.set(stem, []).get(stem)!).push(index);
  });
  const limit = Math.max(10, 2 * Math.sqrt(actions.length));
  const candidates = new Map<number, Set<number>>();
  for (const indices of users.values()) {
    if (indices.length > limit) continue;
    for (const [k, second] of indices.entries()) {
      for (const first of indices.slice(0, k)) (candidates.get(second) ?? candidates.set(second, new Set()).get(second)!).add(first);
    }
  }
  const pairs: DuplicatePair[] = [];
  for (const [j, second] of actions.entries()) {
    for (const i of [...(candidates.get(j) ?? [])].sort((a, b) => a - b)) {
      const first = actions[i]!;
      if (first.source.group === second.source.group) continue;
      const similarity = similarityOf(words[i]!, words[j]!);
      if (similarity >= DUPLICATE_THRESHOLD) pairs.push({ first: first.id, second: second.id, similarity: Math.round(similarity * 100) / 100 });
    }
  }
  return pairs;
}

/** A `likely-duplicate` warning on the second action of each pair, pointing at the first. */
export function duplicateDiagnostics(pairs: readonly DuplicatePair[], actions: readonly ActionModel[], groups: readonly GroupFile[]): Diagnostic[] {
  const byId = new Map(actions.map((action) => [action.id, action]));
  const fileOf = (group: string) => groups.find((file) => file.group.group === group);
  return pairs.flatMap((pair) => {
    const first = byId.get(pair.first)!;
    const second = byId.get(pair.second)!;
    const file = fileOf(second.source.group);
    const firstFile = fileOf(first.source.group);
    if (!file || !firstFile) return [];
    const { doc } = file;
    const firstDoc = firstFile.doc;
    const at = actionPath(file, second.id);
    const place = firstDoc.locate(actionPath(firstFile, first.id));
    const message = `action ${second.id} (group ${second.source.group}) looks like ${first.id} (group ${first.source.group}), similarity ${pair.similarity.toFixed(2)}`;
    return [makeDiagnostic("likely-duplicate", message, doc.file, doc.locate(at), {
      path: at,
      related: [{ file: firstDoc.file, line: place.line, column: place.column, message: `${first.id} is here` }],
    })];
  });
}

/** The data path of the id of the action `id` in a group file. */
function actionPath(file: GroupFile, id: string): (string | number)[] {
  for (const [o, objective] of file.group.objectives.entries()) {
    const a = objective.actions.findIndex((action) => action.id === id);
    if (a >= 0) return ["objectives", o, "actions", a, "id"];
  }
  return [];
}
