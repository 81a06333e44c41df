import type { Finding, FindingId } from "../model/finding";
import type { TypedRow } from "../model/row";
import type { CanonicalField } from "../model/fields";
import { parameterList, requiredNumber, requiredText } from "../packs/as-of";
import {
  type CheckContext,
  type CheckFamily,
  type CheckOutput,
  fieldState,
  formatNumber,
  makeFinding,
  notAssessed,
} from "./check-family";
import { describeCountry } from "./license";
import {
  acceleratorsOrdered,
  guidanceAsOf,
  iaasStatus,
  inD5OrMacau,
  predatesGuidanceNotes,
} from "./red-flags";

const CITE = "acic-guidance";

function finding(
  ctx: CheckContext,
  id: FindingId,
  outcome: Finding["outcome"],
  message: string,
): Finding {
  return makeFinding(ctx, id, outcome, message, CITE);
}

/** DD1: when was the customer established (a founding on or after October 2022 is a concern)? */
function dd1(row: TypedRow, ctx: CheckContext): Finding {
  const id = "DD1";
  const established = fieldState(row, ctx, "customer_established");
  const from = requiredText(ctx.pack, "dd1.established_on_or_after", guidanceAsOf(ctx));
  if (established.state === "absent") return notAssessed(ctx, id, "customer founding date", CITE);
  if (established.state === "blank") {
    return finding(
      ctx,
      id,
      "needs_review",
      "The customer's founding date is blank or unreadable: the check is not done.",
    );
  }
  return established.value >= from
    ? finding(
        ctx,
        id,
        "hit",
        `The customer was established on ${established.value}, on or after ${from} (the guidance's "after October 2022").`,
      )
    : finding(
        ctx,
        id,
        "clear",
        `The customer was established on ${established.value}, before ${from}.`,
      );
}

/** DD2: is the headquarters or ultimate parent in D:5 (China with Hong Kong) or Macau? */
function dd2(row: TypedRow, ctx: CheckContext): Finding {
  const id = "DD2";
  const hq = fieldState(row, ctx, "hq_country");
  const parent = fieldState(row, ctx, "parent_country");
  const disclosed = fieldState(row, ctx, "hq_disclosed");
  if (hq.state === "absent" && parent.state === "absent") {
    return notAssessed(ctx, id, "headquarters or parent country", CITE);
  }
  const caught = (
    [
      ["headquarters", hq],
      ["ultimate parent", parent],
    ] as const
  ).flatMap(([label, s]) =>
    s.state === "value" && inD5OrMacau(ctx, s.value)
      ? [`${label} in ${describeCountry(ctx, s.value)}`]
      : [],
  );
  if (caught.length > 0) {
    return finding(ctx, id, "hit", `Ownership traced to D:5 or Macau: ${caught.join(" and ")}.`);
  }
  const blanks = [
    hq.state === "blank" ? "headquarters" : null,
    parent.state === "blank" ? "ultimate parent" : null,
  ].filter(Boolean);
  if (blanks.length > 0) {
    if (disclosed.state === "value" && disclosed.value !== "yes") {
      return finding(
        ctx,
        id,
        "hit",
        `The ${blanks.join(" and ")} country could not be traced: the customer's disclosure is ${disclosed.value}.`,
      );
    }
    return finding(
      ctx,
      id,
      "needs_review",
      `The ${blanks.join(" and ")} country is blank or unreadable: ownership is not traced.`,
    );
  }
  const seen = [
    hq.state === "value"
      ? `headquarters ${describeCountry(ctx, hq.value)}`
      : "headquarters not in the sheet",
    parent.state === "value"
      ? `parent ${describeCountry(ctx, parent.value)}`
      : "parent not in the sheet",
  ];
  return finding(ctx, id, "clear", `Ownership outside D:5 and Macau: ${seen.join("; ")}.`);
}

/** DD3: do the customer's business and the stated end use fit the items ordered? */
function dd3(row: TypedRow, ctx: CheckContext): Finding {
  const id = "DD3";
  const at = guidanceAsOf(ctx);
  const business = fieldState(row, ctx, "customer_business");
  const uses = fieldState(row, ctx, "end_use");
  if (business.state === "absent" && uses.state === "absent") {
    return notAssessed(ctx, id, "customer business or end use", CITE);
  }
  const unfit = parameterList(ctx.pack, "dd3.unfit_businesses", at) ?? [];
  const concernUses = parameterList(ctx.pack, "dd3.concern_end_uses", at) ?? [];
  const personal = requiredNumber(ctx.pack, "rf03.personal_use_units", at);
  const concerns: string[] = [];
  if (uses.state === "value") {
    const bad = uses.value.filter((u) => concernUses.includes(u));
    if (bad.length > 0) concerns.push(`the stated end use includes ${bad.join(", ")}`);
  }
  if (business.state === "value") {
    const label = business.value.replace(/_/g, " ");
    if (unfit.includes(business.value)) {
      concerns.push(`the customer is a ${label}, not a business that uses advanced computing ICs`);
    }
    const units = acceleratorsOrdered(row, ctx);
    if (business.value === "individual" && units && units.count > personal) {
      concerns.push(
        `an individual orders ${units.text} units (Chipscreen's default for personal use is at most ${formatNumber(personal)})`,
      );
    }
  }
  if (concerns.length > 0)
    return finding(ctx, id, "hit", `Business and order do not fit: ${concerns.join("; ")}.`);
  if (business.state === "blank") {
    return finding(
      ctx,
      id,
      "needs_review",
      "The customer's line of business is blank or unreadable.",
    );
  }
  if (business.state === "value" && business.value === "other") {
    return finding(
      ctx,
      id,
      "needs_review",
      'The customer\'s line of business is "other": check that it fits the order.',
    );
  }
  if (uses.state === "blank")
    return finding(ctx, id, "needs_review", "The stated end use is blank or unreadable.");
  const seen = [
    business.state === "value"
      ? `customer business ${business.value}`
      : "business not in the sheet",
    uses.state === "value" ? `end use ${uses.value.join(", ")}` : "end use not in the sheet",
  ];
  return finding(ctx, id, "clear", `No mismatch seen: ${seen.join("; ")}.`);
}

/** DD4-DD6: a step recorded as done (yes), not done (no) or not recorded (blank). */
function stepDone(
  row: TypedRow,
  ctx: CheckContext,
  id: FindingId,
  field: CanonicalField & ("ear_notice_given" | "euc_obtained" | "dc_attestation"),
  label: string,
  missing: string,
  extra = "",
): Finding {
  const state = fieldState(row, ctx, field);
  if (state.state === "absent") return notAssessed(ctx, id, label, CITE);
  if (state.state === "blank")
    return finding(ctx, id, "needs_review", `Not recorded whether ${missing}.`);
  return state.value
    ? finding(ctx, id, "clear", `Done: ${missing} (${field}: yes).`)
    : finding(ctx, id, "hit", `Not done: ${missing} (${field}: no).${extra}`);
}

function dd5Extra(row: TypedRow, ctx: CheckContext): string {
  const iaas = iaasStatus(row, ctx);
  const training = row.end_use?.includes("ai_training") ?? false;
  if (iaas.state === "value" && iaas.value) {
    return " The customer provides IaaS: the certification should also cover AI-model training for parties headquartered in D:5 or Macau.";
  }
  return training
    ? " The end use is AI training: the certification should cover whose models are trained."
    : "";
}

/** Due-diligence steps DD1-DD6 of the 2025-05-13 diversion guidance (DD7 is in datacenter.ts). */
export const diligenceChecks: CheckFamily = {
  name: "diligence",
  requires: {
    DD1: [["customer_established"]],
    DD2: [["hq_country", "parent_country"]],
    DD3: [["customer_business", "end_use"]],
    DD4: [["ear_notice_given"]],
    DD5: [["euc_obtained"]],
    DD6: [["dc_attestation"]],
  },
  run(row: TypedRow, ctx: CheckContext): CheckOutput {
    const findings = [
      dd1(row, ctx),
      dd2(row, ctx),
      dd3(row, ctx),
      stepDone(
        row,
        ctx,
        "DD4",
        "ear_notice_given",
        "EAR-notice-given",
        "the customer was told the items are subject to the EAR and need a licence to or within D:1, D:4 or D:5",
      ),
      stepDone(
        row,
        ctx,
        "DD5",
        "euc_obtained",
        "end-user-certification",
        "an end-user certification naming all parties, the end user and end use, excluding military-intelligence and WMD end uses, was obtained",
        dd5Extra(row, ctx),
      ),
      stepDone(
        row,
        ctx,
        "DD6",
        "dc_attestation",
        "data-center-attestation",
        "the data center confirmed in writing that the end user may operate there and that it can run the servers",
      ),
    ];
    return { findings, notes: predatesGuidanceNotes(ctx, "Due-diligence steps"), issues: [] };
  },
};
