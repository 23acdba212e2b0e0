import { parseDocument } from "yaml";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { GroupSchema, type WorkingGroup } from "../../model/schema.js";
import type { Lang } from "../../model/text.js";
import { isMarkdownFile, parseSource } from "../../parse/parse-source.js";
import { parseYaml } from "../../parse/yaml.js";
import { checkSchema } from "../../validate/schema-check.js";
import { GROUP_ORDER, PLAN_ORDER, reorderDocument } from "./key-order.js";
import { renderGroupMarkdown } from "./markdown.js";
import { renderGroupYaml, unfoldLongFlows, YAML_OPTIONS } from "./yaml.js";

export type GroupFormat = "md" | "yaml";

/** A rewritten file, or the problems that stopped it (the file is then left as it is). */
export interface Rewritten {
  text?: string;
  diagnostics: Diagnostic[];
}

const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === "error");

/** A group file read on its own, without the rest of its plan; a Markdown matrix also gives its language. */
interface GroupFile {
  group?: WorkingGroup;
  lang?: Lang | undefined;
  diagnostics: Diagnostic[];
}

/**
 * A group file read and checked against the schema on its own, without the rest of its plan but
 * for `plain`, its primary language (ParseOptions.primaryLanguage).
 */
export async function readGroupFile(file: string, text: string, plain?: Lang): Promise<GroupFile> {
  const doc = await parseSource(file, text, { primaryLanguage: plain });
  if (hasErrors(doc.diagnostics)) return { diagnostics: doc.diagnostics };
  const checked = checkSchema(doc, GroupSchema);
  const diagnostics = [...doc.diagnostics, ...checked.diagnostics];
  if (!checked.value || hasErrors(diagnostics)) return { diagnostics };
  return { group: checked.value, lang: doc.lang, diagnostics };
}

/**
 * `plan convert`: a group file in the other form (or the same form, canonical). A Markdown matrix
 * is written in `lang` if given, else in the language of the Markdown it was read from (so that
 * `plan fmt` keeps a Spanish matrix Spanish), else in the one its texts choose. `plain` is the
 * plan's primary language, which a plain string stands for (English where it is not known).
 */
export async function convertGroup(file: string, text: string, to: GroupFormat, lang?: Lang, plain?: Lang): Promise<Rewritten> {
  const { group, lang: source, diagnostics } = await readGroupFile(file, text, plain);
  if (!group) return { diagnostics };
  return { text: to === "md" ? renderGroupMarkdown(group, lang ?? source, plain) : renderGroupYaml(group), diagnostics };
}

/**
 * `plan fmt`: a Markdown group is written anew from its data; a YAML file keeps its comments and
 * styles and only has its keys put in order. Either way, a file that does not read is left alone.
 */
export async function formatFile(file: string, text: string, kind: "plan" | "group", plain?: Lang): Promise<Rewritten> {
  if (isMarkdownFile(file)) return convertGroup(file, text, "md", undefined, plain);
  const { diagnostics } = parseYaml(file, text);
  if (hasErrors(diagnostics)) return { diagnostics };
  // The yaml package keeps a CR in every line but the last of a comment block, which fmt's CRLF
  // would then double (`\r\r\n`); YAML reads CRLF as LF anyway, and fmt puts the file's line ends back.
  const doc = parseDocument(text.replace(/\r\n/g, "\n"), { uniqueKeys: false });
  reorderDocument(doc, kind === "plan" ? PLAN_ORDER : GROUP_ORDER);
  unfoldLongFlows(doc);
  return { text: doc.toString(YAML_OPTIONS), diagnostics };
}
