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
}

/** Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on (https://no-color.org). */
export function wantsColor(stream: Writer, env: Io["env"]): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true;
}

/** Exit codes, as documented: 0 clean, 1 findings, 2 usage, I/O or internal error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
