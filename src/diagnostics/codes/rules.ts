import type { CodeTable } from "../catalogue.js";

/** The plan's own rules, run once the files have the right shape. */
export const RULE_CODES: CodeTable = {
  "duplicate-id": { severity: "error", title: "An id is used twice in the plan", hint: "Give one of them a new id: an id names one thing in the whole plan, and other files and the drafts refer to it." },
  "duplicate-theme-number": { severity: "error", title: "Two themes have the same number", hint: "Number the themes 1, 2, 3, …" },
  "unknown-theme": { severity: "error", title: "A group names a theme that plan.yaml does not define", hint: "Use the id of one of plan.yaml's themes, or add the theme to plan.yaml." },
  "unknown-indicator": { severity: "error", title: "A Protocol compliance indicator that is not in the catalogue", hint: "Use an id from the catalogue (SOM-6.1, …) or add it to the plan's `indicators` file." },
  "unknown-country": { severity: "error", title: "Not an ISO 3166-1 alpha-2 country code", hint: "Write the country's two-letter ISO code (MX, GT, SV, …), or ALL for every member." },
  "country-not-participating": { severity: "warning", title: "A country that is not among the plan's `countries`", hint: "Add it to `countries` in plan.yaml (ALL then stands for it too), or check the code." },
  "unknown-organization": { severity: "error", title: "An organisation that is neither built in nor listed in plan.yaml", hint: "Add it to `organizations` in plan.yaml as {id, name}." },
  "redundant-party": { severity: "warning", title: "A lead or partner named twice, or a participating country named beside ALL", hint: "ALL already names every country of the plan: leave the country out, or name the countries instead of ALL." },
  "redundant-reference": { severity: "warning", title: "An action names a Protocol indicator or a related action twice, or itself among its related actions", hint: "Name each indicator and each other action once." },
  "unknown-action": { severity: "error", title: "`related` names an action that does not exist in the plan", hint: "Name an action id that one of the plan's group files holds, or remove it from `related`." },
  "unknown-rule": { severity: "warning", title: "`rules` names a diagnostic code that does not exist", hint: "Use a code from the README's table of diagnostic codes." },
  "unchangeable-rule": { severity: "warning", title: "`rules` changes a code that stays an error: a file that does not fit the format, an id twice, a theme unknown or numbered twice", hint: "Remove the setting and fix what the code reports: the drafts leave such a file out, or cannot place and number its actions." },
  "timeframe-order": { severity: "error", title: "A timeframe starts after it ends", hint: "Swap the start and the end, or correct the one that is wrong." },
  "timeframe-outside-period": { severity: "warning", title: "A timeframe falls outside the plan period", hint: "Move the timeframe inside the plan period, or widen the period in plan.yaml." },
  "period-order": { severity: "error", title: "The plan period starts after it ends", hint: "Swap the period's start and end in plan.yaml." },
  "short-period": { severity: "warning", title: "The plan period is shorter than five years", hint: "IOM proposes a period of at least five years." },
  "missing-facilitator": { severity: "warning", title: "A group without a facilitator", hint: "Add `facilitator: {name, organization}`." },
  "missing-rapporteur": { severity: "warning", title: "A group without a rapporteur", hint: "Add `rapporteur: {name, country}`." },
  "empty-group": { severity: "warning", title: "A group file without objectives", hint: "Add its objectives and actions, or leave the file out of groups/ until the group drafts them." },
  "empty-objective": { severity: "warning", title: "An objective without actions", hint: "Add its actions, or remove the objective until the group drafts them." },
  "missing-lead": { severity: "error", title: "An action without a lead", hint: "Name who leads it: a country code, ALL, or an organisation id." },
  "missing-protocol": { severity: "warning", title: "An action that serves no Protocol compliance indicator", hint: "Add `protocol: [SOM-…]` with the indicators the action serves." },
  "missing-translation": { severity: "warning", title: "A text lacks one of the plan's languages", hint: "Add the text in the missing language beside the one written." },
  "uncovered-theme": { severity: "warning", title: "A theme that no group covers", hint: "Add a group file for the theme, or remove the theme from plan.yaml." },
};
