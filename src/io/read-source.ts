import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { START_OF_FILE } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make.js";
import { decodeSource, MAX_FILE_BYTES, tooLargeMessage, type Decoded } from "../parse/decode.js";
import { describeReason } from "./system-error.js";

export type SourceText = Decoded;

/** The display name of `absolute`: relative to the working directory, forward slashes. */
export function displayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute) || ".";
  return relative.split(path.sep).join("/");
}

/**
 * Reads a plan file as text. Refuses files that lead outside `root` (a symlink to /etc/passwd
 * must not be echoed into a report), files too large to be a matrix, and non-text files.
 * Synchronous, as is finding the files: plan files are few and local, and each await on the thread
 * pool cost more waiting than the reading itself (~10 ms of a 300 ms `plan validate`).
 * Paths are resolved with realpathSync.native, the system's realpath(3): one call, where Node's own
 * walks each part of the path with lstat. A caller reading many files of one root passes the root's
 * real path (`realRoot`), found once.
 */
export function readSource(absolute: string, root: string, display: string, realRoot?: string): SourceText {
  const fail = (code: string, message: string): SourceText => ({ diagnostics: [makeDiagnostic(code, message, display, START_OF_FILE)] });
  let real: string;
  try {
    real = realpathSync.native(absolute);
    realRoot ??= realpathSync.native(root);
  } catch (error) {
    return fail("unreadable-file", unresolved(absolute, error));
  }
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
    return fail("outside-plan", "the file is a link to a place outside the plan directory; it was not read");
  }
  let fd: number;
  try {
    // Non-blocking, so that a FIFO among the plan files is refused below instead of waiting for a writer.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // A socket file cannot be opened at all (ENXIO): as a FIFO or a device, it is no plan file.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENXIO" || code === "EOPNOTSUPP") return fail("unreadable-file", "not a regular file");
    return fail("unreadable-file", `cannot read the file: ${reason(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return fail("unreadable-file", "not a regular file");
    if (stat.size > MAX_FILE_BYTES) return fail("file-too-large", tooLargeMessage(stat.size));
    return decodeSource(display, readBytes(fd));
  } catch (error) {
    return fail("unreadable-file", `cannot read the file: ${reason(error)}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The real path of a file or directory, links followed: a plan directory's for readSource, a
 * report's target to compare with the plan's files. Undefined when it cannot be resolved (a plan
 * file then says why; a report that does not exist yet is no plan file).
 */
export function realPathOf(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/**
 * Where `file` is or would be once written, links followed: the real path of its nearest
 * existing ancestor, then the rest of its name. A draft's folder reached through a link into the
 * plan (`--out link/groups`) is then where the plan's patterns look.
 */
export function realPlaceOf(file: string): string {
  const real = realPathOf(file);
  if (real !== undefined) return real;
  const parent = path.dirname(file);
  return parent === file ? file : path.join(realPlaceOf(parent), path.basename(file));
}

/**
 * The files' bytes go through one buffer that every file reuses: a fresh buffer per file costs a
 * page fault per 4 KB the first time it is written (~65 ms of validating the 18 MB bench plan,
 * against 7). decodeSource keeps nothing of them.
 */
let scratch = Buffer.allocUnsafe(256 * 1024);

/** The bytes of the open file `fd`, up to just past MAX_FILE_BYTES (a file that grew since its stat is cut there). */
function readBytes(fd: number): Uint8Array {
  let length = 0;
  for (;;) {
    if (length === scratch.length) scratch = Buffer.concat([scratch], scratch.length * 2);
    const read = readSync(fd, scratch, length, scratch.length - length, null);
    length += read;
    if (read === 0 || length > MAX_FILE_BYTES) return scratch.subarray(0, length);
  }
}

/**
 * Why a path that realpath(3) could not resolve cannot be read. A link whose target is gone
 * resolves to nothing, and so does /dev/stdin on a pipe (its target is no path: `pipe:[…]`);
 * "it does not exist" would send the user looking for a file they can see.
 */
function unresolved(absolute: string, error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === "ENOENT") {
    const target = statIfAny(absolute);
    if (target !== undefined && !target.isFile()) return "not a regular file";
    if (target === undefined && statIfAny(absolute, lstatSync)?.isSymbolicLink()) return "cannot read the file: it is a link to a file that does not exist";
  }
  return `cannot read the file: ${reason(error)}`;
}

/** The file's stat (links followed; not, given lstatSync), or undefined where there is none to read (missing, or not to be read). */
export function statIfAny(file: string, stat: (file: string) => Stats = statSync): Stats | undefined {
  try {
    return stat(file);
  } catch {
    return undefined;
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "it does not exist";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return describeReason(code) ?? code ?? String(error);
}
