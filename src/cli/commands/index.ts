import type { Command } from "commander";
import type { Io } from "../io.js";
import { registerBuild } from "./build.js";
import { registerValidate } from "./validate.js";

export interface CommandState {
  exitCode: number;
}

/** Each command registers itself; heavy modules load inside its action, not here. */
export function registerCommands(program: Command, io: Io, state: CommandState): void {
  registerValidate(program, io, state);
  registerBuild(program, io, state);
}
