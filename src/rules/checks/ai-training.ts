import type { Finding } from "../model/finding";
import type { TypedRow } from "../model/row";
import { matchesDestinationTest, parameterNumber, requiredList } from "../packs/as-of";
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
import { guidanceAsOf, guidanceDate, iaasStatus } from "./red-flags";

const CITE = "ai-training-policy";

function opsText(ops: number): string {
  const exponent = Math.floor(Math.log10(ops));
  return Number.isFinite(exponent) && exponent >= 6
    ? `${formatNumber(ops / 10 ** exponent, 2)}×10^${exponent}`
    : formatNumber(ops);
}

/** Notes on the model's training compute against the rescinded (10^26) and possible future (10^25) thresholds. */
function opsNotes(row: TypedRow, ctx: CheckContext): string[] {
  const ops = row.model_training_ops;
  if (ops === undefined) return [];
  const at = guidanceAsOf(ctx);
  const rescinded = parameterNumber(ctx.pack, "ai_train.ops_rescinded", at);
  const future = parameterNumber(ctx.pack, "ai_train.ops_future", at);
  if (rescinded !== undefined && ops >= rescinded) {
    return [
      `AI-TRAIN: the model is trained with ${opsText(ops)} operations, at or above ${opsText(rescinded)}, the threshold of the rescinded AI Diffusion rule's model controls; BIS has signalled future controls around it.`,
    ];
  }
  if (future !== undefined && ops >= future) {
    return [
      `AI-TRAIN: the model is trained with ${opsText(ops)} operations, at or above ${opsText(future)}, a threshold BIS may adopt to match Treasury's outbound-investment rule.`,
    ];
  }
  return [];
}

function decide(row: TypedRow, ctx: CheckContext): Finding {
  const id = "AI-TRAIN";
  const at = guidanceAsOf(ctx);
  const uses = fieldState(row, ctx, "end_use");
  const hq = fieldState(row, ctx, "hq_country");
  const parent = fieldState(row, ctx, "parent_country");
  const say = (outcome: Finding["outcome"], message: string) =>
    makeFinding(ctx, id, outcome, message, CITE);
  if (uses.state === "absent") return notAssessed(ctx, id, "end use", CITE);
  if (uses.state === "blank")
    return say(
      "needs_review",
      "The end use is blank or unreadable: AI training cannot be ruled out.",
    );
  const groups = requiredList(ctx.pack, "ai_train.groups", at);
  const named = requiredList(ctx.pack, "ai_train.named", at);
  const concernUses = requiredList(ctx.pack, "ai_train.concern_end_uses", at);
  const training = uses.value.includes("ai_training");
  const concern = uses.value.filter((u) => concernUses.includes(u));
  const parties = (
    [
      ["headquarters", hq],
      ["ultimate parent", parent],
    ] as const
  ).flatMap(([label, s]) =>
    s.state === "value" && matchesDestinationTest(ctx.pack, s.value, ctx.asOf, { groups, named })
      ? [`${label} in ${describeCountry(ctx, s.value)}`]
      : [],
  );
  const iaas = iaasStatus(row, ctx);
  const confirmed = fieldState(row, ctx, "iaas_users_confirmed");
  const iaasUnconfirmed =
    iaas.state === "value" && iaas.value && !(confirmed.state === "value" && confirmed.value);
  const stated = uses.value.join(", ");
  if (training && parties.length > 0) {
    if (concern.length > 0) {
      return say(
        "hit",
        `AI training for a party with ${parties.join(" and ")}, with ${concern.join(", ")} end use stated: a licence may be required under the 744 end-use controls, and 744.6 reaches U.S.-person support.`,
      );
    }
    return say(
      "needs_review",
      `AI training for a party with ${parties.join(" and ")}; what the model will be used for is not stated (end use: ${stated}): a WMD or military-intelligence use would need a licence.`,
    );
  }
  if (training) {
    if (hq.state !== "value" && parent.state !== "value") {
      if (iaasUnconfirmed) {
        return say(
          "needs_review",
          "AI training by an IaaS customer that has not confirmed its users are not headquartered in China or Macau (see RF11).",
        );
      }
      if (hq.state === "absent" && parent.state === "absent")
        return notAssessed(ctx, id, "headquarters or parent country", CITE);
    }
    const blanks = [
      hq.state === "blank" ? "headquarters" : null,
      parent.state === "blank" ? "ultimate parent" : null,
    ].filter(Boolean);
    if (blanks.length > 0)
      return say(
        "needs_review",
        `AI training, and the ${blanks.join(" and ")} country is blank or unreadable.`,
      );
    if (iaasUnconfirmed) {
      return say(
        "needs_review",
        "AI training through an IaaS customer that has not confirmed its users are not headquartered in China or Macau (see RF11).",
      );
    }
    const seen = [hq, parent].flatMap((s) =>
      s.state === "value" ? [describeCountry(ctx, s.value)] : [],
    );
    return say(
      "clear",
      `AI training for a party headquartered outside D:5 and Macau (${seen.join(", ")}).`,
    );
  }
  if (iaasUnconfirmed && uses.value.includes("cloud_services")) {
    return say(
      "needs_review",
      `Cloud services by an IaaS customer that has not confirmed its users are not headquartered in China or Macau: its users may train models for such parties (end use: ${stated}; see RF11).`,
    );
  }
  return say("clear", `The stated end use (${stated}) is not AI training.`);
}

/** AI-TRAIN: compute for training AI models for parties headquartered in D:5 or Macau (policy statement 2025-05-13). */
export const aiTrainingChecks: CheckFamily = {
  name: "ai-training",
  requires: { "AI-TRAIN": [["end_use"]] },
  run(row: TypedRow, ctx: CheckContext): CheckOutput {
    const notes = opsNotes(row, ctx);
    if (ctx.asOf < guidanceDate(ctx)) {
      notes.push(
        `AI-TRAIN: BIS's policy statement dates from ${guidanceDate(ctx)}; it restates Part 744 end-use controls that applied before, so Chipscreen applies it to ${ctx.asOf}.`,
      );
    }
    return { findings: [decide(row, ctx)], notes, issues: [] };
  },
};
