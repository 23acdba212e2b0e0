import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { clip, makeDiagnostic } from "../diagnostics/make.js";
import type { ActionModel, DuplicatePair } from "../model/plan-model.js";
import { LANGUAGES, type Lang, type Text } from "../model/text.js";
import type { GroupFile } from "../validate/workspace.js";
import { dice, StemIds, union } from "./similarity.js";

/**
 * From this similarity on, two actions of different groups are reported as likely duplicates.
 * Measured on the shipped plan: the deliberate pair (INT-3.1 / FLD-3.1, a national focal point)
 * scores 0.65; the next-closest pairs of different groups score 0.39 (FLD-1.1 / DET-1.1) and below.
 */
export const DUPLICATE_THRESHOLD = 0.5;

/**
 * An action's stems in one language, each a number (see StemIds), sorted: of its title, and of
 * its title with its description. As arrays of numbers they take a fraction of what sets of
 * strings would.
 */
interface Wording {
  title: number[];
  description: string;
  /** Made when the action is first scored: most actions of a big plan never are. */
  full?: number[];
}

/** An action's wordings, by language in LANGUAGES order; undefined where it has no title in that language. */
type Wordings = (Wording | undefined)[];

function wordings(action: ActionModel, primary: Lang, ids: StemIds): Wordings {
  const pick = (lang: Lang, text: Text | undefined) => (text === undefined ? "" : typeof text === "string" ? (lang === primary ? text : "") : (text[lang] ?? ""));
  return LANGUAGES.map((lang) => {
    const title = ids.of(pick(lang, action.title));
    return title.length === 0 ? undefined : { title, description: pick(lang, action.description) };
  });
}

/** The stems of "title description": those of the title and those of the description. */
function fullWording(wording: Wording, ids: StemIds): number[] {
  wording.full ??= union(wording.title, ids.of(wording.description));
  return wording.full;
}

/**
 * The similarity of two actions, 0..1: for each language both are written in, the mean of Dice
 * over the stems of their titles and Dice over the stems of title and description; then the mean
 * over those languages. Titles count twice because groups restate the same idea in the title and
 * describe it in their own words.
 */
function similarityOf(a: Wordings, b: Wordings, ids: StemIds): number {
  let sum = 0;
  let count = 0;
  for (const [index, x] of a.entries()) {
    const y = b[index];
    if (!x || !y) continue;
    sum += (dice(x.title, y.title) + dice(fullWording(x, ids), fullWording(y, ids))) / 2;
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

export function actionSimilarity(a: ActionModel, b: ActionModel, primary: Lang): number {
  const ids = new StemIds();
  return similarityOf(wordings(a, primary, ids), wordings(b, primary, ids), ids);
}

/** Two actions of different groups that read alike: what a DuplicatePair names by id. */
export interface AlikeActions {
  first: ActionModel;
  second: ActionModel;
  similarity: number;
}

/**
 * Pairs of actions from different groups that read alike, in plan order of the second action.
 * Only pairs whose titles share a distinctive stem are scored: one that at most
 * max(10, 2√n) of the n titles use. Two actions that share only words every other action uses too
 * ("regional", "migrant") are not what a consolidator looks for, and scoring every pair of a
 * 10,000-action plan would take minutes.
 *
 * An id used twice (a duplicate-id error, which the drafts still show under --force) names one
 * pair of ids once: its first pair in that order. Two actions of the same id are no pair:
 * duplicate-id has said so, and "INT-3.1 looks like INT-3.1" would name nothing to merge.
 */
export function likelyDuplicates(actions: readonly ActionModel[], primary: Lang): AlikeActions[] {
  const ids = new StemIds();
  const words = actions.map((action) => wordings(action, primary, ids));
  const titles = words.map((byLang) => byLang.reduce<number[]>((all, wording) => (wording ? union(all, wording.title) : all), []));
  // For each stem, the actions whose titles use it, in plan order.
  const users: number[][] = [];
  titles.forEach((stemIds, index) => {
    for (const id of stemIds) (users[id] ??= []).push(index);
  });
  const limit = Math.max(10, 2 * Math.sqrt(actions.length));
  const pairs: AlikeActions[] = [];
  const paired = new Set<string>();
  // Which action last took each earlier one as a candidate, so each is scored once.
  const takenBy = new Int32Array(actions.length).fill(-1);
  for (const [j, second] of actions.entries()) {
    const candidates: number[] = [];
    for (const id of titles[j]!) {
      const indices = users[id]!;
      if (indices.length > limit) continue;
      for (const i of indices) {
        if (i >= j) break;
        if (takenBy[i] !== j) candidates.push(i);
        takenBy[i] = j;
      }
    }
    for (const i of candidates.sort((a, b) => a - b)) {
      const first = actions[i]!;
      if (first.source.group === second.source.group || first.id === second.id) continue;
      const similarity = similarityOf(words[i]!, words[j]!, ids);
      if (similarity < DUPLICATE_THRESHOLD) continue;
      // Ids hold no space: "A B" names one pair of ids whichever comes first. Made only for a pair
      // that reads alike: a key for each candidate pair of bench L cost its build 3 %.
      const key = first.id < second.id ? `${first.id} ${second.id}` : `${second.id} ${first.id}`;
      if (paired.has(key)) continue;
      paired.add(key);
      pairs.push({ first, second, similarity: Math.round(similarity * 100) / 100 });
    }
  }
  return pairs;
}

/** The pairs as the plan model names them, by id. */
export function duplicatePairs(pairs: readonly AlikeActions[]): DuplicatePair[] {
  return pairs.map(({ first, second, similarity }) => ({ first: first.id, second: second.id, similarity }));
}

/** A `likely-duplicate` warning on the second action of each pair, pointing at the first. */
export function duplicateDiagnostics(pairs: readonly AlikeActions[], groups: readonly GroupFile[]): Diagnostic[] {
  const files = new Map<string, GroupFile>();
  for (const file of groups) if (!files.has(file.group.group)) files.set(file.group.group, file);
  const paths = new ActionPaths();
  return pairs.flatMap(({ first, second, similarity }) => {
    const file = files.get(second.source.group);
    const firstFile = files.get(first.source.group);
    if (!file || !firstFile) return [];
    const { doc } = file;
    const firstDoc = firstFile.doc;
    const at = paths.of(file, second.id);
    const place = firstDoc.locate(paths.of(firstFile, first.id));
    const message = `action ${clip(second.id)} (group ${clip(second.source.group)}) looks like ${clip(first.id)} (group ${clip(first.source.group)}), similarity ${similarity.toFixed(2)}`;
    return [makeDiagnostic("likely-duplicate", message, doc.file, doc.locate(at), {
      path: at,
      related: [{ file: firstDoc.file, line: place.line, column: place.column, message: `${clip(first.id)} is here` }],
    })];
  });
}

/** The data paths of the action ids of group files, each file indexed once it is asked about. */
class ActionPaths {
  private readonly byFile = new Map<GroupFile, Map<string, (string | number)[]>>();

  /** The data path of the id of the first action `id` in `file`; [] when it has none. */
  of(file: GroupFile, id: string): (string | number)[] {
    let paths = this.byFile.get(file);
    if (!paths) {
      paths = new Map();
      for (const [o, objective] of file.group.objectives.entries()) {
        for (const [a, action] of objective.actions.entries()) if (!paths.has(action.id)) paths.set(action.id, ["objectives", o, "actions", a, "id"]);
      }
      this.byFile.set(file, paths);
    }
    return [...(paths.get(id) ?? [])];
  }
}
