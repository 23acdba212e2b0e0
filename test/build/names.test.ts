import { describe, expect, it } from "vitest";
import { compareNames, nameWithParty } from "../../src/render/views/names.js";

describe("names in the drafts", () => {
  it("sort by their letters without accents or case, the same on every machine", () => {
    const names = ["República Dominicana", "México", "estados unidos", "Estados Unidos", "El Salvador", "Belice", "Éfeso", "Panamá"];
    expect([...names].sort(compareNames)).toEqual(["Belice", "Éfeso", "El Salvador", "Estados Unidos", "estados unidos", "México", "Panamá", "República Dominicana"]);
  });

  it("add a party's name in parentheses only when the name does not hold it already", () => {
    expect(nameWithParty("Delegation of El Salvador", "El Salvador")).toBe("Delegation of El Salvador");
    expect(nameWithParty("Delegación de México", "Mexico")).toBe("Delegación de México");
    expect(nameWithParty("IOM Regional Specialist", "IOM")).toBe("IOM Regional Specialist");
    expect(nameWithParty("IOM Regional Specialist", "OIM")).toBe("IOM Regional Specialist (OIM)");
    expect(nameWithParty("Delegation of the Dominican Republic", "República Dominicana")).toBe("Delegation of the Dominican Republic (República Dominicana)");
    // A whole word, not part of one.
    expect(nameWithParty("Biomedical adviser", "IOM")).toBe("Biomedical adviser (IOM)");
    expect(nameWithParty("Officer (UNODC)", "UNODC")).toBe("Officer (UNODC)");
  });
});
