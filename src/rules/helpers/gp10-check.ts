import { answerFor, type HelperResult, headline, rawRowOf, UNREADABLE_AS_OF } from "./helper-run";

export interface Gp10CheckResult extends HelperResult {
  /** "HIT: …", "CLEAR: …", "NEEDS REVIEW: …" or "NOT ASSESSED". */
  summary: string;
}

/**
 * General Prohibition 10 for one item: is it a PRC advanced-computing IC (Huawei Ascend
 * 910B/910C/910D or a product built on them)? `manufacturer` and `endUse` may be left undefined;
 * an end use of technical analysis or destructive testing only is exempt.
 */
export function gp10Check(
  item: unknown,
  manufacturer: unknown,
  endUse: unknown,
  asOf: unknown,
): Gp10CheckResult {
  const raw = rawRowOf({ item: item ?? "", manufacturer, end_use: endUse });
  const { screened, findings, notes, issues } = answerFor(raw, asOf, ["GP10"], ["GP10"]);
  return {
    findings,
    notes,
    // An item outside the chip catalog is normal here: GP10 matches names, not figures.
    issues: issues.filter((i) => i.code !== "unknown_item"),
    summary: screened ? headline(findings[0]) : UNREADABLE_AS_OF,
  };
}
