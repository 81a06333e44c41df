import { screenRow, type Finding, type FindingId, type RawRow } from "../../../src/rules";

function finding(row: RawRow, id: FindingId, asOf = "2025-09-01"): Finding {
  const f = screenRow(row, { asOf }).findings.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id} finding`);
  return f;
}

describe("DD1 founding date", () => {
  test("the day before 2022-10-01 is clear, the day itself a hit", () => {
    expect(finding({ customer_established: "2022-09-30" }, "DD1").outcome).toBe("clear");
    expect(finding({ customer_established: "2022-10-01" }, "DD1").outcome).toBe("hit");
  });
  test("Excel serial dates are read and the message names the date", () => {
    expect(finding({ customer_established: 45000 }, "DD1").message).toContain("2023-03-15");
  });
  test("unreadable date needs review and raises an issue", () => {
    const r = screenRow({ customer_established: "last spring" }, { asOf: "2025-09-01" });
    expect(r.findings.find((f) => f.id === "DD1")?.outcome).toBe("needs_review");
    expect(r.issues.map((i) => i.code)).toContain("unreadable_date");
  });
});

describe("DD2 ownership", () => {
  test("HQ outside D:5 and parent in China: hit naming the parent", () => {
    const f = finding({ hq_country: "Singapore", parent_country: "China" }, "DD2");
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("ultimate parent in China");
  });
  test("both outside D:5: clear, naming both", () => {
    const f = finding({ hq_country: "Japan", parent_country: "United States" }, "DD2");
    expect(f.outcome).toBe("clear");
    expect(f.message).toMatch(/Japan.*United States/);
  });
  test("HQ known, no parent column: clear but says so", () => {
    expect(finding({ hq_country: "Japan" }, "DD2").message).toContain("parent not in the sheet");
  });
});

describe("DD3 business fit", () => {
  test("an individual ordering many GPUs is a hit", () => {
    expect(finding({ customer_business: "individual", quantity: 40 }, "DD3").outcome).toBe("hit");
  });
  test("a university doing HPC is clear", () => {
    expect(finding({ customer_business: "university", end_use: "hpc" }, "DD3").outcome).toBe(
      "clear",
    );
  });
  test("business 'other' needs review", () => {
    expect(finding({ customer_business: "other" }, "DD3").outcome).toBe("needs_review");
  });
  test("WMD end use is a hit even with a fitting business", () => {
    expect(
      finding({ customer_business: "ai_developer", end_use: "missile guidance" }, "DD3").outcome,
    ).toBe("hit");
  });
});

describe("DD4-DD6 steps recorded yes/no", () => {
  test.each([
    ["DD4", "ear_notice_given"],
    ["DD5", "euc_obtained"],
    ["DD6", "dc_attestation"],
  ] as const)("%s: yes clear, no hit, blank review, absent not assessed", (id, field) => {
    expect(finding({ [field]: "yes" }, id).outcome).toBe("clear");
    expect(finding({ [field]: "no" }, id).outcome).toBe("hit");
    expect(finding({ [field]: "" }, id).outcome).toBe("needs_review");
    expect(finding({}, id).outcome).toBe("not_assessed");
  });
  test("DD5 for an IaaS customer asks the certificate to cover AI training", () => {
    expect(finding({ euc_obtained: "no", iaas_provider: "yes" }, "DD5").message).toContain(
      "AI-model training",
    );
  });
});

test("due-diligence rows before the guidance carry a note", () => {
  const r = screenRow({ customer_established: "2023-01-01" }, { asOf: "2024-01-01" });
  expect(r.findings.find((f) => f.id === "DD1")?.outcome).toBe("hit");
  expect(r.notes.some((n) => n.startsWith("Due-diligence steps") && n.includes("2025-05-13"))).toBe(
    true,
  );
});
