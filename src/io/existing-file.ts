import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { ReadAt } from "../parse/zip-entries.js";

/**
 * `use` called with a reader of the regular file at `file` and its size, or undefined where there
 * is no regular file (nothing, a folder, a pipe or device): what a draft about to be written there
 * would replace. Opened without blocking, so that a pipe there is not waited on for a writer.
 */
export function withExistingFile<T>(file: string, use: (readAt: ReadAt, size: number) => T): T | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR" || code === "ENXIO") return undefined;
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    return use((offset, length) => {
      const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, stat.size - offset)));
      let read = 0;
      for (let n = -1; read < buffer.length && n !== 0; read += n) n = readSync(fd, buffer, read, buffer.length - read, offset + read);
      return buffer.subarray(0, read);
    }, stat.size);
  } finally {
    closeSync(fd);
  }
}
