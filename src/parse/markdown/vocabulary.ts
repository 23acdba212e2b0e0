/**
 * The words of the Markdown matrix: table columns and section labels, each with its English and
 * Spanish heading and the spellings a facilitator is likely to type. Parser and writer share them.
 */
import type { Lang } from "../../model/text.js";
import { remembered } from "./remembered.js";

export type ColumnKey = "id" | "title" | "lead" | "partners" | "timeframe" | "priority" | "protocol";
export type LabelKey = "title" | "description" | "indicator" | "baseline" | "target" | "verification" | "output" | "related" | "notes";

interface Word<K> {
  key: K;
  names: Record<Lang, string>;
  aliases: readonly string[];
}

/** Table columns, in the order the writer uses. */
export const COLUMNS: readonly Word<ColumnKey>[] = [
  { key: "id", names: { en: "Id", es: "Id" }, aliases: ["code", "código", "#"] },
  { key: "title", names: { en: "Action", es: "Acción" }, aliases: ["title", "título", "actions", "acciones"] },
  { key: "lead", names: { en: "Lead", es: "Responsables" }, aliases: ["leads", "lead by", "responsible", "responsable", "líder", "líderes"] },
  { key: "partners", names: { en: "Partners", es: "Socios" }, aliases: ["partner", "support", "socio", "aliados", "apoyo"] },
  { key: "timeframe", names: { en: "Timeframe", es: "Plazo" }, aliases: ["time frame", "period", "when", "dates", "periodo", "período", "calendario", "fechas"] },
  { key: "priority", names: { en: "Priority", es: "Prioridad" }, aliases: [] },
  { key: "protocol", names: { en: "Protocol", es: "Protocolo" }, aliases: ["protocol indicators", "indicadores del protocolo", "som"] },
];

/** Labels of the list items in an objective's or an action's section. */
export const LABELS: readonly Word<LabelKey>[] = [
  { key: "title", names: { en: "Title", es: "Título" }, aliases: ["action", "acción", "objective", "objetivo"] },
  { key: "description", names: { en: "Description", es: "Descripción" }, aliases: [] },
  { key: "indicator", names: { en: "Indicator", es: "Indicador" }, aliases: ["indicators", "indicadores", "measure"] },
  { key: "baseline", names: { en: "Baseline", es: "Línea de base" }, aliases: ["base line", "línea base"] },
  { key: "target", names: { en: "Target", es: "Meta" }, aliases: ["goal"] },
  { key: "verification", names: { en: "Verification", es: "Verificación" }, aliases: ["means of verification", "medio de verificación", "medios de verificación", "source", "fuente"] },
  { key: "output", names: { en: "Output", es: "Producto" }, aliases: ["outputs", "productos", "deliverable", "entregable"] },
  { key: "related", names: { en: "Related", es: "Relacionadas" }, aliases: ["related actions", "acciones relacionadas", "relacionada", "see also", "ver también"] },
  { key: "notes", names: { en: "Notes", es: "Notas" }, aliases: ["note", "nota", "observaciones", "comments", "comentarios"] },
];

/** Priority words a facilitator may type, by the value they mean. */
export const PRIORITY_WORDS: Readonly<Record<string, string>> = { alta: "high", media: "medium", baja: "low" };

/** Cells that mean "nothing here": an empty cell or a dash. */
export const EMPTY_CELL = new Set(["", "-", "–", "—"]);

/** Lower case, without accents or a trailing colon, spaces collapsed: how headings and labels are compared. */
export const normalizeWord = remembered((word: string): string =>
  word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/:\s*$/, "").replace(/\s+/g, " ").trim(),
);

/** Each spelling, normalized, to its key: made once, as a matrix asks for a label per list item. */
function spellings<K>(words: readonly Word<K>[]): Map<string, K> {
  const byWord = new Map<string, K>();
  for (const word of words) {
    for (const spelling of [word.key as string, word.names.en, word.names.es, ...word.aliases]) {
      const normal = normalizeWord(spelling);
      if (!byWord.has(normal)) byWord.set(normal, word.key);
    }
  }
  return byWord;
}

const COLUMN_SPELLINGS = spellings(COLUMNS);
const LABEL_SPELLINGS = spellings(LABELS);

export const columnKey = (typed: string) => COLUMN_SPELLINGS.get(normalizeWord(typed));
export const labelKey = (typed: string) => LABEL_SPELLINGS.get(normalizeWord(typed));

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
