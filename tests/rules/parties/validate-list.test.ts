import fc from "fast-check";
import {
  listStats,
  validateList,
  type ListEntry,
  type SourceCode,
} from "../../../src/rules/checks/parties";
import { entry } from "./helpers";

function makeList(counts: Partial<Record<SourceCode, number>>): ListEntry[] {
  const out: ListEntry[] = [];
  for (const [source, n] of Object.entries(counts) as [SourceCode, number][]) {
    for (let i = 0; i < n; i++)
      out.push(entry({ id: `${source}-${i}`, name: `${source} party ${i}`, source }));
  }
  return out;
}

const FULL = { EL: 100, DPL: 50, UVL: 10, MEU: 10, SDN: 500, SSI: 20 };

describe("validateList", () => {
  const previous = listStats(makeList(FULL), "2026-07-01");

  it("accepts a list comparable with the previous one", () => {
    const r = validateList(makeList({ ...FULL, SDN: 480 }), "2026-07-31", previous);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.stats.bySource.SDN).toBe(480);
  });

  it("refuses a truncated list whose source count fell more than 20 %", () => {
    const r = validateList(makeList({ ...FULL, SDN: 300 }), "2026-07-31", previous);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ code: "source_dropped", at: "SDN" })]);
    expect(r.problems[0]?.message).toContain("500 to 300");
  });

  it("takes the tolerance as an option", () => {
    const r = validateList(makeList({ ...FULL, SDN: 300 }), "2026-07-31", previous, {
      maxSourceDrop: 0.5,
    });
    expect(r.ok).toBe(true);
  });

  it("refuses a list missing a source the previous list had (the May 2024 outage)", () => {
    const { SSI: _ssi, ...withoutSsi } = FULL;
    const r = validateList(makeList(withoutSsi), "2026-07-31", previous);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ code: "missing_source", at: "SSI" })]);
  });

  it("refuses a first list missing a required BIS source even without history", () => {
    const { MEU: _meu, ...withoutMeu } = FULL;
    const r = validateList(makeList(withoutMeu), "2026-07-31");
    expect(r.problems.map((p) => p.code)).toEqual(["missing_source"]);
  });

  it("refuses an empty list and a bad date", () => {
    const r = validateList([], "31/07/2026");
    expect(r.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(["empty_list", "unreadable_date", "missing_source"]),
    );
  });

  it("computes the same stats and hash whatever the entry order", () => {
    const entries = makeList({ EL: 5, SDN: 5, DPL: 3 });
    const base = listStats(entries, "2026-07-31");
    fc.assert(
      fc.property(
        fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
        (shuffled) => {
          expect(listStats(shuffled, "2026-07-31")).toEqual(base);
        },
      ),
      { numRuns: 50 },
    );
  });
});
