/**
 * The draft's own headings in the Markdown draft's order, which the Word draft writes them in too:
 * each with the name of its bookmark, and its text as the Markdown draft writes it, for its anchor
 * (anchors.ts), so that a narrative's link written `#theme-2-…` goes to that theme in Word.
 */
import type { ThemeModel } from "../../model/plan-model.js";
import { inline } from "../markdown/blocks.js";
import { plainInline } from "../markdown/narrative.js";
import { themeHeading } from "../markdown/themes.js";
import { actionLabel, type DraftView } from "../views/context.js";

export interface OwnHeading {
  /**
   * Its bookmark's name, for what it is ("Action_1_2_3", "Annex_A_1"; "Acción_1_2_3", "Anexo_A_1"
   * in the Spanish draft), not for its title: it stays when a title is edited, and Word's list of
   * bookmarks finds an action by its number.
   */
  name: string;
  /** Its plain text, made only where a link needs the anchors of the headings after the narrative: 10,000 actions' take a while. */
  text: () => string;
  /** The action whose details it heads, which links to the action name it by. */
  action?: string;
}

/** The title and the contents' title, before the narrative. */
export function frontHeadings(view: DraftView): OwnHeading[] {
  return [
    { name: view.labels.bookmarks.title, text: () => plainInline(inline(view.text(view.model.title))) },
    { name: view.labels.bookmarks.contents, text: () => view.labels.contents },
  ];
}

/** The themes' headings, each action's among them, then the annexes', after the narrative. */
export function* backHeadings(view: DraftView): Generator<OwnHeading> {
  for (const theme of view.model.themes) yield* themeHeadings(view, theme);
  const { labels } = view;
  const annexes = [
    [labels.protocolCoverage, labels.actionsByIndicator, labels.uncoveredArticles, labels.uncoveredIndicators],
    [labels.timeline],
    [labels.responsibilities, labels.byCountry, labels.organizations],
    [labels.likelyDuplicates],
    [labels.sources],
  ];
  for (const [i, [title, ...sections]] of annexes.entries()) {
    // Lettered and numbered as the Word draft heads them: "Annex A", "A.1".
    const letter = String.fromCharCode(65 + i);
    const name = `${labels.bookmarks.annex}_${letter}`;
    yield { name, text: () => `${labels.annex} ${letter}: ${title}` };
    for (const [j, section] of sections.entries()) yield { name: `${name}_${j + 1}`, text: () => `${letter}.${j + 1} ${section!}` };
  }
}

function* themeHeadings(view: DraftView, theme: ThemeModel): Generator<OwnHeading> {
  const { labels } = view;
  const words = labels.bookmarks;
  const name = `${words.theme}_${theme.number}`;
  yield { name, text: () => plainInline(themeHeading(view, theme)) };
  yield { name: `${name}_${words.objectives}`, text: () => labels.objectives };
  const actions = theme.objectives.flatMap((objective) => objective.actions);
  if (actions.length === 0) return;
  yield { name: `${name}_${words.matrix}`, text: () => labels.actionMatrix };
  yield { name: `${name}_${words.actions}`, text: () => labels.actionDetails };
  for (const action of actions) {
    const text = () => plainInline(`${labels.action} ${actionLabel(action)}: ${inline(view.text(action.title))}`);
    yield { name: `${words.action}_${action.number.replace(/\./g, "_")}`, text, action: action.id };
  }
}
