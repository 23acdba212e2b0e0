/**
 * The merged plan: what `plan build` makes of plan.yaml and the group files, and what every
 * renderer (Markdown, DOCX, JSON) reads. Pure data; the JSON draft is this, serialised.
 */
import type { Article, ComplianceIndicator, Country, Organization } from "./reference.js";
import type { Measure, Priority, Role } from "./schema.js";
import type { Lang, Text } from "./text.js";

/** Where a merged item came from, for the annexes and for diagnostics. */
export interface SourceRef {
  group: string;
  /** Relative to the plan directory, forward slashes. */
  file: string;
  line: number;
}

export interface ActionModel {
  id: string;
  /** theme.objective.action, e.g. "1.2.3": derived from the order, shown beside the stable id. */
  number: string;
  themeId: string;
  objectiveId: string;
  title: Text;
  description?: Text;
  lead: string[];
  partners: string[];
  timeframe: { start: string; end: string };
  priority: Priority;
  protocol: string[];
  indicators: Measure[];
  outputs: Text[];
  related: string[];
  notes?: Text;
  source: SourceRef;
}

export interface ObjectiveModel {
  id: string;
  /** theme.objective, e.g. "1.2". */
  number: string;
  title: Text;
  description?: Text;
  actions: ActionModel[];
  source: SourceRef;
}

export interface GroupModel {
  id: string;
  themeId: string;
  facilitator?: { name: Text; organization?: string };
  rapporteur?: { name: Text; country?: string };
  participants: { country: string; role: Role; name?: string }[];
  file: string;
}

export interface ThemeModel {
  id: string;
  number: number;
  title: Text;
  summary?: Text;
  /** The groups that cover the theme, in file order. */
  groups: string[];
  objectives: ObjectiveModel[];
}

export interface NarrativeSection {
  /** The Markdown text by language, as the files hold it. */
  markdown: Partial<Record<Lang, string>>;
  files: Partial<Record<Lang, string>>;
}

/** A likely duplicate: two actions in different groups that say much the same thing. */
export interface DuplicatePair {
  first: string;
  second: string;
  /** Similarity of their titles and descriptions, 0..1. */
  similarity: number;
}

export interface Responsibility {
  /** A country code or an organisation id. */
  party: string;
  kind: "country" | "organization";
  leads: string[];
  partners: string[];
}

/** The quarters an action covers in one year of its timeframe. */
export interface TimelineYear {
  year: number;
  /** 1..4, ascending. */
  quarters: number[];
}

/** One action on the timeline: the years (and quarters) its timeframe covers, in order. */
export interface TimelineEntry {
  action: string;
  years: TimelineYear[];
}

export interface PlanModel {
  id: string;
  title: Text;
  network?: Text;
  draft: number;
  status: "draft" | "final";
  date: string;
  period: { start: number; end: number };
  languages: Lang[];
  countries: string[];
  themes: ThemeModel[];
  groups: GroupModel[];
  narrative: NarrativeSection[];
  /** The names the drafts need: the articles and the indicators, and only the countries and organisations the plan uses. */
  reference: {
    instrument: { title: Text; short: Text };
    /** Every article of the instrument, so the coverage annex can name those no action serves. */
    articles: Article[];
    /** Every indicator of the catalogue and the plan's own, so the coverage annex can name those no action serves. */
    indicators: ComplianceIndicator[];
    countries: Country[];
    organizations: Organization[];
  };
  annexes: {
    duplicates: DuplicatePair[];
    /** Indicator id -> the actions that serve it, in plan order. */
    coverage: { indicator: string; article: number; actions: string[] }[];
    /** Articles that have compliance indicators, and that no action serves. */
    uncoveredArticles: number[];
    /** Compliance indicators that no action serves, in id order (SOM-7.1 before SOM-11.3). */
    uncoveredIndicators: string[];
    responsibilities: Responsibility[];
    /** Every action, in plan order, with the years and quarters it covers. */
    timeline: TimelineEntry[];
  };
}
