import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../../diagnostics/make.js";
import { LineIndex } from "../positions.js";

/**
 * A no-break space (U+00A0, or the narrow one, U+202F) where Markdown needs a space: after a
 * heading's #s, a list item's marker, or between the cells of a table's |---| line. On a Mac,
 * Option+Space types one, and the Spanish and most European layouts type # and | with Option, so
 * `##` and a space typed in one go give one. Markdown then reads the line as text, and a matrix
 * heading lost so made every block under it out of place, each said apart without the reason.
 */
const MARKER_THEN_NBSP = /^( {0,3}(?:#{1,6}|[-*+]))[\u00a0\u202f]/gm;
const DELIMITER_ROW_WITH_NBSP = /^(?=[^\n]*\|)(?=[^\n]*-)(?=[^\n]*[\u00a0\u202f])[ \t\u00a0\u202f|:-]+$/gm;
const NBSP = /[\u00a0\u202f]/;
const EVERY_NBSP = /[\u00a0\u202f]/g;

/**
 * `text` with each such no-break space made a space (the same length, so every place stays), and
 * an error at each line that held one: the matrix is read as meant, and said once, where it is.
 * The front matter, which is YAML, is left as it is: the YAML reader says its own.
 */
export function spacedMarkers(file: string, text: string): { text: string; diagnostics: Diagnostic[] } {
  // Two string searches: some seven times a pattern's speed, over text that almost never holds one.
  if (!text.includes("\u00a0") && !text.includes("\u202f")) return { text, diagnostics: [] };
  const body = bodyStart(text);
  const diagnostics: Diagnostic[] = [];
  let lines: LineIndex | undefined;
  const report = (at: number, where: string, read = "this line") => {
    lines ??= new LineIndex(text);
    const message = `a no-break space ${where}, where Markdown needs an ordinary space: it reads ${read} as text`;
    diagnostics.push(makeDiagnostic("md-no-break-space", message, file, lines.range(at, at + 1)));
  };
  const spaced = text.slice(body)
    .replace(MARKER_THEN_NBSP, (_whole, marker: string, offset: number) => {
      report(body + offset + marker.length, marker.trim().startsWith("#") ? `after the heading's ${marker.trim()}` : `after the list item's ${marker.trim()}`);
      return `${marker} `;
    })
    .replace(DELIMITER_ROW_WITH_NBSP, (row: string, offset: number) => {
      report(body + offset + row.search(NBSP), "in the table's |---| line", "the table");
      return row.replace(EVERY_NBSP, " ");
    });
  return { text: text.slice(0, body) + spaced, diagnostics };
}

/** Where the body starts: after the front matter's closing `---` line (none, for front matter never closed), or at the start. */
function bodyStart(text: string): number {
  if (!text.startsWith("---\n")) return 0;
  const close = /^---[ \t]*$/m.exec(text.slice(4));
  return close ? 4 + close.index + close[0].length : text.length;
}
