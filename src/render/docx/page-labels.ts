/** The few words only the Word draft prints: its running header and footer. */
import type { Lang } from "../../model/text.js";

export interface PageLabels {
  /** "for consideration by the RCM", after "DRAFT 1 —" in the page header. */
  forConsideration: string;
  page: string;
  of: string;
  /** The legend of the Gantt chart by quarter. */
  quarterLegend: string;
  /** The timeline by years: its cells are shaded, not marked ■ as the Markdown draft's are. */
  yearLegend: string;
  /** Over the coverage matrix's theme numbers, where `Theme N` is too wide for their columns. */
  themes: string;
}

export const PAGE_LABELS: Readonly<Record<Lang, PageLabels>> = {
  en: { forConsideration: "for consideration by the RCM", page: "Page", of: "of", quarterLegend: "Each shaded cell is a quarter in which the action runs.", yearLegend: "A dark cell is a year the action runs throughout; a light one names the quarters it runs in that year.", themes: "Themes" },
  es: { forConsideration: "para consideración de la CRM", page: "Página", of: "de", quarterLegend: "Cada celda sombreada es un trimestre en que se ejecuta la acción.", yearLegend: "Una celda oscura es un año completo de ejecución de la acción; una clara indica los trimestres en que se ejecuta ese año.", themes: "Temas" },
};
