import { statSync } from "node:fs";
import path from "node:path";

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Writer;
  stderr: Writer;
}

export interface Writer {
  write(text: string): void;
  isTTY?: boolean;
  /** The descriptor it writes to, where it is one of plan's own (outputTo). */
  fd?: number;
}

/**
 * Colour only on a terminal that shows it (not `TERM=dumb`, as Emacs' shell and some CI consoles
 * set); NO_COLOR turns it off, FORCE_COLOR on (https://no-color.org).
 */
export function wantsColor(stream: Writer, env: Io["env"]): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** Exit codes, as documented: 0 clean, 1 findings, 2 usage, I/O or internal error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * The directory the user is in, as their shell names it: `$PWD` when it is the process's working
 * directory reached through a symbolic link, as `pwd` prints it. Paths in reports are relative to
 * it, so that `plan validate ~/plans/link` run inside ~/plans/link says `groups/…`, not
 * `../link/groups/…` (process.cwd() is the resolved path). Any doubt, and it is process.cwd().
 */
export function shellCwd(cwd: string, pwd: string | undefined): string {
  if (pwd === undefined || pwd === cwd || !path.isAbsolute(pwd)) return cwd;
  try {
    const [here, there] = [statSync(cwd), statSync(pwd)];
    return here.dev === there.dev && here.ino === there.ino ? path.normalize(pwd) : cwd;
  } catch {
    return cwd;
  }
}
