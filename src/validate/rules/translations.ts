import { actionTexts, nameInAction, type TextAt } from "../../model/texts.js";
import { clip } from "../../diagnostics/make.js";
import { hasLanguage, type Lang, type Text } from "../../model/text.js";
import type { DataPath, ParsedDocument } from "../../parse/document.js";
import { fieldWord, textsByFile, translationHint } from "../translation-hint.js";
import type { Report, Rule } from "../workspace.js";

/** Every text in every language of the plan, so the drafts need no fallback. */
export const checkTranslations: Rule = (workspace, report) => {
  const { plan, salvaged } = workspace;
  if (!plan || plan.manifest.languages.length < 2) return;
  const languages = plan.manifest.languages;
  const primary = languages[0]!;
  const lacking = (text: Text) => languages.filter((lang) => !hasLanguage(text, lang, primary));
  // A loop, not languages.some(): a big plan asks this of ~150,000 texts, each some() a new closure.
  const incomplete = (text: Text) => {
    for (const lang of languages) if (!hasLanguage(text, lang, primary)) return true;
    return false;
  };
  const check = (doc: ParsedDocument, texts: Iterable<TextAt>, name: (path: DataPath) => string) => {
    for (const { path, text } of texts) reportMissing(report, doc, path, lacking(text), name(path), "text");
  };
  for (const { doc, texts, name } of textsByFile(workspace, incomplete)) check(doc, texts, name);
  // The actions of a file at fault elsewhere, as the other rules check them: its slip does not hide their missing texts.
  for (const { doc, action, path } of salvaged) {
    const word = fieldWord(doc);
    check(doc, actionTexts(action, path, incomplete), (at) => nameInAction(action.id, at.slice(path.length), clip, word));
  }
  plan.manifest.narrative.forEach((entry, n) => {
    if (typeof entry === "string") return;
    const missing = languages.filter((lang) => entry[lang] === undefined);
    reportMissing(report, plan.doc, ["narrative", n], missing, `narrative section ${n + 1}`, "file");
  });
};

function reportMissing(report: Report, doc: ParsedDocument, path: DataPath, missing: Lang[], name: string, what: string): void {
  if (missing.length === 0) return;
  report("missing-translation", `${name} has no ${missing.join(", ")} ${what}`, doc, path, { hint: translationHint(doc, path, missing) });
}
