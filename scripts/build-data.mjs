// Converts the built-in catalogue (data/*.yaml, written for people) to JSON in dist/data,
// so that every `plan` run reads it with JSON.parse instead of a YAML parser.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";

const from = new URL("../data/", import.meta.url);
const to = new URL("../dist/data/", import.meta.url);
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from).filter((n) => n.endsWith(".yaml")).sort()) {
  const data = parse(readFileSync(new URL(name, from), "utf8"), { uniqueKeys: true });
  writeFileSync(new URL(name.replace(/\.yaml$/, ".json"), to), JSON.stringify(data));
}
