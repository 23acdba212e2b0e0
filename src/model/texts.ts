import type { PlanManifest, WorkingGroup } from "./schema.js";
import type { Text } from "./text.js";

export interface TextAt {
  path: (string | number)[];
  text: Text;
}

function* field(path: (string | number)[], text: Text | undefined): Generator<TextAt> {
  if (text !== undefined) yield { path, text };
}

/** Every text a person reads in a group file, with its data path. */
export function* groupTexts(group: WorkingGroup): Generator<TextAt> {
  for (const [o, objective] of group.objectives.entries()) {
    const op = ["objectives", o];
    yield* field([...op, "title"], objective.title);
    yield* field([...op, "description"], objective.description);
    for (const [a, action] of objective.actions.entries()) {
      const ap = [...op, "actions", a];
      yield* field([...ap, "title"], action.title);
      yield* field([...ap, "description"], action.description);
      for (const [i, measure] of action.indicators.entries()) {
        for (const key of ["text", "baseline", "target", "verification"] as const) yield* field([...ap, "indicators", i, key], measure[key]);
      }
      for (const [k, output] of (action.outputs ?? []).entries()) yield* field([...ap, "outputs", k], output);
      yield* field([...ap, "notes"], action.notes);
    }
  }
}

/** Every text a person reads in plan.yaml, with its data path. */
export function* manifestTexts(manifest: PlanManifest): Generator<TextAt> {
  yield* field(["title"], manifest.title);
  yield* field(["network"], manifest.network);
  for (const [t, theme] of manifest.themes.entries()) {
    yield* field(["themes", t, "title"], theme.title);
    yield* field(["themes", t, "summary"], theme.summary);
  }
  for (const [i, organization] of manifest.organizations.entries()) yield* field(["organizations", i, "name"], organization.name);
}
