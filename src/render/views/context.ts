import { allActions } from "../../merge/themes.js";
import { ALL_COUNTRIES, type ComplianceIndicator } from "../../model/reference.js";
import type { ActionModel, NarrativeSection, PlanModel } from "../../model/plan-model.js";
import { parseTimepoint } from "../../model/timeframe.js";
import { closeOpenBlock } from "../../parse/narrative/check.js";
import { resolvedLanguage, resolveText, type Lang, type Text } from "../../model/text.js";
import { LABELS, quarterLabel, type Labels } from "../labels.js";

/** What every renderer needs to print a plan in one language. */
export interface DraftView {
  model: PlanModel;
  lang: Lang;
  labels: Labels;
  /** "Draft 2" while the plan is a draft; none once it is final, whose cover and header name no draft. */
  edition: string | undefined;
  /** A text in the draft's language, else the primary language (the build warns about it). */
  text(text: Text | undefined): string;
  /** The language `text` prints in where it is not the draft's (a fallback), else undefined: the Word draft marks it so. */
  fallbackLanguage(text: Text | undefined): Lang | undefined;
  /** A country's name or an organisation's acronym in the draft's language; `ALL` in words. */
  party(id: string): string;
  /** An organisation's full name, for the first mention or a legend. */
  organizationName(id: string): string;
  /** The name of the theme a working group drafted, in the draft's language: readers know the themes, not the groups' ids. */
  groupName(id: string): string;
  action(id: string): ActionModel | undefined;
  /** The actions the likely-duplicates annex pairs with this one, in plan order. */
  duplicatesOf(id: string): ActionModel[];
  /** A compliance indicator the plan uses, by id. */
  indicator(id: string): ComplianceIndicator | undefined;
  /** Every action, in plan order. */
  actions: ActionModel[];
  /**
   * A narrative section's Markdown in the draft's language, else in the first of the plan's that
   * has it; a code block, comment or HTML block its file leaves open is closed at its end.
   */
  narrative(section: NarrativeSection): string | undefined;
}

/** The language of the file a `lang` draft prints a narrative section from: its own, else the first of `languages` the section has. */
export function narrativeLanguage(section: NarrativeSection, lang: Lang, languages: readonly Lang[]): Lang {
  return section.markdown[lang] !== undefined ? lang : (languages.find((other) => section.markdown[other] !== undefined) ?? lang);
}

/** The view of `model` in `lang`. */
export function makeView(model: PlanModel, lang: Lang): DraftView {
  const fallbacks = model.languages;
  const text = (value: Text | undefined) => resolveText(value, lang, fallbacks);
  const countries = new Map(model.reference.countries.map((country) => [country.code, country]));
  const organizations = new Map(model.reference.organizations.map((organization) => [organization.id, organization]));
  const actions = allActions(model.themes);
  const byId = new Map(actions.map((action) => [action.id, action]));
  const order = new Map(actions.map((action, index) => [action.id, index]));
  const indicators = new Map(model.reference.indicators.map((indicator) => [indicator.id, indicator]));
  const themes = new Map(model.themes.map((theme) => [theme.id, theme]));
  const groupThemes = new Map(model.groups.map((group) => [group.id, themes.get(group.themeId)]));
  const labels = LABELS[lang];
  // Each action's partners in a likely-duplicate pair, in plan order, sorted once here rather than on each call.
  const duplicates = new Map<string, ActionModel[]>();
  for (const { first, second } of model.annexes.duplicates) {
    for (const [id, other] of [[first, second], [second, first]] as const) {
      const action = byId.get(other);
      if (action) duplicates.set(id, [...(duplicates.get(id) ?? []), action]);
    }
  }
  for (const list of duplicates.values()) list.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    model,
    lang,
    labels,
    edition: model.status === "draft" ? labels.draft(model.draft) : undefined,
    text,
    fallbackLanguage: (value) => {
      const taken = resolvedLanguage(value, lang, fallbacks);
      return taken === lang || resolveText(value, lang, fallbacks) === "" ? undefined : taken;
    },
    party: (id) => {
      if (id === ALL_COUNTRIES) return labels.allCountries;
      const country = countries.get(id);
      if (country) return text(country.name);
      const organization = organizations.get(id);
      return organization ? text(organization.acronym ?? organization.name) || id : id;
    },
    organizationName: (id) => text(organizations.get(id)?.name) || id,
    groupName: (id) => text(groupThemes.get(id)?.title) || id,
    narrative: (section) => {
      const markdown = section.markdown[narrativeLanguage(section, lang, fallbacks)];
      // Left open, it would take in every chapter after it in the Markdown draft, and a comment's note print in the Word draft.
      return markdown === undefined ? undefined : closeOpenBlock(markdown);
    },
    action: (id) => byId.get(id),
    duplicatesOf: (id) => duplicates.get(id) ?? [],
    indicator: (id) => indicators.get(id),
    actions,
  };
}

/**
 * Names of countries and organisations, or a dash for none. ALL first in a cell or after a label
 * is written with a capital (`All member countries, UNODC`), as a cell's first word is; a name is
 * written as the plan writes it (`eu-LISA`).
 */
export function partyList(view: DraftView, ids: readonly string[]): string {
  if (ids.length === 0) return "—";
  const names = ids.map((id) => view.party(id)).join(", ");
  return ids[0] === ALL_COUNTRIES ? names.charAt(0).toUpperCase() + names.slice(1) : names;
}

/** "Q3 2019 – Q4 2020", "2020 – 2025", or one point when start and end are the same. */
export function formatTimeframe(timeframe: { start: string; end: string }, lang: Lang): string {
  const point = (value: string, as: "start" | "end") => {
    if (/^\d{4}$/.test(value)) return value;
    const { year, quarter } = parseTimepoint(value, as);
    return `${quarterLabel(quarter, lang)} ${year}`;
  };
  const start = point(timeframe.start, "start");
  const end = point(timeframe.end, "end");
  return start === end ? start : `${start} – ${end}`;
}

/** "1.1.1 (INT-1.1)": the derived number beside the stable id. */
export function actionLabel(action: Pick<ActionModel, "id" | "number">): string {
  return `${action.number} (${action.id})`;
}
