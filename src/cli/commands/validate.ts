import { Option, type Command } from "commander";
import { summarize } from "../../diagnostics/diagnostic.js";
import { FORMATTERS } from "../../diagnostics/formatters/index.js";
import { loadPlanSources, UsageError } from "../../io/load-plan.js";
import { loadBuiltInReference } from "../../io/reference.js";
import { validatePlan } from "../../validate/validate-plan.js";
import { EXIT, wantsColor, type Io } from "../io.js";
import type { CommandState } from "./index.js";

interface ValidateOptions {
  format: string;
  strict?: boolean;
}

export function registerValidate(program: Command, io: Io, state: CommandState): void {
  program
    .command("validate")
    .description("check a plan's files and report each problem with its file, line and column")
    .argument("[dir]", "the plan directory (holding plan.yaml)", ".")
    .addOption(new Option("--format <name>", "report format").choices(Object.keys(FORMATTERS)).default("stylish"))
    .option("--strict", "fail on warnings too")
    .action(async (dir: string, options: ValidateOptions) => {
      const sources = await loadPlanSources(dir, io.cwd);
      const { diagnostics } = validatePlan(sources, loadBuiltInReference());
      const summary = summarize(diagnostics, sources.files);
      const formatter = FORMATTERS[options.format];
      if (!formatter) throw new UsageError(`unknown format ${options.format}`);
      io.stdout.write(formatter(diagnostics, { color: wantsColor(io.stdout, io.env), summary }));
      const failing = summary.errors > 0 || (options.strict === true && summary.warnings > 0);
      state.exitCode = failing ? EXIT.findings : EXIT.ok;
    });
}
