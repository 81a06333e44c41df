import { type HelperResult, headline, pick, rawRowOf, screenForHelper } from "./helper-run";

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
  const { result, issues } = screenForHelper(raw, asOf);
  if (!result)
    return {
      findings: [],
      notes: [],
      issues,
      summary: "No result: the as-of date is not readable.",
    };
  const findings = pick(result.findings, ["GP10"]);
  const notes = result.notes.filter((n) => n.startsWith("GP10"));
  return {
    findings,
    notes,
    issues: issues.filter((i) => i.code !== "unknown_item"),
    summary: headline(findings[0]),
  };
}
