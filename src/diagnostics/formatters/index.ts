import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

/** The report formats of `plan validate --format`, by name. */
export const FORMATTERS: Record<string, Formatter> = { stylish, json, github, sarif, junit };
