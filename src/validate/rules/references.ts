import { didYouMean, Speller } from "../../diagnostics/suggest.js";
import { articleHint, undecidedHint } from "../value-hints.js";
import { ID_PATTERN, mistypedId } from "../../model/fields.js";
import type { DataPath, ParsedDocument } from "../../parse/document.js";
import type { Report, Rule, Workspace } from "../workspace.js";
import { idPath, placeOf, uncheckedIds } from "../workspace.js";
import { clip } from "../../diagnostics/make.js";

/** Groups name real themes; actions name real indicators and real related actions. */
export const checkReferences: Rule = (workspace, report) => {
  const { plan, groups, reference } = workspace;
  if (plan) {
    const themeIds = plan.manifest.themes.map((theme) => theme.id);
    // The files that failed the schema check too: a misspelt theme is worth saying with their other faults.
    const named = [...groups.map(({ doc, group }) => ({ doc, theme: group.theme })), ...workspace.unchecked.map((doc) => ({ doc, theme: uncheckedIds(doc).theme }))];
    for (const { doc, theme } of named) {
      if (theme === undefined || themeIds.includes(theme)) continue;
      report("unknown-theme", `unknown theme '${clip(theme)}'`, doc, ["theme"], {
        hint: didYouMean(theme, themeIds) ?? `the themes of plan.yaml are: ${themeIds.map((id) => clip(id)).join(", ")}`,
        related: [placeOf(plan.doc, ["themes"], "themes are defined here")],
      });
    }
  }
  const actionIds = knownActionIds(workspace);
  let speller: Speller | undefined;
  let numbered: Map<string, string[]> | undefined;
  for (const { doc, action, path } of workspace.actions) {
    checkRepeats(report, doc, path, "protocol", action.protocol);
    if (action.related !== undefined) checkRepeats(report, doc, path, "related", action.related, action.id);
    action.protocol.forEach((id, i) => {
      if (reference.indicators.has(id) || workspace.faultyIndicators?.has(id) || commaSplit(action.protocol, i - 1, reference.indicators) !== undefined) return;
      const joined = commaSplit(action.protocol, i, reference.indicators);
      if (joined !== undefined) {
        report("unknown-indicator", `unknown indicator ${clip(id)}: the comma after it splits ${joined} into two ids`, doc, idPath(doc, path, "protocol", i), {
          hint: `Write ${joined}, with a full stop between its numbers (a comma parts the indicators a list names).`,
        });
        return;
      }
      report("unknown-indicator", `unknown indicator ${clip(id)}`, doc, idPath(doc, path, "protocol", i), {
        hint: undecidedHint("protocol", id) ?? articleHint(id, reference.indicators.keys()) ?? didYouMean(id, reference.indicators.keys()) ?? "the catalogue's ids look like SOM-6.1 (Protocol article 6, indicator 1); a plan adds its own in the file its `indicators` names",
      });
    });
    (action.related ?? []).forEach((id, i) => {
      if (!actionIds || actionIds.has(id)) return;
      const byNumber = NUMBER.test(id) ? (numbered ??= actionsByNumber(workspace)).get(`${doc.file}\0${id}`) : undefined;
      const hint = byNumber?.length === 1 ? `did you mean ${clip(byNumber[0]!)}? An action is named by its id, not by its number` : (speller ??= new Speller(actionIds)).didYouMean(id);
      report("unknown-action", `no action in the plan has the id '${clip(id)}'`, doc, idPath(doc, path, "related", i), { hint });
    });
  }
};

/**
 * Each indicator and related action once in an action's list, and no action related to itself: the
 * drafts print what the list says, `SOM-10.4, SOM-6.6, SOM-10.4` among them.
 */
function checkRepeats(report: Report, doc: ParsedDocument, path: DataPath, key: "protocol" | "related", ids: readonly string[], self?: string): void {
  // A list of a few ids, as every action's is, is searched; a long one is indexed once.
  const indexed = ids.length > 16 ? new Map<string, number>() : undefined;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const earlier = indexed ? indexed.get(id) : ids.indexOf(id);
    if (id === self) {
      report("redundant-reference", `${clip(id)} names itself in related`, doc, idPath(doc, path, key, i), { hint: "Remove it: related lists the other actions this one works with." });
    } else if (earlier !== undefined && earlier < i) {
      report("redundant-reference", `${clip(id)} is named twice, in ${key}`, doc, idPath(doc, path, key, i), { hint: "Name it once.", related: [placeOf(doc, idPath(doc, path, key, earlier), `first ${clip(id)}`)] });
    } else indexed?.set(id, i);
  }
}

/**
 * `SOM-18,1`, a decimal comma as Spanish writes one, which a list parts into `SOM-18` and `1`: the
 * indicator the ids at `i` and after it make with a full stop, where `i`'s is unknown and that one
 * known; else undefined.
 */
function commaSplit(ids: readonly string[], i: number, known: ReadonlyMap<string, unknown>): string | undefined {
  const [first, second] = [ids[i], ids[i + 1]];
  if (first === undefined || second === undefined || !/\d$/.test(first) || !/^\d+$/.test(second) || known.has(first)) return undefined;
  const joined = `${first}.${second}`;
  return known.has(joined) ? joined : undefined;
}

/** An action's number as a group writes it after its id's prefix (`1.2` of FLD-1.2). */
const NUMBER = /^\d+(\.\d+)+$/;

/**
 * The actions of each file by the number their id ends in after its prefix's hyphen (`FLD-1.2`:
 * `1.2`), keyed by file and number: a group that writes `Related: 1.2` means its own FLD-1.2.
 */
function actionsByNumber(workspace: Workspace): Map<string, string[]> {
  const byNumber = new Map<string, string[]>();
  for (const { doc, action } of workspace.actions) {
    const number = action.id.slice(action.id.lastIndexOf("-") + 1);
    if (!NUMBER.test(number)) continue;
    const key = `${doc.file}\0${number}`;
    const ids = byNumber.get(key);
    if (ids) ids.push(action.id);
    else byNumber.set(key, [action.id]);
  }
  return byNumber;
}

/**
 * Every action id of the plan; undefined when a group file's are unknown (a related id may be one of
 * them). An id at fault by a word processor's or a converter's hand (`FLD–1.1`, `FLD\-1.1`), which
 * the schema check says, counts as the id meant too: the actions naming it are not told it is missing.
 */
function knownActionIds(workspace: Workspace): Set<string> | undefined {
  if (workspace.incomplete) return undefined;
  const meantToo = (id: string) => {
    const meant = mistypedId(id, ID_PATTERN)?.id;
    return meant === undefined ? [id] : [id, meant];
  };
  const actionIds = new Set<string>(workspace.unchecked.flatMap((doc) => uncheckedIds(doc).actions.flatMap(meantToo)));
  for (const { action } of workspace.actions) actionIds.add(action.id);
  return actionIds;
}
