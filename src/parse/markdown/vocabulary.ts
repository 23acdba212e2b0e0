/**
 * The words of the Markdown matrix: table columns and section labels, each with its English and
 * Spanish heading and the spellings a facilitator is likely to type. Parser and writer share them.
 */
import { LANGUAGE_NAMES, LANGUAGES, withoutAccents, type Lang } from "../../model/text.js";
import { remembered } from "./remembered.js";

export type ColumnKey = "id" | "title" | "lead" | "partners" | "timeframe" | "priority" | "protocol";
export type LabelKey = "title" | "description" | "indicator" | "baseline" | "target" | "verification" | "output" | "related" | "notes";

interface Word<K> {
  key: K;
  names: Record<Lang, string>;
  /** Other spellings, by the language they are in (`any` for neither: `#`, `SOM`). */
  aliases: Partial<Record<Lang | "any", readonly string[]>>;
}

/** Table columns, in the order the writer uses. */
export const COLUMNS: readonly Word<ColumnKey>[] = [
  { key: "id", names: { en: "Id", es: "Id" }, aliases: { en: ["code"], es: ["código"], any: ["#"] } },
  // As the concept note's work matrices head them too: strategic actions, who leads, partners, timeframe.
  { key: "title", names: { en: "Action", es: "Acción" }, aliases: { en: ["title", "actions", "strategic action", "strategic actions"], es: ["título", "acciones", "acción estratégica", "acciones estratégicas"] } },
  {
    key: "lead", names: { en: "Lead", es: "Responsables" },
    aliases: { en: ["leads", "lead by", "responsible", "who leads", "lead agency", "lead institution"], es: ["responsable", "líder", "líderes", "quién lidera", "institución responsable", "instituciones responsables"] },
  },
  { key: "partners", names: { en: "Partners", es: "Socios" }, aliases: { en: ["partner", "support", "partner institutions"], es: ["socio", "aliados", "apoyo", "socios estratégicos", "instituciones de apoyo"] } },
  {
    key: "timeframe", names: { en: "Timeframe", es: "Plazo" },
    aliases: { en: ["time frame", "period", "when", "dates", "timeline", "implementation period"], es: ["periodo", "período", "calendario", "fechas", "cronograma", "plazo de ejecución", "periodo de ejecución", "período de ejecución"] },
  },
  { key: "priority", names: { en: "Priority", es: "Prioridad" }, aliases: {} },
  { key: "protocol", names: { en: "Protocol", es: "Protocolo" }, aliases: { en: ["protocol indicators"], es: ["indicadores del protocolo"], any: ["som"] } },
];

/** Labels of the list items in an objective's or an action's section. */
export const LABELS: readonly Word<LabelKey>[] = [
  { key: "title", names: { en: "Title", es: "Título" }, aliases: { en: ["action", "objective"], es: ["acción", "objetivo"] } },
  { key: "description", names: { en: "Description", es: "Descripción" }, aliases: {} },
  { key: "indicator", names: { en: "Indicator", es: "Indicador" }, aliases: { en: ["indicators", "measure"], es: ["indicadores"] } },
  { key: "baseline", names: { en: "Baseline", es: "Línea de base" }, aliases: { en: ["base line"], es: ["línea base"] } },
  { key: "target", names: { en: "Target", es: "Meta" }, aliases: { en: ["goal"] } },
  { key: "verification", names: { en: "Verification", es: "Verificación" }, aliases: { en: ["means of verification", "source"], es: ["medio de verificación", "medios de verificación", "fuente"] } },
  { key: "output", names: { en: "Output", es: "Producto" }, aliases: { en: ["outputs", "deliverable"], es: ["productos", "entregable"] } },
  { key: "related", names: { en: "Related", es: "Relacionadas" }, aliases: { en: ["related actions", "see also"], es: ["acciones relacionadas", "relacionada", "ver también"] } },
  { key: "notes", names: { en: "Notes", es: "Notas" }, aliases: { en: ["note", "comments"], es: ["nota", "observaciones", "comentarios"] } },
];

/**
 * The language of a matrix whose unlabelled texts alone are plain strings when the plan's primary
 * language is not known (a file outside any plan): English, as the format has always read them. In
 * a matrix in another language such a text is a map in that language.
 */
export const PLAIN_LANGUAGE: Lang = "en";

/** Priority words a facilitator may type, by the value they mean. */
export const PRIORITY_WORDS: Readonly<Record<string, string>> = { alta: "high", media: "medium", baja: "low" };

/** A priority as a matrix in `lang` writes it: `high` in English, `alta` in Spanish. */
export function priorityWord(priority: string, lang: Lang): string {
  if (lang === "en") return priority;
  return Object.keys(PRIORITY_WORDS).find((word) => PRIORITY_WORDS[word] === priority) ?? priority;
}

/** Cells that mean "nothing here": an empty cell or a dash. */
export const EMPTY_CELL = new Set(["", "-", "–", "—"]);

/** Lower case, without accents or a trailing colon, spaces collapsed: how headings and labels are compared. */
export const normalizeWord = remembered((word: string): string =>
  withoutAccents(word).toLowerCase().replace(/:\s*$/, "").replace(/\s+/g, " ").trim(),
);

/** What a spelling says: the column or label it names, and the language it is in (none for `Id`, `#`). */
interface Spelling<K> {
  key: K;
  lang?: Lang;
}

/**
 * Each spelling, normalized, to what it says: made once, as a matrix asks for a label per list item.
 * The key is English; a spelling found in both languages (`Id`) is in neither.
 */
function spellings<K extends string>(words: readonly Word<K>[]): Map<string, Spelling<K>> {
  const byWord = new Map<string, Spelling<K>>();
  const add = (spelling: string, key: K, lang: Lang | undefined) => {
    const normal = normalizeWord(spelling);
    const known = byWord.get(normal);
    if (!known) byWord.set(normal, lang ? { key, lang } : { key });
    else if (known.key === key && known.lang !== lang) byWord.set(normal, { key });
  };
  for (const word of words) {
    add(word.key, word.key, "en");
    for (const lang of LANGUAGES) add(word.names[lang], word.key, lang);
    for (const lang of LANGUAGES) for (const alias of word.aliases[lang] ?? []) add(alias, word.key, lang);
    for (const alias of word.aliases.any ?? []) add(alias, word.key, undefined);
  }
  return byWord;
}

const COLUMN_SPELLINGS = spellings(COLUMNS);
const LABEL_SPELLINGS = spellings(LABELS);

/**
 * What a column heading says: as a whole, or, headed in both languages as a bilingual workshop's
 * matrix may be (`Action/Acción`, `Plazo / Timeframe`), what both halves say alike, in the first's language.
 */
function columnSpelling(typed: string): Spelling<ColumnKey> | undefined {
  const whole = COLUMN_SPELLINGS.get(normalizeWord(typed));
  if (whole !== undefined || !typed.includes("/")) return whole;
  const halves = typed.split("/");
  if (halves.length !== 2) return undefined;
  const [first, second] = halves.map((half) => COLUMN_SPELLINGS.get(normalizeWord(half)));
  return first !== undefined && first.key === second?.key ? first : undefined;
}

export const columnKey = (typed: string) => columnSpelling(typed)?.key;

/**
 * Aliases that are everyday words, which the words after them may make mean something else:
 * `Support needed` and `Apoyo requerido` are what an action needs, not who supports it; `Código
 * SOM` is no Id. Normalized (normalizeWord).
 */
const BROAD_ALIASES: ReadonlySet<string> = new Set(["support", "apoyo", "code", "codigo"]);

/** What keeps a broad alias's meaning after it: brackets, or `de`, `del`, `of` (`Apoyo de la OIM`, `Code (internal)`). */
const QUALIFYING_TAIL = /^(?:\s*\(|\s(?:de|del|of)\s)/;

/**
 * The longest known spelling a heading unknown as a whole starts with, followed by more
 * (`Plazo de implementación`): the spelling and what it says.
 */
function firstSpelling(typed: string): { words: string; spelling: string; said: Spelling<ColumnKey> } | undefined {
  const words = normalizeWord(typed);
  let found: { words: string; spelling: string; said: Spelling<ColumnKey> } | undefined;
  for (const [spelling, said] of COLUMN_SPELLINGS) {
    if (spelling.length < 2 || !words.startsWith(spelling) || !/^[\s(]/.test(words.slice(spelling.length))) continue;
    if (!found || spelling.length > found.spelling.length) found = { words, spelling, said };
  }
  return found;
}

/** Whether a heading starting with `spelling` means the column the spelling names alone. */
function keepsMeaning({ words, spelling }: { words: string; spelling: string }): boolean {
  return !BROAD_ALIASES.has(spelling) || QUALIFYING_TAIL.test(words.slice(spelling.length));
}

/**
 * The column a heading unknown as a whole names by its first words, a known spelling followed by
 * more (`Plazo de implementación`, `Timeframe (years)`, `Lead country`): the longest such
 * spelling's column, and the language it is in. Not where the words after a broad alias may make
 * it mean something else (`Support needed`: broadColumnWord).
 */
export function columnByFirstWords(typed: string): Spelling<ColumnKey> | undefined {
  const found = firstSpelling(typed);
  return found !== undefined && keepsMeaning(found) ? found.said : undefined;
}

/**
 * The broad alias a heading starts with, as typed, where the words after it may make it mean
 * something else (`Support` of `Support needed`), and the column it names alone.
 */
export function broadColumnWord(typed: string): { word: string; key: ColumnKey } | undefined {
  const found = firstSpelling(typed);
  if (found === undefined || keepsMeaning(found)) return undefined;
  return { word: typed.trim().split(/\s/)[0]!, key: found.said.key };
}
export const labelKey = (typed: string) => LABEL_SPELLINGS.get(normalizeWord(typed))?.key;

/** The language a column heading is typed in: `Acción` is Spanish, `Id` neither. */
export const columnLanguage = (typed: string) => columnSpelling(typed)?.lang;

/** The language a label's name is typed in: `Título` (of `Título (en)`) is Spanish. */
export const labelLanguage = (typed: string) => LABEL_SPELLINGS.get(normalizeWord(typed))?.lang;

/** Every heading a column may have, for a did-you-mean. */
export function columnNames(): string[] {
  return COLUMNS.flatMap((word) => [word.names.en, word.names.es]);
}

export function labelNames(keys: readonly LabelKey[]): string[] {
  return LABELS.filter((word) => keys.includes(word.key)).flatMap((word) => [word.names.en, word.names.es]);
}

export function columnName(key: ColumnKey, lang: Lang): string {
  return COLUMNS.find((word) => word.key === key)!.names[lang];
}

export function labelName(key: LabelKey, lang: Lang): string {
  return LABELS.find((word) => word.key === key)!.names[lang];
}

/** What a matrix in `lang` takes its unlabelled texts to be, as hints say it: "an English matrix's unlabelled texts are English". */
export function unlabelledTextsRule(lang: Lang): string {
  const name = LANGUAGE_NAMES[lang];
  return `${/^[AEIOU]/.test(name) ? "an" : "a"} ${name} matrix's unlabelled texts are ${name}`;
}

export function isLabelKey(key: string): key is LabelKey {
  return LABELS.some((word) => word.key === key);
}

/** What a label is as a key of the YAML form, where that differs from the label's own key. */
const LABEL_KEYS: Readonly<Partial<Record<LabelKey, string>>> = { indicator: "indicators", output: "outputs" };

/**
 * Keys of the YAML form as a Spanish-speaking group writes them, beside the matrix's column and
 * label names (`responsables`, `línea de base`), accents and case aside.
 */
const SPANISH_KEYS: Readonly<Record<string, string>> = {
  objetivos: "objectives", objetivo: "objectives", acciones: "actions", accion: "actions", grupo: "group", tema: "theme",
  facilitador: "facilitator", facilitadora: "facilitator", relator: "rapporteur", relatora: "rapporteur", participantes: "participants",
  texto: "text", nombre: "name", pais: "country", rol: "role", cargo: "role", organizacion: "organization", inicio: "start", fin: "end",
  idiomas: "languages", paises: "countries", organizaciones: "organizations", narrativa: "narrative", grupos: "groups",
  estado: "status", fecha: "date", periodo: "period", borrador: "draft", temas: "themes", reglas: "rules", numero: "number",
  resumen: "summary", articulo: "article", tipo: "type", enunciado: "statement",
};

/**
 * The format's key that `typed` names in Spanish, or by a matrix's column or label name
 * (`responsables`: lead, `productos`: outputs), where it is one of `known`, the keys of that place.
 */
export function formatKeyFor(typed: string, known: readonly string[]): string | undefined {
  const word = normalizeWord(typed);
  const label = labelKey(word);
  const candidates = [SPANISH_KEYS[word], columnKey(word), label && (LABEL_KEYS[label] ?? label)];
  return candidates.find((key) => key !== undefined && key !== typed && known.includes(key));
}

/** The articles a name, or an id as a sentence writes it, may start with (`la Policía Nacional Civil`, `la OIM`, `The United Nations…`). */
export const ARTICLES: ReadonlySet<string> = new Set(["la", "el", "los", "las", "the"]);

/**
 * The small words that join a name's words and end none (`Ministerio de Salud`, `Office on Drugs`):
 * a name ends at the capitalized word or the longer small word before them. Never a party itself.
 */
export const JOINING_WORDS: ReadonlySet<string> = new Set(["de", "del", "la", "las", "los", "el", "para", "por", "contra", "sobre", "en", "o", "u", "a", "al", "of", "the", "for", "on", "in", "against", "to"]);

/**
 * The words English ends an institution's name with (`Canada Border Services Agency`, `Mexico
 * City Police`, `U.S. Customs and Border Protection`). Spanish starts the name with them instead
 * (`Ministerio Público de Guatemala`), so `Guatemala Ministerio Público` stays a country and a name.
 * Not `Customs`: an `and` goes on in a name only before its institution's word (inline.ts).
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  "Administration", "Agency", "Authority", "Board", "Bureau", "Commission", "Council", "Court", "Department", "Directorate", "Enforcement", "Force", "Guard",
  "Institute", "Mission", "Ministry", "Office", "Patrol", "Police", "Protection", "Secretariat", "Service", "Services", "Unit",
]);

/**
 * The words a Spanish institution's name starts with: after a `y` and followed by more of a name,
 * or after an article, a second name starts (`… y Policía Nacional Civil`, `… y la Fiscalía`); as
 * the last word after a bare `y`, it is the name's own (`Ministerio de Gobernación y Policía`).
 */
export const INSTITUTION_STARTS: ReadonlySet<string> = new Set([
  "Agencia", "Comisión", "Consejo", "Consulado", "Corte", "Defensoría", "Departamento", "Dirección", "Embajada", "Fiscalía", "Guardia",
  "Instituto", "Ministerio", "Oficina", "Policía", "Procuraduría", "Secretaría", "Servicio", "Superintendencia", "Tribunal", "Unidad",
]);

/** A word that starts a name or goes on with one: a capital, then small letters (`Fiscalía`, `Naciones`, `Ética` decomposed). */
export const CAPITALIZED_WORD = /^\p{Lu}\p{M}*\p{Ll}/u;
