import { CATALOGUE } from "../catalogue.js";
import { compareStrings, type Diagnostic, type Severity } from "../diagnostic.js";
import type { Formatter } from "./types.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** Result locations are relative to where `plan validate` ran, which code scanning calls the source root. */
const SOURCE_ROOT = "%SRCROOT%";

/**
 * A SARIF 2.1.0 log (for GitHub code scanning and other SARIF viewers): one run, a rule per code of
 * the catalogue, a result per diagnostic. No timestamps or absolute paths, so the same plan gives
 * the same bytes.
 */
export const sarif: Formatter = (diagnostics, { version }) => {
  const codes = Object.keys(CATALOGUE).sort(compareStrings);
  const index = new Map(codes.map((code, i) => [code, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "rcm-plan", ...(version ? { version } : {}), rules: codes.map(ruleOf) } },
        columnKind: "utf16CodeUnits",
        results: diagnostics.map((d) => resultOf(d, index.get(d.code))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

function ruleOf(code: string) {
  const info = CATALOGUE[code]!;
  return {
    id: code,
    shortDescription: { text: info.title },
    ...(info.hint ? { help: { text: info.hint } } : {}),
    defaultConfiguration: { level: LEVEL[info.severity] },
  };
}

function resultOf(d: Diagnostic, ruleIndex: number | undefined) {
  const region = { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn };
  const location = {
    physicalLocation: { artifactLocation: { uri: uriOf(d.file), uriBaseId: SOURCE_ROOT }, region },
    ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path }] } : {}),
  };
  const related = (d.related ?? []).map((place, id) => ({
    id,
    message: { text: place.message },
    physicalLocation: {
      artifactLocation: { uri: uriOf(place.file), uriBaseId: SOURCE_ROOT },
      region: { startLine: place.line, startColumn: place.column },
    },
  }));
  return {
    ruleId: d.code,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[d.severity],
    message: { text: d.hint ? `${d.message} (hint: ${d.hint})` : d.message },
    locations: [location],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    ...(d.path ? { properties: { dataPath: d.path } } : {}),
  };
}

/** A relative URI reference: each path segment percent-encoded (spaces, accents, `#`). */
function uriOf(file: string): string {
  return file.split("/").map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment))).join("/");
}
