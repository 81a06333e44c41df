import type { Finding, FindingId } from "../model/finding";
import type { IsoDate, TypedRow } from "../model/row";
import {
  matchesDestinationTest,
  parameterList,
  parameterRow,
  requiredList,
  requiredNumber,
  requiredText,
} from "../packs/as-of";
import {
  type CheckContext,
  type CheckFamily,
  type CheckOutput,
  fieldState,
  formatNumber,
  makeFinding,
  notAssessed,
} from "./check-family";
import { controlLevel, describeCountry } from "./license";

const CITE = "acic-guidance";
/** The pack window that dates the May 2025 guidance; its start is the guidance's issue date. */
const GUIDANCE_WINDOW = "guidance-2025-05";

function requiredWindowStart(ctx: CheckContext, id: string): IsoDate {
  const start = ctx.pack.windows.find((w) => w.id === id)?.effectiveFrom;
  if (!start) throw new Error(`rule pack ${ctx.pack.id} has no dated window "${id}"`);
  return start;
}

/** The date BIS issued the diversion guidance (2025-05-13), read from the pack's window. */
export function guidanceDate(ctx: CheckContext): IsoDate {
  return requiredWindowStart(ctx, GUIDANCE_WINDOW);
}

/**
 * The date the guidance's own thresholds are read as of. The red flags describe risks that existed
 * before BIS wrote them down, so a row dated before 2025-05-13 is still screened, with the
 * thresholds the guidance set on its issue date (and a note saying so).
 */
export function guidanceAsOf(ctx: CheckContext): IsoDate {
  const issued = guidanceDate(ctx);
  return ctx.asOf < issued ? issued : ctx.asOf;
}

/** The note a family adds when the row predates the guidance. */
export function predatesGuidanceNotes(ctx: CheckContext, ids: string): string[] {
  const issued = guidanceDate(ctx);
  if (ctx.asOf >= issued) return [];
  return [
    `${ids}: screened as of ${ctx.asOf}, before BIS's guidance of ${issued}; the risks it names existed before it was issued, so Chipscreen applies them with the guidance's thresholds of ${issued}.`,
  ];
}

/**
 * Accelerators a row orders: the quantity, times the accelerators per board or system when the
 * catalog knows them ("125 × DGX H100" is 1,000 GPUs). Undefined when the quantity is unknown.
 */
export function acceleratorsOrdered(
  row: TypedRow,
  ctx: CheckContext,
): { count: number; text: string } | undefined {
  if (row.quantity === undefined) return undefined;
  const per = ctx.chip && ctx.chip.kind !== "ic" ? ctx.chip.accelerators : undefined;
  if (per === undefined || per === 1) {
    return { count: row.quantity, text: formatNumber(row.quantity) };
  }
  const count = row.quantity * per;
  return {
    count,
    text: `${formatNumber(row.quantity)} × ${per} = ${formatNumber(count)} accelerators`,
  };
}

/** True when `country` is in D:5 or is Macau on the row's date (DD2's test, also RF05's). */
export function inD5OrMacau(ctx: CheckContext, country: string): boolean {
  const at = guidanceAsOf(ctx);
  const groups = requiredList(ctx.pack, "dd2.groups", at);
  const named = requiredList(ctx.pack, "dd2.named", at);
  return matchesDestinationTest(ctx.pack, country, ctx.asOf, { groups, named });
}

function hit(ctx: CheckContext, id: FindingId, message: string): Finding {
  return makeFinding(ctx, id, "hit", message, CITE);
}
function clear(ctx: CheckContext, id: FindingId, message: string): Finding {
  return makeFinding(ctx, id, "clear", message, CITE);
}
function review(ctx: CheckContext, id: FindingId, message: string): Finding {
  return makeFinding(ctx, id, "needs_review", message, CITE);
}

function cutoffOf(ctx: CheckContext): IsoDate {
  return requiredText(ctx.pack, "rf01.cutoff", guidanceAsOf(ctx));
}

/** RF01: no advanced computing ICs received before October 2022. */
function rf01(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF01";
  const prior = fieldState(row, ctx, "prior_ac_receipts");
  const cutoff = cutoffOf(ctx);
  if (prior.state === "absent") return notAssessed(ctx, id, "prior advanced-IC receipts", CITE);
  if (prior.state === "blank") {
    return review(
      ctx,
      id,
      `Whether the customer received advanced computing ICs before ${cutoff} is blank or unreadable.`,
    );
  }
  return prior.value
    ? clear(ctx, id, `The customer received advanced computing ICs before ${cutoff}.`)
    : hit(
        ctx,
        id,
        `The customer never received advanced computing ICs before ${cutoff} (prior receipts: no).`,
      );
}

/** RF02: receipts before October 2022, and a significant increase after. */
function rf02(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF02";
  const prior = fieldState(row, ctx, "prior_ac_receipts");
  const increase = fieldState(row, ctx, "ac_volume_increase");
  const cutoff = cutoffOf(ctx);
  const ratio = requiredNumber(ctx.pack, "rf02.increase_ratio", guidanceAsOf(ctx));
  if (increase.state === "absent") return notAssessed(ctx, id, "advanced-IC volume increase", CITE);
  if (prior.state === "value" && !prior.value) {
    return clear(
      ctx,
      id,
      `No receipts before ${cutoff}, so there is no earlier volume to compare (see RF01).`,
    );
  }
  if (increase.state === "blank") {
    return review(
      ctx,
      id,
      "The change in advanced-IC receipts since October 2022 is blank or unreadable.",
    );
  }
  const v = increase.value;
  if (typeof v === "boolean") {
    return v
      ? hit(
          ctx,
          id,
          `Receipts of advanced computing ICs rose significantly after ${cutoff} (increase: yes).`,
        )
      : clear(
          ctx,
          id,
          `No significant rise in advanced-IC receipts after ${cutoff} (increase: no).`,
        );
  }
  const seen = `${formatNumber(v)}× the earlier volume`;
  return v >= ratio
    ? hit(
        ctx,
        id,
        `Receipts after ${cutoff} are ${seen}, at or above ${formatNumber(ratio)}× (Chipscreen's default for a "significant" increase).`,
      )
    : clear(
        ctx,
        id,
        `Receipts after ${cutoff} are ${seen}, below ${formatNumber(ratio)}× (Chipscreen's default for a "significant" increase).`,
      );
}

/** RF03: only a residential address, with more units than personal use explains. */
function rf03(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF03";
  const at = guidanceAsOf(ctx);
  const address = fieldState(row, ctx, "customer_address_type");
  const quantity = fieldState(row, ctx, "quantity");
  const limit = requiredNumber(ctx.pack, "rf03.personal_use_units", at);
  const residential = requiredList(ctx.pack, "rf03.residential_address_types", at);
  if (address.state === "absent") return notAssessed(ctx, id, "customer address type", CITE);
  if (address.state === "blank" || address.value === "unknown") {
    return review(ctx, id, "The customer's address type is blank or unknown.");
  }
  if (!residential.includes(address.value)) {
    return clear(
      ctx,
      id,
      `The customer's address is ${address.value.replace(/_/g, " ")}, not residential.`,
    );
  }
  if (quantity.state === "absent") return notAssessed(ctx, id, "quantity", CITE);
  const units = acceleratorsOrdered(row, ctx);
  if (quantity.state === "blank" || units === undefined) {
    return review(ctx, id, "Residential address, and the quantity ordered is blank or unreadable.");
  }
  const policy = `Chipscreen's default for "inconsistent with personal use" is more than ${formatNumber(limit)} units`;
  return units.count > limit
    ? hit(ctx, id, `Residential address with ${units.text} units ordered; ${policy}.`)
    : clear(ctx, id, `Residential address with ${units.text} units ordered; ${policy}.`);
}

/** RF04: little or no web presence, or English and other-language sites that differ. */
function rf04(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF04";
  const presence = fieldState(row, ctx, "customer_web_presence");
  const consistent = fieldState(row, ctx, "customer_website_consistent");
  if (presence.state === "absent" && consistent.state === "absent") {
    return notAssessed(ctx, id, "web presence or website consistency", CITE);
  }
  const concerns: string[] = [];
  if (presence.state === "value" && presence.value !== "yes") {
    concerns.push(`web presence is ${presence.value}`);
  }
  if (consistent.state === "value" && !consistent.value) {
    concerns.push("its English and non-English websites differ");
  }
  if (concerns.length > 0) return hit(ctx, id, `The customer's ${concerns.join(", and ")}.`);
  const blanks = [
    presence.state === "blank" ? "web presence" : null,
    consistent.state === "blank" ? "website consistency" : null,
  ].filter(Boolean);
  if (blanks.length > 0)
    return review(ctx, id, `The customer's ${blanks.join(" and ")} is blank or unreadable.`);
  const seen = [
    presence.state === "value" ? "has a web presence" : "web presence not in the sheet",
    consistent.state === "value" ? "its websites agree" : "website consistency not in the sheet",
  ];
  return clear(ctx, id, `The customer ${seen.join("; ")}.`);
}

/** RF05: delivery address or ownership unknown, or withheld. Here a blank is the flag. */
function rf05(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF05";
  const hq = fieldState(row, ctx, "hq_country");
  const parent = fieldState(row, ctx, "parent_country");
  const disclosed = fieldState(row, ctx, "hq_disclosed");
  const delivery = fieldState(row, ctx, "delivery_address_known");
  const states = [hq, parent, disclosed, delivery];
  if (states.every((s) => s.state === "absent")) {
    return notAssessed(ctx, id, "headquarters, parent, disclosure or delivery-address", CITE);
  }
  const concerns: string[] = [];
  if (disclosed.state === "value" && disclosed.value !== "yes") {
    concerns.push(`the customer's disclosure of its headquarters and parent is ${disclosed.value}`);
  }
  if (delivery.state === "value" && !delivery.value) {
    concerns.push("the final delivery or installation address is not known");
  }
  // With an ownership column in the sheet, an absent companion counts as blank: nothing says where it is.
  const ownershipInSheet = hq.state !== "absent" || parent.state !== "absent";
  if (ownershipInSheet && hq.state !== "value" && parent.state !== "value") {
    concerns.push("neither the headquarters nor the ultimate parent country is given");
  }
  if (concerns.length > 0) return hit(ctx, id, `${capitalise(concerns.join("; "))}.`);
  const open: string[] = [];
  if (disclosed.state === "blank") open.push("whether the customer disclosed its ownership");
  if (delivery.state === "blank") open.push("whether the delivery address is known");
  if (ownershipInSheet && (hq.state !== "value" || parent.state !== "value")) {
    const known = hq.state === "value" ? hq : parent;
    const d5 = known.state === "value" && inD5OrMacau(ctx, known.value);
    if (!d5)
      open.push(
        hq.state === "value" ? "the ultimate parent's country" : "the headquarters country",
      );
  }
  if (open.length > 0) return review(ctx, id, `Not recorded: ${open.join("; ")}.`);
  const seen = [
    hq.state === "value" ? `headquarters ${describeCountry(ctx, hq.value)}` : null,
    parent.state === "value" ? `parent ${describeCountry(ctx, parent.value)}` : null,
    disclosed.state === "value" ? "ownership disclosed" : null,
    delivery.state === "value" ? "delivery address known" : null,
  ].filter(Boolean);
  return clear(ctx, id, `Known: ${seen.join("; ")}.`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** RF06: the consignee's line of business does not need many advanced ICs. */
function rf06(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF06";
  const business = fieldState(row, ctx, "consignee_business");
  const unfit = parameterList(ctx.pack, "rf06.unfit_businesses", guidanceAsOf(ctx)) ?? [];
  if (business.state === "absent") return notAssessed(ctx, id, "consignee business", CITE);
  if (business.state === "blank")
    return review(ctx, id, "The consignee's line of business is blank or unreadable.");
  const label = business.value.replace(/_/g, " ");
  return unfit.includes(business.value)
    ? hit(
        ctx,
        id,
        `The consignee is a ${label}: not a business that normally needs many advanced computing ICs.`,
      )
    : clear(ctx, id, `The consignee is a ${label}.`);
}

/** RF07: shares an address with a restricted party (the yes/no another system found). */
function rf07(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF07";
  const colocated = fieldState(row, ctx, "colocated_listed");
  if (colocated.state === "absent")
    return notAssessed(ctx, id, "shared-address-with-listed-party", CITE);
  if (colocated.state === "blank") {
    return review(
      ctx,
      id,
      "Whether the customer shares an address with a listed party is blank or unreadable.",
    );
  }
  return colocated.value
    ? hit(
        ctx,
        id,
        "The customer shares an address with, or has an address like, a restricted party (co-located: yes).",
      )
    : clear(ctx, id, "No shared address with a restricted party was found (co-located: no).");
}

/** RF08: the end user's address is not a real place of business. */
function rf08(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF08";
  const address = fieldState(row, ctx, "end_user_address_type");
  const unfit = parameterList(ctx.pack, "rf08.unfit_address_types", guidanceAsOf(ctx)) ?? [];
  if (address.state === "absent") return notAssessed(ctx, id, "end-user address type", CITE);
  if (address.state === "blank" || address.value === "unknown") {
    return review(ctx, id, "The end user's address type is blank or unknown.");
  }
  const label = address.value.replace(/_/g, " ");
  return unfit.includes(address.value)
    ? hit(ctx, id, `The end user's address is a ${label}, not its own place of business.`)
    : clear(ctx, id, `The end user's address is ${label}.`);
}

/** RF09: the purchaser is in a destination where these items need a licence (as LIC-DEST). */
function rf09(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF09";
  const country = fieldState(row, ctx, "customer_country");
  if (country.state === "absent") return notAssessed(ctx, id, "customer country", CITE);
  if (country.state === "blank")
    return review(ctx, id, "The purchaser's country is blank or unreadable.");
  const named = parameterList(ctx.pack, "lic_dest.named", ctx.asOf);
  const where = describeCountry(ctx, country.value);
  if (named === undefined) {
    return clear(
      ctx,
      id,
      `Purchaser in ${where}: no destination licence requirement was in force on ${ctx.asOf}.`,
    );
  }
  const groups = parameterList(ctx.pack, "lic_dest.groups", ctx.asOf) ?? [];
  const excluded = parameterList(ctx.pack, "lic_dest.excluded_groups", ctx.asOf) ?? [];
  const since = parameterRow(ctx.pack, "lic_dest.named", ctx.asOf)?.effectiveFrom;
  if (!matchesDestinationTest(ctx.pack, country.value, ctx.asOf, { groups, named, excluded })) {
    return clear(
      ctx,
      id,
      `Purchaser in ${where}: not a destination that needs a licence for these items on ${ctx.asOf}.`,
    );
  }
  const level = controlLevel(ctx.licensingEccn);
  if (level === "none" || level === "c") {
    return clear(
      ctx,
      id,
      `Purchaser in ${where}, but the item (${ctx.licensingEccn ?? "unclassified"}) is not an advanced computing item.`,
    );
  }
  return hit(
    ctx,
    id,
    `Purchaser in ${where}, a destination that needs a licence for advanced computing ICs (requirement in force${since ? ` since ${since}` : ""}).`,
  );
}

/** RF11: an IaaS customer that will not confirm its users are not headquartered in China or Macau. */
function rf11(row: TypedRow, ctx: CheckContext): Finding {
  const id = "RF11";
  const iaas = iaasStatus(row, ctx);
  const confirmed = fieldState(row, ctx, "iaas_users_confirmed");
  if (iaas.state === "absent")
    return notAssessed(ctx, id, "IaaS-provider or customer-business", CITE);
  if (iaas.state === "blank")
    return review(ctx, id, "Whether the customer provides IaaS is blank or unreadable.");
  if (!iaas.value) return clear(ctx, id, `The customer does not provide IaaS (${iaas.source}).`);
  if (confirmed.state === "absent") return notAssessed(ctx, id, "IaaS-users-confirmed", CITE);
  if (confirmed.state === "blank") {
    return review(
      ctx,
      id,
      `The customer provides IaaS (${iaas.source}); whether it confirmed its users are not headquartered in China or Macau is blank.`,
    );
  }
  return confirmed.value
    ? clear(
        ctx,
        id,
        `The IaaS customer confirmed its users are not headquartered in China or Macau.`,
      )
    : hit(
        ctx,
        id,
        `The customer provides IaaS (${iaas.source}) and has not confirmed its users are not headquartered in China or Macau.`,
      );
}

/**
 * Whether the customer provides IaaS: the iaas_provider column, or else a customer business of
 * cloud_iaas (so a blank iaas_provider cell never hides what the business column says).
 */
export function iaasStatus(
  row: TypedRow,
  ctx: CheckContext,
): { state: "absent" } | { state: "blank" } | { state: "value"; value: boolean; source: string } {
  const provider = fieldState(row, ctx, "iaas_provider");
  const business = fieldState(row, ctx, "customer_business");
  if (provider.state === "value") {
    return {
      state: "value",
      value: provider.value,
      source: `IaaS provider: ${provider.value ? "yes" : "no"}`,
    };
  }
  if (business.state === "value" && business.value === "cloud_iaas") {
    return { state: "value", value: true, source: "customer business: cloud_iaas" };
  }
  if (provider.state === "absent" && business.state === "value") {
    return { state: "value", value: false, source: `customer business: ${business.value}` };
  }
  if (provider.state === "absent" && business.state === "absent") return { state: "absent" };
  return { state: "blank" };
}

/** Red flags RF01-RF09 and RF11 of the 2025-05-13 diversion guidance (RF10 is in datacenter.ts). */
export const redFlagChecks: CheckFamily = {
  name: "red-flags",
  requires: {
    RF01: [["prior_ac_receipts"]],
    RF02: [["ac_volume_increase"]],
    RF03: [["customer_address_type"], ["quantity"]],
    RF04: [["customer_web_presence", "customer_website_consistent"]],
    RF05: [["hq_country", "parent_country", "hq_disclosed", "delivery_address_known"]],
    RF06: [["consignee_business"]],
    RF07: [["colocated_listed"]],
    RF08: [["end_user_address_type"]],
    RF09: [["customer_country"]],
    RF11: [["iaas_provider", "customer_business"], ["iaas_users_confirmed"]],
  },
  run(row: TypedRow, ctx: CheckContext): CheckOutput {
    const findings = [
      rf01(row, ctx),
      rf02(row, ctx),
      rf03(row, ctx),
      rf04(row, ctx),
      rf05(row, ctx),
      rf06(row, ctx),
      rf07(row, ctx),
      rf08(row, ctx),
      rf09(row, ctx),
      rf11(row, ctx),
    ];
    return { findings, notes: predatesGuidanceNotes(ctx, "Red flags"), issues: [] };
  },
};
