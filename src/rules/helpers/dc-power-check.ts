import { findChip, icOf } from "../checks/chip-catalog";
import type { CheckContext } from "../checks/check-family";
import { assessDataCenter, formatMw } from "../checks/datacenter";
import { predatesGuidanceNotes } from "../checks/red-flags";
import type { CanonicalField } from "../model/fields";
import type { Finding } from "../model/finding";
import { normalizeRow } from "../normalize/row";
import { defaultPack } from "../packs/default-pack";
import { type HelperResult, rawRowOf, readAsOf } from "./helper-run";

export interface DcPowerArgs {
  /** The data center's power capacity: a number of MW or text such as "12 MW" or "12000 kW". */
  capacityMw: unknown;
  /** Units ordered (accelerators, or boards/systems when `item` names one). */
  quantity?: unknown;
  /** The product ordered, looked up in the chip catalog for its power per accelerator. */
  item?: unknown;
  /** Power per accelerator including its share of the server, kW (overrides the catalog). */
  chipPowerKw?: unknown;
  /** Cooling capacity confirmed (yes/no). */
  cooling?: unknown;
  /** Physical space confirmed (yes/no). */
  space?: unknown;
}

export interface DcPowerResult extends HelperResult {
  /** "ENHANCED REVIEW: 12 MW ≥ 10 MW (DD7)", "SHORTFALL: needs 2.2 MW, has 1.5 MW (RF10)", "OK: …". */
  verdict: string;
}

/**
 * DD7 (10 MW or more: enhanced review) and RF10 (power, cooling, space) for one data center and
 * order, as of `asOf`, with a one-line verdict.
 */
export function dcPowerCheck(args: DcPowerArgs, asOf: unknown): DcPowerResult {
  const date = readAsOf(asOf);
  if (!date.ok)
    return {
      findings: [],
      notes: [],
      issues: [date.issue],
      verdict: "No result: the as-of date is not readable.",
    };
  const raw = rawRowOf({
    dc_power_mw: args.capacityMw ?? "",
    quantity: args.quantity,
    item: args.item,
    chip_power_kw: args.chipPowerKw,
    dc_cooling_confirmed: args.cooling,
    dc_space_confirmed: args.space,
  });
  const { row, issues } = normalizeRow(raw);
  const pack = defaultPack;
  const chip = row.item ? findChip(pack, row.item) : undefined;
  const ctx: CheckContext = {
    asOf: date.value,
    pack,
    present: new Set(Object.keys(raw) as CanonicalField[]),
    chip,
    ic: chip ? icOf(pack, chip) : undefined,
    classification: null,
    licensingEccn: undefined,
  };
  const assessment = assessDataCenter(row, ctx);
  const { need, capacityMw, thresholdMw } = assessment;
  const needMw = need.state === "value" ? need.kw / 1000 : undefined;
  const byId = (id: string): Finding | undefined => assessment.findings.find((f) => f.id === id);
  const dd7 = byId("DD7");
  const rf10 = byId("RF10");
  const verdicts: string[] = [];
  if (dd7?.outcome === "hit") {
    const shown =
      capacityMw !== undefined && capacityMw >= thresholdMw
        ? formatMw(capacityMw)
        : `needs ${formatMw(needMw ?? 0)}`;
    verdicts.push(`ENHANCED REVIEW: ${shown} ≥ ${formatMw(thresholdMw)} (DD7)`);
  }
  if (rf10?.outcome === "hit") {
    if (needMw !== undefined && capacityMw !== undefined && needMw > capacityMw) {
      verdicts.push(`SHORTFALL: needs ${formatMw(needMw)}, has ${formatMw(capacityMw)} (RF10)`);
    }
    const unconfirmed = [
      row.dc_cooling_confirmed === false ? "cooling" : null,
      row.dc_space_confirmed === false ? "space" : null,
    ].filter(Boolean);
    if (unconfirmed.length > 0) verdicts.push(`NOT CONFIRMED: ${unconfirmed.join(", ")} (RF10)`);
  }
  let verdict: string;
  if (verdicts.length > 0) verdict = verdicts.join("; ");
  else if (issues.length > 0) verdict = `BAD INPUT: ${issues.map((i) => i.message).join(" ")}`;
  else {
    const review = assessment.findings.find((f) => f.outcome === "needs_review");
    if (review) verdict = `REVIEW: ${review.message}`;
    else if (capacityMw === undefined)
      verdict = "NOT ASSESSED: give the data center's power capacity.";
    else
      verdict =
        needMw !== undefined
          ? `OK: needs ${formatMw(needMw)} of ${formatMw(capacityMw)}, below ${formatMw(thresholdMw)}`
          : `OK: ${formatMw(capacityMw)} is below ${formatMw(thresholdMw)}`;
  }
  return {
    findings: assessment.findings,
    notes: predatesGuidanceNotes(ctx, "Data-center checks (DD7, RF10)"),
    issues,
    verdict,
  };
}
