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

/** An action's title, and its title with its description, in one language ("" when not written in it). */
function wording(action: ActionModel, lang: Lang, primary: Lang): { title: string; full: string } {
  const pick = (text: Text | undefined) => (text === undefined ? "" : typeof text === "string" ? (lang === primary ? text : "") : (text[lang] ?? ""));
  const title = pick(action.title);
  return { title, full: `${title} ${pick(action.description)}` };
}

/**
 * The similarity of two actions, 0..1: for each language both are written in, the mean of Dice
 * over the stems of their titles and Dice over the stems of title and description; then the mean
 * over those languages. Titles count twice because groups restate the same idea in the title and
 * describe it in their own words.
 */
export function actionSimilarity(a: ActionModel, b: ActionModel, primary: Lang): number {
  const scores: number[] = [];
  for (const lang of LANGUAGES) {
    const x = wording(a, lang, primary);
    const y = wording(b, lang, primary);
    const titles = [stems(x.title), stems(y.title)] as const;
    if (titles[0].size === 0 || titles[1].size === 0) continue;
    scores.push((dice(...titles) + dice(stems(x.full), stems(y.full))) / 2);
  }
  return scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

/** Pairs of actions from different groups that read alike, in plan order of the second action. */
export function likelyDuplicates(actions: readonly ActionModel[], primary: Lang): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  for (const [j, second] of actions.entries()) {
    for (const first of actions.slice(0, j)) {
      if (first.source.group === second.source.group) continue;
      const similarity = actionSimilarity(first, second, primary);
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
