import type { RowIssue } from "../model/finding";
import type { RulePack } from "../model/pack";
import type { Classification, EccnValue } from "../model/result";
import type { IsoDate } from "../model/row";
import { parameterNumber } from "../packs/as-of";
import { defaultPack } from "../packs/default-pack";
import { formatNumber } from "./check-family";

/** The figures 3A090 turns on. Every one is optional: the classifier says what it lacks. */
export interface ChipSpecs {
  /** TPP, when already known. */
  tpp?: number | undefined;
  /** Dense peak TOPS/TFLOPS at `bitLength` (datasheet figure, no sparsity). */
  tops?: number | undefined;
  bitLength?: number | undefined;
  dieAreaMm2?: number | undefined;
  datacenter?: boolean | undefined;
  interconnectGbs?: number | undefined;
  memoryBandwidthDensity?: number | undefined;
  /** Board or system containing the chips: 4A090 instead of 3A090. */
  isSystem?: boolean | undefined;
}

export interface ClassifyResult {
  classification: Classification | null;
  notes: string[];
  issues: RowIssue[];
}

/** TPP = dense TOPS × bit length (the datasheet figure already counts a MAC as two operations). */
export function totalProcessingPerformance(tops: number, bitLength: number): number {
  return tops * bitLength;
}

/** Performance density = TPP / applicable (non-planar logic) die area in mm². */
export function performanceDensity(tpp: number, dieAreaMm2: number): number {
  return tpp / dieAreaMm2;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Classifies an IC (or a system built on one) under ECCN 3A090 as the text stood on `asOf`:
 * the 2022 test (TPP and interconnect) before 2023-11-17, the TPP / performance-density test after,
 * and 3A090.c (HBM) from 2024-12-02. Returns null when the figures do not decide it.
 */
export function classifyChip(
  specs: ChipSpecs,
  asOf: IsoDate,
  pack: RulePack = defaultPack,
  source = "row specs",
): ClassifyResult {
  const notes: string[] = [];
  const issues: RowIssue[] = [];
  const p = (name: string) => parameterNumber(pack, name, asOf);
  const tpp =
    specs.tpp ??
    (specs.tops !== undefined && specs.bitLength !== undefined
      ? totalProcessingPerformance(specs.tops, specs.bitLength)
      : undefined);
  const pd =
    tpp !== undefined && specs.dieAreaMm2 ? performanceDensity(tpp, specs.dieAreaMm2) : undefined;
  const result = (eccn: EccnValue | null, basis: string): ClassifyResult => {
    const systemEccn =
      eccn && specs.isSystem && /^3A090\.[ab]$/.test(eccn)
        ? (eccn.replace("3A090", "4A090") as EccnValue)
        : eccn;
    const systemBasis =
      systemEccn !== eccn ? `${basis} Contains such ICs, so the system is 4A090.` : basis;
    return {
      classification: {
        eccn: systemEccn,
        tpp: tpp === undefined ? null : round(tpp),
        pd: pd === undefined ? null : round(pd),
        source,
        basis: systemBasis,
      },
      notes,
      issues,
    };
  };

  if (asOf < pack.coverageFrom) {
    return result(null, `No advanced-computing ECCN existed before ${pack.coverageFrom}.`);
  }

  const hbmThreshold = p("3a090.c.mbd");
  const hbm =
    hbmThreshold !== undefined &&
    specs.memoryBandwidthDensity !== undefined &&
    specs.memoryBandwidthDensity > hbmThreshold;
  const hbmResult = () =>
    result(
      "3A090.c",
      `Memory bandwidth density ${formatNumber(specs.memoryBandwidthDensity ?? 0)} GB/s/mm² is above ${hbmThreshold} (3A090.c).`,
    );

  if (tpp === undefined) {
    if (hbm) return hbmResult();
    return result(
      null,
      "TPP cannot be computed: give tpp, or tops with bit_length, or a catalog item.",
    );
  }

  // 2022 text: TPP >= 4800 and aggregate bidirectional transfer rate >= 600 GB/s.
  const tpp2022 = p("3a090_2022.tpp");
  const io2022 = p("3a090_2022.interconnect_gbs");
  if (tpp2022 !== undefined && io2022 !== undefined) {
    if (tpp < tpp2022)
      return result("not-3A090", `TPP ${formatNumber(tpp)} is below ${tpp2022} (2022 test).`);
    if (specs.interconnectGbs === undefined) {
      return result(
        null,
        `TPP ${formatNumber(tpp)} meets the 2022 test; the interconnect rate (≥ ${io2022} GB/s) decides it and is missing.`,
      );
    }
    if (specs.interconnectGbs < io2022) {
      return result(
        "not-3A090",
        `TPP ${formatNumber(tpp)} ≥ ${tpp2022} but interconnect ${formatNumber(specs.interconnectGbs)} GB/s is below ${io2022} (2022 test).`,
      );
    }
    return result(
      "3A090.a",
      `TPP ${formatNumber(tpp)} ≥ ${tpp2022} and interconnect ${formatNumber(specs.interconnectGbs)} GB/s ≥ ${io2022} (3A090 as written in 2022).`,
    );
  }

  const a1 = p("3a090.a1.tpp");
  const a2Tpp = p("3a090.a2.tpp");
  const a2Pd = p("3a090.a2.pd");
  const b1Tpp = p("3a090.b1.tpp_min");
  const b1Pd = p("3a090.b1.pd_min");
  const b2Tpp = p("3a090.b2.tpp");
  const b2Pd = p("3a090.b2.pd_min");
  const nonDc = p("3a090.nondc.tpp");
  if ([a1, a2Tpp, a2Pd, b1Tpp, b1Pd, b2Tpp, b2Pd, nonDc].some((v) => v === undefined)) {
    return result(null, `The rule pack has no 3A090 thresholds in force on ${asOf}.`);
  }
  const [A1, A2T, A2P, B1T, B1P, B2T, B2P, NDC] = [
    a1,
    a2Tpp,
    a2Pd,
    b1Tpp,
    b1Pd,
    b2Tpp,
    b2Pd,
    nonDc,
  ] as number[] as [number, number, number, number, number, number, number, number];

  if (specs.datacenter === false && tpp < NDC) {
    return result(
      "not-3A090",
      `Not designed or marketed for data centres and TPP ${formatNumber(tpp)} < ${NDC}: outside 3A090 (Note to 3A090).`,
    );
  }
  if (tpp >= A1) {
    if (specs.datacenter === false) {
      notes.push(
        `Consumer part with TPP ${formatNumber(tpp)} ≥ ${NDC}: 3A090.a, but eligible for License Exception NAC/ACA (740.8).`,
      );
    }
    return result("3A090.a", `TPP ${formatNumber(tpp)} ≥ ${A1} (3A090.a.1).`);
  }
  if (tpp < Math.min(A2T, B2T)) {
    if (hbm) return hbmResult();
    return result(
      "not-3A090",
      `TPP ${formatNumber(tpp)} is below ${Math.min(A2T, B2T)}: outside 3A090.a and .b.`,
    );
  }
  if (pd === undefined) {
    return result(
      null,
      `TPP ${formatNumber(tpp)} is between ${Math.min(A2T, B2T)} and ${A1}: performance density decides it, and the die area is missing.`,
    );
  }
  let eccn: EccnValue = "not-3A090";
  let basis = `TPP ${formatNumber(tpp)} with PD ${formatNumber(pd)} meets neither 3A090.a nor .b.`;
  if (tpp >= A2T && pd >= A2P) {
    eccn = "3A090.a";
    basis = `TPP ${formatNumber(tpp)} ≥ ${A2T} and PD ${formatNumber(pd)} ≥ ${A2P} (3A090.a.2).`;
  } else if (tpp >= B1T && pd >= B1P && pd < A2P) {
    eccn = "3A090.b";
    basis = `${B1T} ≤ TPP ${formatNumber(tpp)} < ${A1} and ${B1P} ≤ PD ${formatNumber(pd)} < ${A2P} (3A090.b.1).`;
  } else if (tpp >= B2T && pd >= B2P && pd < A2P) {
    eccn = "3A090.b";
    basis = `TPP ${formatNumber(tpp)} ≥ ${B2T} and ${B2P} ≤ PD ${formatNumber(pd)} < ${A2P} (3A090.b.2).`;
  }
  if (eccn === "not-3A090" && hbm) return hbmResult();
  if (eccn !== "not-3A090" && specs.datacenter === undefined) {
    issues.push({
      field: "datacenter_marketed",
      code: "assumed_value",
      message: `Whether the part is designed or marketed for data centres is not given; with TPP ${formatNumber(tpp)} < ${NDC} it decides between ${eccn} and outside 3A090, so ${eccn} was assumed.`,
    });
  }
  if (eccn === "3A090.b" && specs.datacenter !== false) {
    notes.push(
      "3A090.b designed or marketed for data centres: eligible for License Exception NAC/ACA (740.8).",
    );
  }
  return result(eccn, basis);
}
