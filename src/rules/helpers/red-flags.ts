import { RED_FLAG_IDS } from "../model/finding";
import type { RawRow } from "../normalize/row";
import { answerFor, type HelperResult, UNREADABLE_AS_OF } from "./helper-run";

export interface RedFlagsResult extends HelperResult {
  /** "3 red flags: RF01, RF03, RF09; 2 need review: RF05, RF10", or "No red flags". */
  summary: string;
}

/**
 * The eleven diversion red flags (RF01-RF11) for one row of raw cells keyed by canonical field,
 * as of `asOf` ("YYYY-MM-DD", date text or an Excel serial). Fields left out are not assessed.
 */
export function redFlags(row: RawRow, asOf: unknown): RedFlagsResult {
  const answer = answerFor(row, asOf, RED_FLAG_IDS, ["Red flags", "Data-center checks"]);
  if (!answer.screened) return { ...answer, summary: UNREADABLE_AS_OF };
  const { findings, notes, issues } = answer;
  const ids = (outcome: string) => findings.filter((f) => f.outcome === outcome).map((f) => f.id);
  const hits = ids("hit");
  const open = ids("needs_review");
  const parts = [
    hits.length > 0
      ? `${hits.length} red flag${hits.length === 1 ? "" : "s"}: ${hits.join(", ")}`
      : "No red flags",
    open.length > 0
      ? `${open.length} need${open.length === 1 ? "s" : ""} review: ${open.join(", ")}`
      : null,
  ].filter(Boolean);
  return {
    findings,
    notes,
    issues,
    summary: parts.join("; "),
  };
}
