import { quarterLabel } from "../labels.js";
import type { DraftView } from "./context.js";

export interface TimelineRow {
  id: string;
  number: string;
  title: string;
  /** One cell per year of the plan period: "■" for the whole year, "Q3–Q4" for part of it, "" for none. */
  cells: string[];
}

/** The years of the plan period, in order. */
export function periodYears(view: DraftView): number[] {
  const { start, end } = view.model.period;
  return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
}

/** Actions × years over the plan period. */
export function timelineRows(view: DraftView): TimelineRow[] {
  const years = periodYears(view);
  const byAction = new Map(view.model.annexes.timeline.map((entry) => [entry.action, entry.years]));
  return view.actions.map((action) => {
    const covered = new Map((byAction.get(action.id) ?? []).map((entry) => [entry.year, entry.quarters]));
    return { id: action.id, number: action.number, title: view.text(action.title), cells: years.map((year) => yearCell(covered.get(year), view)) };
  });
}

function yearCell(quarters: number[] | undefined, view: DraftView): string {
  if (!quarters || quarters.length === 0) return "";
  if (quarters.length === 4) return "■";
  const first = quarterLabel(quarters[0]!, view.lang);
  const last = quarterLabel(quarters[quarters.length - 1]!, view.lang);
  return first === last ? first : `${first}–${last}`;
}
