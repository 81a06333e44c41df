import {
  DILIGENCE_IDS,
  RED_FLAG_IDS,
  screenRow,
  type FindingId,
  type Outcome,
} from "../../src/rules";
import { GUIDANCE_CASES } from "./guidance.cases";

const IDS: FindingId[] = [...RED_FLAG_IDS, ...DILIGENCE_IDS, "GP10", "AI-TRAIN"];

describe("guidance golden cases", () => {
  test.each(GUIDANCE_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = screenRow(c.row, { asOf: c.asOf });
    const seen = Object.fromEntries(result.findings.map((f) => [f.id, f.outcome]));
    const expected = Object.fromEntries(Object.keys(c.expect).map((id) => [id, seen[id]]));
    expect({ case: c.name, outcomes: expected }).toEqual({ case: c.name, outcomes: c.expect });
    for (const f of result.findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.citation).toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  test("every guidance id has a hit, a clear, a needs_review and a not_assessed case", () => {
    const missing: string[] = [];
    for (const id of IDS) {
      const outcomes = new Set(
        GUIDANCE_CASES.map((c) => c.expect[id]).filter((o): o is Outcome => o !== undefined),
      );
      for (const o of ["hit", "clear", "needs_review", "not_assessed"] as const) {
        if (!outcomes.has(o)) missing.push(`${id}:${o}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("every case says why, citing the guidance or the row model", () => {
    for (const c of GUIDANCE_CASES)
      expect(c.why).toMatch(/flag|DD\d|GP10|guidance|Policy statement|Row model|§/i);
  });

  test("rows before 2025-05-13 carry a note that the guidance dates from then", () => {
    const early = GUIDANCE_CASES.find((c) => c.asOf < "2025-05-13" && c.expect.RF01 === "hit");
    expect(early).toBeDefined();
    const result = screenRow(early?.row ?? {}, { asOf: early?.asOf ?? "2024-08-01" });
    expect(result.notes.some((n) => n.includes("2025-05-13") && n.startsWith("Red flags"))).toBe(
      true,
    );
  });
});
