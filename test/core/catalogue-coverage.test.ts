/** Every code of the core and of the plan's rules has a golden case, or a test that builds its input. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORE_CODES } from "../../src/diagnostics/codes/core.js";
import { RULE_CODES } from "../../src/diagnostics/codes/rules.js";
import { asSentence } from "../../src/diagnostics/make.js";
import { REPO } from "../helpers/run.js";

/** Inputs git cannot hold (binary, Latin-1, 9 MB, symlinks) or that need a parser to fail. */
const BUILT_AT_TEST_TIME: Record<string, string> = {
  "binary-file": "test/core/bad-input.test.ts",
  "line-ending": "test/core/bad-input.test.ts",
  "control-character": "test/core/bad-input.test.ts",
  "unmatched-group-file": "test/core/bad-input.test.ts",
  encoding: "test/core/bad-input.test.ts",
  "file-too-large": "test/core/bad-input.test.ts",
  "nested-too-deep": "test/core/bad-input.test.ts",
  "unreadable-file": "test/core/bad-input.test.ts",
  "outside-plan": "test/core/bad-input.test.ts",
  "merge-conflict": "test/core/merge-conflicts.test.ts",
  "internal-error": "test/core/internal-error.test.ts",
};

describe("diagnostic codes", () => {
  for (const code of Object.keys({ ...CORE_CODES, ...RULE_CODES })) {
    it(`${code} has a test that makes it`, () => {
      const elsewhere = BUILT_AT_TEST_TIME[code];
      if (elsewhere) {
        expect(readFileSync(path.join(REPO, elsewhere), "utf8")).toContain(`"${code}"`);
        return;
      }
      const stdout = readFileSync(path.join(REPO, "test/golden", `core-${code}`, "expected/stdout"), "utf8");
      expect(stdout.includes(`  ${code}\n`) || stdout.includes(`"code": "${code}"`), `test/golden/core-${code} reports ${code}`).toBe(true);
    });
  }
});

describe("hints", () => {
  it("read as sentences: the catalogue's as written, the ones made as the check goes with a capital and a full stop", () => {
    for (const [code, info] of Object.entries({ ...CORE_CODES, ...RULE_CODES })) {
      if (info.hint !== undefined) expect(asSentence(info.hint), code).toBe(info.hint);
    }
    expect(asSentence("did you mean MX?")).toBe("Did you mean MX?");
    expect(asSentence("known keys here: en, es")).toBe("Known keys here: en, es.");
    expect(asSentence("Number the themes 1, 2, 3, …")).toBe("Number the themes 1, 2, 3, …");
  });
});
