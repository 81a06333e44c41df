import type { Finding } from "../model/finding";
import type { TypedRow } from "../model/row";
import { requiredNumber } from "../packs/as-of";
import {
  type CheckContext,
  type CheckFamily,
  type CheckOutput,
  fieldState,
  formatNumber,
  makeFinding,
  notAssessed,
} from "./check-family";
import { acceleratorsOrdered, guidanceAsOf, predatesGuidanceNotes } from "./red-flags";

const CITE = "acic-guidance";

/** The power an order needs, with the arithmetic that produced it. */
export type PowerNeed =
  | { state: "value"; kw: number; formula: string }
  | { state: "unknown"; reason: string }
  | { state: "absent"; reason: string };

/** Megawatts for messages: "1.9 MW", "0.38 MW", "12 MW". */
export function formatMw(mw: number, digits?: number): string {
  const d = digits ?? (mw >= 1 ? 1 : mw >= 0.01 ? 2 : 4);
  return `${formatNumber(mw, d)} MW`;
}

/** Two powers formatted so that different values never print the same. */
function formatPair(a: number, b: number): [string, string] {
  for (const digits of [undefined, 2, 3, 4]) {
    const pair: [string, string] = [formatMw(a, digits), formatMw(b, digits)];
    if (pair[0] !== pair[1] || a === b) return pair;
  }
  return [formatMw(a, 6), formatMw(b, 6)];
}

/**
 * Power the order needs: accelerators × power per accelerator × facility PUE. The row's
 * `chip_power_kw` already includes the accelerator's share of its server, so only PUE applies to
 * it; the catalog's figure is the bare accelerator (TDP), so the server overhead applies too.
 */
export function powerNeed(row: TypedRow, ctx: CheckContext): PowerNeed {
  const at = guidanceAsOf(ctx);
  const quantity = fieldState(row, ctx, "quantity");
  if (quantity.state === "absent")
    return { state: "absent", reason: "the sheet has no quantity column" };
  const units = acceleratorsOrdered(row, ctx);
  if (quantity.state === "blank" || units === undefined) {
    return { state: "unknown", reason: "the quantity is blank or unreadable" };
  }
  const pue = requiredNumber(ctx.pack, "rf10.pue", at);
  const overhead = requiredNumber(ctx.pack, "rf10.server_overhead", at);
  const chipName = ctx.ic?.name ?? row.item ?? "accelerator";
  const what =
    ctx.chip && ctx.ic && ctx.chip !== ctx.ic
      ? `${units.text} (${ctx.chip.name}, ${ctx.ic.name})`
      : `${units.text} × ${chipName}`;
  if (row.chip_power_kw !== undefined) {
    const kw = units.count * row.chip_power_kw * pue;
    return {
      state: "value",
      kw,
      formula: `${what} at ${formatNumber(row.chip_power_kw, 3)} kW (row figure, server share included) × ${formatNumber(pue)} PUE`,
    };
  }
  const tdp = ctx.ic?.powerKw ?? undefined;
  if (tdp === undefined) {
    return {
      state: "unknown",
      reason: `the power per accelerator is unknown (no chip_power_kw, and ${row.item ? `"${row.item}" has no catalog power figure` : "no item"})`,
    };
  }
  const kw = units.count * tdp * overhead * pue;
  return {
    state: "value",
    kw,
    formula: `${what} at ${formatNumber(tdp, 3)} kW × ${formatNumber(overhead)} server overhead × ${formatNumber(pue)} PUE`,
  };
}

/** "1,000 × NVIDIA H100 SXM at 0.7 kW × 1.8 server overhead × 1.5 PUE ≈ 1.9 MW". */
export function needText(need: { kw: number; formula: string }, shown?: string): string {
  return `${need.formula} ≈ ${shown ?? formatMw(need.kw / 1000)}`;
}

export interface DataCenterAssessment {
  findings: Finding[];
  need: PowerNeed;
  capacityMw: number | undefined;
  thresholdMw: number;
}

function dd7(row: TypedRow, ctx: CheckContext, need: PowerNeed, threshold: number): Finding {
  const id = "DD7";
  const capacity = fieldState(row, ctx, "dc_power_mw");
  const rule = `${formatMw(threshold)}, the guidance's threshold as reported (BIS wording not seen)`;
  if (capacity.state === "value" && capacity.value >= threshold) {
    return makeFinding(
      ctx,
      id,
      "hit",
      `Data center capacity ${formatMw(capacity.value)} is at or above ${rule}: enhanced review.`,
      CITE,
    );
  }
  if (need.state === "value" && need.kw / 1000 >= threshold) {
    return makeFinding(
      ctx,
      id,
      "hit",
      `The order needs ${needText(need)}, at or above ${rule}: enhanced review.`,
      CITE,
    );
  }
  if (capacity.state === "absent") return notAssessed(ctx, id, "data-center power", CITE);
  if (capacity.state === "blank") {
    return makeFinding(
      ctx,
      id,
      "needs_review",
      "The data center's power capacity is blank or unreadable.",
      CITE,
    );
  }
  const order = need.state === "value" ? `; the order needs ${needText(need)}` : "";
  return makeFinding(
    ctx,
    id,
    "clear",
    `Data center capacity ${formatMw(capacity.value)} is below ${formatMw(threshold)}${order}.`,
    CITE,
  );
}

function rf10(row: TypedRow, ctx: CheckContext, need: PowerNeed): Finding {
  const id = "RF10";
  const capacity = fieldState(row, ctx, "dc_power_mw");
  const cooling = fieldState(row, ctx, "dc_cooling_confirmed");
  const space = fieldState(row, ctx, "dc_space_confirmed");
  if (capacity.state === "absent" && cooling.state === "absent" && space.state === "absent") {
    return notAssessed(ctx, id, "data-center power, cooling or space", CITE);
  }
  const concerns: string[] = [];
  const open: string[] = [];
  const fine: string[] = [];
  for (const [label, s] of [
    ["cooling", cooling],
    ["physical space", space],
  ] as const) {
    if (s.state === "value")
      (s.value ? fine : concerns).push(`${label} ${s.value ? "confirmed" : "not confirmed"}`);
    else if (s.state === "blank") open.push(`whether ${label} is confirmed`);
    else fine.push(`${label} not in the sheet`);
  }
  if (capacity.state === "blank") open.push("the data center's power capacity");
  else if (capacity.state === "absent") fine.push("power capacity not in the sheet");
  else if (need.state === "value") {
    const [needed, available] = formatPair(need.kw / 1000, capacity.value);
    const line = `${needText(need, needed)} needed vs ${available} available`;
    (need.kw / 1000 > capacity.value ? concerns : fine).push(
      need.kw / 1000 > capacity.value ? `power shortfall: ${line}` : `power sufficient: ${line}`,
    );
  } else if (need.state === "unknown") {
    open.push(`the power the order needs (${need.reason}; capacity ${formatMw(capacity.value)})`);
  } else {
    fine.push(`capacity ${formatMw(capacity.value)}, power need not assessed (${need.reason})`);
  }
  if (concerns.length > 0)
    return makeFinding(ctx, id, "hit", `Data center: ${concerns.join("; ")}.`, CITE);
  if (open.length > 0)
    return makeFinding(ctx, id, "needs_review", `Not established: ${open.join("; ")}.`, CITE);
  return makeFinding(ctx, id, "clear", `Data center: ${fine.join("; ")}.`, CITE);
}

/** DD7 and RF10 for a row, with the power figures behind them (also used by dcPowerCheck). */
export function assessDataCenter(row: TypedRow, ctx: CheckContext): DataCenterAssessment {
  const thresholdMw = requiredNumber(ctx.pack, "dd7.enhanced_review_mw", guidanceAsOf(ctx));
  const need = powerNeed(row, ctx);
  return {
    findings: [dd7(row, ctx, need, thresholdMw), rf10(row, ctx, need)],
    need,
    capacityMw: row.dc_power_mw,
    thresholdMw,
  };
}

/** The data-center checks: DD7 (10 MW or more: enhanced review) and RF10 (power, cooling, space). */
export const dataCenterChecks: CheckFamily = {
  name: "datacenter",
  requires: {
    DD7: [["dc_power_mw"]],
    RF10: [["dc_power_mw", "dc_cooling_confirmed", "dc_space_confirmed"]],
  },
  run(row: TypedRow, ctx: CheckContext): CheckOutput {
    return {
      findings: assessDataCenter(row, ctx).findings,
      notes: predatesGuidanceNotes(ctx, "Data-center checks (DD7, RF10)"),
      issues: [],
    };
  },
};
