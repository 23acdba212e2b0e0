// The pages of the shipped plan's English Word draft that the README pictures (docs/images), found by
// their headings in LibreOffice's PDF and drawn as pdftoppm draws them at 60 dpi.
// `npm run docs:images` writes them (it needs soffice and pdftoppm), and docs/images/pictures.json
// the versions of the two that drew them; test/docx/real-readers.test.ts holds the pictures to the
// draft of today where the same versions are installed, so that the README never shows an older one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where the versions that drew the pictures are kept. */
export const DRAWN_WITH = "docs/images/pictures.json";

/** The versions of LibreOffice and pdftoppm installed: another version may draw a pixel otherwise. */
export function drawingVersions() {
  const version = (command, flag) => {
    const result = spawnSync(command, [flag], { encoding: "utf8" });
    return result.status === 0 ? `${result.stdout}${result.stderr}`.trim().split("\n")[0] : undefined;
  };
  return { libreoffice: version("soffice", "--version"), pdftoppm: version("pdftoppm", "-v") };
}

/** Each picture and the heading its page starts with. */
export const PICTURES = [
  { file: "docs/images/docx-contents.png", heading: "Contents" },
  { file: "docs/images/docx-matrix.png", heading: "Theme 1: " },
  { file: "docs/images/docx-timeline.png", heading: "Annex B: Timeline" },
];

/** The 1-based number of the page on which `heading` starts a line, the contents' entries (with their dot leaders) aside. */
export function pageOf(pdf, heading) {
  const pages = run("pdftotext", ["-layout", pdf, "-"]).split("\f");
  const index = pages.findIndex((page) => page.split("\n").some((line) => line.trim().startsWith(heading) && !line.includes("....")));
  if (index < 0) throw new Error(`no page of ${pdf} starts a line with "${heading}"`);
  return index + 1;
}

/** The page as a PNG, 60 dots to the inch. */
export function drawPage(pdf, page) {
  const dir = mkdtempSync(path.join(tmpdir(), "rcm-page-"));
  try {
    run("pdftoppm", ["-r", "60", "-png", "-singlefile", "-f", String(page), "-l", String(page), pdf, path.join(dir, "page")]);
    return readFileSync(path.join(dir, "page.png"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: "latin1", maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = mkdtempSync(path.join(tmpdir(), "rcm-pictures-"));
  process.on("exit", () => rmSync(out, { recursive: true, force: true }));
  run(process.execPath, [path.join(REPO, "bin/plan.js"), "build", path.join(REPO, "plans/rcm-smuggling"), "--format", "docx", "--lang", "en", "--out", out]);
  // A profile of its own, as the tests use: another soffice running does not take the conversion over.
  run("soffice", [`-env:UserInstallation=file://${path.join(out, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", out, path.join(out, "rcm-smuggling.en.docx")]);
  const pdf = path.join(out, "rcm-smuggling.en.pdf");
  for (const { file, heading } of PICTURES) {
    const page = pageOf(pdf, heading);
    writeFileSync(path.join(REPO, file), drawPage(pdf, page));
    console.log(`${file}: page ${page}`);
  }
  writeFileSync(path.join(REPO, DRAWN_WITH), `${JSON.stringify(drawingVersions(), null, 2)}\n`);
}
