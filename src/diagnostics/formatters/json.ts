import type { Formatter } from "./types.js";

/** The documented JSON report: every field present (null where absent), so scripts need no guards. */
export const json: Formatter = (diagnostics, { summary }) => {
  const records = diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    path: d.path ?? null,
    hint: d.hint ?? null,
    ...(d.related ? { related: d.related } : {}),
  }));
  return JSON.stringify({ diagnostics: records, summary }, null, 2) + "\n";
};
