// The bench's table and the targets, judged from the measured rows.

const find = (rows, size, name) => rows.find((row) => row.size === size && row.name === name);
const mb = (kb) => (kb === undefined ? "n/a" : (kb / 1024).toFixed(0));
const short = (text) => (text.length > 72 ? `${text.slice(0, 71)}…` : text);
/** a / b; when b was stopped at the time limit, an upper bound ("< 0.05×"). */
const ratio = (a, b) => {
  if (a?.ok && b?.ok) return `${(a.ms / b.ms).toFixed(2)}×`;
  return a?.ok && b?.atLeastMs ? `< ${(a.ms / b.atLeastMs).toFixed(2)}×` : "";
};

/** A plan command's time over node -e 0's, both measured in the same seconds where they were (measure's `beside`). */
const overNode = (row, baseline) => (row.besideMs ? `${(row.ms / row.besideMs).toFixed(2)}×` : ratio(row, baseline));

/**
 * A build's time over pandoc's. The two are measured a minute apart, so where both ran beside
 * node -e 0 each is first taken over its own node -e 0 runs: a slow spell during one of them
 * then moves its yardstick too (a build S measured at 903 ms beside a node -e 0 of 192 ms once
 * made 1.03× pandoc, against 0.63× to 0.88× in the runs around it). Else the plain ratio.
 */
const paired = (a, b) => Boolean(a?.ok && b?.ok && a.besideMs && b.besideMs);
const pandocRatio = (build, pandoc) => (paired(build, pandoc) ? (build.ms / build.besideMs) / (pandoc.ms / pandoc.besideMs) : undefined);
const overPandoc = (build, pandoc) => {
  const both = pandocRatio(build, pandoc);
  return both === undefined ? ratio(build, pandoc) : `${both.toFixed(2)}×`;
};

/** One target: `pass`/`miss` with the measured value, or `n/a: <why>` when a row is missing. */
function target(label, rows, needs, test, shown) {
  const at = needs.findIndex((row) => !row?.ok);
  if (at >= 0) return { target: label, verdict: `n/a: ${needs[at]?.reason ?? "not measured in this run"}` };
  return { target: label, verdict: test() ? "pass" : "miss", measured: shown() };
}

/** The four targets, as the bench reports them (they are not timed tests). */
export function verdicts(rows, baseline) {
  const validateS = find(rows, "s", "validate");
  const validateL = find(rows, "l", "validate");
  const buildS = find(rows, "s", "build md+docx");
  const buildL = find(rows, "l", "build md+docx");
  const pandocS = find(rows, "s", "pandoc md->docx");
  const pandocL = find(rows, "l", "pandoc md->docx");
  return [
    target("validate S within 1.5× node -e 0", rows, [validateS, baseline], () => validateS.ms <= 1.5 * (validateS.besideMs ?? baseline.ms), () => overNode(validateS, baseline)),
    target("build md+docx S faster than pandoc S", rows, [buildS, pandocS], () => (pandocRatio(buildS, pandocS) ?? buildS.ms / pandocS.ms) < 1, () => `${overPandoc(buildS, pandocS)} pandoc`),
    pandocL?.atLeastMs && buildL?.ok
      ? target("build md+docx L under 0.1× pandoc L", rows, [buildL], () => buildL.ms < 0.1 * pandocL.atLeastMs, () => `${ratio(buildL, pandocL)} pandoc (pandoc stopped at ${pandocL.atLeastMs / 1000} s)`)
      : target("build md+docx L under 0.1× pandoc L", rows, [buildL, pandocL], () => buildL.ms < 0.1 * pandocL.ms, () => `${ratio(buildL, pandocL)} pandoc`),
    target("build md+docx L peak RSS under 400 MB", rows, [buildL], () => buildL.rssKb !== undefined && buildL.rssKb < 400 * 1024, () => `${mb(buildL.rssKb)} MB`),
    target("validate L under 1 s", rows, [validateL], () => validateL.ms < 1000, () => `${(validateL.ms / 1000).toFixed(2)} s`),
  ];
}

function pad(cells, widths) {
  return cells.map((cell, i) => (i < 2 || i === cells.length - 1 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join("  ").trimEnd();
}

/** Prints the rows and the targets as plain text tables. */
export function printTable(rows, baseline, targets, meta) {
  const header = ["size", "command", "runs", "wall ms", "× node", "× pandoc", "RSS MB", "note"];
  const lines = rows.map((row) => {
    if (!row.ok) return [row.size, row.name, "", "", "", "", "", `n/a: ${short(row.reason)}`];
    const pandoc = row.yardstick ? undefined : find(rows, row.size, "pandoc md->docx");
    return [row.size, row.name, row.runs, row.ms.toFixed(0), overNode(row, baseline), row.name.startsWith("build") ? overPandoc(row, pandoc) : "", mb(row.rssKb), row.note ?? ""];
  });
  const widths = header.map((_, i) => Math.max(header[i].length, ...lines.map((line) => String(line[i]).length)));
  console.log(`${meta.node} on ${meta.platform}; ${meta.pandoc ?? "no pandoc"}`);
  console.log(meta.method);
  console.log(`\n${pad(header, widths)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const line of lines) console.log(pad(line, widths));
  console.log("\ntargets");
  for (const t of targets) {
    const [verdict, reason] = t.verdict.startsWith("n/a") ? ["n/a", t.verdict.slice(5)] : [t.verdict, t.measured];
    console.log(`  ${verdict.padEnd(4)}  ${t.target.padEnd(40)}  ${short(reason)}`);
  }
}
