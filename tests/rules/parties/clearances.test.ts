import {
  buildPartyIndex,
  DEFAULT_PARTY_PARAMS,
  entryHash,
  parseClearances,
  screenParties,
  type Clearance,
  type ListEntry,
} from "../../../src/rules/checks/parties";
import { entry } from "./helpers";

const listed: ListEntry = entry({
  id: "EL-example",
  name: "Example Photonics Research Institute",
  countries: ["CN"],
  licenseRequirement: "For all items subject to the EAR. (See §744.11 of the EAR)",
  frNotice: "89 FR 1000",
});

function screen(entries: ListEntry[], clearances: Clearance[]) {
  const index = buildPartyIndex({ listDate: "2026-07-31", provenance: "test", entries });
  return screenParties({
    index,
    row: { customer_name: "Example Photonics Research Inst.", customer_country: "CN" },
    asOf: "2026-08-10",
    params: DEFAULT_PARTY_PARAMS,
    clearances,
  });
}

describe("clearances", () => {
  const clearance: Clearance = {
    party: "Example Photonics Research Inst.",
    listEntryId: "EL-example",
    entryHash: entryHash(listed),
    reason: "Different legal person: registered in Finland, verified by registry extract",
    reviewer: "A. Analyst",
    date: "2026-08-05",
  };

  it("alerts without a clearance", () => {
    const r = screen([listed], []);
    expect(r.findings.find((f) => f.id === "LIC-LISTED")?.outcome).toBe("hit");
  });

  it("honours a clearance while the entry is unchanged", () => {
    const r = screen([listed], [clearance]);
    const f = r.findings.find((x) => x.id === "LIC-LISTED");
    expect(f?.outcome).toBe("clear");
    expect(r.notes.some((n) => n.includes("A. Analyst") && n.includes("2026-08-05"))).toBe(true);
  });

  it("alerts again once the listed entry changes (new alias after an FR amendment)", () => {
    const amended = { ...listed, aliases: ["EPRI"], frNotice: "89 FR 1000, 91 FR 2000" };
    const r = screen([amended], [clearance]);
    const f = r.findings.find((x) => x.id === "LIC-LISTED");
    expect(f?.outcome).toBe("hit");
    expect(f?.message).toContain("entry changed since it was given");
    expect(r.matches[0]?.clearanceStale).toBe(true);
  });

  it("honours a clearance made after the row's as-of date (today's review covers past deals)", () => {
    const r = screen([listed], [{ ...clearance, date: "2026-09-01" }]);
    expect(r.findings.find((f) => f.id === "LIC-LISTED")?.outcome).not.toBe("hit");
  });

  it("does not re-alert for cosmetic changes (case, spacing, entry id)", () => {
    const recased = { ...listed, name: "EXAMPLE  PHOTONICS RESEARCH INSTITUTE" };
    expect(entryHash(recased)).toBe(entryHash(listed));
  });

  it("reads a clearance file and reports bad rows", () => {
    const r = parseClearances({ clearances: [clearance, { ...clearance, entryHash: "xyz" }] });
    expect(r.clearances).toHaveLength(1);
    expect(r.problems[0]).toMatch(/Clearance 2: entryHash/);
    expect(parseClearances("nonsense").problems).toHaveLength(1);
  });
});
