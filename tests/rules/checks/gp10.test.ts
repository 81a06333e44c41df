import { screenRow, type Finding, type RawRow } from "../../../src/rules";

function gp10(row: RawRow, asOf = "2025-09-01"): Finding {
  const f = screenRow(row, { asOf }).findings.find((x) => x.id === "GP10");
  if (!f) throw new Error("no GP10 finding");
  return f;
}

describe("GP10 tolerant matching of the named chips", () => {
  test.each([
    "Ascend910B",
    "昇腾910B",
    "HUAWEI ASCEND 910 B",
    "Ascend 910C",
    "ascend-910d",
    "华为昇腾910C模组",
    "Huawei Ascend 910B3",
  ])("%s is a hit", (item) => expect(gp10({ item }).outcome).toBe("hit"));
  test.each([
    "Atlas 800T A2",
    "Atlas 800I A2",
    "Atlas 300T A2",
    "Atlas 900 A2 PoD",
    "CloudMatrix384",
    "Atlas 900 A3 SuperPoD",
    "Atlas 800T A3",
  ])("system or board %s built on a named chip is a hit", (item) => {
    const f = gp10({ item, manufacturer: "Huawei" });
    expect(f.outcome).toBe("hit");
    expect(f.message).toMatch(/built on Huawei Ascend 910[BC]/);
  });
  test.each(["NVIDIA H100 SXM", "H20", "RTX 4090", "Acme widget"])("%s is clear", (item) => {
    expect(gp10({ item }).outcome).toBe("clear");
  });
});

describe("GP10 PRC designers outside the named list", () => {
  test("a Huawei item not yet classified needs review", () => {
    expect(gp10({ item: "Atlas 300I Duo" }).outcome).toBe("needs_review");
  });
  test("a PRC-designed item classified 3A090.a is a hit", () => {
    const f = gp10({ item: "MLU590", manufacturer: "Cambricon 寒武纪", eccn: "3A090.a" });
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("PRC 3A090 IC");
  });
  test("a PRC-designed item classified EAR99 is clear", () => {
    expect(gp10({ item: "Mate 60 phone", manufacturer: "Huawei", eccn: "5A992.c" }).outcome).toBe(
      "clear",
    );
  });
});

describe("GP10 exemption, dates and finance", () => {
  test("technical analysis only: clear with a note", () => {
    const r = screenRow(
      { item: "Ascend 910B", end_use: "technical analysis" },
      { asOf: "2025-09-01" },
    );
    expect(r.findings.find((f) => f.id === "GP10")?.outcome).toBe("clear");
    expect(r.notes.join(" ")).toContain("technical analysis or destructive testing");
  });
  test("technical analysis plus another use is not exempt", () => {
    expect(gp10({ item: "Ascend 910B", end_use: "technical_analysis; ai_training" }).outcome).toBe(
      "hit",
    );
  });
  test("before 2025-05-13: needs review with the look-back note", () => {
    const r = screenRow({ item: "Ascend 910B" }, { asOf: "2024-06-01" });
    expect(r.findings.find((f) => f.id === "GP10")?.outcome).toBe("needs_review");
    expect(r.notes.join(" ")).toMatch(
      /footnote 1 FDPR \(2020-08-17\).*footnote 4 FDPR and advanced-computing rule \(2022-10-07\)/,
    );
  });
  test("on 2025-05-13 itself: hit", () => {
    expect(gp10({ item: "Ascend 910B" }, "2025-05-13").outcome).toBe("hit");
  });
  test("a financial-institution customer is told financing counts", () => {
    expect(gp10({ item: "Ascend 910C", customer_business: "lender" }).message).toContain(
      "Financing, lending to or settling",
    );
  });
  test("the hit note asks about BIS authorisations", () => {
    const r = screenRow({ item: "Ascend 910D" }, { asOf: "2025-09-01" });
    expect(r.notes.join(" ")).toContain("BIS authorised");
  });
});
