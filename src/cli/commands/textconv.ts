import { promises as fs } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../io/load-plan.js";
import { whyUnread } from "../../io/system-error.js";
import { EXIT, type Io } from "../io.js";
import type { CommandState } from "./index.js";

/**
 * `plan textconv FILE.docx`: the document's text, a paragraph or table row a line, so that
 * `git config diff.docx.textconv "plan textconv"` makes `git diff` readable on Word drafts.
 */
export function registerTextconv(program: Command, io: Io, state: CommandState): void {
  program
    .command("textconv")
    .description("print a .docx as text, a paragraph or table row a line, for git diff (git config diff.docx.textconv \"plan textconv\")")
    .argument("<file>", "the .docx file")
    .action(async (file: string) => {
      const bytes = await fs.readFile(path.resolve(io.cwd, file)).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${file}: ${whyUnread(error)}`);
      });
      const { docxText, NotADocx, DamagedPart } = await import("../../parse/docx-text.js");
      try {
        io.stdout.write(docxText(new Uint8Array(bytes)));
      } catch (error) {
        if (error instanceof DamagedPart) throw new UsageError(`cannot read ${file}: ${error.message}`);
        if (error instanceof NotADocx) throw new UsageError(`${file} is not a Word document (.docx): ${error.message}`);
        throw error;
      }
      state.exitCode = EXIT.ok;
    });
}
