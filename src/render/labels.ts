/**
 * Every heading and label the drafts print, by language. The Markdown and DOCX renderers both
 * read them from here, so a draft in Spanish says "Objetivo" whatever its format.
 */
import type { Priority } from "../model/schema.js";
import type { Lang } from "../model/text.js";

export interface Labels {
  draft: (number: number) => string;
  status: Record<"draft" | "final", string>;
  statusLabel: string;
  date: string;
  period: string;
  network: string;
  contents: string;
  theme: string;
  objectives: string;
  objective: string;
  action: string;
  actionMatrix: string;
  actionDetails: string;
  number: string;
  lead: string;
  partners: string;
  timeframe: string;
  priority: string;
  priorities: Record<Priority, string>;
  protocolIndicators: string;
  monitoringIndicators: string;
  indicator: string;
  baseline: string;
  target: string;
  verification: string;
  outputs: string;
  relatedActions: string;
  /** The other action of a likely-duplicate pair, in an action's particulars. */
  likelyDuplicateOf: string;
  notes: string;
  source: string;
  allCountries: string;
  annex: string;
  protocolCoverage: string;
  article: string;
  total: string;
  actionsByIndicator: string;
  statement: string;
  actions: string;
  uncoveredArticles: string;
  allArticlesCovered: string;
  coverageLegend: string;
  uncoveredIndicators: string;
  allIndicatorsCovered: string;
  timeline: string;
  timelineLegend: string;
  responsibilities: string;
  byCountry: string;
  country: string;
  organization: string;
  organizations: string;
  leads: string;
  asPartner: string;
  likelyDuplicates: string;
  duplicatesIntro: string;
  noDuplicates: string;
  alsoProposedAs: string;
  similarity: string;
  sources: string;
  group: string;
  facilitator: string;
  rapporteur: string;
  file: string;
  months: readonly string[];
  /**
   * The words the Word draft's own bookmarks are named with ("Action_1_2_3"), which Word shows in
   * its list of bookmarks and in a link to one: in the draft's language, as the Markdown draft's anchors are.
   */
  bookmarks: Record<"title" | "contents" | "theme" | "objectives" | "matrix" | "actions" | "action" | "annex", string>;
  /** What the Markdown draft's seal (render/markdown/seal.ts) tells whoever opens the file. */
  sealNote: string;
  /** "15 September 2017" / "15 de septiembre de 2017". */
  formatDate: (day: number, month: string, year: number) => string;
  /** What parts a number's whole from its decimals: "0.65" in English, "0,65" in Spanish. */
  decimalMark: string;
}

const EN: Labels = {
  draft: (n) => `Draft ${n}`,
  status: { draft: "draft", final: "final" },
  statusLabel: "Status",
  date: "Date",
  period: "Period",
  network: "Network",
  contents: "Contents",
  theme: "Theme",
  objectives: "Objectives",
  objective: "Objective",
  action: "Action",
  actionMatrix: "Action matrix",
  actionDetails: "Actions in detail",
  number: "No.",
  lead: "Lead",
  partners: "Partners",
  timeframe: "Timeframe",
  priority: "Priority",
  priorities: { high: "high", medium: "medium", low: "low" },
  protocolIndicators: "Protocol indicators",
  monitoringIndicators: "Monitoring indicators",
  indicator: "Indicator",
  baseline: "Baseline",
  target: "Target",
  verification: "Means of verification",
  outputs: "Outputs",
  relatedActions: "Related actions",
  likelyDuplicateOf: "Likely duplicate of",
  notes: "Notes",
  source: "Source",
  allCountries: "all member countries",
  annex: "Annex",
  protocolCoverage: "Protocol coverage",
  article: "Article",
  total: "Total",
  actionsByIndicator: "Actions by compliance indicator",
  statement: "Statement",
  actions: "Actions",
  uncoveredArticles: "Articles that no action serves",
  allArticlesCovered: "Every article is served by at least one action.",
  coverageLegend: "Each cell counts the actions of a theme that serve the article through one of its compliance indicators; — marks an article that no action serves. Articles without compliance indicators, such as the definitions and most final clauses, are not listed.",
  uncoveredIndicators: "Compliance indicators that no action serves",
  allIndicatorsCovered: "Every compliance indicator is served by at least one action.",
  timeline: "Timeline",
  timelineLegend: "■ the whole year; Q1–Q4 the quarters covered in a year.",
  responsibilities: "Responsibilities",
  byCountry: "By country",
  country: "Country",
  organization: "Organisation",
  organizations: "By organisation",
  leads: "Leads",
  asPartner: "As partner",
  likelyDuplicates: "Likely duplicates",
  duplicatesIntro: "Actions of different groups that read alike; both are kept in this draft for a decision at consolidation.",
  noDuplicates: "No likely duplicates were found.",
  alsoProposedAs: "Also proposed as",
  similarity: "Similarity",
  sources: "Sources",
  group: "Working group",
  facilitator: "Facilitator",
  rapporteur: "Rapporteur",
  file: "File",
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  bookmarks: { title: "Title", contents: "Contents", theme: "Theme", objectives: "Objectives", matrix: "Matrix", actions: "Actions", action: "Action", annex: "Annex" },
  sealNote: "written from the plan's files: edit those and build again; plan build will not replace this draft once it is edited here",
  formatDate: (day, month, year) => `${day} ${month} ${year}`,
  decimalMark: ".",
};

const ES: Labels = {
  draft: (n) => `Borrador ${n}`,
  status: { draft: "borrador", final: "final" },
  statusLabel: "Estado",
  date: "Fecha",
  period: "Período",
  network: "Red",
  contents: "Índice",
  theme: "Tema",
  objectives: "Objetivos",
  objective: "Objetivo",
  action: "Acción",
  actionMatrix: "Matriz de acciones",
  actionDetails: "Detalle de las acciones",
  number: "N.º",
  lead: "Responsables",
  partners: "Socios",
  timeframe: "Plazo",
  priority: "Prioridad",
  priorities: { high: "alta", medium: "media", low: "baja" },
  protocolIndicators: "Indicadores del Protocolo",
  monitoringIndicators: "Indicadores de seguimiento",
  indicator: "Indicador",
  baseline: "Línea de base",
  target: "Meta",
  verification: "Medios de verificación",
  outputs: "Productos",
  relatedActions: "Acciones relacionadas",
  likelyDuplicateOf: "Posible duplicado de",
  notes: "Notas",
  source: "Fuente",
  allCountries: "todos los países miembros",
  annex: "Anexo",
  protocolCoverage: "Cobertura del Protocolo",
  article: "Artículo",
  total: "Total",
  actionsByIndicator: "Acciones por indicador de cumplimiento",
  statement: "Enunciado",
  actions: "Acciones",
  uncoveredArticles: "Artículos que ninguna acción atiende",
  allArticlesCovered: "Al menos una acción atiende cada artículo.",
  coverageLegend: "Cada celda cuenta las acciones de un tema que atienden el artículo mediante alguno de sus indicadores de cumplimiento; — señala un artículo que ninguna acción atiende. No se incluyen los artículos sin indicadores de cumplimiento, como el de definiciones y la mayoría de las cláusulas finales.",
  uncoveredIndicators: "Indicadores de cumplimiento que ninguna acción atiende",
  allIndicatorsCovered: "Al menos una acción atiende cada indicador de cumplimiento.",
  timeline: "Cronograma",
  timelineLegend: "■ todo el año; T1–T4 los trimestres cubiertos en un año.",
  responsibilities: "Responsabilidades",
  byCountry: "Por país",
  country: "País",
  organization: "Organización",
  organizations: "Por organización",
  leads: "Como responsable",
  asPartner: "Como socio",
  likelyDuplicates: "Posibles duplicados",
  duplicatesIntro: "Acciones de grupos distintos que se parecen; ambas se mantienen en este borrador para que se decida en la consolidación.",
  noDuplicates: "No se encontraron posibles duplicados.",
  alsoProposedAs: "También propuesta como",
  similarity: "Similitud",
  sources: "Fuentes",
  group: "Grupo de trabajo",
  facilitator: "Facilitador(a)",
  rapporteur: "Relator(a)",
  file: "Archivo",
  months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  bookmarks: { title: "Título", contents: "Índice", theme: "Tema", objectives: "Objetivos", matrix: "Matriz", actions: "Acciones", action: "Acción", annex: "Anexo" },
  sealNote: "escrito a partir de los archivos del plan: edítelos y vuelva a compilar; plan build no reemplazará este borrador si se edita aquí",
  formatDate: (day, month, year) => `${day} de ${month} de ${year}`,
  decimalMark: ",",
};

export const LABELS: Readonly<Record<Lang, Labels>> = { en: EN, es: ES };

/**
 * The monitoring indicators' label where their table starts a page, which the action's heading is
 * not on: "Monitoring indicators — Action 1.2.3 (INT-1.3)". plan textconv reads it as the label alone.
 */
export function indicatorsLabelOverleaf(labels: Labels, action: string): string {
  return `${labels.monitoringIndicators} — ${labels.action} ${action}`;
}

/** A YYYY-MM-DD date in words, from the string alone: no clock, no locale, no time zone. */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split("-").map(Number);
  const labels = LABELS[lang];
  return labels.formatDate(day!, labels.months[month! - 1] ?? String(month), year!);
}

/** A number with `digits` decimals, as the draft's language writes it: "0.65", "0,65"; no locale of the machine's. */
export function formatDecimal(value: number, digits: number, lang: Lang): string {
  return value.toFixed(digits).replace(".", LABELS[lang].decimalMark);
}

/** A quarter as the drafts print it: "Q3" in English, "T3" (trimestre) in Spanish. */
export function quarterLabel(quarter: number, lang: Lang): string {
  return `${lang === "es" ? "T" : "Q"}${quarter}`;
}
