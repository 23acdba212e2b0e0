import type { ParsedDocument } from "./document.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { START_OF_FILE } from "../diagnostics/diagnostic.js";

export function parseMarkdownGroup(file: string, _text: string): ParsedDocument {
  const diagnostic = makeDiagnostic("internal-error", "Markdown group files are not supported yet", file, START_OF_FILE);
  return { file, kind: "markdown", value: undefined, locate: () => START_OF_FILE, diagnostics: [diagnostic] };
}
