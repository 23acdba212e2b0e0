import type { Diagnostic, Severity } from "../diagnostic.js";
import { shown, summaryLine } from "./stylish.js";
import type { Formatter } from "./types.js";

/** GitHub Actions has three annotation levels; rcm-plan's `info` shows as a notice. */
const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/**
 * GitHub Actions workflow commands, one line each, which the runner turns into annotations on the
 * pull request: `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message`.
 * The summary line closes the report as plain log text.
 */
export const github: Formatter = (diagnostics, { summary }) => {
  // Control characters a file's values hold escaped as the stylish report does: an escape sequence would act on the log's reader.
  const lines = diagnostics.map((d) => `::${COMMAND[d.severity]} ${properties(d)}::${escapeData(shown(messageOf(d)))}`);
  lines.push(summaryLine(summary));
  return lines.join("\n") + "\n";
};

function properties(d: Diagnostic): string {
  const pairs: [string, string | number][] = [
    // A file name's control characters escaped as the message's are (an ESC would act on the log's reader); CR and LF are the toolkit's to encode.
    ["file", d.file.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, shown)],
    ["line", d.line],
    ["col", d.column],
    ["endLine", d.endLine],
    ["endColumn", d.endColumn],
    ["title", d.code],
  ];
  return pairs.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
}

/** The annotation holds one message: the hint and the related places go after it. */
function messageOf(d: Diagnostic): string {
  const related = (d.related ?? []).map((place) => ` (see ${place.file}:${place.line}:${place.column}: ${place.message})`);
  return `${d.message}${related.join("")}${d.hint ? ` (hint: ${d.hint})` : ""}`;
}

/** As the Actions toolkit escapes a command's message (`escapeData` in @actions/core). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** As the Actions toolkit escapes a property value: `:` and `,` would end it early. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
