/**
 * A narrative file (plan.yaml's `narrative`) as the drafts take it, on the line scanner's reading
 * (blocks.ts), without remark, which `plan validate` does not load.
 */
import { scanBlocks } from "./blocks.js";

/**
 * `markdown` with the fence, comment or HTML block left open at its end closed there, so that it
 * does not run on into what follows it in a draft (a preview of the file alone ends it there).
 */
export function closeOpenBlock(markdown: string): string {
  const open = scanBlocks(markdown).open;
  if (!open) return markdown;
  return `${markdown}${/\n$/.test(markdown) ? "" : "\n"}${open.prefix}${open.closer}\n`;
}
