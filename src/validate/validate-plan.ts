import { isFixedCode } from "../diagnostics/catalogue.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/diagnostic.js";
import { organizationsWith } from "../io/reference.js";
import type { ComplianceIndicator, Organization, ReferenceData } from "../model/reference.js";
import { isRecord } from "../model/values.js";
import { RULES } from "./rules/index.js";
import { organizationsIn, repairAction, repairManifest, withoutFaultyFindings, withoutQuietFindings } from "./salvage.js";
import { checkSchemaOf } from "./schema-check.js";
import type { PlanSources } from "./sources.js";
import type { ParsedDocument } from "../parse/document.js";
import type { ActionAt, GroupFile, ManifestFile, Workspace } from "./workspace.js";
import { actionsOf, runRules, salvageActions } from "./workspace.js";

export interface Validation {
  workspace: Workspace;
  /** Sorted, with the plan's severity overrides applied. */
  diagnostics: Diagnostic[];
}

/**
 * Checks a plan's sources: each file's shape, then the plan's rules over all of them. Async only
 * because zod is loaded when a file needs it (schema-check.ts).
 */
export async function validatePlan(sources: PlanSources, builtIn: ReferenceData): Promise<Validation> {
  const diagnostics: Diagnostic[] = [...sources.diagnostics];
  // A loop, not push(...list): a list of 120,000 findings as arguments overflows the stack.
  const add = (found: readonly Diagnostic[]) => {
    for (const diagnostic of found) diagnostics.push(diagnostic);
  };
  const take = <T>(doc: NonNullable<PlanSources["manifest"]>, checked: { value: T | undefined; diagnostics: Diagnostic[] }) => {
    add(doc.diagnostics);
    add(checked.diagnostics);
    return checked.value;
  };

  let plan: ManifestFile | undefined;
  // What the rules read: plan.yaml as checked, or as repaired when it is at fault (never merged).
  let ruling: { plan: ManifestFile; quiet: ReadonlySet<string> } | undefined;
  if (sources.manifest) {
    const manifest = take(sources.manifest, await checkSchemaOf(sources.manifest, "manifest", builtIn));
    if (manifest) ruling = { plan: (plan = { doc: sources.manifest, manifest }), quiet: new Set() };
    else ruling = await salvageManifest(sources.manifest);
  }
  const groups: GroupFile[] = [];
  const unchecked: ParsedDocument[] = [];
  // The plan's own organisations too: a group that writes one by its name is told its id; and its period, which an example timeframe is in.
  const own = ruling?.plan.manifest.organizations ?? (sources.manifest ? await organizationsOf(sources.manifest) : []);
  const named = { ...builtIn, organizations: organizationsWith(builtIn.organizations, own), period: ruling?.plan.manifest.period };
  for (const doc of sources.groups) {
    const group = take(doc, await checkSchemaOf(doc, "group", named));
    if (group) groups.push({ doc, group });
    else unchecked.push(doc);
  }
  let extra: { file: string; indicators: Omit<ComplianceIndicator, "source">[] } | undefined;
  let faultyIndicators: Set<string> | undefined;
  let indicatorFile: Workspace["indicatorFile"];
  if (sources.indicators) {
    const file = take(sources.indicators, await checkSchemaOf(sources.indicators, "indicators", builtIn));
    if (file) indicatorFile = { doc: sources.indicators, indicators: file.indicators };
    // At fault, its entries that pass are still the plan's: one article out of range made every action naming another of them an unknown indicator.
    const entries = file ? { valid: file.indicators, faulty: [] } : await indicatorsOf(sources.indicators);
    extra = { file: sources.indicators.file, indicators: entries.valid };
    faultyIndicators = new Set(entries.faulty);
  }
  const salvaged = await salvage(unchecked);
  const reference = withPlanAdditions(builtIn, named.organizations, extra);
  const incomplete = sources.unreadGroups.length > 0 || unchecked.some((doc) => !isRecord(doc.value));
  const workspace: Workspace = { plan, groups, unchecked, order: sources.groups, salvaged, incomplete, actions: actionsOf(groups, salvaged, sources.groups), reference, faultyIndicators, indicatorFile };
  const found = withoutFaultyFindings(runRules({ ...workspace, plan: ruling?.plan }, RULES), salvaged, sources.groups);
  add(ruling ? withoutQuietFindings(found, ruling.plan.doc.file, ruling.quiet) : found);
  return { workspace, diagnostics: sortDiagnostics(applyRuleSettings(diagnostics, ruling?.plan.manifest.rules ?? {})) };
}

/** plan.yaml, at fault, as the rules can still read it (repairManifest), or undefined. */
async function salvageManifest(doc: ParsedDocument): Promise<{ plan: ManifestFile; quiet: ReadonlySet<string> } | undefined> {
  if (!isRecord(doc.value)) return undefined;
  const { PlanManifestSchema } = await import("../model/schema.js");
  const repaired = repairManifest(doc.value, (value) => PlanManifestSchema.safeParse(value));
  return repaired && { plan: { doc, manifest: repaired.manifest }, quiet: repaired.quiet };
}

/** The actions of the files that failed the schema check, as they pass it on their own or without their faults. */
async function salvage(unchecked: readonly ParsedDocument[]): Promise<ActionAt[]> {
  if (unchecked.length === 0) return [];
  const { ActionSchema } = await import("../model/schema.js");
  const known = Object.keys(ActionSchema.shape);
  return unchecked.flatMap((doc) => salvageActions(doc, (raw) => repairAction(raw, (value) => ActionSchema.safeParse(value), known)));
}

/** The entries of an indicators file at fault that pass the schema on their own, and the ids of those that do not. */
async function indicatorsOf(doc: ParsedDocument): Promise<{ valid: Omit<ComplianceIndicator, "source">[]; faulty: string[] }> {
  const { IndicatorFileSchema } = await import("../model/schema.js");
  const list = isRecord(doc.value) ? doc.value.indicators : undefined;
  const found: { valid: Omit<ComplianceIndicator, "source">[]; faulty: string[] } = { valid: [], faulty: [] };
  for (const item of Array.isArray(list) ? list : []) {
    const parsed = IndicatorFileSchema.shape.indicators.element.safeParse(item);
    if (parsed.success) found.valid.push(parsed.data);
    else if (isRecord(item) && typeof item.id === "string") found.faulty.push(item.id);
  }
  return found;
}

/** plan.yaml's organisations, where it is at fault beyond repair (organizationsIn). */
async function organizationsOf(doc: ParsedDocument): Promise<Organization[]> {
  const { OrganizationSchema } = await import("../model/schema.js");
  return organizationsIn(doc.value, (value) => OrganizationSchema.safeParse(value));
}

/** The reference data with a plan's own organisations and indicators added. */
function withPlanAdditions(reference: ReferenceData, organizations: ReferenceData["organizations"], extra: { file: string; indicators: Omit<ComplianceIndicator, "source">[] } | undefined): ReferenceData {
  const indicators = new Map(reference.indicators);
  for (const indicator of extra?.indicators ?? []) indicators.set(indicator.id, { ...indicator, source: extra!.file });
  return { ...reference, organizations, indicators };
}

/**
 * `rules: {missing-protocol: off, short-period: error}` in plan.yaml, as eslint's rule settings;
 * a code that says a file does not fit the format keeps its severity (isFixedCode).
 */
export function applyRuleSettings(diagnostics: readonly Diagnostic[], rules: Record<string, string>): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const setting = Object.hasOwn(rules, diagnostic.code) ? rules[diagnostic.code] : undefined;
    if (setting === undefined || isFixedCode(diagnostic.code)) return [diagnostic];
    if (setting === "off") return [];
    return [{ ...diagnostic, severity: setting as Diagnostic["severity"] }];
  });
}
