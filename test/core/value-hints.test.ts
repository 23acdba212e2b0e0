/**
 * The ways a workshop writes a timeframe or "every country" by habit, and what the hints then tell
 * it to write: a timeframe of months as quarters, a phrase for every country as ALL.
 */
import { describe, expect, it } from "vitest";
import { monthsAsQuarters, timeframeCellHint } from "../../src/validate/timeframe-hints.js";
import { articleHint, meansAllCountries, valueHint, type HintContext } from "../../src/validate/value-hints.js";

const NO_NAMES: HintContext = { countries: new Map(), organizations: new Map(), indicators: new Map() };

describe("monthsAsQuarters", () => {
  it("reads months in Spanish and English, named, shortened or as numbers, as their quarters", () => {
    const quarters = (typed: string) => {
      const span = monthsAsQuarters(typed);
      return span && `${span.start} ${span.end}`;
    };
    expect(quarters("enero 2027 – diciembre 2028")).toBe("2027-Q1 2028-Q4");
    expect(quarters("Enero de 2027 - Diciembre de 2028")).toBe("2027-Q1 2028-Q4");
    expect(quarters("enero 2027-diciembre 2028")).toBe("2027-Q1 2028-Q4");
    expect(quarters("Jan. 2027 to Jun 2027")).toBe("2027-Q1 2027-Q2");
    expect(quarters("sept 2027 a oct 2028")).toBe("2027-Q3 2028-Q4");
    expect(quarters("setiembre 2027")).toBe("2027-Q3 2027-Q3");
    expect(quarters("03/2027 - 06/2027")).toBe("2027-Q1 2027-Q2");
    expect(quarters("2027-03 – 2027-09")).toBe("2027-Q1 2027-Q3");
    // The first month may leave its year to the second; a point written as the format does stays.
    expect(quarters("abril – junio 2027")).toBe("2027-Q2 2027-Q2");
    expect(quarters("enero 2027 – 2028-Q4")).toBe("2027-Q1 2028-Q4");
    expect(quarters("de enero a diciembre de 2027")).toBe("2027-Q1 2027-Q4");
    expect(quarters("desde enero 2027 hasta junio 2028")).toBe("2027-Q1 2028-Q2");
    expect(quarters("enero 2027 – marzo")).toBe("2027-Q1 2027-Q1");
  });

  it("says nothing of what holds no month, or a month without a year, or more than two points", () => {
    for (const typed of ["2027 – 2028", "2027-Q1 – 2028", "pronto", "mayo", "13/2027", "enero 2027 – febrero 2027 – marzo 2027", "marzo – abril"]) {
      expect(monthsAsQuarters(typed), typed).toBeUndefined();
    }
  });
});

describe("meansAllCountries", () => {
  it("knows the phrases for every country of the plan, accents and case aside, but not the id ALL", () => {
    for (const typed of ["todos", "Todas", "Todos los países miembros", "todos los paises de la CRM", "Todos los Estados", "All member countries", "all countries", "every country"]) {
      expect(meansAllCountries(typed), typed).toBe(true);
    }
    for (const typed of ["ALL", "all", "todos los días", "países", "Todos Unidos"]) expect(meansAllCountries(typed), typed).toBe(false);
  });
});

describe("timeframeCellHint", () => {
  it("tells a Markdown Timeframe cell of months its quarters, and one with a slash its dash", () => {
    expect(timeframeCellHint("enero 2027 – diciembre 2028")).toBe("write each month as its quarter: 2027-Q1 – 2028-Q4");
    expect(timeframeCellHint("marzo 2027")).toBe("write each month as its quarter: 2027-Q1");
    expect(timeframeCellHint("2027/2028")).toBe("write a span with a dash: 2027 – 2028");
    expect(timeframeCellHint("2027-T1 / 2028-T4")).toBe("write a span with a dash: 2027-Q1 – 2028-Q4");
    expect(timeframeCellHint("pronto")).toBeUndefined();
    // Dates as the Spanish-speaking members write them (day first) and quarters in Spanish words: each as its quarter.
    expect(timeframeCellHint("15/07/2019 – 2020-Q4")).toBe("write each date as its quarter: 2019-Q3 – 2020-Q4");
    expect(timeframeCellHint("15/01/2019")).toBe("write each date as its quarter: 2019-Q1");
    expect(timeframeCellHint("01/02/2019 – 15/12/2020")).toBe("write each date as its quarter: 2019-Q1 – 2020-Q4");
    expect(timeframeCellHint("01/07/2019 – 2021")).toBe(
      "write each date as its quarter: 2019-Q3 – 2021 if it is written day first (as Spanish writes dates), 2019-Q1 – 2021 if month first (as the United States write them)",
    );
    // A year in two digits, as a spreadsheet shows a date (`15/01/19`): this century's, as the four-digit year is hinted.
    expect(timeframeCellHint("15/01/19")).toBe("write each date as its quarter: 2019-Q1");
    expect(timeframeCellHint("01/07/19 – 30/06/20")).toBe("write each date as its quarter: 2019-Q3 – 2020-Q2");
    expect(timeframeCellHint("01/07/19")).toBe("write each date as its quarter: 2019-Q3 if it is written day first (as Spanish writes dates), 2019-Q1 if month first (as the United States write them)");
    expect(timeframeCellHint("15/01/85")).toBeUndefined();
    expect(timeframeCellHint("1er trim. 2020 – 2022")).toBe("write each quarter as the format writes it: 2020-Q1 – 2022");
    expect(timeframeCellHint("primer trimestre de 2020 – 2021-Q2")).toBe("write each quarter as the format writes it: 2020-Q1 – 2021-Q2");
    expect(timeframeCellHint("1er trim. – 4to trim. 2020")).toBe("write each quarter as the format writes it: 2020-Q1 – 2020-Q4");
    for (const typed of ["32/01/2019", "15/13/2019", "5to trimestre 2020", "trimestre 2020"]) expect(timeframeCellHint(typed), typed).toBeUndefined();
  });

  it("tells a timeframe with a remark in parentheses to keep the remark in the notes, and an ongoing action to write the span it runs", () => {
    expect(timeframeCellHint("2027–2028 (continuo)")).toBe("write the timeframe alone, 2027–2028, and the remark (continuo) in the action's notes");
    expect(timeframeCellHint("2027-Q3 (a confirmar)")).toBe("write the timeframe alone, 2027-Q3, and the remark (a confirmar) in the action's notes");
    for (const typed of ["Permanente", "continuo", "En curso", "Ongoing"]) {
      expect(timeframeCellHint(typed, { start: 2027, end: 2031 }), typed).toBe("an ongoing action is written as the span it runs: the plan's whole period, `2027 – 2031`, or the part it runs in");
    }
    // Outside a plan, a period for the example.
    expect(timeframeCellHint("Permanente")).toBe("an ongoing action is written as the span it runs: the plan's whole period, `2019 – 2025`, or the part it runs in");
    for (const typed of ["pronto (2027)", "2027/2028 (aprox.)", "Corto plazo"]) expect(timeframeCellHint(typed), typed).toBeUndefined();
  });

  it("writes a semester, as Spanish plans count half-years, as its two quarters", () => {
    expect(timeframeCellHint("primer semestre 2027")).toBe("write each semester as its quarters: 2027-Q1 – 2027-Q2");
    expect(timeframeCellHint("2do semestre de 2027")).toBe("write each semester as its quarters: 2027-Q3 – 2027-Q4");
    expect(timeframeCellHint("2027-S2")).toBe("write each semester as its quarters: 2027-Q3 – 2027-Q4");
    expect(timeframeCellHint("S1 2027 – S2 2028")).toBe("write each semester as its quarters: 2027-Q1 – 2028-Q4");
    expect(timeframeCellHint("II semestre 2027 – 2029")).toBe("write each semester as its quarters: 2027-Q3 – 2029");
    expect(timeframeCellHint("S1-S2 2027")).toBe("write each semester as its quarters: 2027-Q1 – 2027-Q4");
    expect(timeframeCellHint("first half of 2027")).toBe("write each semester as its quarters: 2027-Q1 – 2027-Q2");
    for (const typed of ["tercer semestre 2027", "2027-S3", "semestre 2027"]) expect(timeframeCellHint(typed), typed).toBeUndefined();
    // In YAML too, where the timeframe is a text.
    expect(valueHint(["objectives", 0, "actions", 0, "timeframe"], "primer semestre 2027", NO_NAMES)).toBe("write it as a mapping, each semester as its quarters: timeframe: {start: 2027-Q1, end: 2027-Q2}");
  });

  it("writes a year said once or in two digits in full, and a span written end first start first", () => {
    expect(timeframeCellHint("Q1-Q4 2027")).toBe("write each point with its year in full: 2027-Q1 – 2027-Q4");
    expect(timeframeCellHint("T1 – T4 2027")).toBe("write each point with its year in full: 2027-Q1 – 2027-Q4");
    expect(timeframeCellHint("2027-Q1 – Q4")).toBe("write each point with its year in full: 2027-Q1 – 2027-Q4");
    expect(timeframeCellHint("2027-28")).toBe("write each point with its year in full: 2027 – 2028");
    expect(timeframeCellHint("2027–28")).toBe("write each point with its year in full: 2027 – 2028");
    // A point that left its year to the other, and comes before it in that year, is in the year after (or before) it.
    expect(timeframeCellHint("Q3 2027 – Q2")).toBe("write each point with its year in full: 2027-Q3 – 2028-Q2");
    expect(timeframeCellHint("octubre 2027 – marzo")).toBe("write each month as its quarter: 2027-Q4 – 2028-Q1");
    expect(timeframeCellHint("noviembre – febrero 2028")).toBe("write each month as its quarter: 2027-Q4 – 2028-Q1");
    // A month later in the year than the end's is the next year's; the same point is the same year's.
    expect(timeframeCellHint("noviembre 2027 – octubre")).toBe("write each month as its quarter: 2027-Q4 – 2028-Q4");
    expect(timeframeCellHint("Q4-Q4 2027")).toBe("write each point with its year in full: 2027-Q4");
    expect(timeframeCellHint("enero – enero 2028")).toBe("write each month as its quarter: 2028-Q1");
    // Written end first, each with its year: told start first.
    expect(timeframeCellHint("diciembre 2028 – enero 2027")).toBe("write each month as its quarter, the start first: 2027-Q1 – 2028-Q4");
    // A year's two digits before a month's number are the month (2027-03), and never an earlier year (2028-27).
    expect(timeframeCellHint("2027-03")).toBe("write each month as its quarter: 2027-Q1");
    for (const typed of ["2028-27", "28", "Q1", "Q1 – Q4"]) expect(timeframeCellHint(typed), typed).toBeUndefined();
  });

  it("tells a span opened by a word, as a workshop says it (`desde 2027 hasta 2028`), its points with a dash", () => {
    expect(timeframeCellHint("desde 2027 hasta 2028")).toBe("write the span with a dash between its points: 2027 – 2028");
    expect(timeframeCellHint("de 2027 a 2028")).toBe("write the span with a dash between its points: 2027 – 2028");
    expect(timeframeCellHint("del T1 2027 al T4 2028")).toBe("write the span with a dash between its points: 2027-Q1 – 2028-Q4");
    expect(timeframeCellHint("from 2027 to 2028")).toBe("write the span with a dash between its points: 2027 – 2028");
    expect(timeframeCellHint("desde 2028 hasta 2027")).toBe("write the span with a dash between its points, the start first: 2027 – 2028");
    // One point after the word leaves the span's end unsaid: no hint makes one up.
    expect(timeframeCellHint("desde 2027")).toBeUndefined();
  });
});

describe("articleHint", () => {
  const known = ["SOM-6.1", "SOM-6.2", "SOM-8.1"];
  it("reads an article by its number, with or without its word, paragraph or letter", () => {
    for (const typed of ["6", "art6", "Art. 6", "Art. 6 párr. 1", "artículo 6, inciso a)", "article 6(1)(a)", "Art. 6.1"]) {
      expect(articleHint(typed, known), typed).toBe("article 6's compliance indicators are SOM-6.1, SOM-6.2: name the ones the action serves");
    }
  });

  it("says nothing of an article the catalogue has no indicators for, or of what is no article", () => {
    for (const typed of ["Art. 99", "6.9", "arte", "SOM-6.1"]) expect(articleHint(typed, known), typed).toBeUndefined();
  });

  it("tells an indicator written without its SOM- the id to write, where the catalogue has it", () => {
    expect(articleHint("6.1", known)).toBe("an indicator's id starts with SOM-: write SOM-6.1");
    expect(articleHint("8.1", known)).toBe("an indicator's id starts with SOM-: write SOM-8.1");
  });
});

describe("plan.yaml's period written as one value", () => {
  it("is told the mapping it is written as, with its own years where it names two", () => {
    for (const written of ["2027-2031", "2027 – 2031", "2027 a 2031", "2027/2031"]) {
      expect(valueHint(["period"], written, NO_NAMES), written).toBe("write it as a mapping of its first and last years: period: {start: 2027, end: 2031}");
    }
    expect(valueHint(["period"], 2027, NO_NAMES)).toBe("write it as a mapping of its first and last years: period: {start: 2019, end: 2025}");
    // The end's century written once, and a list of the two years, are the user's own years too.
    expect(valueHint(["period"], "2027-31", NO_NAMES)).toBe("write it as a mapping of its first and last years: period: {start: 2027, end: 2031}");
    expect(valueHint(["period"], [2027, 2031], NO_NAMES)).toBe("write it as a mapping of its first and last years: period: {start: 2027, end: 2031}");
  });
});

describe("an organisation to add, named where its id goes", () => {
  it("is given an id: the acronym the name gives or starts with, else its capitalised words' initials", () => {
    const idOf = (name: string) => /as \{id: ([^,]+), name/.exec(valueHint(["objectives", 0, "actions", 0, "partners", 0], name, NO_NAMES) ?? "")?.[1];
    expect(idOf("Instituto Nacional de Migración (INM) de México")).toBe("INM");
    expect(idOf("INM de México")).toBe("INM");
    expect(idOf("POLICÍA NACIONAL CIVIL")).toBe("PNC");
    expect(idOf("Fiscalía General de la República")).toBe("FGR");
  });
});

describe("undecidedHint", () => {
  it("reads 'No aplica' as none named, and 'Sí' or 'x' where indicators go as a mark to be replaced by them", async () => {
    const { undecidedHint } = await import("../../src/validate/value-hints.js");
    expect(undecidedHint("partners", "No aplica")).toBe("leave the partners empty while none is named (`-` in a Markdown cell, `partners: []` in YAML)");
    expect(undecidedHint("protocol", "no corresponde")).toMatch(/^leave the indicators out until the group has chosen them/);
    for (const tick of ["Sí", "si", "X", "✓"]) expect(undecidedHint("protocol", tick), tick).toBe("name the compliance indicators the action serves, such as SOM-6.1, rather than mark that it serves the Protocol");
    // Elsewhere a yes is no answer this hint has.
    expect(undecidedHint("partners", "Sí")).toBeUndefined();
  });
});
