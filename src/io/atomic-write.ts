import { promises as fs } from "node:fs";
import path from "node:path";

let counter = 0;

/**
 * Writes `data` to `file` so that readers see the old file or the new one, never a torn one:
 * a temporary file beside it, flushed, then renamed over it. Two writers racing leave one whole file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await ensureDirectory(path.dirname(file));
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
  const handle = await fs.open(temp, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Writes several files, each atomically, only after all of them were produced in memory. */
export async function writeAllAtomic(files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  for (const [file, data] of files) await writeFileAtomic(file, data);
}

/**
 * `mkdir -p`, one level at a time. Node 20's recursive mkdir spins forever where a directory cannot
 * be made (under /proc, say); this fails with the system's error instead.
 */
export async function ensureDirectory(dir: string): Promise<void> {
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
  for (const level of missing) await fs.mkdir(level).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
}
