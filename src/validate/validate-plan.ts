import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/diagnostic.js";
import type { ComplianceIndicator, ReferenceData } from "../model/reference.js";
import { GroupSchema, IndicatorFileSchema, PlanManifestSchema, type PlanManifest } from "../model/schema.js";
import { RULES } from "./rules/index.js";
import { checkSchema } from "./schema-check.js";
import type { PlanSources } from "./sources.js";
import type { ParsedDocument } from "../parse/document.js";
import type { GroupFile, ManifestFile, Workspace } from "./workspace.js";
import { runRules, salvageActions } from "./workspace.js";

export interface Validation {
  workspace: Workspace;
  /** Sorted, with the plan's severity overrides applied. */
  diagnostics: Diagnostic[];
}

/** Checks a plan's sources: each file's shape, then the plan's rules over all of them. */
export function validatePlan(sources: PlanSources, builtIn: ReferenceData): Validation {
  const diagnostics: Diagnostic[] = [...sources.diagnostics];
  const take = <T>(doc: NonNullable<PlanSources["manifest"]>, checked: { value: T | undefined; diagnostics: Diagnostic[] }) => {
    diagnostics.push(...doc.diagnostics, ...checked.diagnostics);
    return checked.value;
  };

  let plan: ManifestFile | undefined;
  if (sources.manifest) {
    const manifest = take(sources.manifest, checkSchema(sources.manifest, PlanManifestSchema));
    if (manifest) plan = { doc: sources.manifest, manifest };
  }
  const groups: GroupFile[] = [];
  const unchecked: ParsedDocument[] = [];
  for (const doc of sources.groups) {
    const group = take(doc, checkSchema(doc, GroupSchema));
    if (group) groups.push({ doc, group });
    else unchecked.push(doc);
  }
  let extra: { file: string; indicators: Omit<ComplianceIndicator, "source">[] } | undefined;
  if (sources.indicators) {
    const file = take(sources.indicators, checkSchema(sources.indicators, IndicatorFileSchema));
    if (file) extra = { file: sources.indicators.file, indicators: file.indicators };
  }
  const salvaged = unchecked.flatMap(salvageActions);
  const workspace: Workspace = { plan, groups, unchecked, salvaged, reference: withPlanAdditions(builtIn, plan?.manifest, extra) };
  diagnostics.push(...runRules(workspace, RULES));
  return { workspace, diagnostics: sortDiagnostics(applyRuleSettings(diagnostics, plan?.manifest.rules ?? {})) };
}

/** The reference data with a plan's own organisations and indicators added. */
function withPlanAdditions(reference: ReferenceData, manifest: PlanManifest | undefined, extra: { file: string; indicators: Omit<ComplianceIndicator, "source">[] } | undefined): ReferenceData {
  const organizations = new Map(reference.organizations);
  for (const organization of manifest?.organizations ?? []) organizations.set(organization.id, organization);
  const indicators = new Map(reference.indicators);
  for (const indicator of extra?.indicators ?? []) indicators.set(indicator.id, { ...indicator, source: extra!.file });
  return { ...reference, organizations, indicators };
}

/** `rules: {missing-protocol: off, short-period: error}` in plan.yaml, as eslint's rule settings. */
export function applyRuleSettings(diagnostics: readonly Diagnostic[], rules: Record<string, string>): Diagnostic[] {
  return diagnostics.flatMap((diagnostic) => {
    const setting = rules[diagnostic.code];
    if (setting === undefined) return [diagnostic];
    if (setting === "off") return [];
    return [{ ...diagnostic, severity: setting as Diagnostic["severity"] }];
  });
}
