import fc from "fast-check";
import { classifyChip, performanceDensity, totalProcessingPerformance } from "../../src/rules";

describe("TPP and performance density (ear-reference §5)", () => {
  test("BIS's own example: 600 INT8 TOPS and 300 FP16 TFLOPS are both TPP 4800", () => {
    expect(totalProcessingPerformance(600, 8)).toBe(4800);
    expect(totalProcessingPerformance(300, 16)).toBe(4800);
  });
  test("H100 SXM: dense FP8 1,978.9 × 8 ≈ 15,831, not doubled again", () => {
    expect(Math.round(totalProcessingPerformance(1978.9, 8))).toBe(15831);
    expect(performanceDensity(15831, 814)).toBeCloseTo(19.45, 2);
  });
});

describe("classifyChip", () => {
  const at = "2025-06-01";
  test("thresholds are inclusive where the rule says 'or more'", () => {
    expect(classifyChip({ tpp: 4800, datacenter: true }, at).classification?.eccn).toBe("3A090.a");
    expect(
      classifyChip({ tpp: 4799, dieAreaMm2: 4799 / 5.92, datacenter: true }, at).classification
        ?.eccn,
    ).toBe("3A090.a");
    expect(
      classifyChip({ tpp: 4799, dieAreaMm2: 4799 / 5.91, datacenter: true }, at).classification
        ?.eccn,
    ).toBe("3A090.b");
    expect(
      classifyChip({ tpp: 2400, dieAreaMm2: 2400 / 1.6, datacenter: true }, at).classification
        ?.eccn,
    ).toBe("3A090.b");
    expect(
      classifyChip({ tpp: 2399, dieAreaMm2: 2399 / 1.6, datacenter: true }, at).classification
        ?.eccn,
    ).toBe("not-3A090");
    expect(
      classifyChip({ tpp: 1600, dieAreaMm2: 500, datacenter: true }, at).classification?.eccn,
    ).toBe("3A090.b");
    expect(
      classifyChip({ tpp: 1599, dieAreaMm2: 100, datacenter: true }, at).classification?.eccn,
    ).toBe("not-3A090");
  });

  test("the non-datacenter note and NAC/ACA", () => {
    expect(
      classifyChip({ tpp: 4000, dieAreaMm2: 400, datacenter: false }, at).classification?.eccn,
    ).toBe("not-3A090");
    const consumer = classifyChip({ tpp: 5000, datacenter: false }, at);
    expect(consumer.classification?.eccn).toBe("3A090.a");
    expect(consumer.notes.join(" ")).toMatch(/NAC\/ACA/);
  });

  test("unknown datacenter marketing in the band is assumed controlled and flagged", () => {
    const r = classifyChip({ tpp: 3000, dieAreaMm2: 600 }, at);
    expect(r.classification?.eccn).toBe("3A090.b");
    expect(r.issues.map((i) => i.code)).toEqual(["assumed_value"]);
  });

  test("a system built on a 3A090.b chip is 4A090.b", () => {
    expect(
      classifyChip({ tpp: 3200, dieAreaMm2: 800, datacenter: true, isSystem: true }, at)
        .classification?.eccn,
    ).toBe("4A090.b");
  });

  test("sparsity is not the user's figure to give: the dense figure is multiplied once", () => {
    // A100: 312 dense FP16 (624 sparse). Dense gives 4,992 (3A090.a); the sparse figure would double it.
    expect(
      classifyChip({ tops: 312, bitLength: 16, dieAreaMm2: 826, datacenter: true }, at)
        .classification?.tpp,
    ).toBe(4992);
  });

  test("property: no input throws, and more TPP never lowers the classification", () => {
    const rank = (e: string | null | undefined) =>
      ({ "not-3A090": 0, "3A090.b": 1, "3A090.a": 2 })[e ?? ""] ?? -1;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 50000, noNaN: true }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.boolean(),
        (tpp, area, dc) => {
          const low = classifyChip({ tpp, dieAreaMm2: area, datacenter: dc }, at).classification
            ?.eccn;
          const high = classifyChip({ tpp: tpp * 1.5 + 1, dieAreaMm2: area, datacenter: dc }, at)
            .classification?.eccn;
          expect(rank(high)).toBeGreaterThanOrEqual(rank(low));
        },
      ),
    );
  });
});
