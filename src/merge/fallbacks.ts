import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { hasLanguage, type Lang, type Text } from "../model/text.js";
import type { DataPath, ParsedDocument } from "../parse/document.js";
import { textsByFile, translationHint } from "../validate/translation-hint.js";
import type { Workspace } from "../validate/workspace.js";

/** A `translation-fallback` warning for each text the `lang` draft must take from another language. */
export function translationFallbacks(workspace: Workspace, lang: Lang): Diagnostic[] {
  const plan = workspace.plan;
  if (!plan) return [];
  const primary = plan.manifest.languages[0] ?? "en";
  const diagnostics: Diagnostic[] = [];
  const lacking = (text: Text) => !hasLanguage(text, lang, primary);
  for (const { doc, texts, name } of textsByFile(workspace, lacking)) {
    for (const { path } of texts) diagnostics.push(fallback(doc, path, lang, `${name(path)} has no ${lang} text`));
  }
  plan.manifest.narrative.forEach((entry, n) => {
    const has = typeof entry === "string" ? lang === primary : entry[lang] !== undefined;
    if (!has) diagnostics.push(fallback(plan.doc, ["narrative", n], lang, `narrative section ${n + 1} has no ${lang} file`));
  });
  return diagnostics;
}

/** The file is told how it writes the translation, as missing-translation tells it. */
function fallback(doc: ParsedDocument, path: DataPath, lang: Lang, message: string): Diagnostic {
  const hint = translationHint(doc, path, [lang]);
  return makeDiagnostic("translation-fallback", `the ${lang} draft uses another language: ${message}`, doc.file, doc.locate(path), { path, hint });
}
