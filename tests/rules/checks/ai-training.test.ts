import { screenRow, type RawRow, type RowResult } from "../../../src/rules";

function run(
  row: RawRow,
  asOf = "2025-09-01",
): { outcome: string; message: string; result: RowResult } {
  const result = screenRow(row, { asOf });
  const f = result.findings.find((x) => x.id === "AI-TRAIN");
  if (!f) throw new Error("no AI-TRAIN finding");
  return { outcome: f.outcome, message: f.message, result };
}

describe("AI-TRAIN", () => {
  test("training for a Macau-headquartered party with a WMD use is a hit", () => {
    const r = run({ hq_country: "Macau", end_use: "ai_training, wmd" });
    expect(r.outcome).toBe("hit");
    expect(r.message).toMatch(/Macau.*wmd/);
  });
  test("parent in Hong Kong counts as D:5", () => {
    expect(
      run({ hq_country: "Singapore", parent_country: "HK", end_use: "训练; 军事情报" }).outcome,
    ).toBe("hit");
  });
  test("military-intelligence use without AI training is not AI-TRAIN", () => {
    expect(run({ hq_country: "China", end_use: "military_intelligence" }).outcome).toBe("clear");
  });
  test("training with ownership blank needs review", () => {
    expect(run({ hq_country: "", end_use: "ai_training" }).outcome).toBe("needs_review");
  });
  test("training with no ownership columns is not assessed", () => {
    expect(run({ end_use: "ai_training" }).outcome).toBe("not_assessed");
  });
  test("cloud services by an unconfirmed IaaS customer need review", () => {
    expect(
      run({
        end_use: "cloud services",
        customer_business: "cloud_iaas",
        iaas_users_confirmed: "no",
        hq_country: "US",
      }).outcome,
    ).toBe("needs_review");
  });
  test("training ops at 10^26 and 10^25 add notes", () => {
    const big = run({
      hq_country: "China",
      end_use: "ai_training",
      model_training_ops: "1e26",
    }).result.notes.join(" ");
    expect(big).toContain("rescinded AI Diffusion");
    const mid = run({
      hq_country: "China",
      end_use: "ai_training",
      model_training_ops: "10^25",
    }).result.notes.join(" ");
    expect(mid).toContain("Treasury");
    const small = run({
      hq_country: "China",
      end_use: "ai_training",
      model_training_ops: "1e24",
    }).result.notes.join(" ");
    expect(small).not.toContain("AI-TRAIN: the model");
  });
  test("before the policy statement the finding stands, with a note", () => {
    const r = run(
      { hq_country: "China", end_use: "ai_training; military intelligence" },
      "2024-03-01",
    );
    expect(r.outcome).toBe("hit");
    expect(r.result.notes.join(" ")).toContain("policy statement dates from 2025-05-13");
  });
});
