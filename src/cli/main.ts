import { statSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { UsageError } from "../io/load-plan.js";
import { describeSystemError } from "../io/system-error.js";
import { registerCommands } from "./commands/index.js";
import { EXIT, type Io } from "./io.js";
import { VERSION } from "./version.js";

export { outputTo } from "./output.js";
export { shellCwd } from "./io.js";

/** Runs `plan` with `argv` (without node and the script) and returns the exit code; never exits itself. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const empty = emptyArgument(argv) ?? fileNamedAsDirectory(argv, io.cwd);
  if (empty) {
    io.stderr.write(`plan: ${empty}\n`);
    return EXIT.usage;
  }
  const state = { exitCode: EXIT.ok as number };
  const program = new Command("plan")
    .description("Compile the RCM regional work plan from working-group matrices.")
    .version(VERSION, "-V, --version")
    .exitOverride()
    .showHelpAfterError("(run `plan --help` for the commands and their options)")
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  registerCommands(program, io, state);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for (--help, `plan help`) is done; help shown for want of a command (commander's exit code 1) is a usage error.
      const asked = error.code === "commander.helpDisplayed" || error.code === "commander.version" || (error.code === "commander.help" && error.exitCode === 0);
      return asked ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`plan: ${error.message}\n`);
      return EXIT.usage;
    }
    const systemMessage = describeSystemError(error, io.cwd);
    if (systemMessage) {
      io.stderr.write(`plan: ${systemMessage}\n`);
      return EXIT.usage;
    }
    const detail = io.env.RCM_PLAN_DEBUG ? `\n${(error as Error).stack ?? String(error)}` : " (set RCM_PLAN_DEBUG=1 to see where)";
    io.stderr.write(`plan: internal error: ${(error as Error).message ?? String(error)}${detail}\n`);
    return EXIT.usage;
  }
}

/**
 * An empty argument (`plan validate "$PLAN_DIR"` with the variable unset, `--out=`) would stand for
 * the current directory, and validate or write where no one meant: it is a usage error, said.
 */
function emptyArgument(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    const option = /^(--?[\w-]+)=$/.exec(arg)?.[1];
    if (option !== undefined) return `the value of ${option} is empty: give one, or leave the option out (an unset variable?)`;
    const after = i > 0 ? ` (after ${argv[i - 1]})` : "";
    if (arg === "") return `argument ${i + 1}${after} is empty (''): give a value, or leave it out (an unset variable?)`;
  }
  return undefined;
}

/**
 * A file named with a trailing slash (`plan fmt plan.yaml/`) is no directory: a shell or git says
 * so, where path.resolve would drop the slash and the command read or write the file. Only
 * arguments and option values ending in a slash are looked at, and asked of the file system as
 * written, slash and all.
 */
function fileNamedAsDirectory(argv: readonly string[], cwd: string): string | undefined {
  for (const [i, arg] of argv.entries()) {
    // A file to write (a report, a baseline, a schema, a converted group) named with a slash: no file would be written there.
    // `-oreport.json/` too: commander reads a short option's value joined to it.
    const option = /^(-o|--output|--baseline)(?:=(.*))?$/s.exec(arg) ?? /^(-o)(.+)$/s.exec(arg);
    const written = option ? (option[2] ?? argv[i + 1]) : undefined;
    if (written !== undefined && written !== "-" && (written.endsWith("/") || written.endsWith(path.sep))) {
      return `${option![1]} names the file to write: ${written} ends in a slash, as a directory's name does; write it without the slash`;
    }
    const value = /^--[\w-]+=(.*)$/s.exec(arg)?.[1] ?? arg;
    if (!value.endsWith("/") && !value.endsWith(path.sep)) continue;
    try {
      statSync(path.isAbsolute(value) ? value : `${cwd}${path.sep}${value}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return `not a directory: ${value}`;
    }
  }
  return undefined;
}
