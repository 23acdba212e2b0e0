/** A point in the plan's calendar, counted in quarters: 2019 → 2019-Q1 as a start, 2019-Q4 as an end. */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** A plan's period, its first and last years. */
export interface Period {
  start: number;
  end: number;
}

export function parseTimepoint(value: string, as: "start" | "end"): Quarter {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(value);
  if (!match) throw new Error(`not a timepoint: ${value}`);
  const quarter = match[2] ? (Number(match[2]) as Quarter["quarter"]) : as === "start" ? 1 : 4;
  return { year: Number(match[1]), quarter };
}

export function quarterIndex(point: Quarter): number {
  return point.year * 4 + point.quarter - 1;
}

/** The quarters an action's timeframe covers, as indices, inclusive. */
export function timeframeSpan(timeframe: { start: string; end: string }): { from: number; to: number } {
  return {
    from: quarterIndex(parseTimepoint(timeframe.start, "start")),
    to: quarterIndex(parseTimepoint(timeframe.end, "end")),
  };
}
