import fc from "fast-check";
import {
  aiTrainingCheck,
  dcPowerCheck,
  gp10Check,
  redFlags,
  requiresLicense,
  screenRow,
  CANONICAL_FIELDS,
  DILIGENCE_IDS,
  RED_FLAG_IDS,
  type CanonicalField,
  type FindingId,
  type RawRow,
} from "../../src/rules";

describe("redFlags", () => {
  test("returns RF01-RF11 only, with a summary naming the hits", () => {
    const r = redFlags(
      { prior_ac_receipts: "no", customer_country: "Macau", colocated_listed: "" },
      "2025-09-01",
    );
    expect(r.findings.map((f) => f.id)).toEqual([...RED_FLAG_IDS]);
    expect(r.summary).toBe("2 red flags: RF01, RF09; 1 needs review: RF07");
  });
  test("accepts an Excel serial as-of date", () => {
    expect(
      redFlags({ prior_ac_receipts: "no" }, 45900).findings.find((f) => f.id === "RF01")?.outcome,
    ).toBe("hit");
  });
  test("an unreadable date is returned as an issue, not thrown", () => {
    const r = redFlags({ prior_ac_receipts: "no" }, "someday");
    expect(r.findings).toEqual([]);
    expect(r.issues[0]?.code).toBe("unreadable_date");
  });
  test("no red flags", () => {
    expect(redFlags({ prior_ac_receipts: "yes" }, "2025-09-01").summary).toBe("No red flags");
  });
});

describe("requiresLicense", () => {
  test("ECCN to China: required on LIC-DEST", () => {
    const r = requiresLicense({ eccnOrItem: "3A090.a", destination: "China" }, "2025-09-01");
    expect(r.required).toBe(true);
    expect(r.bases).toEqual(["LIC-DEST"]);
    expect(r.message).toMatch(/^Licence required on 2025-09-01 \(LIC-DEST\)/);
  });
  test("item name with a D:5 headquarters: required on LIC-HQ", () => {
    const r = requiresLicense(
      { eccnOrItem: "H100 SXM5", destination: "Malaysia", hqCountry: "China" },
      "2025-09-01",
    );
    expect(r.required).toBe(true);
    expect(r.bases).toContain("LIC-HQ");
  });
  test("EAR99 to Germany: not required", () => {
    const r = requiresLicense({ eccnOrItem: "EAR99", destination: "Germany" }, "2025-09-01");
    expect(r.required).toBe(false);
    expect(r.findings.every((f) => f.id.startsWith("LIC-"))).toBe(true);
  });
  test("unknown destination text: cannot decide, with the issue", () => {
    const r = requiresLicense({ eccnOrItem: "3A090.a", destination: "Atlantis" }, "2025-09-01");
    expect(r.required).toBeNull();
    expect(r.issues.map((i) => i.code)).toContain("unknown_country");
    expect(r.message).toMatch(/^Cannot decide/);
  });
});

describe("dcPowerCheck", () => {
  test("enhanced review", () => {
    expect(dcPowerCheck({ capacityMw: "12 MW" }, "2025-09-01").verdict).toBe(
      "ENHANCED REVIEW: 12 MW ≥ 10 MW (DD7)",
    );
  });
  test("shortfall", () => {
    const r = dcPowerCheck(
      { capacityMw: 1.5, quantity: 1000, item: "H100 SXM", cooling: "yes", space: "yes" },
      "2025-09-01",
    );
    expect(r.verdict).toBe("SHORTFALL: needs 1.9 MW, has 1.5 MW (RF10)");
    expect(r.findings.map((f) => [f.id, f.outcome])).toEqual([
      ["DD7", "clear"],
      ["RF10", "hit"],
    ]);
  });
  test("row power per accelerator", () => {
    expect(
      dcPowerCheck({ capacityMw: 1.5, quantity: 1000, chipPowerKw: 1.2 }, "2025-09-01").verdict,
    ).toBe("SHORTFALL: needs 1.8 MW, has 1.5 MW (RF10)");
  });
  test("OK", () => {
    expect(
      dcPowerCheck(
        { capacityMw: 5, quantity: 64, item: "H100", cooling: true, space: true },
        "2025-09-01",
      ).verdict,
    ).toBe("OK: needs 0.12 MW of 5 MW, below 10 MW");
  });
  test("cooling not confirmed", () => {
    expect(dcPowerCheck({ capacityMw: 5, cooling: "no" }, "2025-09-01").verdict).toBe(
      "NOT CONFIRMED: cooling (RF10)",
    );
  });
  test("bad capacity is reported, not thrown", () => {
    const r = dcPowerCheck({ capacityMw: "lots", quantity: 10, item: "H100" }, "2025-09-01");
    expect(r.verdict).toMatch(/^BAD INPUT: dc_power_mw: "lots"/);
    expect(r.findings.find((f) => f.id === "DD7")?.outcome).toBe("needs_review");
  });
});

describe("gp10Check", () => {
  test("hit with summary", () => {
    const r = gp10Check("昇腾910B", "华为", undefined, "2025-09-01");
    expect(r.findings[0]?.outcome).toBe("hit");
    expect(r.summary).toMatch(/^HIT: Huawei Ascend 910B/);
    expect(r.issues).toEqual([]);
  });
  test("destructive testing is clear", () => {
    expect(gp10Check("Ascend 910C", "Huawei", "destructive testing", "2025-09-01").summary).toMatch(
      /^CLEAR/,
    );
  });
  test("before the notice: needs review with the look-back note", () => {
    const r = gp10Check("Ascend 910B", undefined, undefined, "2025-01-02");
    expect(r.summary).toMatch(/^NEEDS REVIEW/);
    expect(r.notes.join(" ")).toContain("2020-08-17");
  });
});

describe("aiTrainingCheck", () => {
  test("hit for a D:5-headquartered military-intelligence model", () => {
    const r = aiTrainingCheck(
      { hqCountry: "China", endUse: "AI training; military intelligence", trainingOps: "3e26" },
      "2025-09-01",
    );
    expect(r.findings[0]?.outcome).toBe("hit");
    expect(r.notes.join(" ")).toContain("3×10^26");
  });
  test("IaaS provider that will not confirm its users feeds in", () => {
    const r = aiTrainingCheck(
      { endUse: "ai_training", hqCountry: "US", iaasProvider: "yes", iaasUsersConfirmed: "no" },
      "2025-09-01",
    );
    expect(r.findings[0]?.outcome).toBe("needs_review");
  });
  test("no end use argument: not assessed", () => {
    expect(aiTrainingCheck({ hqCountry: "China" }, "2025-09-01").summary).toBe(
      "NOT ASSESSED: Not assessed: the sheet has no end use column.",
    );
  });
});

// ---- Properties over whole rows -------------------------------------------------------------

const GUIDANCE_IDS: FindingId[] = [...RED_FLAG_IDS, ...DILIGENCE_IDS, "GP10", "AI-TRAIN"];

const CELL_VALUES: readonly unknown[] = [
  "",
  "yes",
  "no",
  "maybe",
  "China",
  "Macau",
  "Germany",
  "Hong Kong",
  "residential",
  "virtual office",
  "commercial",
  "freight forwarder",
  "cloud_iaas",
  "financial_institution",
  "individual",
  "partial",
  "refused",
  "none",
  "limited",
  "ai_training; military intelligence",
  "ai_training",
  "technical analysis",
  "destructive testing",
  "H100 SXM",
  "Ascend 910B",
  "Atlas 800T A2",
  "DGX H100",
  "2023-01-10",
  "2015-04-01",
  "12 MW",
  "1.5 MW",
  "3x",
  "1e26",
  0,
  1,
  4,
  8,
  1000,
  6000,
  1.5,
  12,
  45000,
  -3,
  true,
  false,
  null,
  undefined,
];
const fieldArb = fc.constantFrom(...CANONICAL_FIELDS);
const rowArb = fc
  .array(fc.tuple(fieldArb, fc.constantFrom(...CELL_VALUES)), { maxLength: 25 })
  .map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as RawRow);
const dateArb = fc.constantFrom(
  "2022-11-01",
  "2023-06-01",
  "2024-08-01",
  "2025-05-12",
  "2025-05-13",
  "2026-02-01",
);

describe("properties", () => {
  test("no row throws, and every guidance id is answered exactly once", () => {
    fc.assert(
      fc.property(rowArb, dateArb, (row, asOf) => {
        const r = screenRow(row, { asOf });
        for (const id of GUIDANCE_IDS)
          expect(r.findings.filter((f) => f.id === id)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  test("same input, same output", () => {
    fc.assert(
      fc.property(rowArb, dateArb, (row, asOf) => {
        expect(screenRow({ ...row }, { asOf })).toEqual(screenRow({ ...row }, { asOf }));
      }),
      { numRuns: 150 },
    );
  });

  test("adding a blank column never turns a hit into a clear", () => {
    fc.assert(
      fc.property(rowArb, fieldArb, dateArb, (row, extra: CanonicalField, asOf) => {
        fc.pre(!(extra in row));
        const before = screenRow(row, { asOf });
        const after = screenRow({ ...row, [extra]: "" }, { asOf });
        for (const id of GUIDANCE_IDS) {
          const was = before.findings.find((f) => f.id === id)?.outcome;
          const now = after.findings.find((f) => f.id === id)?.outcome;
          if (was === "hit") expect({ id, extra, now }).not.toEqual({ id, extra, now: "clear" });
        }
      }),
      { numRuns: 400 },
    );
  });

  test("helpers never throw on odd arguments", () => {
    const anyCell = fc.oneof(
      fc.constantFrom(...CELL_VALUES),
      fc.string(),
      fc.double(),
      fc.integer(),
    );
    fc.assert(
      fc.property(anyCell, anyCell, anyCell, anyCell, (a, b, c, d) => {
        dcPowerCheck(
          { capacityMw: a, quantity: b, item: c, chipPowerKw: d, cooling: a, space: b },
          "2025-09-01",
        );
        gp10Check(a, b, c, d);
        aiTrainingCheck(
          { hqCountry: a, parentCountry: b, endUse: c, trainingOps: d, iaasProvider: a },
          "2025-09-01",
        );
        requiresLicense({ eccnOrItem: a, destination: b, hqCountry: c, endUse: d }, "2025-09-01");
        redFlags({ customer_country: a, quantity: b, customer_address_type: c }, d);
      }),
      { numRuns: 200 },
    );
  });
});
