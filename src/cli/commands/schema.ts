import path from "node:path";
import { Option, type Command } from "commander";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { EXIT, type Io } from "../io.js";
import type { CommandState } from "./index.js";

interface SchemaOptions {
  kind: "plan" | "group" | "model";
  output?: string;
}

export function registerSchema(program: Command, io: Io, state: CommandState): void {
  program
    .command("schema")
    .description("print the JSON Schema of plan.yaml or of a group file (for editors), or of the JSON draft (model)")
    .addOption(new Option("--kind <kind>", "which file the schema describes").choices(["plan", "group", "model"]).makeOptionMandatory())
    .option("-o, --output <file>", "write the schema to a file instead of the terminal")
    .action(async (options: SchemaOptions) => {
      const text = await schemaText(options.kind);
      if (options.output === undefined) io.stdout.write(text);
      else {
        await writeFileAtomic(path.resolve(io.cwd, options.output), text);
        io.stdout.write(`${options.kind} schema written to ${options.output}\n`);
      }
      state.exitCode = EXIT.ok;
    });
}

/** plan and group describe what a person writes; model describes what `plan build` writes as JSON. */
async function schemaText(kind: SchemaOptions["kind"]): Promise<string> {
  const { formatJsonSchema, jsonSchemaOf } = await import("../../render/schema/json-schema.js");
  if (kind !== "model") return formatJsonSchema(jsonSchemaOf(kind));
  const { modelJsonSchema } = await import("../../render/json/model-schema.js");
  return formatJsonSchema(modelJsonSchema());
}
