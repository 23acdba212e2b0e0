import type { PlanManifest, WorkingGroup } from "./schema.js";
import type { Text } from "./text.js";

export interface TextAt {
  path: (string | number)[];
  text: Text;
}

/** Picks texts; the rules want only those missing a language, of some 150,000 in a big plan. */
export type TextFilter = (text: Text) => boolean;

type Path = readonly (string | number)[];

const MEASURE_TEXTS = ["text", "baseline", "target", "verification"] as const;

/** Collects the texts `wanted` picks; each one's path is made only when it is picked. */
function collector(wanted: TextFilter): { picked: TextAt[]; pick: (at: Path, key: string | number, text: Text | undefined) => void } {
  const picked: TextAt[] = [];
  const pick = (at: Path, key: string | number, text: Text | undefined) => {
    if (text !== undefined && wanted(text)) picked.push({ path: [...at, key], text });
  };
  return { picked, pick };
}

/** Every text a person reads in a group file that `wanted` picks (all by default), in file order, with its data path. */
export function groupTexts(group: WorkingGroup, wanted: TextFilter = () => true): TextAt[] {
  const { picked, pick } = collector(wanted);
  for (const [o, objective] of group.objectives.entries()) {
    const op = ["objectives", o];
    pick(op, "title", objective.title);
    pick(op, "description", objective.description);
    for (const [a, action] of objective.actions.entries()) {
      const ap = [...op, "actions", a];
      pick(ap, "title", action.title);
      pick(ap, "description", action.description);
      for (const [i, measure] of action.indicators.entries()) {
        const mp = [...ap, "indicators", i];
        for (const key of MEASURE_TEXTS) pick(mp, key, measure[key]);
      }
      const outputs = [...ap, "outputs"];
      for (const [k, output] of (action.outputs ?? []).entries()) pick(outputs, k, output);
      pick(ap, "notes", action.notes);
    }
  }
  return picked;
}

/** Every text a person reads in plan.yaml that `wanted` picks (all by default), with its data path. */
export function manifestTexts(manifest: PlanManifest, wanted: TextFilter = () => true): TextAt[] {
  const { picked, pick } = collector(wanted);
  pick([], "title", manifest.title);
  pick([], "network", manifest.network);
  for (const [t, theme] of manifest.themes.entries()) {
    pick(["themes", t], "title", theme.title);
    pick(["themes", t], "summary", theme.summary);
  }
  for (const [i, organization] of manifest.organizations.entries()) pick(["organizations", i], "name", organization.name);
  return picked;
}
