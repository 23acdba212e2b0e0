import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Option, type Command } from "commander";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { UsageError } from "../../io/load-plan.js";
import { EXIT, type Io } from "../io.js";
import type { CommandState } from "./index.js";

interface SchemaOptions {
  kind: "plan" | "group" | "model";
  output?: string;
  force?: boolean;
}

export function registerSchema(program: Command, io: Io, state: CommandState): void {
  program
    .command("schema")
    .description("print the JSON Schema of plan.yaml or of a group file (for editors), or of the JSON draft (model)")
    .addOption(new Option("--kind <kind>", "which file the schema describes").choices(["plan", "group", "model"]).makeOptionMandatory())
    .option("-o, --output <file>", "write the schema to a file instead of the terminal")
    .option("--force", "overwrite the output file even when it is not a schema plan wrote")
    .action(async (options: SchemaOptions) => {
      const text = await schemaText(options.kind);
      if (options.output === undefined) io.stdout.write(text);
      else {
        const target = path.resolve(io.cwd, options.output);
        if (!options.force && !replaceable(target)) throw new UsageError(`${options.output} exists and is not a schema plan wrote; pass --force to overwrite it`);
        await writeFileAtomic(target, text);
        io.stdout.write(`${options.kind} schema written to ${options.output}\n`);
      }
      state.exitCode = EXIT.ok;
    });
}

/**
 * Whether -o may write `file` without --force: it is no file (not there, or a pipe or a device such
 * as /dev/stdout, written into and never read: a pipe's reader would wait for ever), or a file
 * holding a schema plan wrote (regenerating schemas/ after an upgrade is the usual case), not a
 * plan file or anything else. A directory is left to the write, which says so.
 */
function replaceable(file: string): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isFile()) return true;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return false;
  }
  try {
    const schema = JSON.parse(text) as { $schema?: unknown; title?: unknown };
    return typeof schema.$schema === "string" && typeof schema.title === "string" && schema.title.startsWith("rcm-plan ");
  } catch {
    return false;
  }
}

/** plan and group describe what a person writes; model describes what `plan build` writes as JSON. */
async function schemaText(kind: SchemaOptions["kind"]): Promise<string> {
  const { formatJsonSchema, jsonSchemaOf } = await import("../../render/schema/json-schema.js");
  if (kind !== "model") return formatJsonSchema(jsonSchemaOf(kind));
  const { modelJsonSchema } = await import("../../render/json/model-schema.js");
  return formatJsonSchema(modelJsonSchema());
}
