import type { DraftView } from "./context.js";

export interface CoverageRow {
  article: number;
  title: string;
  /** Actions serving the article, per theme in draft order. */
  counts: number[];
  total: number;
}

export interface IndicatorRow {
  indicator: string;
  article: number;
  statement: string;
  /** The numbers of the actions that serve it, in plan order. */
  actions: string[];
}

/** Articles × themes: how many actions of each theme serve each article (an action counts once per article). */
export function coverageMatrix(view: DraftView): CoverageRow[] {
  const { model } = view;
  const articleOf = new Map(model.reference.indicators.map((indicator) => [indicator.id, indicator.article]));
  // Article number -> how many actions of each theme serve it: one pass over the actions.
  const served = new Map<number, number[]>();
  model.themes.forEach((theme, t) => {
    for (const objective of theme.objectives) {
      for (const action of objective.actions) {
        for (const article of new Set(action.protocol.map((id) => articleOf.get(id)))) {
          if (article === undefined) continue;
          let counts = served.get(article);
          if (!counts) served.set(article, (counts = model.themes.map(() => 0)));
          counts[t]!++;
        }
      }
    }
  });
  return model.reference.articles.map((article) => {
    const counts = served.get(article.number)?.slice() ?? model.themes.map(() => 0);
    return { article: article.number, title: view.text(article.title), counts, total: counts.reduce((sum, count) => sum + count, 0) };
  });
}

/** For each compliance indicator the plan uses, its statement and the actions that serve it. */
export function indicatorRows(view: DraftView): IndicatorRow[] {
  const statements = new Map(view.model.reference.indicators.map((indicator) => [indicator.id, indicator.statement]));
  return view.model.annexes.coverage.map((row) => ({
    indicator: row.indicator,
    article: row.article,
    statement: view.text(statements.get(row.indicator)),
    actions: row.actions.map((id) => view.action(id)?.number ?? id),
  }));
}

/** The articles no action serves, with their titles. */
export function uncoveredArticles(view: DraftView): { article: number; title: string }[] {
  const titles = new Map(view.model.reference.articles.map((article) => [article.number, article.title]));
  return view.model.annexes.uncoveredArticles.map((article) => ({ article, title: view.text(titles.get(article)) }));
}
