import type { Command } from "commander";
import type { Io } from "../io.js";
import { registerBuild } from "./build.js";
import { registerConvert } from "./convert.js";
import { registerFmt } from "./fmt.js";
import { registerInit } from "./init.js";
import { registerSchema } from "./schema.js";
import { registerTextconv } from "./textconv.js";
import { registerValidate } from "./validate.js";

export interface CommandState {
  exitCode: number;
}

/** Each command registers itself; heavy modules load inside its action, not here. */
export function registerCommands(program: Command, io: Io, state: CommandState): void {
  registerValidate(program, io, state);
  registerBuild(program, io, state);
  registerSchema(program, io, state);
  registerInit(program, io, state);
  registerConvert(program, io, state);
  registerFmt(program, io, state);
  registerTextconv(program, io, state);
}
