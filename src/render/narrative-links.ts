/**
 * `narrative-dead-link`: a narrative's link to `#anchor` that no heading of a draft has. The
 * Markdown draft's link leads nowhere and the Word draft prints its text unlinked; a theme's or an
 * annex's anchor is made from its title, so a link to it breaks without a word when the title is
 * edited. The anchors are the Word draft's (anchors.ts), which are the Markdown draft's.
 */
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { listed, makeDiagnostic } from "../diagnostics/make.js";
import { closest } from "../diagnostics/suggest.js";
import { displayPath } from "../io/read-source.js";
import type { PlanModel } from "../model/plan-model.js";
import type { Lang } from "../model/text.js";
import { decoded, HeadingAnchors } from "./docx/anchors.js";
import { descendantsOf } from "./docx/mdast-blocks.js";
import { readNarrative } from "./docx/narrative.js";
import { backHeadings, frontHeadings } from "./docx/outline.js";
import { makeView, narrativeLanguage } from "./views/context.js";

/** What any link or link definition holds (`](`, `]:`): one to `#…` may write its `#` escaped (`\\#`, `&#35;`). */
const FRAGMENT_LINK = /\](?:\(|:)/;

interface DeadLink {
  file: string;
  range: { line: number; column: number; endLine: number; endColumn: number };
  fragment: string;
  /** The drafts it leads nowhere in. */
  langs: Lang[];
  /** The anchor it was likely meant for, in the first of those drafts. */
  meant: string | undefined;
}

/**
 * The narrative's `#anchor` links that go to no heading of the `langs` drafts, each said once, at
 * the link, with the drafts it leads nowhere in; the file named as the other findings name it
 * (the model's `narrative/en/x.md` is the plan directory `root`'s, and `cwd` names that).
 */
export function deadNarrativeLinks(model: PlanModel, langs: readonly Lang[], root: string, cwd: string): Diagnostic[] {
  if (!model.narrative.some((section) => Object.values(section.markdown).some((markdown) => FRAGMENT_LINK.test(markdown)))) return [];
  const dead = new Map<string, DeadLink>();
  for (const lang of langs) {
    const view = makeView(model, lang);
    const files = model.narrative.flatMap((section) => {
      const markdown = view.narrative(section);
      return markdown === undefined ? [] : [{ file: section.files[narrativeLanguage(section, lang, model.languages)]!, root: readNarrative(markdown).root }];
    });
    const anchors = new HeadingAnchors(frontHeadings(view), files.map(({ root }) => root), backHeadings(view));
    for (const { file, root } of files) {
      for (const node of descendantsOf(root.children)) {
        if ((node.type !== "link" && node.type !== "definition") || !node.url.startsWith("#") || node.url === "#") continue;
        const fragment = node.url.slice(1);
        if (anchors.target(fragment) !== undefined) continue;
        const { start, end } = node.position!;
        const key = `${file}\n${start.offset}`;
        const known = dead.get(key);
        if (known) known.langs.push(lang);
        else dead.set(key, { file, range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, fragment: decoded(fragment), langs: [lang], meant: meantAnchor(decoded(fragment), anchors.all()) });
      }
    }
  }
  return [...dead.values()].map(({ file, range, fragment, langs: nowhere, meant }) => {
    const drafts = `the ${listed(nowhere)} draft${nowhere.length > 1 ? "s" : ""}`;
    const hint = meant === undefined ? undefined : `did you mean #${meant}?`;
    return makeDiagnostic("narrative-dead-link", `the link to #${fragment} goes to no heading of ${drafts}`, displayPath(cwd, path.join(root, file)), range, { hint });
  });
}

/**
 * The anchor a dead one was likely meant for: a typo's, or the one that starts as it does for two
 * thirds of its length at least (`#theme-2-field-operations` once the theme's title has grown).
 */
function meantAnchor(fragment: string, anchors: readonly string[]): string | undefined {
  const typo = closest(fragment, anchors);
  if (typo !== undefined) return typo;
  let best: string | undefined;
  // Three characters at least: `#a` is no anchor's start that tells which.
  let bestLength = Math.max(2, Math.ceil((2 * fragment.length) / 3) - 1);
  for (const anchor of anchors) {
    const length = sharedStart(fragment, anchor);
    if (length > bestLength) [best, bestLength] = [anchor, length];
  }
  return best;
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
