import { promises as fs } from "node:fs";
import path from "node:path";

let counter = 0;

/**
 * Writes `data` to `file` so that readers see the old file or the new one, never a torn one:
 * a temporary file beside it, flushed, then renamed over it. Two writers racing leave one whole file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
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
