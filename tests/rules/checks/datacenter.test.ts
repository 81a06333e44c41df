import { screenRow, type Finding, type FindingId, type RawRow } from "../../../src/rules";

function finding(row: RawRow, id: FindingId, asOf = "2025-09-01"): Finding {
  const f = screenRow(row, { asOf }).findings.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id} finding`);
  return f;
}

const SITE = { dc_power_mw: "1.5 MW", dc_cooling_confirmed: "yes", dc_space_confirmed: "yes" };

describe("RF10 power arithmetic", () => {
  test("catalog power: 1,000 H100 at 0.7 kW × 1.8 × 1.5 ≈ 1.9 MW vs 1.5 MW", () => {
    const f = finding({ ...SITE, item: "NVIDIA H100 SXM5", quantity: "1,000" }, "RF10");
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain(
      "1,000 × NVIDIA H100 SXM at 0.7 kW × 1.8 server overhead × 1.5 PUE ≈ 1.9 MW needed vs 1.5 MW available",
    );
  });
  test("row power includes the server share: only PUE applies", () => {
    const f = finding({ ...SITE, item: "H100", quantity: 500, chip_power_kw: "1.2 kW" }, "RF10");
    expect(f.outcome).toBe("clear");
    expect(f.message).toContain(
      "1.2 kW (row figure, server share included) × 1.5 PUE ≈ 0.9 MW needed vs 1.5 MW available",
    );
  });
  test("systems multiply by their accelerators", () => {
    const f = finding({ ...SITE, item: "DGX H100", quantity: 125 }, "RF10");
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("125 × 8 = 1,000 accelerators (NVIDIA DGX H100, NVIDIA H100 SXM)");
  });
  test("values that round alike are printed with more digits", () => {
    // 1,191 × 0.7 × 1.8 × 1.5 = 2.2510 MW vs 2.25 MW
    const f = finding({ ...SITE, dc_power_mw: 2.25, item: "H100", quantity: 1191 }, "RF10");
    expect(f.outcome).toBe("hit");
    expect(f.message).toMatch(/≈ 2\.25\d* MW needed vs 2\.25\d* MW available/);
    expect(f.message).not.toMatch(/≈ (\S+) MW needed vs \1 MW available/);
  });
  test("capacity in kW is converted", () => {
    expect(finding({ ...SITE, dc_power_mw: "12000 kW" }, "DD7").outcome).toBe("hit");
  });
  test("space not confirmed is a hit naming it", () => {
    const f = finding({ ...SITE, dc_space_confirmed: "no" }, "RF10");
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("physical space not confirmed");
  });
  test("capacity known, quantity blank: needs review", () => {
    expect(finding({ ...SITE, item: "H100", quantity: "" }, "RF10").outcome).toBe("needs_review");
  });
  test("capacity known, no quantity column: clear on cooling and space, saying power was not assessed", () => {
    const f = finding({ ...SITE }, "RF10");
    expect(f.outcome).toBe("clear");
    expect(f.message).toContain("power need not assessed");
  });
});

describe("DD7 enhanced review at 10 MW", () => {
  test("exactly 10 MW is a hit", () => {
    expect(finding({ dc_power_mw: 10 }, "DD7").outcome).toBe("hit");
  });
  test("9.9 MW is clear, naming the threshold", () => {
    const f = finding({ dc_power_mw: 9.9 }, "DD7");
    expect(f.outcome).toBe("clear");
    expect(f.message).toContain("10 MW");
  });
  test("the order's own need can trigger it without a capacity column", () => {
    const f = finding({ item: "B200", quantity: 4000, dc_cooling_confirmed: "yes" }, "DD7");
    // 4,000 × 1.0 kW × 1.8 × 1.5 = 10.8 MW
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("10.8 MW");
  });
});
