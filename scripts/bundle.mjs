// Bundles dist/cli/main.js (as tsc wrote it) into dist/bundle/: one minified ESM file for the
// start-up path, and lazy chunks for what the code loads with import() (remark, docx, renderers).
// bin/plan.js runs the bundle. Start-up is resolving and compiling ~200 small module files
// (zod alone is 95); one file cuts `plan --version` by ~40% and `plan validate` by ~25% (bench/).
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rolldown } from "rolldown";

const root = (relative) => fileURLToPath(new URL(`../${relative}`, import.meta.url));
const out = root("dist/bundle");
rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({ input: root("dist/cli/main.js"), platform: "node", logLevel: "warn" });
await bundle.write({ dir: out, format: "esm", minify: true, entryFileNames: "main.js", chunkFileNames: "[name]-[hash].js" });
await bundle.close();
