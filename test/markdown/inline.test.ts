/**
 * The ids of a lead, partners or indicators cell (`GT, MX; IOM`) and their places: what a Markdown
 * matrix says of who leads an action, and where validate points when one of them is unknown.
 */
import { describe, expect, it } from "vitest";
import { CellNames, splitIds } from "../../src/parse/markdown/inline.js";

/** The ids as the format defines them: runs of what is neither a comma, a semicolon nor white space. */
function idsByPattern(text: string, start: number) {
  // A pipe, and a backslash that escapes one, part ids too: typed for a comma, they are read as one and said (pipeBetweenIds).
  return [...text.matchAll(/(?:[^,;|\s\\]|\\(?!\|))+/g)].map((match) => ({ text: match[0], start: start + match.index, end: start + match.index + match[0].length }));
}

describe("splitIds", () => {
  it("reads ids apart at commas, semicolons and spaces, each with its offsets in the file", () => {
    expect(splitIds({ text: "GT, MX;IOM  UNODC", start: 100, end: 117 })).toEqual([
      { text: "GT", start: 100, end: 102 },
      { text: "MX", start: 104, end: 106 },
      { text: "IOM", start: 107, end: 110 },
      { text: "UNODC", start: 112, end: 117 },
    ]);
    expect(splitIds({ text: " ,; ", start: 0, end: 4 })).toEqual([]);
    // A line break in the cell separates ids too, a name ending there.
    expect(splitIds({ text: "GT<br>IOM<br/>Cruz Roja<BR>Dominicana", start: 10, end: 47 }).map((id) => [id.text, id.start])).toEqual([
      ["GT", 10],
      ["IOM", 16],
      ["Cruz Roja", 24],
      ["Dominicana", 37],
    ]);
    expect(splitIds({ text: "", start: 0, end: 0 })).toEqual([]);
  });

  it("keeps a country's name of several words whole, and reads `y` and `and` between ids as commas", () => {
    const texts = (text: string) => splitIds({ text, start: 0, end: text.length }).map((id) => id.text);
    expect(texts("Costa Rica, El Salvador y Panamá")).toEqual(["Costa Rica", "El Salvador", "Panamá"]);
    // A name a letter off is kept whole too, for the hint; a `y` beside it is no part of it.
    expect(texts("Costa Rca y Panamá, GT MX")).toEqual(["Costa Rca", "Panamá", "GT", "MX"]);
    // But never with a word of the next name, nor from a word that is a name itself.
    expect(texts("Beliz El Salvador")).toEqual(["Beliz", "El Salvador"]);
    expect(texts("Dominica República Dominicana")).toEqual(["Dominica", "República Dominicana"]);
    expect(texts("República  Dominicana; EE. UU.")).toEqual(["República  Dominicana", "EE. UU."]);
    expect(texts("GT y MX and IOM")).toEqual(["GT", "MX", "IOM"]);
    // Names that are not one country's stay apart, each told its code; so does an organisation's name beside an id.
    expect(texts("Guatemala México")).toEqual(["Guatemala", "México"]);
    expect(texts("Costa Rica Panamá")).toEqual(["Costa Rica", "Panamá"]);
    expect(texts("Caritas GT")).toEqual(["Caritas", "GT"]);
    // An organisation written by its name stays one piece, with the small words inside it; it
    // takes a country's name only after one of them, and ends at a `y` before a country or an id.
    expect(texts("Organización Internacional para las Migraciones, GT")).toEqual(["Organización Internacional para las Migraciones", "GT"]);
    expect(texts("Oficina de las Naciones Unidas contra la Droga y el Delito IOM")).toEqual(["Oficina de las Naciones Unidas contra la Droga y el Delito", "IOM"]);
    expect(texts("Fiscalía General de Guatemala y Honduras")).toEqual(["Fiscalía General de Guatemala", "Honduras"]);
    expect(texts("Policía Nacional de Costa Rica, El Salvador")).toEqual(["Policía Nacional de Costa Rica", "El Salvador"]);
    expect(texts("Ministerio de Salud y Costa Rica")).toEqual(["Ministerio de Salud", "Costa Rica"]);
    expect(texts("Guatemala Ministerio Público")).toEqual(["Guatemala", "Ministerio Público"]);
    // English ends an institution's name with its kind and may start it with its country's name.
    expect(texts("Canada Border Services Agency, Mexico City Police Guatemala, Canada Mexico")).toEqual(["Canada Border Services Agency", "Mexico City Police", "Guatemala", "Canada", "Mexico"]);
    expect(texts("Belize Ministry of Foreign Affairs, United States Coast Guard, United States")).toEqual(["Belize Ministry of Foreign Affairs", "United States Coast Guard", "United States"]);
    expect(texts("U.S. Department of State, U.S.")).toEqual(["U.S. Department of State", "U.S."]);
    expect(texts("International Organization for Migration and UNHCR")).toEqual(["International Organization for Migration", "UNHCR"]);
    // A name may end in a small word of its own, not in a joining one; two small letters are an id.
    expect(texts("Sociedad civil, Ministerio de Relaciones exteriores y GT")).toEqual(["Sociedad civil", "Ministerio de Relaciones exteriores", "GT"]);
    expect(texts("Caritas gt")).toEqual(["Caritas", "gt"]);
    expect(texts("Gobierno de los Estados Unidos")).toEqual(["Gobierno de los Estados Unidos"]);
    // An article by its number (and paragraph) is one piece, which the hint tells its indicators.
    expect(texts("Art. 6 párr. 1, artículo 8 SOM-6.1, article 16")).toEqual(["Art. 6 párr. 1", "artículo 8", "SOM-6.1", "article 16"]);
    expect(texts("Art. 6")).toEqual(["Art. 6"]);
    // Capitalized words no organisation has as its id are a name, told once where to add it; an
    // acronym in small letters, a `y` or a country's name after the first word keep them apart.
    expect(texts("Cruz Roja Dominicana, Royal Canadian Mounted Police, Plan International")).toEqual(["Cruz Roja Dominicana", "Royal Canadian Mounted Police", "Plan International"]);
    expect(texts("Caritas y Plan, Oim y Acnur Iom")).toEqual(["Caritas", "Plan", "Oim", "Acnur", "Iom"]);
    expect(texts("Caritas Guatemala, Caritas GT")).toEqual(["Caritas", "Guatemala", "Caritas", "GT"]);
    // An id, an acronym in capitals or a country after an article, in any case, is one piece, which the hint tells to write alone.
    expect(texts("la OIM y El ACNUR, The Iom, la OEA, la GT")).toEqual(["la OIM", "El ACNUR", "The Iom", "la OEA", "la GT"]);
    expect(texts("The United States, The Bahamas, La República Dominicana, El Salvador")).toEqual(["The United States", "The Bahamas", "La República Dominicana", "El Salvador"]);
    // A `y` or `and` ends a name where no known name goes on, but a `y` inside a name with a joining
    // word, before a word of its own, and an `and` after a head (`Ministry of`), before its last
    // matter (an organisation a plan has not added yet reads as one: one finding, whose text and hint show both).
    expect(texts("Ministerio de Salud y Oxfam, Policía Nacional Civil y Caritas, Ministry of Health and Oxfam")).toEqual([
      "Ministerio de Salud y Oxfam",
      "Policía Nacional Civil",
      "Caritas",
      "Ministry of Health and Oxfam",
    ]);
    // Countries' codes capitalized are each told theirs; a name may hold words that are codes (Al, De).
    expect(texts("Gt Mx, Al Otro Lado, Ministerio De Relaciones Exteriores")).toEqual(["Gt", "Mx", "Al Otro Lado", "Ministerio De Relaciones Exteriores"]);
    // An article in capitals is Laos's code; a country's name of several words after an article is whole.
    expect(texts("GT y LA MX, los EE. UU.")).toEqual(["GT", "LA", "MX", "los EE. UU."]);
    expect(texts("La Policía Nacional Civil y la Fiscalía")).toEqual(["La Policía Nacional Civil", "la Fiscalía"]);
    expect(texts("Gendarmería Nacional Argentina, Colegio Médico de Guatemala")).toEqual(["Gendarmería Nacional Argentina", "Colegio Médico de Guatemala"]);
    expect(texts("Relator Especial de las Naciones Unidas sobre los derechos humanos de los migrantes")).toEqual(["Relator Especial de las Naciones Unidas sobre los derechos humanos de los migrantes"]);
    // Decomposed accents (a file saved NFD) are capitals and small letters too.
    expect(texts("Oficina de \u00c9tica P\u00fablica".normalize("NFD"))).toEqual(["Oficina de \u00c9tica P\u00fablica".normalize("NFD")]);
    // Two names: apart at a `y` or `and` before a capital, or where a built-in organisation's name ends.
    expect(texts("Organización Internacional para las Migraciones y Oficina de las Naciones Unidas contra la Droga y el Delito")).toEqual([
      "Organización Internacional para las Migraciones",
      "Oficina de las Naciones Unidas contra la Droga y el Delito",
    ]);
    expect(texts("International Organization for Migration United Nations Office on Drugs and Crime and IOM")).toEqual([
      "International Organization for Migration",
      "United Nations Office on Drugs and Crime",
      "IOM",
    ]);
    // A long cell of capitalized words an id could be: each its own id, as before names were read.
    const words = Array.from({ length: 500 }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`);
    expect(texts(words.join(" "))).toEqual(words);
    // A plan's own organisations: their ids in any case stay apart from a name, their names are whole.
    const own = new CellNames([
      { id: "Caritas", name: "Caritas" },
      { id: "msf", name: { es: "Médicos Sin Fronteras", en: "Doctors Without Borders" } },
      { id: "Cruz", name: { es: "Cruz Roja Guatemalteca", en: "Guatemalan Red Cross" } },
    ]);
    const ownTexts = (text: string) => splitIds({ text, start: 0, end: text.length }, own).map((id) => id.text);
    expect(ownTexts("Caritas msf, Caritas y msf, Caritas Plan")).toEqual(["Caritas", "msf", "Caritas", "msf", "Caritas", "Plan"]);
    expect(ownTexts("Caritas Policía Nacional Civil, Oim y acnur, Acnur Sociedad civil")).toEqual(["Caritas", "Policía Nacional Civil", "Oim", "acnur", "Acnur", "Sociedad civil"]);
    expect(ownTexts("Guatemalan Red Cross y Cruz Roja Guatemalteca")).toEqual(["Guatemalan Red Cross", "Cruz Roja Guatemalteca"]);
    // Two names a `y` and an article apart; `e` is a conjunction; a country's name after a small word whole.
    expect(texts("Fiscalía General de la República y la Policía Nacional Civil")).toEqual(["Fiscalía General de la República", "la Policía Nacional Civil"]);
    expect(texts("UNODC e INTERPOL, Ministerio Público e Interpol")).toEqual(["UNODC", "INTERPOL", "Ministerio Público", "Interpol"]);
    // But the `e` Spanish writes before an i inside a name keeps it whole.
    expect(texts("Ministerio de Ciencia e Innovación, Instituto Nacional de Estadística e Informática GT")).toEqual([
      "Ministerio de Ciencia e Innovación",
      "Instituto Nacional de Estadística e Informática",
      "GT",
    ]);
    expect(texts("Gobierno de Trinidad y Tobago, Gobierno de EE. UU.")).toEqual(["Gobierno de Trinidad y Tobago", "Gobierno de EE. UU."]);
    // An id or an acronym after a small word that joins a name is the name's own, and an acronym
    // before one starts a name: one piece, where each word was a finding ('en': did you mean HN?).
    expect(texts("Oficina de la OIM en Guatemala, Oficina del ACNUR en México, IOM")).toEqual(["Oficina de la OIM en Guatemala", "Oficina del ACNUR en México", "IOM"]);
    expect(texts("INM de México, Fiscalía General de GT y MX, OIM en Guatemala")).toEqual(["INM de México", "Fiscalía General de GT", "MX", "OIM en Guatemala"]);
    expect(texts("Organización Internacional para las Migraciones en GT")).toEqual(["Organización Internacional para las Migraciones en GT"]);
    // A `y` inside a formal name (one with a joining word) goes on before capitalized words that
    // are none of an id, a country, an article or the name's first word again.
    expect(texts("Dirección General de Migración y Extranjería, Ministerio de Trabajo y Previsión Social")).toEqual([
      "Dirección General de Migración y Extranjería",
      "Ministerio de Trabajo y Previsión Social",
    ]);
    expect(texts("Ministerio de Salud y Ministerio de Educación, Ministerio de Gobernación y Policía GT")).toEqual([
      "Ministerio de Salud",
      "Ministerio de Educación",
      "Ministerio de Gobernación y Policía",
      "GT",
    ]);
    // Another institution's name after the `y` starts a second name; a last word an id could be is
    // the name's own (`Paz` read apart was asked 'did you mean PA?'); English `and` ends a name.
    expect(texts("Fiscalía General de la República y Policía Nacional Civil, Instituto Nacional de Migración y Secretaría de Seguridad")).toEqual([
      "Fiscalía General de la República",
      "Policía Nacional Civil",
      "Instituto Nacional de Migración",
      "Secretaría de Seguridad",
    ]);
    expect(texts("Ministerio de Justicia y Paz, Ministerio de Relaciones Exteriores y Culto, Secretaría de Seguridad y Protección Ciudadana y Guardia Nacional")).toEqual([
      "Ministerio de Justicia y Paz",
      "Ministerio de Relaciones Exteriores y Culto",
      "Secretaría de Seguridad y Protección Ciudadana",
      "Guardia Nacional",
    ]);
    expect(texts("Department of Homeland Security and Royal Canadian Mounted Police")).toEqual(["Department of Homeland Security", "Royal Canadian Mounted Police"]);
    expect(texts("Oficina Regional de UNODC para Centroamérica y el Caribe, Ministerio de Salud y la Fiscalía")).toEqual([
      "Oficina Regional de UNODC para Centroamérica y el Caribe",
      "Ministerio de Salud",
      "la Fiscalía",
    ]);
    // An organisation's id or acronym and a country's name: an office there, or the two, one piece the hint tells both ways.
    expect(texts("ACNUR México, OIM Costa Rica y IOM GT")).toEqual(["ACNUR México", "OIM Costa Rica", "IOM", "GT"]);
    // An office as English names it, after the organisation's id: one piece, not a finding for each word.
    expect(texts("IOM Country Office in Honduras, UNODC Regional Office for Central America, UNHCR Office IOM")).toEqual([
      "IOM Country Office in Honduras", "UNODC Regional Office for Central America", "UNHCR Office", "IOM",
    ]);
    expect(texts("IOM Guatemala Office, IOM Training")).toEqual(["IOM Guatemala", "Office", "IOM", "Training"]);
    expect(texts("UNODC Regional Office for Central America and the Caribbean and ICRC")).toEqual(["UNODC Regional Office for Central America and the Caribbean", "ICRC"]);
    // A name with its acronym in parentheses is one piece; the hint takes the acronym for the id.
    expect(texts("Instituto Nacional de Migración (INM), Extranjería (DGME) IOM")).toEqual(["Instituto Nacional de Migración (INM)", "Extranjería (DGME)", "IOM"]);
    // Not after a country, every country or an article's id, nor a code or ALL: each told as before.
    expect(texts("México (MX), Costa Rica (CR), la OIM (IOM), La Policía Nacional Civil (PNC), Ministerio Público (GT)")).toEqual([
      "México", "(MX)", "Costa Rica", "(CR)", "la OIM", "(IOM)", "La Policía Nacional Civil (PNC)", "Ministerio Público", "(GT)",
    ]);
    // A known organisation's name after a `y` is a second name, which its hint tells the id of.
    expect(texts("Ministerio de Salud y Organización Internacional para las Migraciones")).toEqual(["Ministerio de Salud", "Organización Internacional para las Migraciones"]);
    // An office of a built-in organisation is one piece, not the name and its place's words.
    expect(texts("Organización Internacional para las Migraciones en Guatemala")).toEqual(["Organización Internacional para las Migraciones en Guatemala"]);
    // Articles without their accent, or in English, with a paragraph; every country in seven words.
    expect(texts("Article 6 paragraph 1, Art 6 párr. 1, Articulo 6 inciso a)")).toEqual(["Article 6 paragraph 1", "Art 6 párr. 1", "Articulo 6 inciso a)"]);
    expect(texts("todos los países miembros de la CRM")).toEqual(["todos los países miembros de la CRM"]);
    // Every country in words is one piece too, which the hint tells to write ALL.
    expect(texts("Todos los países miembros y OIM, GT")).toEqual(["Todos los países miembros", "OIM", "GT"]);
    expect(texts("todos los paises, all member countries")).toEqual(["todos los paises", "all member countries"]);
    expect(texts("todos, ALL")).toEqual(["todos", "ALL"]);
    // An indicator's id with a space for its hyphen stays one piece, which the hint writes with one.
    expect(texts("som 16.1, SOM 6.1 SOM-8.1")).toEqual(["som 16.1", "SOM 6.1", "SOM-8.1"]);
    // Ids (capitals) and ids in small letters still part at spaces, each told what to write.
    expect(texts("GT MX IOM")).toEqual(["GT", "MX", "IOM"]);
    expect(texts("gt mx")).toEqual(["gt", "mx"]);
    // A name keeps its place in the file: validate points at all of it.
    expect(splitIds({ text: "GT, Costa  Rica", start: 50, end: 65 })).toEqual([
      { text: "GT", start: 50, end: 52 },
      { text: "Costa  Rica", start: 54, end: 65 },
    ]);
  });

  it("keeps an English name whole where commas list its first words, or a country's code starts it", () => {
    const texts = (text: string) => splitIds({ text, start: 0, end: text.length }).map((id) => id.text);
    // Canada's immigration department and the United States' border agency, each one piece where
    // they were four ('Immigration', 'Refugees', 'Citizenship', 'Canada') and three (US a valid party).
    const cell = "Immigration, Refugees and Citizenship Canada, US Customs and Border Protection, IOM";
    expect(splitIds({ text: cell, start: 100, end: 100 + cell.length })).toEqual([
      { text: "Immigration, Refugees and Citizenship Canada", start: 100, end: 144 },
      { text: "US Customs and Border Protection", start: 146, end: 178 },
      { text: "IOM", start: 180, end: 183 },
    ]);
    // A serial comma, and more names of Canada's departments of that form.
    expect(texts("Immigration, Refugees, and Citizenship Canada; Innovation, Science and Economic Development Canada GT")).toEqual([
      "Immigration, Refugees, and Citizenship Canada",
      "Innovation, Science and Economic Development Canada",
      "GT",
    ]);
    // After a country's code or name, an `and` goes on before the institution's word, not after it.
    expect(texts("US Immigration and Customs Enforcement, U.S. Citizenship and Immigration Services, CA Border Services Agency")).toEqual([
      "US Immigration and Customs Enforcement",
      "U.S. Citizenship and Immigration Services",
      "CA Border Services Agency",
    ]);
    expect(texts("US Border Patrol, US Coast Guard and Border Patrol, Canada Border Services Agency and Royal Canadian Mounted Police")).toEqual([
      "US Border Patrol",
      "US Coast Guard",
      "Border Patrol",
      "Canada Border Services Agency",
      "Royal Canadian Mounted Police",
    ]);
    // Bodies listed stay apart: an institution's word in the list, no `and`, no name's word before the country.
    expect(texts("Customs, Immigration and Border Patrol; Police, Customs and Coast Guard Canada")).toEqual(["Customs", "Immigration", "Border Patrol", "Police", "Customs", "Coast Guard Canada"]);
    expect(texts("Caritas, Oxfam and Canada; Immigration, Citizenship Canada")).toEqual(["Caritas", "Oxfam", "Canada", "Immigration", "Citizenship", "Canada"]);
    // So do words a semicolon, a line break or another word parts from the list, and a plan's own ids.
    expect(texts("Immigration; Refugees and Citizenship Canada")).toEqual(["Immigration", "Refugees", "Citizenship", "Canada"]);
    expect(texts("Immigration<br>Refugees and Citizenship Canada")).toEqual(["Immigration", "Refugees", "Citizenship", "Canada"]);
    expect(texts("GT Immigration, Refugees and Citizenship Canada")).toEqual(["GT", "Immigration", "Refugees", "Citizenship", "Canada"]);
    const own = new CellNames([{ id: "Caritas", name: "Caritas" }]);
    expect(splitIds({ text: "Caritas, Refugees and Citizenship Canada", start: 0, end: 40 }, own).map((id) => id.text)).toEqual(["Caritas", "Refugees", "Citizenship", "Canada"]);
    // Ids, and Spanish names a comma apart, read as ever.
    expect(texts("GT, MX; ALL, IOM, ICRC, IOM and UNODC, GT y MX, US")).toEqual(["GT", "MX", "ALL", "IOM", "ICRC", "IOM", "UNODC", "GT", "MX", "US"]);
    expect(texts("Dirección General de Migración y Extranjería de Costa Rica, Instituto Nacional de Migración, Policía Federal")).toEqual([
      "Dirección General de Migración y Extranjería de Costa Rica",
      "Instituto Nacional de Migración",
      "Policía Federal",
    ]);
  });

  it("keeps a name whole where an institution's head lists its matters after it, commas apart, in English and Spanish", () => {
    const texts = (text: string) => splitIds({ text, start: 0, end: text.length }).map((id) => id.text);
    // They were three pieces and more ('Ministry of Foreign Affairs', 'Foreign Trade', 'Immigration').
    const cell = "Immigration, Refugees and Citizenship Canada (IRCC), Ministry of Foreign Affairs, Foreign Trade and Immigration";
    expect(splitIds({ text: cell, start: 100, end: 100 + cell.length })).toEqual([
      { text: "Immigration, Refugees and Citizenship Canada (IRCC)", start: 100, end: 151 },
      { text: "Ministry of Foreign Affairs, Foreign Trade and Immigration", start: 153, end: 211 },
    ]);
    // A serial comma, a `y` or an `e`, more matters, an acronym or a party after the name.
    expect(texts("Bureau of Population, Refugees, and Migration; Ministerio de Gobernación, Policía y Seguridad Pública, OIM")).toEqual([
      "Bureau of Population, Refugees, and Migration",
      "Ministerio de Gobernación, Policía y Seguridad Pública",
      "OIM",
    ]);
    expect(texts("Ministerio de Relaciones Exteriores, Comercio e Integración y OIM; Ministerio de Trabajo, Empleo y Seguridad Social (MTESS)")).toEqual([
      "Ministerio de Relaciones Exteriores, Comercio e Integración",
      "OIM",
      "Ministerio de Trabajo, Empleo y Seguridad Social (MTESS)",
    ]);
    expect(texts("Ministry of Labour, Immigration, Training and Skills Development")).toEqual(["Ministry of Labour, Immigration, Training and Skills Development"]);
    // After a pipe typed for a comma, as after a comma (the pipe is said, its hint writing the ids with commas).
    expect(texts("IOM \\| Ministry of Foreign Affairs, Foreign Trade and Immigration | Immigration, Refugees and Citizenship Canada")).toEqual([
      "IOM",
      "Ministry of Foreign Affairs, Foreign Trade and Immigration",
      "Immigration, Refugees and Citizenship Canada",
    ]);
    // Bodies listed after a head stay apart where an id, a country, an institution's word (English's
    // last, or Spanish's first of several) or no conjunction says so, as do a head a semicolon, a line
    // break or another word parts from its list, and a plan's own ids.
    expect(texts("Ministry of Security, IOM; Ministry of Security, Police and Customs; Ministerio de Seguridad, Guatemala y Honduras")).toEqual([
      "Ministry of Security", "IOM", "Ministry of Security", "Police", "Customs", "Ministerio de Seguridad", "Guatemala", "Honduras",
    ]);
    expect(texts("Ministerio de Salud, Policía Nacional Civil y Migración; Ministry of Foreign Affairs, Foreign Trade")).toEqual([
      "Ministerio de Salud", "Policía Nacional Civil", "Migración", "Ministry of Foreign Affairs", "Foreign Trade",
    ]);
    expect(texts("Ministry of Foreign Affairs; Foreign Trade and Immigration")).toEqual(["Ministry of Foreign Affairs", "Foreign Trade", "Immigration"]);
    expect(texts("Ministry of Foreign Affairs<br>Foreign Trade and Immigration")).toEqual(["Ministry of Foreign Affairs", "Foreign Trade", "Immigration"]);
    expect(texts("Ministry of Foreign Affairs, Foreign Trade and IOM")).toEqual(["Ministry of Foreign Affairs", "Foreign Trade", "IOM"]);
    // No comma: a head's matters an `and` joins are one name (they were 'Ministry of Foreign Affairs' and 'International Trade').
    expect(texts("Ministry of Foreign Affairs and International Trade (MFAIT), Department of Justice and Equality and IOM")).toEqual([
      "Ministry of Foreign Affairs and International Trade (MFAIT)", "Department of Justice and Equality", "IOM",
    ]);
    // But not into an id, a country or another body (an institution's word ends English's names).
    expect(texts("Ministry of Security and IOM, Ministry of Health and Guatemala, Ministry of Health and Border Patrol")).toEqual([
      "Ministry of Security", "IOM", "Ministry of Health", "Guatemala", "Ministry of Health", "Border Patrol",
    ]);
    // Nor where Canada names a department, its last matter then the country's name, which ends the name (not `Mexico City`);
    // lists of countries or ids read as ever.
    expect(texts("Ministry of Public Safety and Emergency Preparedness Canada, Canada and Mexico, IOM and UNODC, Ministry of Health and Migration Mexico City")).toEqual([
      "Ministry of Public Safety and Emergency Preparedness Canada", "Canada", "Mexico", "IOM", "UNODC", "Ministry of Health", "Migration", "Mexico", "City",
    ]);
    // Unless the acronym after them spells the words from before the `and` on: one name, a likely partner of the plan's.
    expect(texts("Department of Health and Human Services (HHS), Ministry of Health and Border Patrol (BP), Department of Homeland Security and Royal Canadian Mounted Police (RCMP)")).toEqual([
      "Department of Health and Human Services (HHS)", "Ministry of Health", "Border Patrol (BP)", "Department of Homeland Security", "Royal Canadian Mounted Police (RCMP)",
    ]);
    const named = "Ministerio de Salud, Cruz Roja y Caritas";
    expect(texts(named)).toEqual([named]);
    const own = new CellNames([{ id: "Caritas", name: "Caritas" }]);
    expect(splitIds({ text: named, start: 0, end: named.length }, own).map((id) => id.text)).toEqual(["Ministerio de Salud", "Cruz Roja", "Caritas"]);
    // Lists of ids read as ever.
    expect(texts("IOM, UNHCR; CR, GT, HN; IOM and UNODC, GT y MX")).toEqual(["IOM", "UNHCR", "CR", "GT", "HN", "IOM", "UNODC", "GT", "MX"]);
  });

  it("keeps accents and other letters inside an id, and separates at every Unicode space", () => {
    expect(splitIds({ text: "SOM-6.1\u00a0NIÑO\u3000año", start: 0, end: 16 }).map((id) => id.text)).toEqual(["SOM-6.1", "NIÑO", "año"]);
  });

  it("splits where /[^,;|\\s]+/ would, for every UTF-16 code unit between two ids", () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (JSON.stringify(splitIds({ text, start: 7, end: 10 })) !== JSON.stringify(idsByPattern(text, 7))) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });
});
