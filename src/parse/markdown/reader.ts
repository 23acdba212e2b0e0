import type { Node } from "mdast";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { makeDiagnostic, type DiagnosticExtras } from "../../diagnostics/make.js";
import type { Lang } from "../../model/text.js";
import type { DataPath, TextEdit } from "../document.js";
import { LineIndex } from "../positions.js";
import type { CellNames } from "./inline.js";
import { SourceMap, type Span } from "./source-map.js";
import type { Period } from "../../model/timeframe.js";
import { PLAIN_LANGUAGE } from "./vocabulary.js";

/** What a matrix is read against, from its plan (ParseOptions); a file read on its own has none of it. */
export interface MatrixPlan {
  /** The language a plain string stands for (ParseOptions.primaryLanguage); else PLAIN_LANGUAGE. */
  plain?: Lang;
  /** The organisations a cell's words are told apart by (ParseOptions.organizations). */
  names?: CellNames;
  /** The plan's period (ParseOptions.period). */
  period?: Period;
}

/** What every step of reading a Markdown matrix shares: the text, the map it fills, the problems found. */
export class Reader {
  readonly lines: LineIndex;
  readonly map: SourceMap;
  readonly diagnostics: Diagnostic[] = [];
  /**
   * The matrix's language, which its unlabelled texts are in: that of its first table's Action
   * heading, else of its first label's name, else `plain` (docs/markdown-format.md). Undefined
   * until a table tells it; the readers then hold back the texts they have not resolved yet.
   */
  lang?: Lang;
  /** True when the file has no front matter: what comes before the first heading is then likely the group's details, said once. */
  frontMatterMissing = false;
  /**
   * True when the front matter's `---` is never closed, or its opening one is lost: its lines are
   * then the body's to Markdown, its YAML comments (`# Working group 1`, `# Note: …`) headings,
   * which are no objectives' and are not said to be: the first objective is the first heading
   * whose id has a digit in it (`## FLD-O1: …`).
   */
  frontMatterUnclosed = false;
  /** The language of the first label whose name is in one (`Título (en)`), for a matrix with no table. */
  labelLang?: Lang;
  /**
   * While an objective's texts are resolved: whether its table is headed in the matrix's language.
   * Its texts are then surely in that language, and a label naming it is a slip
   * (md-own-language-label); not so in a table copied from a matrix in the other language.
   */
  textsInMatrixLang = false;
  /** The fields misspelt table columns may hold (ParsedDocument.unread). */
  readonly unread: { under: DataPath; fields: ReadonlySet<string> }[] = [];
  /** What would make the file read as meant (ParsedDocument.fixes). */
  readonly fixes: TextEdit[] = [];

  /** The language a plain string stands for, the plan's primary language (ParseOptions.primaryLanguage). */
  readonly plain: Lang;
  /** The organisations a cell's words are told apart by (the built-in ones where not given). */
  readonly names: CellNames | undefined;
  /** The plan's period, which a hint takes its example years from. */
  readonly period: Period | undefined;

  /** `recordPlaces` false: `map` keeps nothing (see SourceMap). */
  constructor(readonly file: string, readonly text: string, recordPlaces = true, plan: MatrixPlan = {}) {
    this.lines = new LineIndex(text);
    this.map = new SourceMap(this.lines, recordPlaces);
    this.plain = plan.plain ?? PLAIN_LANGUAGE;
    this.names = plan.names;
    this.period = plan.period;
  }

  /** The matrix's language as far as it is known yet: what a hint names labels in. */
  get knownLanguage(): Lang {
    return this.lang ?? this.labelLang ?? this.plain;
  }

  /** The matrix's language, settled at the end of the body when no table told it. */
  settleLanguage(): Lang {
    this.lang ??= this.labelLang ?? this.plain;
    return this.lang;
  }

  report(code: string, message: string, at: Span, extras: DiagnosticExtras = {}): void {
    this.diagnostics.push(makeDiagnostic(code, message, this.file, this.lines.range(at.start, at.end), extras));
  }

  /** Reports what repeats something earlier in the file, naming where the first one is (as duplicate-key does). */
  reportRepeat(code: string, message: string, at: Span, first: Span, firstMessage: string, hint?: string): void {
    const { line, column } = this.lines.position(first.start);
    this.report(code, message, at, { related: [{ file: this.file, line, column, message: firstMessage }], ...(hint === undefined ? {} : { hint }) });
  }

  /** A node's first line only, for diagnostics on blocks that span many lines (a table, a list). */
  firstLine(node: Node): Span {
    return this.lineFrom(spanOf(node).start);
  }

  /** From `start` to the end of its line. */
  lineFrom(start: number): Span {
    return { start, end: this.lines.lineEnd(start) };
  }
}

/** The offsets of a node parsed with positions (remark always gives them). */
export function spanOf(node: Node): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
