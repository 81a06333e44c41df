import type { Finding, RowIssue } from "../../model/finding";
import { clearanceFor, type Clearance } from "./clearances";
import { consequenceOf, type Consequence } from "./consequence";
import { daysBetween } from "./day-count";
import { matchAddress, type AddressMatch } from "./match-address";
import { matchName, type NameMatch } from "./match-name";
import type { PartyIndex } from "./party-index";
import type { PartyScreeningParams } from "./party-params";

/** The row fields the party screen reads (row-model.md names). */
export interface PartyRowFields {
  customer_name?: string | null;
  consignee_name?: string | null;
  end_user_name?: string | null;
  customer_address?: string | null;
  customer_country?: string | null;
  destination_country?: string | null;
}

export interface ScreenPartiesInput {
  index: PartyIndex;
  row: PartyRowFields;
  /** The row's as-of date, YYYY-MM-DD (the core never reads the clock). */
  asOf: string;
  params: PartyScreeningParams;
  clearances?: readonly Clearance[];
}

export type PartyRole = "customer" | "consignee" | "end user";

/** The evidence behind one reported match, for the task pane and audit trail. */
export interface PartyMatchReport {
  role: PartyRole;
  party: string;
  channel: "name" | "address";
  entryId: string;
  entryHash: string;
  listed: string;
  alias: string;
  score: number;
  outcome: "hit" | "needs_review";
  consequence: Consequence;
  tokenPairs: { query: string; listed: string; similarity: number }[];
  /** A clearance exists but the entry changed since it was given. */
  clearanceStale: boolean;
}

export interface PartyScreeningResult {
  findings: Finding[];
  notes: string[];
  issues: RowIssue[];
  matches: PartyMatchReport[];
}

interface Party {
  role: PartyRole;
  field: keyof PartyRowFields;
  name: string;
  country: string;
}

const ROLE_LABEL: Record<PartyRole, string> = {
  customer: "Customer",
  consignee: "Consignee",
  "end user": "End user",
};

function text(v: string | null | undefined): string {
  return (v ?? "").trim();
}

function shortFr(fr: string | null): string {
  if (!fr) return "FR notice not given";
  const parts = fr
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length <= 2) return `FR ${parts.join(", ")}`;
  return `FR ${parts[0] ?? ""} … ${parts[parts.length - 1] ?? ""}`;
}

function listCitation(c: Consequence, index: PartyIndex): string {
  return `${c.citation}; Consolidated Screening List dated ${index.listDate}`;
}

function nameOutcome(
  m: NameMatch,
  c: Consequence,
  p: PartyScreeningParams,
): "hit" | "needs_review" {
  if (m.score < p.nameHitThreshold) return "needs_review";
  // EL, DPL, UVL, MEU and SDN matches are hits; other programmes need a reader (consequence.ts).
  return c.licenseBasis || c.source === "SDN" ? "hit" : "needs_review";
}

export function screenParties(input: ScreenPartiesInput): PartyScreeningResult {
  const { index, row, asOf, params } = input;
  const clearances = input.clearances ?? [];
  const notes: string[] = [];
  const issues: RowIssue[] = [];
  const findings: Finding[] = [];
  const matches: PartyMatchReport[] = [];
  const listName = `the Consolidated Screening List dated ${index.listDate}`;

  const age = daysBetween(index.listDate, asOf);
  if (age === null) {
    issues.push({
      field: "as_of",
      code: "unreadable_date",
      message: `The screening date "${asOf}" is not YYYY-MM-DD.`,
    });
  } else if (age > params.listMaxAgeDays) {
    notes.push(
      `list dated ${index.listDate}: ${age} days old (more than ${params.listMaxAgeDays}); load a fresh Consolidated Screening List.`,
    );
  } else if (age < 0) {
    notes.push(
      `list dated ${index.listDate} is later than the screening date ${asOf}: it may name parties listed after that date.`,
    );
  }
  notes.push(params.ownershipNotice);

  const parties: Party[] = [];
  const add = (
    role: PartyRole,
    field: keyof PartyRowFields,
    country: string | null | undefined,
  ): void => {
    const name = text(row[field]);
    if (name) parties.push({ role, field, name, country: text(country).toUpperCase() });
  };
  add("customer", "customer_name", row.customer_country);
  add("consignee", "consignee_name", row.destination_country);
  add("end user", "end_user_name", row.destination_country);

  if (parties.length === 0) {
    findings.push({
      id: "LIC-LISTED",
      outcome: "not_assessed",
      message: "No customer, consignee or end-user name was given, so no party was screened.",
      citation: `15 CFR 744.11, 744.15, 744.21, 744.8, Part 764; Consolidated Screening List dated ${index.listDate}`,
    });
  }

  const cleared: string[] = [];
  for (const party of parties) {
    const found = matchName(index, party.name, {
      country: party.country || null,
      countryMismatchPenalty: params.countryMismatchPenalty,
      minScore: params.nameReviewThreshold,
      limit: 5,
    });
    const reported: PartyMatchReport[] = [];
    for (const m of found) {
      const hash = index.entryHashes[m.entryIndex] ?? "";
      const cl = clearanceFor(clearances, party.name, m.entry.id, hash, asOf);
      if (cl.status === "honoured") {
        cleared.push(
          `${ROLE_LABEL[party.role]} "${party.name}" was cleared against "${m.entry.name}" (${m.entry.source}) by ${cl.clearance.reviewer} on ${cl.clearance.date}: ${cl.clearance.reason}`,
        );
        continue;
      }
      const consequence = consequenceOf(m.entry);
      reported.push({
        role: party.role,
        party: party.name,
        channel: "name",
        entryId: m.entry.id,
        entryHash: hash,
        listed: m.entry.name,
        alias: m.alias,
        score: m.score,
        outcome: nameOutcome(m, consequence, params),
        consequence,
        tokenPairs: m.detail.pairs,
        clearanceStale: cl.status === "stale",
      });
    }
    if (reported.length === 0) continue;
    // the hit (or the best review) speaks for the party; the rest are counted
    reported.sort((a, b) =>
      a.outcome === b.outcome ? b.score - a.score : a.outcome === "hit" ? -1 : 1,
    );
    matches.push(...reported);
    const top = reported[0];
    if (!top) continue;
    const entry = index.entries.find((e) => e.id === top.entryId);
    const others = reported.length - 1;
    const aliasText = top.alias === top.listed ? "" : ` under the alias "${top.alias}"`;
    const stale = top.clearanceStale
      ? " (a clearance exists but the entry changed since it was given)"
      : "";
    const entityNo = `, list entry ${top.entryId}${entry?.entityNumber ? `, entity no. ${entry.entityNumber}` : ""}`;
    findings.push({
      id: "LIC-LISTED",
      outcome: top.outcome,
      message:
        `${ROLE_LABEL[party.role]} "${party.name}" ${top.outcome === "hit" ? "matches" : "resembles"} "${top.listed}"${aliasText} on the ${top.consequence.list}` +
        ` (score ${top.score.toFixed(2)}${entityNo}, ${shortFr(entry?.frNotice ?? null)}): ${top.consequence.summary}${stale}` +
        `${others > 0 ? `; ${others} more possible match${others > 1 ? "es" : ""}` : ""}.`,
      citation: listCitation(top.consequence, index),
    });
  }
  if (parties.length > 0 && !findings.some((f) => f.id === "LIC-LISTED")) {
    const names = parties.map((p) => `${p.role} "${p.name}"`).join(", ");
    findings.push({
      id: "LIC-LISTED",
      outcome: "clear",
      message: `No listed party resembles the ${names} on ${listName} (review threshold ${params.nameReviewThreshold}).`,
      citation: `15 CFR 744.11, 744.15, 744.21, 744.8, Part 764; Consolidated Screening List dated ${index.listDate}`,
    });
  }
  notes.push(...cleared);

  findings.push(screenAddress(input, matches, clearances));
  return { findings, notes, issues, matches };
}

function screenAddress(
  input: ScreenPartiesInput,
  matches: PartyMatchReport[],
  clearances: readonly Clearance[],
): Finding {
  const { index, row, params, asOf } = input;
  const citation = `15 CFR Part 732 Supp. No. 3 (address similar to a listed party), 744.16; Consolidated Screening List dated ${index.listDate}`;
  const address = text(row.customer_address);
  if (!address) {
    return {
      id: "RF07",
      outcome: "not_assessed",
      message: "No customer address was given, so co-location with listed parties was not checked.",
      citation,
    };
  }
  if (index.addresses.addresses.length === 0) {
    return {
      id: "RF07",
      outcome: "not_assessed",
      message: `The loaded list (dated ${index.listDate}) carries no street addresses, so "${address}" could not be compared with listed addresses; load the full trade.gov file.`,
      citation,
    };
  }
  const customer = text(row.customer_name);
  const found = matchAddress(index.addresses, address, text(row.customer_country)).filter((m) => {
    const e = index.entries[m.entry];
    if (!e || !customer) return true;
    return (
      clearanceFor(clearances, customer, e.id, index.entryHashes[m.entry] ?? "", asOf).status !==
      "honoured"
    );
  });
  const best: AddressMatch | undefined = found[0];
  const entry = best ? index.entries[best.entry] : undefined;
  if (!best || !entry || best.score < params.addressReviewThreshold) {
    return {
      id: "RF07",
      outcome: "clear",
      message: `The customer address "${address}" does not resemble any street address on ${`the list dated ${index.listDate}`} (review threshold ${params.addressReviewThreshold}).`,
      citation,
    };
  }
  const outcome = best.score >= params.addressHitThreshold ? "hit" : "needs_review";
  const consequence = consequenceOf(entry);
  matches.push({
    role: "customer",
    party: address,
    channel: "address",
    entryId: entry.id,
    entryHash: index.entryHashes[best.entry] ?? "",
    listed: entry.name,
    alias: [best.address.street, best.address.city, best.address.country]
      .filter((s) => s)
      .join(", "),
    score: best.score,
    outcome,
    consequence,
    tokenPairs: best.sharedTokens.map((t) => ({ query: t, listed: t, similarity: 1 })),
    clearanceStale: false,
  });
  const shared =
    best.sharedBy > 1
      ? `, an address ${best.sharedBy} listed parties share, which lowers its weight`
      : "";
  return {
    id: "RF07",
    outcome,
    message: `The customer address "${address}" resembles the address of "${entry.name}" on the ${consequence.list} (score ${best.score.toFixed(2)}${shared}): ${consequence.summary}.`,
    citation,
  };
}
