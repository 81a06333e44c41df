/**
 * The CHIP functions called directly, with arguments shaped as Excel sends them: numbers, text,
 * 2-D arrays with "" and null for empty cells, null for omitted optional arguments, dates as serial
 * numbers. Expected answers come from the rules (15 CFR 742.6, 744.23, Supp. 1 to part 740, the
 * May 2025 guidance), not from what the code happens to print. Every bad-input path gives the
 * documented error: #VALUE! naming the value, or #N/A with the reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { todayIso } from "../../src/functions/coerce-args";
import { setBundledListSource } from "../../src/lists/list-store";
import {
  aiTraining,
  classify,
  classifyItem,
  countryGroups,
  dcPowerCheck,
  explainId,
  gp10,
  licenseBasis,
  pd,
  redFlags,
  requiresLicense,
  screenRange,
  tpp,
} from "../../src/functions/functions";

const AS_OF = "2025-06-30";
/** 2025-06-30 as Excel stores it. */
const AS_OF_SERIAL = 45838;

function errorOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error: unknown) {
    const e = error as { code?: string; message?: string };
    return { code: e.code ?? "(no code)", message: e.message ?? "" };
  }
  throw new Error("expected an Excel error, got a value");
}

describe("CHIP.TPP and CHIP.PD", () => {
  test("TPP = dense TOPS × bit length (H100 SXM: 989 TFLOPS at 16 bits)", () => {
    expect(tpp(989, 16)).toBe(15824);
    expect(tpp("989", "16")).toBe(15824);
  });

  test("PD = TPP / die area", () => {
    expect(pd(4800, 600)).toBe(8);
  });

  test("bad input", () => {
    expect(errorOf(() => tpp("", 16))).toEqual({
      code: "#VALUE!",
      message: "tops is empty; it is required.",
    });
    expect(errorOf(() => tpp(989, 0))).toEqual({
      code: "#VALUE!",
      message: "bitLength must be greater than 0; got 0.",
    });
    expect(errorOf(() => pd(4800, 0))).toEqual({
      code: "#VALUE!",
      message: "dieAreaMm2 must be greater than 0; got 0.",
    });
    expect(errorOf(() => pd("lots", 600))).toEqual({
      code: "#VALUE!",
      message: 'tpp must be a number; got "lots".',
    });
  });
});

describe("CHIP.CLASSIFY", () => {
  test("TPP ≥ 4800 is 3A090.a (3A090.a.1)", () => {
    expect(classify(989, 16, 814, true, AS_OF)).toBe("3A090.a");
  });

  test("TPP below 1600 is outside 3A090", () => {
    expect(classify(50, 8, null, null, AS_OF)).toBe("not-3A090");
  });

  test("optional arguments omitted arrive as null; date as a serial number", () => {
    expect(classify(989, 16, null, null, AS_OF_SERIAL)).toBe("3A090.a");
  });

  test("a mid-range TPP without die area is #N/A: performance density decides it", () => {
    const e = errorOf(() => classify(200, 16, null, null, AS_OF));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/^Cannot classify as of 2025-06-30: TPP 3,200 .*die area is missing/);
  });

  test("before 3A090 existed (2022-10-07) there is nothing to classify under: #N/A", () => {
    const e = errorOf(() => classify(989, 16, 814, true, "2021-01-01"));
    expect(e).toEqual({
      code: "#N/A",
      message:
        "Cannot classify as of 2021-01-01: No advanced-computing ECCN existed before 2022-10-07.",
    });
  });

  test("bad input", () => {
    expect(errorOf(() => classify("fast", 16)).message).toBe('tops must be a number; got "fast".');
    expect(errorOf(() => classify(989, 16, null, "maybe")).message).toBe(
      'datacenter must be TRUE or FALSE (or yes/no); got "maybe".',
    );
  });
});

describe("CHIP.CLASSIFYITEM", () => {
  test("catalog items", () => {
    expect(classifyItem("H100 SXM5", AS_OF)).toBe("3A090.a");
    expect(classifyItem("NVIDIA H100", null)).toBe("3A090.a");
  });

  test("an item the catalog does not know is #N/A", () => {
    expect(errorOf(() => classifyItem("Quantum Widget 9", AS_OF))).toEqual({
      code: "#N/A",
      message: `"Quantum Widget 9" is not in Chipscreen's chip catalog; use CHIP.CLASSIFY with its datasheet figures.`,
    });
  });

  test("an empty item is #VALUE!", () => {
    expect(errorOf(() => classifyItem("", AS_OF))).toEqual({
      code: "#VALUE!",
      message: "item is empty; it is required.",
    });
  });
});

describe("CHIP.COUNTRYGROUPS", () => {
  test("China is in D:1, D:3, D:4 and D:5; Hong Kong is read as China", () => {
    expect(countryGroups("China", AS_OF)).toBe("D:1 D:3 D:4 D:5");
    expect(countryGroups("中国", AS_OF_SERIAL)).toBe("D:1 D:3 D:4 D:5");
    expect(countryGroups("Hong Kong", AS_OF)).toBe("D:1 D:3 D:4 D:5");
  });

  test("asOf omitted means today", () => {
    expect(countryGroups("FR", null)).toBe(countryGroups("FR", todayIso()));
  });

  test("a country in none of the groups", () => {
    expect(countryGroups("United States", AS_OF)).toBe("none");
  });

  test("bad input", () => {
    expect(errorOf(() => countryGroups("Narnia", AS_OF))).toEqual({
      code: "#VALUE!",
      message: 'country: "Narnia" is not a country Chipscreen knows.',
    });
    expect(errorOf(() => countryGroups(null, AS_OF))).toEqual({
      code: "#VALUE!",
      message: "country is empty; it is required.",
    });
  });
});

describe("CHIP.REQUIRESLICENSE and CHIP.LICENSEBASIS", () => {
  test("3A090.a to China needs a licence (742.6(a)(6), D:5)", () => {
    expect(requiresLicense("3A090.a", "China", null, null, null, AS_OF)).toBe(true);
    expect(licenseBasis("3A090.a", "China", null, null, null, AS_OF)).toMatch(
      /^LIC-DEST: .*\[.*742\.6\(a\)\(6\)/,
    );
  });

  test("3A090.a to France (A:5, not D:1/D:4/D:5) needs none", () => {
    expect(requiresLicense("3A090.a", "France", null, null, null, AS_OF)).toBe(false);
    expect(licenseBasis("3A090.a", "France", null, null, null, AS_OF)).toBe(
      "none: no licence requirement applies to these inputs",
    );
  });

  test("a catalog item to France for a company headquartered in China needs one (744.23(a)(3))", () => {
    expect(requiresLicense("H100 SXM5", "France", "China", null, null, AS_OF)).toBe(true);
    expect(licenseBasis("H100 SXM5", "France", "China", null, null, AS_OF)).toMatch(
      /^LIC-HQ: .*744\.23\(a\)\(3\)/,
    );
  });

  test("EAR99 needs no advanced-computing licence", () => {
    expect(requiresLicense("EAR99", "China", null, null, null, AS_OF)).toBe(false);
  });

  test("a date before the rules existed cannot be decided: #N/A with the reason", () => {
    const e = errorOf(() => requiresLicense("3A090.a", "China", null, null, null, "2020-01-01"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(
      /^Cannot determine whether a licence is required as of 2020-01-01: .*before 2022-10-07/,
    );
  });

  test("an item neither an ECCN nor in the catalog is #N/A", () => {
    expect(errorOf(() => requiresLicense("Widget", "China", null, null, null, AS_OF)).code).toBe(
      "#N/A",
    );
  });

  test("bad input is #VALUE! naming the argument and value", () => {
    expect(errorOf(() => requiresLicense("3A090.a", "Atlantis", null, null, null, AS_OF))).toEqual({
      code: "#VALUE!",
      message: 'destination: "Atlantis" is not a country Chipscreen knows.',
    });
    expect(errorOf(() => requiresLicense("3A090.a", "", null, null, null, AS_OF)).message).toBe(
      "destination is empty; it is required.",
    );
    expect(
      errorOf(() => licenseBasis("3A090.a", "France", "Chna", null, null, AS_OF)).message,
    ).toBe('hqCountry: "Chna" is not a country Chipscreen knows. Did you mean China?');
    expect(
      errorOf(() => requiresLicense("3A090.a", "France", null, null, "gardening", AS_OF)).message,
    ).toMatch(/^endUse: "gardening"/);
    expect(
      errorOf(() => requiresLicense("3A090.a", "France", null, null, null, "yesterday")).message,
    ).toMatch(/^asOf: "yesterday" is not a date/);
  });
});

describe("CHIP.DC_POWER_CHECK", () => {
  test("12 MW reaches the 10 MW enhanced-review threshold (DD7)", () => {
    expect(dcPowerCheck(12, null, null, null)).toBe("ENHANCED REVIEW: 12 MW ≥ 10 MW (DD7)");
    expect(dcPowerCheck("12000 kW", null, null, null)).toBe("ENHANCED REVIEW: 12 MW ≥ 10 MW (DD7)");
  });

  test("2,000 H100s at 0.7 kW × 1.8 server overhead × 1.5 PUE need 3.8 MW: more than 1.5 MW (RF10)", () => {
    expect(dcPowerCheck(1.5, 2000, "H100", null)).toBe(
      "SHORTFALL: needs 3.8 MW, has 1.5 MW (RF10)",
    );
  });

  test("5 MW for 1,000 accelerators at 0.7 kW is enough", () => {
    // chipPowerKw already includes the server's share: 1,000 × 0.7 kW × 1.5 PUE = 1.05 MW
    expect(dcPowerCheck(5, 1000, null, 0.7)).toBe("OK: needs 1.1 MW of 5 MW, below 10 MW");
  });

  test("bad input", () => {
    expect(errorOf(() => dcPowerCheck("", null, null, null))).toEqual({
      code: "#VALUE!",
      message: "capacityMw is empty; it is required.",
    });
    expect(errorOf(() => dcPowerCheck(5, "many", null, null))).toEqual({
      code: "#VALUE!",
      message: 'quantity must be a number; got "many".',
    });
  });
});

describe("CHIP.GP10", () => {
  test("Huawei Ascend 910B is a named PRC advanced-computing IC", () => {
    expect(gp10("Ascend 910B", "Huawei", null, AS_OF)).toMatch(/^GP10 RISK: /);
  });

  test("acquired solely for technical analysis: BIS will not enforce", () => {
    expect(gp10("Ascend 910B", "Huawei", "technical_analysis", AS_OF)).toMatch(
      /^exempt: .*technical analysis/,
    );
  });

  test("an NVIDIA part is not a PRC IC", () => {
    expect(gp10("H100", "NVIDIA", null, AS_OF)).toBe("none");
  });

  test("bad input", () => {
    expect(errorOf(() => gp10(null, "Huawei", null, AS_OF))).toEqual({
      code: "#VALUE!",
      message: "item is empty; it is required.",
    });
  });
});

describe("CHIP.AITRAINING", () => {
  test("a company headquartered outside D:5 and Macau is clear", () => {
    expect(aiTraining("United States", null, "ai_training", null, AS_OF)).toMatch(/^CLEAR: /);
  });

  test("training for a company headquartered in China is flagged for review or hit", () => {
    expect(aiTraining("China", null, "ai_training", 1e26, AS_OF)).toMatch(/^(HIT|REVIEW): /);
  });

  test("without an end use it cannot be assessed, and says which input is missing", () => {
    expect(aiTraining("China", null, null, null, AS_OF)).toBe(
      "NOT ASSESSED: no end use was given.",
    );
  });

  test("bad input", () => {
    expect(errorOf(() => aiTraining("", null, null, null, AS_OF)).message).toBe(
      "hqCountry is empty; it is required.",
    );
    expect(errorOf(() => aiTraining("China", null, null, "a lot", AS_OF)).message).toBe(
      'trainingOps must be a number; got "a lot".',
    );
  });
});

describe("CHIP.EXPLAIN", () => {
  test("any finding id, in any case", () => {
    expect(explainId("rf05")).toMatch(/^RF05 — .+: .+\(.+\)$/);
    expect(explainId("LIC-HQ")).toMatch(/^LIC-HQ — /);
  });

  test("an unknown id is #VALUE!", () => {
    expect(errorOf(() => explainId("RF99"))).toEqual({
      code: "#VALUE!",
      message:
        'id: "RF99" is not a Chipscreen finding id (e.g. LIC-DEST, RF05, DD7, GP10, AI-TRAIN).',
    });
  });
});

describe("CHIP.REDFLAGS and CHIP.SCREEN over a range", () => {
  // SCREEN screens names against the list in use: the bundled snapshot, read from disk here
  // (jest cannot run the bundle's dynamic import).
  beforeAll(() =>
    setBundledListSource(() =>
      Promise.resolve(
        JSON.parse(
          readFileSync(
            join(__dirname, "../../src/rules/packs/lists/csl-demo-2026-07-31.json"),
            "utf8",
          ),
        ) as unknown,
      ),
    ),
  );
  afterAll(() => setBundledListSource(undefined));

  const headers = [
    [
      "Customer",
      "destination_country",
      "item",
      "quantity",
      "customer_address_type",
      "hq_disclosed",
      "dc_power_mw",
    ],
  ];
  const rows = [
    // a residential address buying 8 H100s, HQ refused: RF03 and RF05
    ["Lotus Trading", "Malaysia", "H100", 8, "residential", "refused", ""],
    // a wholly empty row in the range: its outputs stay empty
    ["", null, "", "", null, "", ""],
    // a commercial customer that disclosed its HQ, quantity 0 (not blank)
    ["Acme GmbH", "Germany", "H20", 0, "commercial", "yes", null],
  ];

  test("REDFLAGS gives one cell per data row", () => {
    const out = redFlags(headers, rows, AS_OF);
    expect(out).toHaveLength(3);
    expect(out[0]?.[0]).toMatch(/RF03/);
    expect(out[0]?.[0]).toMatch(/RF05/);
    expect(out[1]).toEqual([""]);
    expect(out[2]?.[0]).not.toMatch(/RF03|RF05/);
  });

  test("SCREEN spills status, licence, bases, classification and findings", async () => {
    const out = await screenRange(headers, rows, AS_OF_SERIAL);
    expect(out).toHaveLength(3);
    const [first, blank, third] = out;
    expect(first?.[0]).toBe("hit");
    expect(first?.[3]).toBe("3A090.a");
    expect(String(first?.[4])).toMatch(/RF03/);
    expect(blank).toEqual(["", "", "", "", ""]);
    expect(third).toHaveLength(5);
    expect(["hit", "needs_review", "clear"]).toContain(third?.[0]);
    expect([true, false, "?"]).toContain(third?.[1]);
  });

  test('asOf "row" screens each row as of its transaction_date', async () => {
    const h = [["destination_country", "eccn", "transaction_date"]];
    const r = [
      ["China", "3A090.a", "2021-06-01"],
      ["China", "3A090.a", 45838],
    ];
    const out = await screenRange(h, r, "row");
    expect(out[0]?.[1]).toBe("?"); // before the rules existed: undecided
    expect(out[1]?.[1]).toBe(true);
  });

  test("a single row (Deals[@]) works as well as a block", () => {
    expect(redFlags(headers, [rows[0] ?? []], AS_OF)).toHaveLength(1);
  });

  test("bad ranges are #VALUE! saying what is wrong", async () => {
    await expect(screenRange([["Foo", "Bar"]], [[1, 2]], AS_OF)).rejects.toMatchObject({
      code: "#VALUE!",
      message:
        'headers: none of the column names is a field Chipscreen knows (saw "Foo", "Bar"). Pass the table\'s header row.',
    });
    expect(errorOf(() => redFlags(headers, [["x"]], AS_OF)).message).toBe(
      "rows must be as wide as headers: headers has 7 columns, data row 1 has 1.",
    );
    expect(errorOf(() => redFlags(headers, rows, "someday")).message).toMatch(
      /^asOf: "someday" is not a date/,
    );
  });
});
