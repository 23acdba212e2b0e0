import type { Rule } from "../workspace.js";
import { checkCompleteness } from "./completeness.js";
import { checkDuplicateIds } from "./ids.js";
import { checkManifest } from "./manifest.js";
import { checkParties } from "./parties.js";
import { checkPeriod } from "./period.js";
import { checkReferences } from "./references.js";
import { checkTimeframes } from "./timeframes.js";
import { checkTranslations } from "./translations.js";

/** The plan's rules, in the order they are documented. */
export const RULES: readonly Rule[] = [
  checkManifest,
  checkPeriod,
  checkDuplicateIds,
  checkReferences,
  checkParties,
  checkTimeframes,
  checkCompleteness,
  checkTranslations,
];
