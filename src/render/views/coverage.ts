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
  /** Their ids, which the Markdown draft links their numbers by. */
  actionIds: string[];
}

/**
 * Articles × themes: how many actions of each theme serve each article (an action counts once per
 * article), for the articles that have compliance indicators: an action serves an article through one.
 */
export function coverageMatrix(view: DraftView): CoverageRow[] {
  const { model } = view;
  // Article number -> how many actions of each theme serve it: one pass over the actions.
  const served = new Map<number, number[]>();
  model.themes.forEach((theme, t) => {
    for (const objective of theme.objectives) {
      for (const action of objective.actions) {
        for (const article of new Set(action.protocol.map((id) => view.indicator(id)?.article))) {
          if (article === undefined) continue;
          let counts = served.get(article);
          if (!counts) served.set(article, (counts = model.themes.map(() => 0)));
          counts[t]!++;
        }
      }
    }
  });
  const indicated = new Set(model.reference.indicators.map((indicator) => indicator.article));
  return model.reference.articles.filter((article) => indicated.has(article.number)).map((article) => {
    const counts = served.get(article.number)?.slice() ?? model.themes.map(() => 0);
    return { article: article.number, title: view.text(article.title), counts, total: counts.reduce((sum, count) => sum + count, 0) };
  });
}

/** For each compliance indicator the plan uses, its statement and the actions that serve it. */
export function indicatorRows(view: DraftView): IndicatorRow[] {
  return view.model.annexes.coverage.map((row) => ({
    indicator: row.indicator,
    article: row.article,
    statement: view.text(view.indicator(row.indicator)?.statement),
    actions: row.actions.map((id) => view.action(id)?.number ?? id),
    actionIds: row.actions,
  }));
}

/** The compliance indicators no action serves, with their statements. */
export function uncoveredIndicatorRows(view: DraftView): Omit<IndicatorRow, "actions" | "actionIds">[] {
  return view.model.annexes.uncoveredIndicators.map((id) => {
    const indicator = view.indicator(id);
    return { indicator: id, article: indicator?.article ?? 0, statement: view.text(indicator?.statement) };
  });
}

/** The articles no action serves, with their titles. */
export function uncoveredArticles(view: DraftView): { article: number; title: string }[] {
  const titles = new Map(view.model.reference.articles.map((article) => [article.number, article.title]));
  return view.model.annexes.uncoveredArticles.map((article) => ({ article, title: view.text(titles.get(article)) }));
}
