import { promises as fs } from "node:fs";
import path from "node:path";

/** templates/ of the installed package, from src/io/ (tests) and dist/io/ (bin/plan.js) alike. */
export const TEMPLATES_DIR = path.resolve(import.meta.dirname, "../../templates");

/** Every file under `dir`, by path relative to it with forward slashes. */
export async function readTemplateTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, absolute).split(path.sep).join("/"), await fs.readFile(absolute, "utf8"));
  }
  return files;
}
