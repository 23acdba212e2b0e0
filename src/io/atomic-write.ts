import { constants as fsConstants, promises as fs, rmdirSync, rmSync } from "node:fs";
import path from "node:path";

let counter = 0;

/**
 * The temporary files being written and the directories made for them, newest last: what an
 * interrupted command (Ctrl-C, a CI job cancelled) removes before it dies, so that no half-written
 * `.x.tmp` is left among the drafts for `git add` to pick up.
 */
const unfinished = new Map<string, "file" | "directory">();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function track(place: string, kind: "file" | "directory"): void {
  if (unfinished.size === 0) for (const signal of SIGNALS) process.on(signal, removeUnfinishedAndDie);
  unfinished.set(place, kind);
}

function untrack(place: string): void {
  unfinished.delete(place);
  if (unfinished.size === 0) for (const signal of SIGNALS) process.removeListener(signal, removeUnfinishedAndDie);
}

/** Removes what is unfinished, then dies of `signal` as it would have without plan's listener (exit 130 for Ctrl-C). */
function removeUnfinishedAndDie(signal: NodeJS.Signals): void {
  for (const [place, kind] of [...unfinished].reverse()) {
    try {
      if (kind === "file") rmSync(place, { force: true });
      else rmdirSync(place);
    } catch {
      // A directory that holds a draft already renamed into it stays.
    }
  }
  unfinished.clear();
  for (const each of SIGNALS) process.removeListener(each, removeUnfinishedAndDie);
  process.kill(process.pid, signal);
}

/**
 * What a file is written from: its text, its bytes, or its text in pieces written one after
 * another (so a draft of tens of megabytes is never one string). A piece must not end inside a
 * character: both halves of a surrogate pair go in the same piece.
 */
export type FileContent = string | Uint8Array | Iterable<string>;

/** A file to write and the function that makes its content, called only when its turn comes. */
export type PendingFile = readonly [file: string, content: () => FileContent | Promise<FileContent>];

// Pieces are encoded into a buffer of this many bytes, written when full: one write per piece of
// a draft would be tens of thousands of system calls.
const WRITE_SIZE = 1 << 20;

/**
 * Writes `data` to `file` so that readers see the old file or the new one, never a torn one:
 * a temporary file beside it, flushed, then renamed over it. Two writers racing leave one whole file.
 */
export async function writeFileAtomic(file: string, data: FileContent, options: WriteOptions = {}): Promise<void> {
  // A pipe, a device or a link to one (`-o /dev/stdout`, `-o >(jq .)`) is written into: renaming
  // over it would replace the device or the link itself, and beside it there is no directory to write in.
  const stat = await fs.stat(file).catch(() => undefined);
  if (stat !== undefined && !stat.isFile() && !stat.isDirectory()) await writeThrough(file, data);
  else await writeAllAtomic([[file, () => data]], options);
}

export interface WriteOptions {
  /**
   * A file named through a symbolic link is written to the file it links to, and the link stays:
   * for a caller that has read that file through the link and found it inside the plan (plan fmt).
   * Otherwise the link itself is replaced, so that no write lands where a link in a plan's
   * repository points (a draft linked to a file outside it).
   */
  throughLinks?: boolean;
}

async function writeThrough(file: string, data: FileContent): Promise<void> {
  const handle = await fs.open(file, "w");
  try {
    await writeContent(handle, data);
  } catch (error) {
    throw namingTarget(error, file);
  } finally {
    await handle.close();
  }
}

/**
 * Writes several files, each atomically, and changes none of them unless every one was produced:
 * each content is made and written to a temporary file beside its target in turn (so only one is
 * in memory at a time), then all are renamed over their targets. When making or writing one
 * fails, the temporary files and the directories made for them are removed, and the error thrown.
 */
export async function writeAllAtomic(files: Iterable<PendingFile>, options: WriteOptions = {}): Promise<void> {
  const written: { temp: string; file: string; asked: string }[] = [];
  const directories: string[] = [];
  try {
    for (const [asked, content] of files) {
      const { file, mode } = await placeOf(asked, options.throughLinks === true);
      const made = await ensureDirectory(path.dirname(file));
      for (const directory of made) track(directory, "directory");
      directories.push(...made);
      written.push({ temp: await writeTemporary(file, await content(), mode), file, asked });
    }
    for (const { temp, file, asked } of written) {
      await fs.rename(temp, file).catch((error: unknown) => Promise.reject(namingTarget(error, asked)));
      untrack(temp);
    }
  } catch (error) {
    // A temporary file already renamed is no longer there to remove.
    for (const { temp } of written) await fs.rm(temp, { force: true }).finally(() => untrack(temp));
    for (const directory of directories.reverse()) await fs.rmdir(directory).catch(() => undefined);
    throw error;
  } finally {
    for (const directory of directories) untrack(directory);
  }
}

/**
 * A failed system call names the file the user asked for: a rename's error names the temporary
 * file they never saw, and a write's names no file at all. `syscall` says it as a write where the
 * call that failed (open, access) was one on the way to writing.
 */
function namingTarget(error: unknown, file: string, syscall?: "write"): unknown {
  if (typeof error !== "object" || error === null || !("code" in error)) return error;
  return Object.assign(error, { path: file }, syscall === undefined ? {} : { syscall });
}

/**
 * Where writing `file` puts the new file, and the permissions it keeps: those of the file it
 * replaces (a file kept private stays private; set-id bits are not carried over). Through a link
 * to a file only when `throughLinks`; a file not there yet, or a link not followed, gets the
 * default mode.
 */
async function placeOf(file: string, throughLinks: boolean): Promise<{ file: string; mode?: number }> {
  const link = await fs.lstat(file).catch(() => undefined);
  if (link?.isFile()) {
    await refuseReadOnly(file, file);
    return { file, mode: link.mode & 0o777 };
  }
  // Said before anything is renamed: the rename would fail only after the files before it had been replaced.
  // A link to a directory too: replacing the link with a file is not what writing "into" it asks.
  const target = link?.isSymbolicLink() ? await fs.stat(file).catch(() => undefined) : link;
  if (target?.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, '${file}'`), { code: "EISDIR", path: file });
  if (!throughLinks || !link?.isSymbolicLink() || !target?.isFile()) return { file };
  const real = await fs.realpath(file).catch(() => undefined);
  if (real === undefined) return { file };
  await refuseReadOnly(real, file);
  return { file: real, mode: target.mode & 0o777 };
}

/** A file its owner made read-only is not replaced behind its back, as a rename into its folder would (cp and editors ask first). */
async function refuseReadOnly(file: string, asked: string): Promise<void> {
  await fs.access(file, fsConstants.W_OK).catch((error: unknown) => Promise.reject(namingTarget(error, asked, "write")));
}

/**
 * A file's name cut to 200 bytes, whole characters: a name may have 255, and the temporary name
 * adds some 25 to it (a 252-byte name was refused as "the name is too long", the file itself existing).
 */
function withinRoom(name: string): string {
  if (Buffer.byteLength(name) <= 200) return name;
  let kept = "";
  for (const char of name) {
    if (Buffer.byteLength(kept + char) > 200) break;
    kept += char;
  }
  return kept;
}

/** `data` in a new temporary file beside `file`, with `mode` if given, flushed to disk; its name. Nothing is left behind when writing fails. */
async function writeTemporary(file: string, data: FileContent, mode?: number): Promise<string> {
  const temp = path.join(path.dirname(file), `.${withinRoom(path.basename(file))}.${process.pid}.${++counter}.tmp`);
  track(temp, "file");
  const handle = await fs.open(temp, "w").catch((error: unknown) => {
    untrack(temp);
    // Named as the file the user asked for, not the temporary one they never saw: the folder is what refuses.
    throw namingTarget(error, file, "write");
  });
  try {
    if (mode !== undefined) await handle.chmod(mode);
    await writeContent(handle, data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    untrack(temp);
    throw error;
  }
  await handle.close();
  return temp;
}

async function writeContent(handle: fs.FileHandle, data: FileContent): Promise<void> {
  if (typeof data === "string" || data instanceof Uint8Array) await handle.writeFile(data);
  else await writePieces(handle, data);
}

/** The pieces as UTF-8, one after another. writeFile on an open handle writes all it is given, from where the last write ended. */
async function writePieces(handle: fs.FileHandle, pieces: Iterable<string>): Promise<void> {
  const buffer = Buffer.allocUnsafe(WRITE_SIZE);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    if (used + 3 * piece.length > buffer.length) {
      await handle.writeFile(buffer.subarray(0, used));
      used = 0;
      if (3 * piece.length > buffer.length) {
        await handle.writeFile(piece);
        continue;
      }
    }
    used += buffer.write(piece, used);
  }
  await handle.writeFile(buffer.subarray(0, used));
}

/**
 * `mkdir -p`, one level at a time; the directories it made, outermost first. Node 20's recursive
 * mkdir spins forever where a directory cannot be made (under /proc, say); this fails with the
 * system's error instead.
 */
export async function ensureDirectory(dir: string): Promise<string[]> {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    const stat = await fs.stat(current).catch(() => undefined);
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`${current} is not a directory`), { code: "ENOTDIR", path: current });
      break;
    }
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  const made: string[] = [];
  for (const level of missing) {
    await fs.mkdir(level).then(() => made.push(level), (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
  return made;
}
