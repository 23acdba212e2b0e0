import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Option, type Command } from "commander";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { CATALOGUE, isFixedCode } from "../../diagnostics/catalogue.js";
import { PLAN_FILE_NAME } from "../../io/glob.js";
import { UsageError } from "../../io/load-plan.js";
import { builtInReference } from "../../io/reference.js";
import { EXIT, type Io } from "../io.js";
import type { EditorData } from "../../render/schema/editors.js";
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
    .option("-o, --output <file>", "write the schema to a file instead of the terminal (- for the terminal)")
    .option("--force", "overwrite the output file even when it is not a schema plan wrote")
    .action(async (options: SchemaOptions) => {
      const text = await schemaText(options.kind);
      // `-o -` is the terminal, as for most tools that write files.
      if (options.output === undefined || options.output === "-") io.stdout.write(text);
      else {
        const target = path.resolve(io.cwd, options.output);
        // plan.yaml, a group file or a chapter: a slip (the schema *for* plan.yaml), which --force would have carried out.
        if (PLAN_FILE_NAME.test(target)) throw new UsageError(`${options.output} is named as a plan file (plan.yaml, a group file or a chapter), and a schema is JSON: write it to a .json file, such as schemas/${options.kind}.schema.json`);
        const refusal = options.force ? undefined : whyNotReplace(target, titleOf(text), options.kind);
        if (refusal !== undefined) throw new UsageError(`${options.output} ${refusal}; pass --force to overwrite it`);
        await writeFileAtomic(target, text);
        io.stdout.write(`${options.kind} schema written to ${options.output}\n`);
      }
      state.exitCode = EXIT.ok;
    });
}

/**
 * Why -o may not write `file` without --force, or undefined where it may: it is no file (not there,
 * or a pipe or a device such as /dev/stdout, written into and never read: a pipe's reader would wait
 * for ever), or a file holding the schema of the same kind that plan wrote (regenerating schemas/
 * after an upgrade is the usual case). Another kind's schema would leave the editor settings that
 * name the file checking plan.yaml against the group schema, say. A directory is left to the write,
 * which says so.
 */
function whyNotReplace(file: string, title: string | undefined, kind: SchemaOptions["kind"]): string | undefined {
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    // A path through a file (notes.json/x.json): the write says why it cannot write there.
    return undefined;
  }
  if (stat === undefined || !stat.isFile()) return undefined;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return "exists and is not a schema plan wrote";
  }
  const existing = titleOf(text);
  if (existing === undefined || !existing.startsWith("rcm-plan ")) return "exists and is not a schema plan wrote";
  return existing === title ? undefined : `holds the schema titled "${existing}", not the ${kind} schema`;
}

/** A JSON Schema's title, or undefined where the text is none. */
function titleOf(text: string): string | undefined {
  try {
    const schema = JSON.parse(text) as { $schema?: unknown; title?: unknown };
    return typeof schema.$schema === "string" && typeof schema.title === "string" ? schema.title : undefined;
  } catch {
    return undefined;
  }
}

/** What the schemas offer an editor: the built-in catalogue and the diagnostic codes (render/schema/editors.ts). */
export function builtInEditorData(): EditorData {
  return { reference: builtInReference(), codes: CATALOGUE, isFixed: isFixedCode };
}

/** plan and group describe what a person writes; model describes what `plan build` writes as JSON. */
async function schemaText(kind: SchemaOptions["kind"]): Promise<string> {
  const { formatJsonSchema, jsonSchemaOf } = await import("../../render/schema/json-schema.js");
  if (kind !== "model") return formatJsonSchema(jsonSchemaOf(kind, builtInEditorData()));
  const { modelJsonSchema } = await import("../../render/json/model-schema.js");
  return formatJsonSchema(modelJsonSchema());
}
