import { codeInfo } from "./catalogue.js";
import type { Diagnostic, Range } from "./diagnostic.js";

export interface DiagnosticExtras {
  hint?: string;
  path?: readonly (string | number)[];
  related?: Diagnostic["related"];
}

/** A diagnostic with the catalogue's default severity and hint. */
export function makeDiagnostic(code: string, message: string, file: string, range: Range, extras: DiagnosticExtras = {}): Diagnostic {
  const info = codeInfo(code);
  const diagnostic: Diagnostic = { code, severity: info.severity, message, file, ...range };
  if (extras.path !== undefined) diagnostic.path = extras.path.join(".");
  const hint = extras.hint ?? info.hint;
  if (hint !== undefined) diagnostic.hint = hint;
  if (extras.related !== undefined && extras.related.length > 0) diagnostic.related = extras.related;
  return diagnostic;
}
