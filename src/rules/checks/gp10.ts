import type { Finding } from "../model/finding";
import type { Chip } from "../model/pack";
import type { TypedRow } from "../model/row";
import { parameterList, requiredText } from "../packs/as-of";
import { foldKey } from "../normalize/fold-text";
import {
  type CheckContext,
  type CheckFamily,
  type CheckOutput,
  fieldState,
  makeFinding,
  notAssessed,
} from "./check-family";
import { controlLevel } from "./license";

const CITE = "gp10-guidance";

/** The date the GP10 guidance fixes everyone's knowledge from (2025-05-13). */
function knowledgeFrom(ctx: CheckContext): string {
  return requiredText(ctx.pack, "gp10.knowledge_from", ctx.asOf);
}

/** The guidance's own lists are read as of its date when the row predates it. */
function listAt(ctx: CheckContext, name: string): string[] {
  const from = knowledgeFrom(ctx);
  return parameterList(ctx.pack, name, ctx.asOf < from ? from : ctx.asOf) ?? [];
}

/**
 * The PRC designer an item or manufacturer text names (Huawei, HiSilicon, 华为 …), or a Huawei
 * accelerator product line (Ascend, Atlas, CloudMatrix), from the pack's lists, compared after
 * folding case, spaces and punctuation.
 */
function prcDesignerIn(ctx: CheckContext, texts: readonly string[]): string | undefined {
  const folded = texts.map(foldKey);
  const found = (list: string[]) => list.find((d) => folded.some((t) => t.includes(foldKey(d))));
  const designer = found(listAt(ctx, "gp10.prc_designers"));
  if (designer) return designer;
  const line = found(listAt(ctx, "gp10.prc_product_lines"));
  return line ? `Huawei (product line ${line})` : undefined;
}

/** The catalog entry naming a BIS-named PRC advanced-computing IC, or a product built on one. */
function namedPrcChip(ctx: CheckContext): { chip: Chip; ic: Chip | undefined } | undefined {
  if (ctx.chip?.prcAdvancedIc || ctx.ic?.prcAdvancedIc) {
    return { chip: ctx.chip ?? (ctx.ic as Chip), ic: ctx.ic };
  }
  return undefined;
}

function lookBackNote(ctx: CheckContext): string {
  const fn1 = requiredText(ctx.pack, "gp10.lookback_fn1_from", ctx.asOf);
  const fn4 = requiredText(ctx.pack, "gp10.lookback_fn4_from", ctx.asOf);
  return `GP10: BIS's notice fixes knowledge from ${knowledgeFrom(ctx)}, but where BIS finds earlier knowledge exposure can reach back to the Entity List footnote 1 FDPR (${fn1}) and the footnote 4 FDPR and advanced-computing rule (${fn4}).`;
}

function financeSentence(row: TypedRow, ctx: CheckContext): string {
  const finance = listAt(ctx, "gp10.financial_businesses");
  return row.customer_business !== undefined && finance.includes(row.customer_business)
    ? " Financing, lending to or settling the deal counts as taking part under GP10 (customer business: financial institution)."
    : "";
}

interface Gp10Output {
  finding: Finding;
  notes: string[];
}

function decide(row: TypedRow, ctx: CheckContext): Gp10Output {
  const id = "GP10";
  const item = fieldState(row, ctx, "item");
  const maker = fieldState(row, ctx, "manufacturer");
  const say = (outcome: Finding["outcome"], message: string, notes: string[] = []): Gp10Output => ({
    finding: makeFinding(ctx, id, outcome, message, CITE),
    notes,
  });
  if (item.state === "absent" && maker.state === "absent") {
    return { finding: notAssessed(ctx, id, "item or manufacturer", CITE), notes: [] };
  }
  const texts = [item, maker].flatMap((s) => (s.state === "value" ? [s.value] : []));
  if (texts.length === 0)
    return say(
      "needs_review",
      "The item and manufacturer are blank: cannot tell whether it is a PRC advanced-computing IC.",
    );
  const seen = texts.map((t) => `"${t}"`).join(" by ");
  const named = namedPrcChip(ctx);
  const designer = prcDesignerIn(ctx, [...texts, ...(ctx.chip ? [ctx.chip.manufacturer] : [])]);
  const level = controlLevel(ctx.licensingEccn);
  let what: string;
  let sure: boolean;
  if (named) {
    what =
      named.ic && named.ic !== named.chip
        ? `${named.chip.name} (${seen}) is built on ${named.ic.name}, a PRC advanced-computing IC named by BIS`
        : `${named.chip.name} (${seen}) is a PRC advanced-computing IC named by BIS`;
    sure = true;
  } else if (designer && (level === "a" || level === "b")) {
    what = `${seen}, from PRC designer ${designer} and classified ${ctx.licensingEccn ?? ""}, is a "PRC 3A090 IC" BIS presumes was made in violation of the EAR`;
    sure = true;
  } else if (designer && level === "unknown") {
    what = `${seen} is from PRC designer ${designer} but is not one of BIS's named chips and its classification is not established`;
    sure = false;
  } else if (designer) {
    return say(
      "clear",
      `${seen} is from PRC designer ${designer} but classifies as ${ctx.licensingEccn ?? "not 3A090"}, outside the advanced-computing ICs GP10 guidance covers.`,
    );
  } else {
    return say(
      "clear",
      `${seen} does not name a PRC advanced-computing IC (Huawei Ascend 910B/910C/910D or a product built on them).`,
    );
  }
  const uses = fieldState(row, ctx, "end_use");
  const exempt = listAt(ctx, "gp10.exempt_end_uses");
  if (
    uses.state === "value" &&
    uses.value.length > 0 &&
    uses.value.every((u) => exempt.includes(u))
  ) {
    return say("clear", `${what}, but the stated end use is ${uses.value.join(", ")}.`, [
      "GP10: BIS will not take enforcement action against acquiring a PRC advanced-computing IC solely for technical analysis or destructive testing to evaluate it; any other use is not covered.",
    ]);
  }
  const authorisation =
    "GP10: before dealing, check whether BIS authorised (1) the transfer of the chip's production technology from its designer to the manufacturer and (2) the transfer of the chips to the manufacturer or other supplier.";
  if (ctx.asOf < knowledgeFrom(ctx)) {
    return say(
      "needs_review",
      `${what}; on ${ctx.asOf} BIS's public notice (${knowledgeFrom(ctx)}) was not yet issued, so knowledge must be judged on the facts.${financeSentence(row, ctx)}`,
      [lookBackNote(ctx), authorisation],
    );
  }
  if (!sure) {
    return say(
      "needs_review",
      `${what}: if it meets 3A090, BIS presumes it was made in violation of the EAR and dealing in it risks General Prohibition 10.${financeSentence(row, ctx)}`,
      [authorisation],
    );
  }
  return say(
    "hit",
    `${what}: taking part in any way (buying, using, financing, forwarding, servicing) risks General Prohibition 10, with knowledge presumed since ${knowledgeFrom(ctx)}.${financeSentence(row, ctx)}`,
    [authorisation],
  );
}

/** GP10: PRC advanced-computing ICs (Huawei Ascend 910B/910C/910D and products built on them). */
export const gp10Checks: CheckFamily = {
  name: "gp10",
  requires: { GP10: [["item", "manufacturer"]] },
  run(row: TypedRow, ctx: CheckContext): CheckOutput {
    const { finding, notes } = decide(row, ctx);
    return { findings: [finding], notes, issues: [] };
  },
};
