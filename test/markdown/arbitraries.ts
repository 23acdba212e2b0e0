/** Generated working groups for the property tests: Spanish text, pipes, line breaks, emphasis, links. */
import fc from "fast-check";
import type { Text } from "../../src/model/text.js";

const WORDS = [
  "acción", "niñas y niños", "¿Qué país?", "¡Sí!", "año", "tráfico ilícito", "migración", "Protocol",
  "a|b", "x | y", "**fuerte**", "*énfasis*", "_cursiva_", "[enlace](https://example.org/a?b=1)", "`código|raro`",
  "2019", "SOM-6.1", "(IOM)", "50 %", "«comillas»", "\"quoted\"", "it's", "ñandú", "Ü", "&", "x: y",
];

/** A text of a few words joined by spaces and, now and then, a line break or a blank line. */
export const textString = (breaks: boolean): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(" ", " ", " ", ...(breaks ? ["\n", "\n\n"] : []))), { minLength: 1, maxLength: 6 })
    .map((pieces) => pieces.map(([word, gap], i) => (i === 0 ? word : gap + word)).join(""));

const text = (breaks = true): fc.Arbitrary<Text> =>
  fc.oneof(
    textString(breaks),
    fc.record({ en: textString(breaks), es: textString(breaks) }),
    fc.record({ en: textString(breaks) }),
    fc.record({ es: textString(breaks) }),
  );

const ids = (pool: string[], min: number) => fc.uniqueArray(fc.constantFrom(...pool), { minLength: min, maxLength: 3 });
const point = fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.constantFrom("", "-Q1", "-Q3")).map(([year, q]) => `${year}${q}`);

const measure = fc.record(
  { text: text(), baseline: text(), target: text(), verification: text() },
  { requiredKeys: ["text"] },
);

const action = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      title: text(),
      description: text(),
      lead: ids(["GT", "MX", "IOM", "ALL", "RCM-TS"], 1),
      partners: ids(["SV", "HN", "UNODC", "ALL"], 0),
      timeframe: fc.record({ start: point, end: point }),
      priority: fc.constantFrom("high", "medium", "low"),
      protocol: ids(["SOM-6.1", "SOM-10.4", "SOM-16.3"], 0),
      indicators: fc.array(measure, { maxLength: 2 }),
      outputs: fc.array(text(), { minLength: 1, maxLength: 2 }),
      related: ids(["INT-1.1", "FLD-2.1"], 1),
      notes: text(),
    },
    { requiredKeys: ["id", "title", "timeframe", "priority", "partners", "protocol", "indicators"] },
  );

const objective = (o: number) =>
  fc.integer({ min: 0, max: 3 }).chain((count) =>
    fc.record(
      {
        id: fc.constant(`OBJ-O${o}`),
        title: text(),
        description: text(),
        actions: fc.tuple(...Array.from({ length: count }, (_, a) => action(`OBJ-${o}.${a + 1}`))),
      },
      { requiredKeys: ["id", "title", "actions"] },
    ),
  );

/** A valid group, in the shape GroupSchema gives (lists where the YAML form allows shorthand). */
export const workingGroup = fc.integer({ min: 0, max: 3 }).chain((count) =>
  fc.record(
    {
      group: fc.constant("field-operations"),
      theme: fc.constantFrom("field-operations", "intelligence"),
      facilitator: fc.record({ name: fc.constantFrom("Ana María Núñez", "José Peña"), organization: fc.constantFrom("IOM", "UNODC") }, { requiredKeys: ["name"] }),
      rapporteur: fc.record({ name: fc.constantFrom("Carlos Peña", "Delegación de Guatemala"), country: fc.constantFrom("GT", "SV") }, { requiredKeys: ["name"] }),
      participants: fc.array(fc.record({ country: fc.constantFrom("GT", "MX"), role: fc.constantFrom("prosecutor", "observer"), name: fc.constant("Luis Ortega") }, { requiredKeys: ["country", "role"] }), { maxLength: 2 }),
      objectives: fc.tuple(...Array.from({ length: count }, (_, o) => objective(o + 1))),
    },
    { requiredKeys: ["group", "theme", "participants", "objectives"] },
  ),
);
