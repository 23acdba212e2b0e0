import { Chalk } from "chalk";
import type { Severity, Summary } from "../diagnostic.js";
import type { Formatter } from "./types.js";

/** `file:line:column  severity  message  code`, a hint line under it, and a closing summary. */
export const stylish: Formatter = (diagnostics, { color, summary }) => {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const tint: Record<Severity, (text: string) => string> = { error: paint.red, warning: paint.yellow, info: paint.blue };
  const lines: string[] = [];
  for (const d of diagnostics) {
    lines.push(`${paint.underline(`${shownName(d.file)}:${d.line}:${d.column}`)}  ${tint[d.severity](d.severity)}  ${shown(d.message)}  ${paint.dim(d.code)}`);
    if (d.hint) lines.push(`  ${paint.dim("hint:")} ${shown(d.hint)}`);
    for (const place of d.related ?? []) lines.push(`  ${paint.dim("see:")} ${shownName(place.file)}:${place.line}:${place.column}  ${shown(place.message)}`);
  }
  if (lines.length > 0) lines.push("");
  lines.push(summaryLine(summary, paint));
  return lines.join("\n") + "\n";
};

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A message or hint as the report shows it: the control characters of a value quoted in it
 * escaped (`\n`, `\u001b`). A group file's text reaches the terminal and the CI log through
 * them: raw, an escape sequence would act on the terminal (clear it, retitle it), and a line
 * break would start a line of its own, which GitHub's log reads as a command (`::error …`).
 */
export function shown(text: string): string {
  return text.replace(CONTROL, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * A file's name as the report shows it: quoted with its control characters escaped when it has
 * any (as git does), so that a name holding a line break cannot split a problem over two lines.
 */
function shownName(file: string): string {
  return /[\u0000-\u001f\u007f-\u009f]/.test(file) ? `"${shown(file.replace(/["\\]/g, "\\$&"))}"` : file;
}

/** "1 file", "2 files": English plurals of the words the reports use. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "2 problems (1 error, 1 warning, 0 infos) in 7 files", or "no problems in 7 files". */
export function summaryLine(summary: Summary, paint = new Chalk({ level: 0 })): string {
  const total = summary.errors + summary.warnings + summary.infos;
  const files = plural(summary.files, "file");
  if (total === 0) return paint.green(`no problems in ${files}`);
  const counts = `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "info")}`;
  const text = `${plural(total, "problem")} (${counts}) in ${files}`;
  return summary.errors > 0 ? paint.red.bold(text) : paint.yellow.bold(text);
}
