import type { Finding } from "../model/finding";
import type { TypedRow } from "../model/row";
import {
  groupsOf,
  matchesDestinationTest,
  parameterList,
  parameterNumber,
  parameterRow,
  requiredList,
  requiredNumber,
  ruleCountry,
  windowsInForce,
} from "../packs/as-of";
import { countryName } from "../normalize/country";
import {
  type CheckContext,
  type CheckFamily,
  type CheckOutput,
  fieldState,
  makeFinding,
  notAssessed,
} from "./check-family";

/** How far an ECCN reaches into the advanced-computing controls. */
export type ControlLevel = "a" | "b" | "c" | "none" | "unknown";

/** Reads a user-entered or computed ECCN: 3A090.a/4A090.a and .z items → "a", .b → "b", 3A090.c → "c". */
export function controlLevel(eccn: string | undefined): ControlLevel {
  if (!eccn) return "unknown";
  const e = eccn.trim().toUpperCase().replace(/\s+/g, "");
  if (/^[34]A090\.A/.test(e)) return "a";
  if (/^[34]A090\.B/.test(e)) return "b";
  if (/^3A090\.C/.test(e)) return "c";
  // ".z" paragraphs: ".z.1"/".z.x.a" track .a, ".z.2"/".z.x.b" track .b; a bare ".z" is read as .a.
  const z = /^\d[A-E]\d{3}\.Z(?:\.(\d|X))?(?:\.([AB]))?/.exec(e);
  if (z) return z[2] === "B" || z[1] === "2" ? "b" : "a";
  if (e === "NOT-3A090" || e === "EAR99" || /^\d[A-E]\d{3}/.test(e)) return "none";
  return "unknown";
}

export function describeCountry(ctx: CheckContext, code: string): string {
  const groups = groupsOf(ctx.pack, code, ctx.asOf);
  const rule = ruleCountry(ctx.pack, code, ctx.asOf);
  const treated = rule !== code ? `, treated as ${countryName(rule)}` : "";
  return `${countryName(code)}${treated} (${groups.length ? groups.join(" ") : "no D or A:5/A:6 group"})`;
}

function itemLabel(row: TypedRow, ctx: CheckContext): string {
  const name = ctx.chip?.name ?? row.item ?? "the item";
  return ctx.licensingEccn ? `${name} (${ctx.licensingEccn})` : name;
}

function destinationFinding(row: TypedRow, ctx: CheckContext, level: ControlLevel): Finding {
  const id = "LIC-DEST";
  const named = parameterList(ctx.pack, "lic_dest.named", ctx.asOf);
  const groups = parameterList(ctx.pack, "lic_dest.groups", ctx.asOf) ?? [];
  const excluded = parameterList(ctx.pack, "lic_dest.excluded_groups", ctx.asOf) ?? [];
  const cite = parameterRow(ctx.pack, "lic_dest.named", ctx.asOf)?.citation ?? "fr-2023-23055";
  const dest = fieldState(row, ctx, "destination_country");
  if (dest.state === "absent") return notAssessed(ctx, id, "destination country", cite);
  if (named === undefined) {
    return makeFinding(
      ctx,
      id,
      "not_assessed",
      `No destination-based advanced-computing requirement was in force on ${ctx.asOf}.`,
      cite,
    );
  }
  if (dest.state === "blank")
    return makeFinding(
      ctx,
      id,
      "needs_review",
      "The destination country is blank or unreadable, so the destination requirement cannot be decided.",
      cite,
    );
  if (level === "none" || level === "c") {
    return makeFinding(
      ctx,
      id,
      "clear",
      `${itemLabel(row, ctx)} is outside the 3A090/4A090/.z destination requirement.`,
      cite,
    );
  }
  const caught = matchesDestinationTest(ctx.pack, dest.value, ctx.asOf, {
    groups,
    named,
    excluded,
  });
  const where = describeCountry(ctx, dest.value);
  if (!caught) {
    return makeFinding(
      ctx,
      id,
      "clear",
      `Destination ${where} is not a licensed destination for advanced computing items on ${ctx.asOf}.`,
      cite,
    );
  }
  if (level === "unknown") {
    return makeFinding(
      ctx,
      id,
      "needs_review",
      `Destination ${where} needs a licence for advanced computing items, but the item's classification is not established.`,
      cite,
    );
  }
  return makeFinding(
    ctx,
    id,
    "hit",
    `${itemLabel(row, ctx)} to ${where}: licence required on ${ctx.asOf}.`,
    cite,
  );
}

function headquartersFinding(row: TypedRow, ctx: CheckContext, level: ControlLevel): Finding {
  const id = "LIC-HQ";
  const groups = parameterList(ctx.pack, "lic_hq.groups", ctx.asOf);
  const named = parameterList(ctx.pack, "lic_hq.named", ctx.asOf) ?? [];
  const cite = parameterRow(ctx.pack, "lic_hq.groups", ctx.asOf)?.citation ?? "fr-2023-23055-hq";
  const hq = fieldState(row, ctx, "hq_country");
  const parent = fieldState(row, ctx, "parent_country");
  if (hq.state === "absent" && parent.state === "absent")
    return notAssessed(ctx, id, "headquarters or parent country", cite);
  if (groups === undefined) {
    return makeFinding(
      ctx,
      id,
      "clear",
      `No headquarters-based requirement was in force on ${ctx.asOf} (it starts 2023-11-17).`,
      cite,
    );
  }
  const dest = fieldState(row, ctx, "destination_country");
  if (dest.state === "value" && ruleCountry(ctx.pack, dest.value, ctx.asOf) === "US") {
    return makeFinding(
      ctx,
      id,
      "clear",
      "Delivery within the United States is not an export or reexport.",
      cite,
    );
  }
  const test = { groups, named };
  const caughtBy = (["hq_country", "parent_country"] as const).flatMap((field) => {
    const s = field === "hq_country" ? hq : parent;
    return s.state === "value" && matchesDestinationTest(ctx.pack, s.value, ctx.asOf, test)
      ? [
          `${field === "hq_country" ? "headquarters" : "ultimate parent"} in ${describeCountry(ctx, s.value)}`,
        ]
      : [];
  });
  if (caughtBy.length > 0) {
    if (level === "none" || level === "c") {
      return makeFinding(
        ctx,
        id,
        "clear",
        `${caughtBy.join(" and ")}, but ${itemLabel(row, ctx)} is outside the advanced-computing requirement.`,
        cite,
      );
    }
    if (level === "unknown") {
      return makeFinding(
        ctx,
        id,
        "needs_review",
        `${caughtBy.join(" and ")}: a licence is needed wherever the item goes if it is an advanced computing item, and its classification is not established.`,
        cite,
      );
    }
    return makeFinding(
      ctx,
      id,
      "hit",
      `${caughtBy.join(" and ")}: ${itemLabel(row, ctx)} needs a licence wherever it is delivered.`,
      cite,
    );
  }
  const unknown = [
    hq.state === "blank" ? "headquarters" : null,
    parent.state === "blank" ? "ultimate parent" : null,
  ].filter(Boolean);
  if (unknown.length > 0 && level !== "none" && level !== "c") {
    return makeFinding(
      ctx,
      id,
      "needs_review",
      `The ${unknown.join(" and ")} country is blank or unreadable, so the headquarters test cannot be decided.`,
      cite,
    );
  }
  const seen = [hq, parent].flatMap((s) =>
    s.state === "value" ? [describeCountry(ctx, s.value)] : [],
  );
  return makeFinding(
    ctx,
    id,
    "clear",
    `No party headquartered in D:5 or Macau (${seen.join(", ") || "ownership not needed for this item"}).`,
    cite,
  );
}

function hbmFinding(row: TypedRow, ctx: CheckContext, level: ControlLevel): Finding {
  const id = "LIC-HBM";
  const groups = parameterList(ctx.pack, "lic_hbm.groups", ctx.asOf);
  const named = parameterList(ctx.pack, "lic_hbm.named", ctx.asOf) ?? [];
  const cite = "fr-2024-28270";
  if (groups === undefined)
    return makeFinding(
      ctx,
      id,
      "clear",
      `The HBM requirement was not yet in force on ${ctx.asOf} (from 2024-12-02).`,
      cite,
    );
  if (level === "none" || level === "a" || level === "b") {
    return makeFinding(
      ctx,
      id,
      "clear",
      `${itemLabel(row, ctx)} is not 3A090.c high-bandwidth memory.`,
      cite,
    );
  }
  const dest = fieldState(row, ctx, "destination_country");
  if (dest.state === "absent") return notAssessed(ctx, id, "destination country", cite);
  if (dest.state === "blank")
    return makeFinding(
      ctx,
      id,
      "needs_review",
      "The destination is blank or unreadable, so the HBM requirement cannot be decided.",
      cite,
    );
  const where = describeCountry(ctx, dest.value);
  if (!matchesDestinationTest(ctx.pack, dest.value, ctx.asOf, { groups, named })) {
    return makeFinding(
      ctx,
      id,
      "clear",
      `Destination ${where} is outside D:5 and Macau, where HBM needs a licence.`,
      cite,
    );
  }
  return level === "c"
    ? makeFinding(ctx, id, "hit", `3A090.c HBM to ${where}: licence required.`, cite)
    : makeFinding(
        ctx,
        id,
        "needs_review",
        `Destination ${where} needs a licence for 3A090.c HBM, and the item's classification is not established.`,
        cite,
      );
}

function endUseFindings(row: TypedRow, ctx: CheckContext, level: ControlLevel): Finding[] {
  const uses = fieldState(row, ctx, "end_use");
  const dest = fieldState(row, ctx, "destination_country");
  const out: Finding[] = [];
  const ids = [
    ["LIC-MEU", "cfr-744-21", "military", "a military"],
    ["LIC-MIEU", "cfr-744-22", "military_intelligence", "a military-intelligence"],
    ["LIC-WMD", "cfr-744-2-4", "wmd", "a weapons-of-mass-destruction"],
  ] as const;
  for (const [id, cite, use, label] of ids) {
    if (uses.state === "absent") {
      out.push(notAssessed(ctx, id, "end use", cite));
      continue;
    }
    if (uses.state === "blank") {
      out.push(makeFinding(ctx, id, "needs_review", "The end use is blank or unreadable.", cite));
      continue;
    }
    if (!uses.value.includes(use)) {
      out.push(
        makeFinding(
          ctx,
          id,
          "clear",
          `Stated end use (${uses.value.join(", ")}) is not ${label} end use.`,
          cite,
        ),
      );
      continue;
    }
    if (id === "LIC-WMD") {
      out.push(
        makeFinding(
          ctx,
          id,
          "hit",
          "A weapons-of-mass-destruction end use is stated: a licence is required for any item, to any destination.",
          cite,
        ),
      );
      continue;
    }
    if (dest.state !== "value") {
      out.push(
        makeFinding(
          ctx,
          id,
          "needs_review",
          `${label.replace(/^a/, "A")} end use is stated and the destination is not known.`,
          cite,
        ),
      );
      continue;
    }
    const code = ruleCountry(ctx.pack, dest.value, ctx.asOf);
    const where = describeCountry(ctx, dest.value);
    if (id === "LIC-MEU") {
      const anyItem = parameterList(ctx.pack, "meu.any_item_countries", ctx.asOf) ?? [];
      const listedItems = parameterList(ctx.pack, "meu.countries", ctx.asOf) ?? [];
      if (anyItem.includes(code))
        out.push(
          makeFinding(
            ctx,
            id,
            "hit",
            `Military end use in ${where}: licence required for any item.`,
            cite,
          ),
        );
      else if (listedItems.includes(code)) {
        out.push(
          level === "a" || level === "b"
            ? makeFinding(
                ctx,
                id,
                "hit",
                `Military end use in ${where}: licence required for ${itemLabel(row, ctx)}.`,
                cite,
              )
            : makeFinding(
                ctx,
                id,
                "needs_review",
                `Military end use in ${where}: a licence is required if the item is listed in Supp. No. 2 to Part 744; check it.`,
                cite,
              ),
        );
      } else
        out.push(
          makeFinding(
            ctx,
            id,
            "clear",
            `Military end use, but ${where} is not a 744.21 country.`,
            cite,
          ),
        );
    } else {
      const countries = parameterList(ctx.pack, "mieu.countries", ctx.asOf) ?? [];
      const groups = parameterList(ctx.pack, "mieu.groups", ctx.asOf) ?? [];
      const caught =
        countries.includes(code) ||
        groupsOf(ctx.pack, code, ctx.asOf).some((g) => groups.includes(g));
      out.push(
        caught
          ? makeFinding(
              ctx,
              id,
              "hit",
              `Military-intelligence end use in ${where}: licence required for any item.`,
              cite,
            )
          : makeFinding(
              ctx,
              id,
              "needs_review",
              `Military-intelligence end use in ${where}: 744.22 names other countries, but it also reaches listed military-intelligence end users anywhere and U.S.-person support; review.`,
              cite,
            ),
      );
    }
  }
  return out;
}

const LIST_PATTERNS: [RegExp, string, string, string][] = [
  [
    /denied|\bdpl\b|denial/i,
    "Denied Persons List",
    "cfr-764-dpl",
    "any dealing in items subject to the EAR is prohibited by the denial order",
  ],
  [
    /entity|\bel\b|实体/i,
    "Entity List",
    "cfr-744-11",
    "a licence is required for all items subject to the EAR, usually under a presumption of denial, and licence exceptions are unavailable",
  ],
  [
    /unverified|\buvl\b/i,
    "Unverified List",
    "cfr-744-15",
    "licence exceptions are unavailable and a UVL statement is required before shipping",
  ],
  [
    /military end|\bmeu\b/i,
    "Military End-User List",
    "cfr-744-21-meu",
    "a licence is required under 744.21",
  ],
  [
    /\bsdn\b|ofac|specially designated/i,
    "OFAC SDN List",
    "cfr-744-8",
    "property is blocked under OFAC sanctions, and 744.8 adds an EAR licence requirement for SDGT, SDT, FTO and NPWMD designations",
  ],
];
const NOT_LISTED = /^(none|no|n|clear|cleared|not listed|nil|na|n\/a|-|无|否)$/i;

function listedFinding(row: TypedRow, ctx: CheckContext): Finding {
  const id = "LIC-LISTED";
  const listed = fieldState(row, ctx, "listed_party");
  if (listed.state === "absent") return notAssessed(ctx, id, "listed-party status", "cfr-744-11");
  if (listed.state === "blank" || NOT_LISTED.test(listed.value.trim())) {
    return makeFinding(
      ctx,
      id,
      "clear",
      "The sheet reports no restricted-list match for this row.",
      "cfr-744-11",
    );
  }
  const hits = LIST_PATTERNS.filter(([re]) => re.test(listed.value));
  const first = hits[0];
  if (!first) {
    return makeFinding(
      ctx,
      id,
      "needs_review",
      `Listed-party status "${listed.value}" names no list Chipscreen knows (Entity List, DPL, UVL, MEU, SDN); review it.`,
      "cfr-744-11",
    );
  }
  const what = hits.map(([, list, , consequence]) => `${list}: ${consequence}`).join("; ");
  return makeFinding(ctx, id, "hit", `A party is reported on the ${what}.`, first[2]);
}

function licenceNotes(
  row: TypedRow,
  ctx: CheckContext,
  level: ControlLevel,
  findings: Finding[],
): string[] {
  const notes: string[] = [];
  const hitIds = new Set(findings.filter((f) => f.outcome === "hit").map((f) => f.id));
  const dest = row.destination_country
    ? ruleCountry(ctx.pack, row.destination_country, ctx.asOf)
    : undefined;
  const onlyAdvancedComputing = [...hitIds].every((id) => id === "LIC-DEST" || id === "LIC-HQ");
  if ((hitIds.has("LIC-DEST") || hitIds.has("LIC-HQ")) && onlyAdvancedComputing) {
    const datacenter = row.datacenter_marketed ?? ctx.ic?.datacenter;
    const eligible =
      (level === "a" && datacenter === false) || (level === "b" && datacenter !== false);
    // NAC/ACA exist from 2023-11-17 only; before that the pack has no notice period.
    const days = parameterNumber(ctx.pack, "nac.notice_days", ctx.asOf);
    if (eligible && days !== undefined) {
      const notified = {
        groups: requiredList(ctx.pack, "nac.notified_groups", ctx.asOf),
        named: requiredList(ctx.pack, "nac.notified_named", ctx.asOf),
      };
      const d5 = dest !== undefined && matchesDestinationTest(ctx.pack, dest, ctx.asOf, notified);
      notes.push(
        d5 || hitIds.has("LIC-HQ")
          ? `License Exception NAC may be available (740.8): notify BIS at least ${String(days)} days before shipping and wait for its confirmation.`
          : "License Exception ACA may be available (740.8): no prior notice to BIS is needed.",
      );
    }
  }
  const review = parameterRow(ctx.pack, "review_2026.countries", ctx.asOf);
  if (
    review &&
    dest &&
    Array.isArray(review.value) &&
    review.value.includes(dest) &&
    level === "a"
  ) {
    const tppMax = requiredNumber(ctx.pack, "review_2026.tpp_max", ctx.asOf);
    const bwMax = requiredNumber(ctx.pack, "review_2026.dram_gbs_max", ctx.asOf);
    const tpp = ctx.classification?.tpp;
    notes.push(
      `Review policy since ${review.effectiveFrom ?? ""}: licences to China/Macau are reviewed case by case when TPP < ${tppMax} and total DRAM bandwidth < ${bwMax} GB/s, with certifications${tpp !== null && tpp !== undefined ? ` (this item: TPP ${tpp})` : ""}; parties headquartered in D:5 or Macau abroad stay under a presumption of denial.`,
    );
  }
  // Written but not enforced: the pack's window says so in its own words, and the row is told.
  const diffusion = windowsInForce(ctx.pack, ctx.asOf).find(
    (w) => w.id === "ai-diffusion" && !w.enforced,
  );
  if (diffusion && level === "a" && !hitIds.has("LIC-DEST") && !hitIds.has("LIC-HQ")) {
    notes.push(`${diffusion.title}: ${diffusion.note}`);
  }
  return notes;
}

/** Licence determination: LIC-DEST, LIC-HQ, LIC-HBM, LIC-MEU, LIC-MIEU, LIC-WMD, LIC-LISTED. */
export const licenseChecks: CheckFamily = {
  name: "license",
  requires: {
    "LIC-DEST": [["destination_country"], ["item", "eccn", "tpp", "tops"]],
    "LIC-HQ": [["hq_country", "parent_country"]],
    "LIC-HBM": [["destination_country"]],
    "LIC-MEU": [["end_use"]],
    "LIC-MIEU": [["end_use"]],
    "LIC-WMD": [["end_use"]],
    "LIC-LISTED": [["listed_party", "customer_name", "consignee_name", "end_user_name"]],
  },
  run(row: TypedRow, ctx: CheckContext): CheckOutput {
    const level = controlLevel(ctx.licensingEccn);
    const findings = [
      destinationFinding(row, ctx, level),
      headquartersFinding(row, ctx, level),
      hbmFinding(row, ctx, level),
      ...endUseFindings(row, ctx, level),
      listedFinding(row, ctx),
    ];
    return { findings, notes: licenceNotes(row, ctx, level, findings), issues: [] };
  },
};
