import type { CoverageGap, PackIdentity, ScreenedRow } from "../rules";

/** Everything a screening run produced, handed to the output writers. */
export interface RunReport {
  source: string;
  /** "2026-11-28" when one date applied to all rows, else a description of the per-row rule. */
  asOfRule: string;
  pack: PackIdentity;
  coverage: CoverageGap[];
  results: ScreenedRow[];
  notes: string[];
}
