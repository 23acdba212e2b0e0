import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { groupTexts, manifestTexts, type TextAt } from "../model/texts.js";
import { hasLanguage, type Lang, type Text } from "../model/text.js";
import type { WorkingGroup } from "../model/schema.js";
import type { DataPath, ParsedDocument } from "../parse/document.js";
import { translationHint } from "../validate/translation-hint.js";
import type { Workspace } from "../validate/workspace.js";

/** A `translation-fallback` warning for each text the `lang` draft must take from another language. */
export function translationFallbacks(workspace: Workspace, lang: Lang): Diagnostic[] {
  const plan = workspace.plan;
  if (!plan) return [];
  const primary = plan.manifest.languages[0] ?? "en";
  const diagnostics: Diagnostic[] = [];
  const check = (doc: ParsedDocument, texts: Iterable<TextAt>, name: (path: DataPath) => string) => {
    for (const { path } of texts) diagnostics.push(fallback(doc, path, lang, `${name(path)} has no ${lang} text`));
  };
  const lacking = (text: Text) => !hasLanguage(text, lang, primary);
  check(plan.doc, manifestTexts(plan.manifest, lacking), describe);
  for (const { doc, group } of workspace.groups) check(doc, groupTexts(group, lacking), (path) => nameInGroup(group, path));
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

/** `objectives.0.actions.2.indicators.0.text` -> "action INT-1.3: indicator 1, text". */
function nameInGroup(group: WorkingGroup, path: DataPath): string {
  const objective = group.objectives[Number(path[1])];
  if (path[2] === "actions") {
    const action = objective?.actions[Number(path[3])];
    return `action ${action?.id ?? "?"}: ${describe(path.slice(4))}`;
  }
  return `objective ${objective?.id ?? "?"}: ${describe(path.slice(2))}`;
}

/** `themes.0.title` -> "theme 1, title", for a reader who has the file open. */
function describe(path: DataPath): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof next === "number") {
      parts.push(`${singular(String(segment))} ${next + 1}`);
      i++;
    } else parts.push(String(segment));
  }
  return parts.join(", ");
}

function singular(key: string): string {
  return key.endsWith("ies") ? `${key.slice(0, -3)}y` : key.endsWith("s") ? key.slice(0, -1) : key;
}
