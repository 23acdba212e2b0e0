/** What checkSchema says for each kind of zod issue, and where it points. */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GroupSchema, IndicatorFileSchema, PlanManifestSchema } from "../../src/model/schema.js";
import { parseYaml } from "../../src/parse/yaml.js";
import { checkSchema, describePlace, describeValue } from "../../src/validate/schema-check.js";
import { loadBuiltInReference } from "../../src/io/reference.js";
import { codeInfo } from "../../src/diagnostics/catalogue.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";

/** The hint the check made for this diagnostic; undefined where it is the code's own, from the catalogue. */
function ownHint(d: Diagnostic): string | undefined {
  return d.hint === codeInfo(d.code).hint ? undefined : d.hint;
}

/** Each diagnostic as "line:column code message | hint", with the check's own hint. */
function check(text: string, schema: z.ZodType = GroupSchema): string[] {
  const { diagnostics } = checkSchema(parseYaml("g.yaml", text), schema);
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}${ownHint(d) ? ` | ${ownHint(d)}` : ""}`);
}

const group = (rest: string) => `group: g\ntheme: t\n${rest}`;
const objective = (rest: string) => group(`objectives:\n  - id: O1\n    title: x\n${rest}`);
const PLAN = "id: p\ntitle: x\ndraft: 1\nstatus: draft\ndate: 2024-01-05\nperiod: {start: 2024, end: 2028}\nthemes: [{id: t, number: 1, title: x}]\n";

describe("checkSchema", () => {
  it("passes a valid group and fills in the defaults", () => {
    const result = checkSchema(parseYaml("g.yaml", objective("    actions:\n      - {id: A1, title: x, lead: MX, timeframe: {start: 2024, end: 2025-Q2}}\n")), GroupSchema);
    expect(result.diagnostics).toEqual([]);
    expect(result.value?.objectives[0]?.actions[0]).toMatchObject({ lead: ["MX"], partners: [], priority: "medium", protocol: [], timeframe: { start: "2024", end: "2025-Q2" } });
  });

  it("unknown key: did you mean, at the key", () => {
    expect(check(group("facilitator: {name: Ana, organisation: IOM}\n"))).toEqual([
      "3:26 unknown-key unknown key 'organisation' in 'facilitator' | Did you mean organization?",
    ]);
    expect(check(`${PLAN}language: [en]\n`, PlanManifestSchema)).toEqual(["8:1 unknown-key unknown key 'language' at the top level | Did you mean languages?"]);
  });

  it("a required key misspelt or in Spanish is one finding, the unknown key, whose hint names the field: not the field missing besides", () => {
    const action = (timeframe: string) => check(objective(`    actions:\n      - {id: A1, title: x, lead: [MX], ${timeframe}}\n`));
    expect(action("timefrme: {start: 2024, end: 2025}")).toEqual(["7:40 unknown-key unknown key 'timefrme' in action A1 | Did you mean timeframe?"]);
    expect(action("plazo: {start: 2024, end: 2025}")).toEqual(["7:40 unknown-key unknown key 'plazo' in action A1 | Write timeframe, the format's key for it (the keys are English in both languages)."]);
    // A key like no field's leaves the field missing, said as such.
    expect(action("budget: 100").map((line) => line.split(" ").slice(0, 2).join(" "))).toEqual(["7:9 missing-field", "7:40 unknown-key"]);
  });

  it("a key holding a character no editor shows is one finding, at the key, naming the character and the key to write", () => {
    const objectives = "objectives:\n  - id: O1\n    title: x\n    actions:\n      - {id: A1, title: x, lead: MX, timeframe: {start: 2024, end: 2025}}\n";
    // Pasted from a web page: a no-break space before the key, which YAML reads as part of it.
    expect(check(`group: g\n\u00a0theme: t\n${objectives}`)).toEqual([
      "2:1 unknown-key unknown key '\u00a0theme' at the top level | It holds a no-break space (U+00A0), which editors do not show: delete the key and type it again: `theme:`.",
    ]);
    expect(check(`group: g\nthe\u200bme: t\n${objectives}`)).toEqual([
      "2:1 unknown-key unknown key 'the\u200bme' at the top level | It holds a zero-width space (U+200B), which editors do not show: delete the key and type it again: `theme:`.",
    ]);
    expect(check(PLAN.replace("id: p", "\u00a0id: p"), PlanManifestSchema)).toEqual([
      "1:1 unknown-key unknown key '\u00a0id' at the top level | It holds a no-break space (U+00A0), which editors do not show: delete the key and type it again: `id:`.",
    ]);
    // Misspelt too, or written in Spanish: the hint names the character and the key to write, and the
    // field it is for is not said to be missing besides, as for a key misspelt alone.
    const status = (key: string) => check(PLAN.replace("status: draft", `${key}: draft`), PlanManifestSchema);
    const told = "It holds a no-break space (U+00A0), which editors do not show, and likely means status: delete the key and type `status:`.";
    expect(status("\u00a0statuss")).toEqual(["4:1 unknown-key unknown key '\u00a0statuss' at the top level | " + told]);
    expect(status("statuss\u00a0")).toEqual(["4:1 unknown-key unknown key 'statuss\u00a0' at the top level | " + told]);
    expect(check(objective("    actions:\n      - {id: A1, title: x, \u00a0responsables: [MX], timeframe: {start: 2024, end: 2025}}\n"))).toEqual([
      "7:28 unknown-key unknown key '\u00a0responsables' in action A1 | It holds a no-break space (U+00A0), which editors do not show, and lead is the format's key for it: delete the key and type `lead:`.",
    ]);
    // An optional key is told the same; a key the format does not know at all keeps its hint.
    expect(check(group(`facilitator: {name: Ana, organi\u200bzation: IOM}\n${objectives}`))[0]).toMatch(/It holds a zero-width space \(U\+200B\), which editors do not show: delete the key and type it again: `organization:`/);
    // A key near none of this place's keys still has its hidden character named, beside the keys it may be.
    expect(check(group(`facilitator: {name: Ana, \u00a0budget: 10}\n${objectives}`))[0]).toMatch(/unknown key '\u00a0budget' in 'facilitator' \| It holds a no-break space \(U\+00A0\), which editors do not show\. Known keys here: name, organization\.$/);
  });

  it("a key written in Spanish, or by the matrix's column or label name, is told the format's key", () => {
    const action = (keys: string) => objective(`    actions:\n      - {id: A1, title: x, ${keys}, timeframe: {start: 2024, end: 2025}}\n`);
    const hint = "the format's key for it (the keys are English in both languages).";
    expect(check(action("responsables: [MX], prioridad: alta, productos: [Un manual]"))).toEqual([
      `7:28 unknown-key unknown key 'responsables' in action A1 | Write lead, ${hint}`,
      `7:48 unknown-key unknown key 'prioridad' in action A1 | Write priority, ${hint}`,
      `7:65 unknown-key unknown key 'productos' in action A1 | Write outputs, ${hint}`,
    ]);
    expect(check(group("tema: t\nobjetivos: []\n"))).toEqual([
      `3:1 unknown-key unknown key 'tema' at the top level | Write theme, ${hint}`,
      `4:1 unknown-key unknown key 'objetivos' at the top level | Write objectives, ${hint}`,
    ]);
    // Only a key of that place: `plazo` in a participant is no timeframe.
    expect(check(group("participants:\n  - {country: GT, role: investigator, plazo: 2027}\n"))).toEqual([
      "4:39 unknown-key unknown key 'plazo' in item 1 of 'participants' | Known keys here: country, role, name.",
    ]);
  });

  it("a required key written in Spanish is one finding, the unknown key's, not also the field missing", () => {
    const hint = "the format's key for it (the keys are English in both languages).";
    expect(check(objective("    actions:\n      - {id: A1, titulo: x, lead: [MX], plazo: 2027}\n"))).toEqual([
      `7:18 unknown-key unknown key 'titulo' in action A1 | Write title, ${hint}`,
      `7:41 unknown-key unknown key 'plazo' in action A1 | Write timeframe, ${hint}`,
    ]);
    // plan.yaml's keys as a Secretariat writing in Spanish types them.
    const plan = PLAN.replace("status:", "estado:").replace("date:", "fecha:").replace("period:", "periodo:").replace("number:", "número:");
    expect(check(plan, PlanManifestSchema)).toEqual([
      `7:18 unknown-key unknown key 'número' in theme t | Write number, ${hint}`,
      `4:1 unknown-key unknown key 'estado' at the top level | Write status, ${hint}`,
      `5:1 unknown-key unknown key 'fecha' at the top level | Write date, ${hint}`,
      `6:1 unknown-key unknown key 'periodo' at the top level | Write period, ${hint}`,
    ]);
    expect(check("grupo: g\ntema: t\nobjectives: []\n")).toEqual([
      `1:1 unknown-key unknown key 'grupo' at the top level | Write group, ${hint}`,
      `2:1 unknown-key unknown key 'tema' at the top level | Write theme, ${hint}`,
    ]);
    // A key the format does not know stays beside the field it leaves missing: nothing says it was meant for it.
    expect(check(objective("    actions:\n      - {id: A1, nombre: x, lead: [MX], timeframe: {start: 2024, end: 2025}}\n"))).toEqual([
      "7:9 missing-field missing required field 'title' in action A1",
      expect.stringMatching(/^7:18 unknown-key unknown key 'nombre' in action A1/),
    ]);
  });

  it("unknown key with nothing close: lists the keys allowed there", () => {
    expect(check(group("budget: 10\n"))).toEqual([
      "3:1 unknown-key unknown key 'budget' at the top level | Known keys here: group, theme, facilitator, rapporteur, participants, objectives.",
    ]);
  });

  it("a text map with a language the format does not know", () => {
    expect(check(objective("    description: {en: x, ES: y}\n"))).toEqual(["6:26 unknown-key unknown key 'ES' in 'description' | Did you mean es?"]);
    expect(check(objective("    description: {en: x, pt: y}\n"))).toEqual(["6:26 unknown-key unknown key 'pt' in 'description' | Known keys here: en, es."]);
  });

  it("missing required fields, at the mapping that lacks them", () => {
    expect(check("theme: t\n")).toEqual(["1:1 missing-field missing required field 'group'"]);
    expect(check(group("objectives:\n  - id: O1\n"))).toEqual(["4:5 missing-field missing required field 'title' in objective O1"]);
    expect(check(objective("    actions:\n      - {id: A1, title: x, timeframe: {start: 2024}}\n"))).toEqual([
      "7:39 missing-field missing required field 'end' in 'timeframe'",
    ]);
  });

  it("a missing enum or text field is missing, not an invalid value", () => {
    expect(check(PLAN.replace("status: draft\n", "").replace("title: x\n", ""), PlanManifestSchema)).toEqual([
      "1:1 missing-field missing required field 'title'",
      "1:1 missing-field missing required field 'status'",
    ]);
    expect(check(group("participants:\n  - {country: SV}\n"))).toEqual(["4:5 missing-field missing required field 'role' in item 1 of 'participants'"]);
  });

  it("a file of comments only holds no data", () => {
    expect(check("# to be filled in by the facilitator\n")).toEqual([
      "1:1 empty-file the file holds no data, only comments or blank lines",
    ]);
  });

  it("empty strings count as missing", () => {
    expect(check(group("facilitator: {name: ''}\n"))).toEqual(["3:21 missing-field 'name' is empty"]);
    expect(check(group("facilitator: {name: '   '}\n"))).toEqual(["3:21 missing-field 'name' is empty"]);
  });

  it("a value written by habit gets the hint of how the format writes it", () => {
    const reference = loadBuiltInReference();
    const hinted = (...lines: string[]) => {
      const action = ["id: A1", "title: x", "lead: [MX]", "timeframe: {start: 2024, end: 2025}"].filter((line) => !lines.some((given) => given.split(":")[0] === line.split(":")[0]));
      const text = objective(`    actions:\n      - ${[...action, ...lines].join("\n        ")}\n`);
      return checkSchema(parseYaml("g.yaml", text), GroupSchema, reference).diagnostics.map((d) => `${d.code} ${ownHint(d)}`);
    };
    expect(hinted("lead: MX, IOM")).toEqual(["invalid-value Write a list, in brackets: lead: [MX, IOM]."]);
    expect(hinted("lead: mx; iom")).toEqual(["invalid-value Write a list, in brackets: lead: [MX, IOM]."]);
    expect(hinted("protocol: SOM-6.1; SOM-6.2")).toEqual(["invalid-value Write a list, in brackets: protocol: [SOM-6.1, SOM-6.2]."]);
    expect(hinted("lead: [México, República Dominicana]")).toEqual([
      "invalid-value México is a country: write its code, MX.",
      "invalid-value República Dominicana is a country: write its code, DO.",
    ]);
    expect(hinted("timeframe: 2019-Q3 – 2021")).toEqual(["invalid-type Write it as a mapping: timeframe: {start: 2019-Q3, end: 2021}."]);
    expect(hinted("timeframe: 2019 a 2021")).toEqual(["invalid-type Write it as a mapping: timeframe: {start: 2019, end: 2021}."]);
    expect(hinted("timeframe: T1 2027 - 2028-t4")).toEqual(["invalid-type Write it as a mapping: timeframe: {start: 2027-Q1, end: 2028-Q4}."]);
    expect(hinted("timeframe: desde 2027 hasta 2028")).toEqual(["invalid-type Write it as a mapping: timeframe: {start: 2027, end: 2028}."]);
    expect(hinted("timeframe: del 2028 al 2027")).toEqual(["invalid-type Write it as a mapping, the start first: timeframe: {start: 2027, end: 2028}."]);
    // A quarter written the way a Spanish matrix or a calendar writes it (trimestre 1, Q1 2027).
    const quarter = (start: string) => hinted(`timeframe: {start: ${start}, end: 2028}`);
    expect(quarter("2027-T1")).toEqual(["invalid-value Write it as the format does: start: 2027-Q1."]);
    expect(quarter("Q3 2027")).toEqual(["invalid-value Write it as the format does: start: 2027-Q3."]);
    expect(quarter("2027 q2")).toEqual(["invalid-value Write it as the format does: start: 2027-Q2."]);
    // A point none of these: what a point is, in the years of the plan's period where it is known.
    expect(quarter("2027-Q5")).toEqual(["invalid-value Write a year (2019) or a quarter, Q1 to Q4 (2019-Q3)."]);
    const inPlan = (lines: string) => checkSchema(parseYaml("g.yaml", objective(`    actions:\n      - {id: A1, title: x, lead: [MX], ${lines}}\n`)), GroupSchema, { ...reference, period: { start: 2027, end: 2031 } }).diagnostics.map((d) => ownHint(d));
    expect(inPlan("timeframe: {start: pronto, end: 2028}")).toEqual(["Write a year (2027) or a quarter, Q1 to Q4 (2027-Q3)."]);
    expect(inPlan("timeframe: next year")).toEqual(["Write it as a mapping of its start and end, each a year or a quarter: timeframe: {start: 2027-Q3, end: 2029}."]);
    expect(hinted("timeframe: 2027-T1")).toEqual(["invalid-type Write it as a mapping: timeframe: {start: 2027-Q1, end: 2027-Q1}."]);
    expect(hinted("priority: Alta")).toEqual(["invalid-value Write it in English, as the format does: high."]);
    // A value holding one allowed word among others: that word alone.
    expect(hinted("priority: high priority")).toEqual(["invalid-value Write high."]);
    expect(hinted("priority: very high or low")).toEqual(["invalid-value undefined"]);
    expect(hinted("priority: not high")).toEqual(["invalid-value undefined"]);
    expect(hinted("priority: Muy alta")).toEqual(["invalid-value Write it in English, as the format does: high."]);
    // A priority the format has no word for, told the one it means.
    expect(hinted("priority: urgente")).toEqual(["invalid-value Write high, the priority it means."]);
    expect(hinted("priority: Crítica")).toEqual(["invalid-value Write high, the priority it means."]);
    expect(hinted("priority: mínima")).toEqual(["invalid-value Write low, the priority it means."]);
    // An id typed on a Spanish keyboard: the id without its accents.
    expect(hinted("id: INT-Acción-1.1")).toEqual(["invalid-value It holds an accented letter (ó), which an id is written without: write INT-Accion-1.1."]);
    expect(hinted("id: AÑO-ÚNICO-1")).toEqual(["invalid-value It holds accented letters (Ñ, Ú), which an id is written without: write ANO-UNICO-1."]);
    // Saved decomposed (NFD), as a macOS editor may: the letter named as it reads.
    expect(hinted("id: INT-Accio\u0301n-1.1")).toEqual(["invalid-value It holds an accented letter (ó), which an id is written without: write INT-Accion-1.1."]);
    // A word is no id mistyped: `Acción` is not told `Accion`, which would be refused in its turn.
    expect(hinted("id: Acción")).toEqual(["invalid-value undefined"]);
    expect(hinted("related: int-1.1, int-1.2")).toEqual(["invalid-value Write a list, in brackets: related: [int-1.1, int-1.2]."]);
    const participant = (country: string) => checkSchema(parseYaml("g.yaml", `group: g\ntheme: t\nparticipants:\n  - {country: ${country}, role: investigator}\n`), GroupSchema, reference).diagnostics.map((d) => d.hint);
    expect(participant("Honduras")).toEqual(["Honduras is a country: write its code, HN."]);
    // plan.yaml's countries, as a country's name is told in a group's lead: its code, not the name without its accent.
    const countries = checkSchema(parseYaml("plan.yaml", `${PLAN}countries: [GT, México]\n`), PlanManifestSchema, reference).diagnostics.map((d) => `${d.line}:${d.column} ${d.hint}`);
    expect(countries).toEqual(["8:17 México is a country: write its code, MX."]);
    // A member's three-letter code, as UN documents write it.
    const alpha3 = checkSchema(parseYaml("plan.yaml", `${PLAN}countries: [GTM, mex, XYZ]\n`), PlanManifestSchema, reference).diagnostics.map((d) => `${d.line}:${d.column} ${d.hint}`);
    expect(alpha3).toEqual([
      "8:13 A country's three-letter code (GTM): write its two-letter code, GT.",
      "8:18 A country's three-letter code (mex): write its two-letter code, MX.",
      "8:23 Change the value to one the message allows.",
    ]);
    // A delegate's role in Spanish or in English words, as a workshop's sign-in sheet says it.
    const role = (written: string) => checkSchema(parseYaml("g.yaml", `group: g\ntheme: t\nparticipants:\n  - {country: HN, role: ${written}}\n`), GroupSchema, reference).diagnostics.map((d) => d.hint);
    const roles: [string, string][] = [
      ["fiscal", "prosecutor"], ["Fiscalía General", "prosecutor"], ["Investigadora", "investigator"], ["Directora de Migración", "immigration-director"],
      ["Immigration Director", "immigration-director"], ["Policía Migratoria", "immigration-police"], ["border police", "immigration-police"],
      ["Head of Immigration Police", "immigration-police"], ["Directora de la Policía de Fronteras", "immigration-police"], ["oficial de enlace", "coalition-liaison"], ["Observador", "observer"], ["Sociedad civil", "civil-society"], ["otra", "other"],
    ];
    for (const [written, meant] of roles) expect(role(written), written).toEqual([`Write the role as the format names it: role: ${meant}.`]);
    expect(role("ministra")).toEqual(["Change the value to one the message allows."]);
    expect(hinted("lead: [Costa Ricca, Republica Dominicna]")).toEqual([
      "invalid-value Costa Ricca looks like Costa Rica, a country: write its code, CR.",
      "invalid-value Republica Dominicna looks like República Dominicana, a country: write its code, DO.",
    ]);
    // Every country in words; a timeframe or a point of it written with months, as quarters.
    expect(hinted("lead: [Todos los países miembros]", "partners: [all countries]")).toEqual([
      "invalid-value Write ALL for every country of the plan.",
      "invalid-value Write ALL for every country of the plan.",
    ]);
    expect(hinted("timeframe: enero 2027 – diciembre 2028")).toEqual(["invalid-type Write it as a mapping, each month as its quarter: timeframe: {start: 2027-Q1, end: 2028-Q4}."]);
    expect(quarter("marzo de 2027")).toEqual(["invalid-value Write the month's quarter: start: 2027-Q1."]);
    // A date written day first (as the RCM's Spanish-speaking members write one), and a quarter in
    // Spanish words: the quarter it falls in. A date either way round is both readings, where they
    // are different quarters, and one where they are the same.
    expect(quarter("15/01/2019")).toEqual(["invalid-value Write the date's quarter: start: 2019-Q1."]);
    expect(quarter("01/02/2019")).toEqual(["invalid-value Write the date's quarter: start: 2019-Q1."]);
    expect(quarter("01/07/2019")).toEqual([
      "invalid-value Write the date's quarter: start: 2019-Q3 if it is written day first (as Spanish writes dates), start: 2019-Q1 if month first (as the United States write them).",
    ]);
    expect(quarter("31/02/2019")).toEqual(["invalid-value Write a year (2019) or a quarter, Q1 to Q4 (2019-Q3)."]);
    expect(quarter("1er trim. 2020")).toEqual(["invalid-value Write it as the format does: start: 2020-Q1."]);
    expect(quarter("primer trimestre de 2020")).toEqual(["invalid-value Write it as the format does: start: 2020-Q1."]);
    expect(quarter("III trimestre 2020")).toEqual(["invalid-value Write it as the format does: start: 2020-Q3."]);
    expect(quarter("4.º trimestre del 2020")).toEqual(["invalid-value Write it as the format does: start: 2020-Q4."]);
    expect(quarter("second quarter of 2020")).toEqual(["invalid-value Write it as the format does: start: 2020-Q2."]);
    expect(hinted("timeframe: 15/07/2019 – 31/12/2020")).toEqual(["invalid-type Write it as a mapping, each date as its quarter: timeframe: {start: 2019-Q3, end: 2020-Q4}."]);
    // A span is read one way round throughout: 15/07 is day first, so 01/12 is 1 December.
    expect(hinted("timeframe: 15/07/2019 – 01/12/2020")).toEqual(["invalid-type Write it as a mapping, each date as its quarter: timeframe: {start: 2019-Q3, end: 2020-Q4}."]);
    // plan.yaml's date, as people write one: year first.
    const dated = (date: string) => checkSchema(parseYaml("plan.yaml", PLAN.replace("date: 2024-01-05", `date: ${date}`)), PlanManifestSchema, reference).diagnostics.map((d) => `${d.code} ${ownHint(d)}`);
    expect(dated("15/09/2017")).toEqual(["invalid-value Write it as YYYY-MM-DD: date: 2017-09-15."]);
    expect(dated("15.9.2017")).toEqual(["invalid-value Write it as YYYY-MM-DD: date: 2017-09-15."]);
    expect(dated("15 de septiembre de 2017")).toEqual(["invalid-value Write it as YYYY-MM-DD: date: 2017-09-15."]);
    expect(dated("September 15, 2017")).toEqual(["invalid-value Write it as YYYY-MM-DD: date: 2017-09-15."]);
    expect(dated("01/02/2017")).toEqual([
      "invalid-value Write it as YYYY-MM-DD: date: 2017-02-01 if it is written day first (as Spanish writes dates), date: 2017-01-02 if month first (as the United States write them).",
    ]);
    expect(dated("30/02/2017")).toEqual(["invalid-value undefined"]);
    // An organisation written by its name, in either language, accents and case aside: its id.
    expect(hinted("partners: [Organización Internacional para las Migraciones, the United Nations Office on Drugs and Crime]")).toEqual([
      "invalid-value Organización Internacional para las Migraciones is the Spanish name of IOM: write its id, IOM.",
      "invalid-value The United Nations Office on Drugs and Crime is the English name of UNODC: write its id, UNODC.",
    ]);
    expect(hinted("lead: [Secretaria Tecnica de la Conferencia Regional sobre Migracion]")).toEqual([
      "invalid-value Secretaria Tecnica de la Conferencia Regional sobre Migracion is the Spanish name of RCM-TS: write its id, RCM-TS.",
    ]);
    expect(hinted("partners: [Organizacion Internacional para la Migraciones]")).toEqual([
      "invalid-value Organizacion Internacional para la Migraciones looks like the Spanish name of IOM: write its id, IOM.",
    ]);
    // A country's government is the country; an article, with its paragraph, its indicators.
    expect(hinted("lead: [Gobierno de Guatemala, the Government of the United States, Gobierno de los Estados Unidos]")).toEqual([
      "invalid-value A country's government is written by the country's code: GT.",
      "invalid-value A country's government is written by the country's code: US.",
      "invalid-value A country's government is written by the country's code: US.",
    ]);
    expect(hinted("protocol: [Art. 6 párr. 1]")).toEqual(["invalid-value Article 6's compliance indicators are SOM-6.1, SOM-6.2, SOM-6.3, SOM-6.4, …: name the ones the action serves."]);
    // Several parties in one item, ids or countries' names: each in its own.
    expect(hinted("lead: GT MX", "partners: [IOM y UNODC, Costa Rica y Panamá]")).toEqual([
      "invalid-value Write each in an item of its own: lead: [GT, MX].",
      "invalid-value Write each in an item of its own: partners: [IOM, UNODC].",
      "invalid-value Write each in an item of its own: partners: [CR, PA].",
    ]);
    // Acronyms and ids in any case are told as their ids; a name of id-like words is one name.
    expect(hinted("lead: [OIM ACNUR]", "partners: [Oim y acnur, Sociedad civil]")).toEqual([
      "invalid-value Write each in an item of its own: lead: [IOM, UNHCR].",
      "invalid-value Write each in an item of its own: partners: [IOM, UNHCR].",
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id, name: Sociedad civil}, then write the id here.",
    ]);
    expect(hinted("partners: [Organización Internacional para las Migraciones en Guatemala]")).toEqual([
      "invalid-value Organización Internacional para las Migraciones en Guatemala names IOM: write its id, IOM, or add this office or body of it to `organizations` in plan.yaml as {id, name}.",
    ]);
    // An office by the organisation's id or acronym in capitals, and its place.
    expect(hinted("partners: [Oficina de la OIM en Guatemala, Oficina del ACNUR en México]")).toEqual([
      "invalid-value Oficina de la OIM en Guatemala names IOM: write its id, IOM, or add this office or body of it to `organizations` in plan.yaml as {id, name}.",
      "invalid-value Oficina del ACNUR en México names UNHCR: write its id, UNHCR, or add this office or body of it to `organizations` in plan.yaml as {id, name}.",
    ]);
    // `de` in a name is no party (Germany's code in small letters); one word no id can be is a name too.
    expect(hinted("partners: [INM de México, Extranjería]")).toEqual([
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id: INM, name: INM de México}, then write INM here.",
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id, name: Extranjería}, then write the id here.",
    ]);
    // An office in a country, or the organisation and the country: the hint says what to write for each.
    expect(hinted("partners: [ACNUR México]")).toEqual([
      "invalid-value ACNUR México names UNHCR and MX: write UNHCR for its office there (or add the office to `organizations` in plan.yaml as {id, name}), or UNHCR, MX in items of their own for both.",
    ]);
    // A name with its acronym: a known one is told its id, an unknown one the acronym to add it by.
    expect(hinted("partners: [Organización Internacional para las Migraciones (OIM), Instituto Nacional de Migración (INM)]")).toEqual([
      "invalid-value Organización Internacional para las Migraciones (OIM) is the Spanish name of IOM: write its id, IOM.",
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id: INM, name: Instituto Nacional de Migración}, then write INM here.",
    ]);
    // A code or id the plan knows, in parentheses after a name: that id, not an organisation to add.
    expect(hinted("lead: [México (MX)]", "partners: [la OIM (IOM)]")).toEqual(["invalid-value Write the id alone: MX.", "invalid-value Write the id alone: IOM."]);
    // Not decided yet: no organisation to add.
    expect(hinted("lead: [Por definir]", "partners: [N/A]")).toEqual([
      "invalid-value An action needs its lead named: write the country's code or the organisation's id once the group has decided.",
      "invalid-value Leave the partners empty while none is named (`-` in a Markdown cell, `partners: []` in YAML).",
    ]);
    // Names a comma apart in one item: an item each, not one organisation of both.
    expect(hinted("partners: [Instituto Nacional de Migración, IOM]".replace("[", "['").replace("]", "']"))).toEqual([
      "invalid-value Write each in an item of its own: partners: [Instituto Nacional de Migración, IOM].",
    ]);
    // But one name whose first words a comma lists is one organisation to add, as a Markdown cell reads it,
    // its name quoted for the commas that would part it in braces.
    expect(hinted("partners: ['Immigration, Refugees and Citizenship Canada', 'Innovation, Science, and Economic Development Canada', 'Customs, Immigration']")).toEqual([
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id: IRCC, name: \"Immigration, Refugees and Citizenship Canada\"}, then write IRCC here.",
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id: ISEDC, name: \"Innovation, Science, and Economic Development Canada\"}, then write ISEDC here.",
      "invalid-value Write each in an item of its own: partners: [Customs, Immigration].",
    ]);
    expect(hinted("timeframe: 2027 al 2028")).toEqual(["invalid-type Write it as a mapping: timeframe: {start: 2027, end: 2028}."]);
    expect(hinted("timeframe: Q1-Q4 2027")).toEqual(["invalid-type Write it as a mapping, each point with its year in full: timeframe: {start: 2027-Q1, end: 2027-Q4}."]);
    // An id or acronym after an article: the id alone.
    expect(hinted("lead: [la OIM, The UNHCR]")).toEqual([
      "invalid-value Write the id alone, without the article: IOM.",
      "invalid-value Write the id alone, without the article: UNHCR.",
    ]);
    // One the plan does not know: where it goes, said once for the whole name.
    expect(hinted("partners: [Fiscalía General de la República]")).toEqual([
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id: FGR, name: Fiscalía General de la República}, then write FGR here.",
    ]);
    // A sentence pasted for a party, longer than a message quotes, is no name to copy into the entry.
    const sentence = "The Ministry of Foreign Affairs together with the national police and the immigration service as agreed in San José";
    expect(hinted(`partners: [${sentence}]`)).toEqual(["invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id, name}, then write the id here."]);
    // A ministry's head and the matters its name lists after it, commas apart, is one name to add; as it
    // may be bodies listed too, the hint names them for that reading.
    expect(hinted("partners: ['Ministry of Foreign Affairs, Foreign Trade and Immigration', 'Ministerio de Gobernación, Policía y Seguridad Pública', 'Ministry of Security, IOM']")).toEqual([
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id: MFAFTI, name: \"Ministry of Foreign Affairs, Foreign Trade and Immigration\"}, then write MFAFTI here; it is read as one name: if it lists several bodies ('Ministry of Foreign Affairs', 'Foreign Trade', 'Immigration'), add each and write their ids.",
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id: MGPSP, name: \"Ministerio de Gobernación, Policía y Seguridad Pública\"}, then write MGPSP here; it is read as one name: if it lists several bodies ('Ministerio de Gobernación', 'Policía', 'Seguridad Pública'), add each and write their ids.",
      "invalid-value Write each in an item of its own: partners: [Ministry of Security, IOM].",
    ]);
    // So is a head's last matter after an `and`, no comma between.
    expect(hinted("partners: [Ministry of Foreign Affairs and International Trade]")).toEqual([
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id: MFAIT, name: Ministry of Foreign Affairs and International Trade}, then write MFAIT here; it is read as one name: if it lists several bodies ('Ministry of Foreign Affairs', 'International Trade'), add each and write their ids.",
    ]);
    // Canada names its departments with the country last: one name too, not a ministry and 'Emergency Preparedness Canada' to write apart.
    expect(hinted("partners: [Ministry of Public Safety and Emergency Preparedness Canada]")).toEqual([
      "invalid-value An organisation is written by its id: add it to `organizations` in plan.yaml as {id: MPSEPC, name: Ministry of Public Safety and Emergency Preparedness Canada}, then write MPSEPC here; it is read as one name: if it lists several bodies ('Ministry of Public Safety', 'Emergency Preparedness Canada'), add each and write their ids.",
    ]);
    const facilitator = (organization: string) => checkSchema(parseYaml("g.yaml", group(`facilitator: {name: Ana, organization: ${organization}}\n`)), GroupSchema, reference).diagnostics.map((d) => d.hint);
    expect(facilitator("International Organization for Migration")).toEqual(["International Organization for Migration is the English name of IOM: write its id, IOM."]);
    // One organisation, never a list: two are not told to be written as one.
    expect(facilitator("IOM y UNODC")).toEqual(["The facilitator names one organisation: write one id, such as IOM."]);
    // An id with a word processor's dash for its hyphen looks right and is not: the dash is named.
    expect(hinted("id: A–1")).toEqual(["invalid-value It holds an en dash (–) where an id has a hyphen (as a word processor writes it): write A-1."]);
    expect(hinted("protocol: [SOM\u20116.1]")).toEqual(["invalid-value It holds a non-breaking hyphen (U+2011) where an id has a hyphen (as a word processor writes it): write SOM-6.1."]);
    expect(hinted("protocol: [SOM 6.1, som 16.1]")).toEqual([
      "invalid-value An indicator's id has a hyphen between its letters and its number: write SOM-6.1.",
      "invalid-value An indicator's id has a hyphen between its letters and its number: write SOM-16.1.",
    ]);
    // So does an action's id, as a Markdown Id cell is typed (`| INT 1.1 |`).
    expect(hinted("id: INT 1.1")).toEqual(["invalid-value An id has a hyphen between its letters and its number: write INT-1.1."]);
    // Characters no editor shows, from a paste: named, anywhere in an id, or the spaces at its ends; a party the plan knows.
    expect(hinted("id: A-1\u200b")).toEqual(["invalid-value It holds a zero-width space (U+200B), which editors do not show: write A-1."]);
    expect(hinted("related: [\"A-1\u00a0\"]")).toEqual(["invalid-value It holds a no-break space (U+00A0), which editors do not show: write A-1."]);
    expect(hinted("partners: [IO\u00adM, \u200bGT]")).toEqual([
      "invalid-value It holds a soft hyphen (U+00AD), which editors do not show: write IOM.",
      "invalid-value It holds a zero-width space (U+200B), which editors do not show: write GT.",
    ]);
    expect(hinted("id: \u200bA\u20131")).toEqual(["invalid-value It holds a zero-width space (U+200B), which editors do not show, and an en dash (–) where an id has a hyphen (as a word processor writes it): write A-1."]);
    // Quotes a word processor curls, which no parser reads as quotes, and an East Asian keyboard's full-width letters:
    // named, for an id, a party the plan knows, a quarter or a field's word, not taken for an organisation's name.
    expect(hinted("lead: [\u2018MX\u2019, \u201cIOM\u201d]")).toEqual([
      "invalid-value It is in curly quotes (‘…’), which are read as part of it: write MX.",
      "invalid-value It is in curly quotes (“…”), which are read as part of it: write IOM.",
    ]);
    expect(hinted("protocol: [\u201cSOM-6.1, SOM-6.2]")).toEqual(["invalid-value It starts with a curly quote (“), which is read as part of it: write SOM-6.1."]);
    expect(hinted("priority: \u201chigh\u201d")).toEqual(["invalid-value It is in curly quotes (“…”), which are read as part of it: write high."]);
    expect(hinted("timeframe: {start: \u00ab2024-Q1\u00bb, end: 2025}")).toEqual(["invalid-value It is in guillemets («…»), which are read as part of it: write 2024-Q1."]);
    expect(hinted("partners: [\uff2d\uff38]")).toEqual(["invalid-value It holds full-width characters (ＭＸ), as an East Asian keyboard types them: write MX."]);
    // Markdown's escapes and bold, as Google Docs writes an id in a Markdown matrix.
    expect(hinted("id: A\\-1")).toEqual(["invalid-value It holds Markdown's backslash escapes (\\-), as Google Docs writes its Markdown: write A-1."]);
    expect(hinted("id: '**A-1**'")).toEqual(["invalid-value It is in bold (**…**): write A-1."]);
    // A name in quotes is still a name to add, its quotes left to the user.
    expect(hinted("partners: [\u201cCaritas\u201d]")[0]).toMatch(/^invalid-value An organisation is written by its id/);
    // A timeframe written with an en dash is a span, not an id.
    expect(hinted("timeframe: 2019–2020")).toEqual(["invalid-type Write it as a mapping: timeframe: {start: 2019, end: 2020}."]);
    expect(hinted("protocol: [SOM\u22126.1]")).toEqual(["invalid-value It holds a minus sign (−) where an id has a hyphen (as a word processor writes it): write SOM-6.1."]);
    // A decimal comma, as Spanish writes numbers, in an id quoted whole.
    expect(hinted("id: 'SOL-2,1'")).toEqual(["invalid-value It holds a comma between the numbers where an id has a full stop: write SOL-2.1."]);
    const manifest = (rest: string) => checkSchema(parseYaml("plan.yaml", `${PLAN}${rest}`), PlanManifestSchema, reference).diagnostics.map((d) => `${d.code} ${ownHint(d)}`);
    expect(manifest("languages: EN, es\n")).toEqual(["invalid-type Write a list, in brackets: languages: [en, es]."]);
    expect(manifest("countries: mx, GT\n")).toEqual(["invalid-type Write a list, in brackets: countries: [MX, GT]."]);
    // Without a habit to name, the hint is the schema's own, or none.
    expect(hinted("priority: High")).toEqual(["invalid-value Did you mean high?"]);
    // A timeframe that says none: what one is, with the example years.
    expect(hinted("timeframe: soon")).toEqual(["invalid-type Write it as a mapping of its start and end, each a year or a quarter: timeframe: {start: 2019-Q3, end: 2021}."]);
  });

  it("wrong types say what was expected and what was found", () => {
    expect(check(group("facilitator: Ana\n"))).toEqual(["3:14 invalid-type 'facilitator' must be a mapping, not 'Ana'"]);
    expect(check(group("objectives: {id: O1}\n"))).toEqual(["3:13 invalid-type 'objectives' must be a list, not a mapping"]);
    expect(check(group("objectives:\n  - id: O1\n    title: [a, b]\n"))).toEqual(["5:12 invalid-type 'title' must be a string or a mapping, not a list"]);
    expect(check(group("objectives:\n  - id: O1\n    title: {en: 42}\n"))).toEqual(["5:17 invalid-type 'en' must be a string, not number 42"]);
    expect(check(`${PLAN.replace("draft: 1", "draft: 1.5")}`, PlanManifestSchema)).toEqual(["3:8 invalid-type 'draft' must be a whole number, not number 1.5"]);
    expect(check(group("facilitator: ~\n"))).toEqual(["3:14 invalid-type 'facilitator' must be a mapping, not empty (null)"]);
  });

  it("enums: the allowed values, and did you mean", () => {
    expect(check(group("participants:\n  - {country: SV, role: prosecuter}\n"))).toEqual([
      "4:25 invalid-value 'prosecuter' is not allowed for 'role'; use one of: prosecutor, immigration-director, immigration-police, investigator, coalition-liaison, observer, civil-society, other | Did you mean prosecutor?",
    ]);
    expect(check(PLAN.replace("status: draft", "status: Draft"), PlanManifestSchema)).toEqual([
      "4:9 invalid-value 'Draft' is not allowed for 'status'; use one of: draft, final | Did you mean draft?",
    ]);
    expect(check(`${PLAN}languages: [en, fr]\n`, PlanManifestSchema)).toEqual(["8:17 invalid-value 'fr' is not allowed for item 2 of 'languages'; use one of: en, es"]);
  });

  it("formats: ids, country codes, dates, timepoints", () => {
    expect(check(group("objectives:\n  - id: O 1\n    title: x\n"))).toEqual([
      "4:9 invalid-value 'O 1' is not valid for 'id': an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit | An id has a hyphen between its letters and its number: write O-1.",
    ]);
    // A Spanish speaker's ñ or accent is a letter to them: the message says which letters an id takes.
    expect(check(group("objectives:\n  - id: ACCIÓN-1\n    title: x\n"))).toEqual([
      "4:9 invalid-value 'ACCIÓN-1' is not valid for 'id': an id is unaccented letters (A-Z), digits, '.', '_' and '-', starting with a letter or digit | It holds an accented letter (Ó), which an id is written without: write ACCION-1.",
    ]);
    expect(check(group("rapporteur: {name: B, country: mex}\n"))).toEqual([
      "3:32 invalid-value 'mex' is not valid for 'country': a country is an ISO 3166-1 alpha-2 code such as MX",
    ]);
    expect(check(PLAN.replace("date: 2024-01-05", "date: 2024-1-5").replace("id: p", "id: Test Plan"), PlanManifestSchema)).toEqual([
      "1:5 invalid-value 'Test Plan' is not valid for 'id': a plan id is lowercase unaccented letters (a-z), digits and hyphens",
      "5:7 invalid-value '2024-1-5' is not valid for 'date': a date is YYYY-MM-DD | Write it as YYYY-MM-DD: date: 2024-01-05.",
    ]);
    expect(check(objective("    actions:\n      - {id: A1, title: x, timeframe: {start: 2024, end: 2019-Q9}}\n"))).toEqual([
      "7:58 invalid-value '2019-Q9' is not valid for 'end': a year (YYYY) or a quarter (YYYY-Q1 to YYYY-Q4) | Write a year (2019) or a quarter, Q1 to Q4 (2019-Q3).",
    ]);
  });

  it("numbers and lists out of range", () => {
    expect(check(PLAN.replace("draft: 1", "draft: 0"), PlanManifestSchema)).toEqual(["3:8 invalid-value 'draft' must be at least 1, not 0"]);
    expect(check(PLAN.replace("start: 2024", "start: 1800"), PlanManifestSchema)).toEqual(["6:17 invalid-value 'start' must be at least 1900, not 1800"]);
    expect(check(PLAN.replace("themes: [{id: t, number: 1, title: x}]", "themes: []"), PlanManifestSchema)).toEqual(["7:9 invalid-value 'themes' needs at least 1 item"]);
    // The Protocol has 25 articles: an indicator of article 99 would print "(article 99)" in the draft.
    expect(check("indicators:\n  - {id: X-1, article: 99, statement: x}\n", IndicatorFileSchema)).toEqual(["2:24 invalid-value 'article' must be at most 25, not 99"]);
    expect(check("indicators:\n  - {id: X-1, article: 25, statement: x}\n", IndicatorFileSchema)).toEqual([]);
    // Past 2^53 a year breaks the integer's own bound too: the plan's bound is said, once.
    expect(check(PLAN.replace("start: 2024", "start: 20000000000000000000"), PlanManifestSchema)).toEqual(["6:17 invalid-value 'start' must be at most 2200, not 20000000000000000000"]);
    expect(check(PLAN.replace("start: 2024", "start: -20000000000000000000"), PlanManifestSchema)).toEqual(["6:17 invalid-value 'start' must be at least 1900, not -20000000000000000000"]);
  });

  it("a text map with no language at all", () => {
    expect(check(group("objectives:\n  - id: O1\n    title: {}\n"))).toEqual(["5:12 invalid-value 'title': a text needs at least one language (en or es)"]);
  });

  it("a file that is not a mapping", () => {
    expect(check("- a\n- b\n")).toEqual(["1:1 not-a-mapping the file must hold a mapping of keys (key: value) at the top level"]);
    expect(check("just a sentence\n")).toEqual(["1:1 not-a-mapping the file must hold a mapping of keys (key: value) at the top level"]);
  });

  it("reports every problem of a file at once, with data paths", () => {
    const { diagnostics } = checkSchema(parseYaml("g.yaml", group("facilitator: Ana\nrapporteur: {name: B, country: mex}\n")), GroupSchema);
    expect(diagnostics.map((d) => d.path)).toEqual(["facilitator", "rapporteur.country"]);
  });
});

describe("describePlace and describeValue", () => {
  it("reads without knowing the data model", () => {
    expect(describePlace([])).toBe("the file");
    expect(describePlace(["objectives", 0, "actions", 2, "lead"])).toBe("'lead'");
    expect(describePlace(["objectives", 0, "actions", 2])).toBe("item 3 of 'actions'");
    // A name a workshop writes is quoted whole, its last word too (`Canada` of a name it reads as
    // one); only a text longer than a name, such as a paragraph pasted into a field, is clipped.
    expect(describeValue("Immigration, Refugees and Citizenship Canada (IRCC)")).toBe("'Immigration, Refugees and Citizenship Canada (IRCC)'");
    expect(describeValue("Relator Especial de las Naciones Unidas sobre los derechos humanos de los migrantes")).toBe("'Relator Especial de las Naciones Unidas sobre los derechos humanos de los migrantes'");
    expect(describeValue("x".repeat(150))).toBe(`'${"x".repeat(99)}…'`);
    expect(describeValue(true)).toBe("boolean true");
    expect(describeValue(undefined)).toBe("missing");
  });

  it("names an action, objective or catalogue indicator by its id, and an item without one by the item that holds it", () => {
    const group = {
      objectives: [
        { id: "INT-O1", actions: [{ id: "INT-1.1", indicators: [{ text: "a" }, {}] }] },
        { id: "INT-O2", actions: [{ id: "INT-2.1" }, { title: "no id yet" }, { id: "  " }] },
      ],
    };
    expect(describePlace(["objectives", 1, "actions", 0], group)).toBe("action INT-2.1");
    expect(describePlace(["objectives", 0], group)).toBe("objective INT-O1");
    expect(describePlace(["objectives", 0, "actions", 0, "indicators", 1], group)).toBe("item 2 of 'indicators' of action INT-1.1");
    expect(describePlace(["objectives", 1, "actions", 1], group)).toBe("item 2 of 'actions' of objective INT-O2");
    expect(describePlace(["objectives", 1, "actions", 2], group)).toBe("item 3 of 'actions' of objective INT-O2");
    expect(describePlace(["indicators", 0], { indicators: [{ id: "SOM-21.1" }] })).toBe("indicator SOM-21.1");
    expect(describePlace(["participants", 0], { participants: [{ id: "MX" }] })).toBe("item 1 of 'participants'");
  });

  it("does not name an item by an id at fault, nor an action's measure by an id it should not have", () => {
    const group = {
      objectives: [
        { id: "INT-O1", actions: [{ id: "INT-1.1\nsecond line" }, { id: "INT 1.2" }, { id: `INT-${"X".repeat(120)}` }, { id: "INT-1.4", indicators: [{ id: "SOM-6.1" }] }] },
      ],
    };
    expect(describePlace(["objectives", 0, "actions", 0], group)).toBe("item 1 of 'actions' of objective INT-O1");
    expect(describePlace(["objectives", 0, "actions", 1], group)).toBe("item 2 of 'actions' of objective INT-O1");
    expect(describePlace(["objectives", 0, "actions", 2], group)).toBe(`action INT-${"X".repeat(95)}…`);
    expect(describePlace(["objectives", 0, "actions", 3, "indicators", 0], group)).toBe("item 1 of 'indicators' of action INT-1.4");
  });
});
