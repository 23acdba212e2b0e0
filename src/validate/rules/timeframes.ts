import { parseTimepoint, quarterIndex } from "../../model/timeframe.js";
import type { Rule } from "../workspace.js";
import { clip } from "../../diagnostics/make.js";

/** A timeframe runs forwards, within the plan period. */
export const checkTimeframes: Rule = (workspace, report) => {
  const { plan } = workspace;
  const period = plan?.manifest.period;
  for (const { doc, action, path } of workspace.actions) {
    const { start, end } = action.timeframe;
    const from = quarterIndex(parseTimepoint(start, "start"));
    const to = quarterIndex(parseTimepoint(end, "end"));
    const at = [...path, "timeframe"];
    if (from > to) {
      report("timeframe-order", `action ${clip(action.id)} starts in ${start}, after it ends in ${end}`, doc, [...at, "start"]);
      continue;
    }
    if (!period || period.start > period.end) continue;
    const startYear = parseTimepoint(start, "start").year;
    const endYear = parseTimepoint(end, "end").year;
    const span = `${period.start}–${period.end}`;
    // Wholly outside: the timeline annex's row for it is empty, which a reader cannot tell from an action not yet planned.
    if (endYear < period.start || startYear > period.end) {
      const side = endYear < period.start ? "before" : "after";
      // At the end that is out, as an overlapping one is said: a baseline's key, and a JUnit case's name, stay when the period moves.
      report("timeframe-outside-period", `action ${clip(action.id)} runs ${start === end ? `in ${start}` : `from ${start} to ${end}`}, wholly ${side} the plan period ${span}: the timeline annex shows it in no year`, doc, [...at, side === "before" ? "start" : "end"]);
      continue;
    }
    if (startYear < period.start) {
      report("timeframe-outside-period", `action ${clip(action.id)} starts in ${start}, before the plan period ${span}`, doc, [...at, "start"]);
    }
    if (endYear > period.end) {
      report("timeframe-outside-period", `action ${clip(action.id)} ends in ${end}, after the plan period ${span}`, doc, [...at, "end"]);
    }
  }
};
