import type { Rule } from "../workspace.js";

/** IOM proposes a plan of at least five years (concept note, footnote 3). */
export const MIN_PERIOD_YEARS = 5;

export const checkPeriod: Rule = ({ plan }, report) => {
  if (!plan) return;
  const { start, end } = plan.manifest.period;
  if (start > end) {
    report("period-order", `the plan period starts in ${start}, after it ends in ${end}`, plan.doc, ["period", "start"]);
    return;
  }
  const years = end - start + 1;
  if (years < MIN_PERIOD_YEARS) {
    report("short-period", `the plan period ${start}–${end} covers ${years} year${years === 1 ? "" : "s"}, fewer than ${MIN_PERIOD_YEARS}`, plan.doc, ["period"]);
  }
};
