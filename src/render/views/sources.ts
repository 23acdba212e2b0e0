import type { SourceRef } from "../../model/plan-model.js";
import type { Text } from "../../model/text.js";
import type { DraftView } from "./context.js";
import { actionLabel } from "./context.js";
import { nameWithParty } from "./names.js";
import { formatDecimal } from "../labels.js";

export interface SourceRow {
  theme: string;
  /** The name of the theme the group drafted, in the draft's language. */
  group: string;
  facilitator: string;
  rapporteur: string;
  file: string;
  actions: number;
}

/** One row per working group: who facilitated, who reported, which file it came from. */
export function sourceRows(view: DraftView): SourceRow[] {
  const themeNumber = new Map(view.model.themes.map((theme) => [theme.id, theme.number]));
  const actionCount = new Map<string, number>();
  for (const action of view.actions) actionCount.set(action.source.group, (actionCount.get(action.source.group) ?? 0) + 1);
  return view.model.groups.map((group) => {
    const person = (who: { name: Text } | undefined, at: string | undefined) => (who ? (at ? nameWithParty(view.text(who.name), view.party(at)) : view.text(who.name)) : "");
    return {
      theme: String(themeNumber.get(group.themeId) ?? group.themeId),
      group: view.groupName(group.id),
      facilitator: person(group.facilitator, group.facilitator?.organization),
      rapporteur: person(group.rapporteur, group.rapporteur?.country),
      file: group.file,
      actions: actionCount.get(group.id) ?? 0,
    };
  });
}

export interface DuplicateRow {
  first: string;
  second: string;
  /** The two actions' ids, which the Markdown draft links their numbers by. */
  ids: [string, string];
  similarity: string;
  /** Where each was proposed: its group's name and file (sourceText joins them). */
  places: [SourcePlace, SourcePlace];
}

/** The likely duplicates, each with both places. */
export function duplicateRows(view: DraftView): DuplicateRow[] {
  return view.model.annexes.duplicates.flatMap((pair) => {
    const first = view.action(pair.first);
    const second = view.action(pair.second);
    if (!first || !second) return [];
    return [{ first: actionLabel(first), second: actionLabel(second), ids: [first.id, second.id], similarity: formatDecimal(pair.similarity, 2, view.lang), places: [sourcePlace(view, first.source), sourcePlace(view, second.source)] }];
  });
}

/**
 * Where an action was proposed: "Intelligence and Investigation: …, groups/1-intelligence.yaml".
 * The action's id, beside it in the draft, finds it in that file. Not its line: a line added
 * above it in the group's file would change every later action's in the drafts the Secretariat
 * diffs (16 lines of the English draft for one Spanish translation added); the JSON draft keeps it.
 */
export function sourceText(view: DraftView, source: SourceRef): string {
  return placeText(sourcePlace(view, source));
}

/** Where an action was proposed, in parts: the group's name and the file, which the Word draft may put on lines of their own. */
export interface SourcePlace {
  group: string;
  file: string;
}

export function sourcePlace(view: DraftView, source: SourceRef): SourcePlace {
  return { group: view.groupName(source.group), file: source.file };
}

/** "Intelligence and Investigation: …, groups/1-intelligence.yaml". */
export function placeText({ group, file }: SourcePlace): string {
  return `${group}, ${file}`;
}
