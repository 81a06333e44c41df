/**
 * The answers behind CHIP.PARTY and CHIP.PARTIES: restricted-party screening of names (LIC-LISTED)
 * and of a customer address (RF07) against the list in use (src/lists/list-store.ts), worded for a
 * cell. Matching, thresholds and consequences come from the rule core; this file picks the match
 * that speaks for a party exactly as the core's screenParties does (a hit before a review, then the
 * higher score) and shortens the consequence to what fits a cell.
 */
import {
  consequenceOf,
  defaultPack,
  mapHeaders,
  matchName,
  normalizeRow,
  partyScreeningChecks,
  partyScreeningPack,
  type AsOfRule,
  type CanonicalField,
  type CheckContext,
  type CheckFamily,
  type Finding,
  type IsoDate,
  type LoadedList,
  type NameMatch,
  type RawRow,
  type TypedRow,
  partyParamsFromPack,
} from "../rules";
import { ageInDays, type CurrentList } from "../lists/list-store";
import { isBlank, tableArgs } from "./coerce-args";
import { invalidValue } from "./excel-errors";

/** The pack parameters PARTY and PARTIES need, in force on a date. */
export interface PartyThresholds {
  /** A name scoring at least this is a hit (on a list that carries a licence requirement, or SDN). */
  hit: number;
  /** From this score up to `hit` a name needs review. */
  review: number;
  /** A list older than this many days is called out. */
  maxAgeDays: number;
}

/** The party-screening thresholds in force on `asOf` (src/rules/packs/party-screening.json), read by the core. */
export function partyThresholds(
  asOf: IsoDate,
  pack: unknown = partyScreeningPack,
): PartyThresholds {
  const { params } = partyParamsFromPack(pack, asOf);
  return {
    hit: params.nameHitThreshold,
    review: params.nameReviewThreshold,
    maxAgeDays: params.listMaxAgeDays,
  };
}

export type PartyStatus = "HIT" | "REVIEW";

/** The match that speaks for one party, and how many more possible matches there were. */
export interface PartyMatch {
  status: PartyStatus;
  match: NameMatch;
  /** Further entries at or above the review threshold (at most CANDIDATE_LIMIT − 1 are counted). */
  others: number;
}

/** What a match on the entry's list means, in a few words: "744.11, footnote 1/4", "OFAC blocking; 744.8". */
export function shortConsequence(entry: NameMatch["entry"]): string {
  const consequence = consequenceOf(entry);
  switch (entry.source) {
    case "EL":
      return entry.footnotes.length > 0
        ? `744.11, footnote ${entry.footnotes.join("/")}`
        : "744.11";
    case "DPL":
      return "Part 764: any dealing prohibited";
    case "UVL":
      return "744.15: no licence exceptions, UVL statement needed";
    case "MEU":
      return "744.21";
    case "SDN":
      return consequence.licenseBasis ? "OFAC blocking; 744.8" : "OFAC blocking";
    default:
      return "not a BIS list: read the entry";
  }
}

function statusOf(match: NameMatch, thresholds: PartyThresholds): PartyStatus {
  if (match.score < thresholds.hit) return "REVIEW";
  // As the core's screenParties: BIS lists and SDN are hits; other programmes need a reader.
  const consequence = consequenceOf(match.entry);
  return consequence.licenseBasis || consequence.source === "SDN" ? "HIT" : "REVIEW";
}

/** Lower-case word tokens of a name, for the tie-break below. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * How many words of the entry's own name the query lacks: "(UK)", "(Yangon)" for a subsidiary. The
 * query's own acronym ("SMIC" for Semiconductor Manufacturing International Corporation) adds nothing.
 */
function extraWords(query: readonly string[], entryName: string): number {
  const have = new Set(query);
  const acronym = query.map((w) => w[0] ?? "").join("");
  return words(entryName).filter((w) => !have.has(w) && w !== acronym).length;
}

/** Candidates looked at per name: many subsidiaries list their parent's name as an alias. */
const CANDIDATE_LIMIT = 25;

/**
 * The best match for one name: hits before reviews, then the higher score (as screenParties
 * orders them). Among equally strong matches, the entry whose own name adds the fewest words to
 * the query is shown — "Huawei Technologies Co., Ltd. (Huawei)" rather than one of the
 * subsidiaries that list "Huawei Technologies Co., Ltd." as an alias.
 */
export function bestPartyMatch(
  list: LoadedList,
  name: string,
  country: string | undefined,
  thresholds: PartyThresholds,
): PartyMatch | undefined {
  const found = matchName(list.index, name, {
    country: country ?? null,
    minScore: thresholds.review,
    limit: CANDIDATE_LIMIT,
  });
  const query = words(name);
  const ranked = found
    .map((match) => ({
      match,
      status: statusOf(match, thresholds),
      extra: extraWords(query, match.entry.name),
    }))
    .sort((a, b) => {
      if (a.status !== b.status) return a.status === "HIT" ? -1 : 1;
      if (a.match.score !== b.match.score) return b.match.score - a.match.score;
      return a.extra - b.extra;
    });
  const top = ranked[0];
  if (!top) return undefined;
  return { status: top.status, match: top.match, others: ranked.length - 1 };
}

/** "demo list dated 2026-07-31, 120 days old: load a current list" (the warning past the pack's limit). */
export function listDateText(current: CurrentList, asOf: IsoDate, maxAgeDays: number): string {
  const date = current.loaded.list.listDate;
  const label = `${current.bundled ? "demo list" : "list"} dated ${date}`;
  const age = ageInDays(date, asOf);
  if (age === null) return label;
  if (age < 0) return `${label}, later than ${asOf}`;
  const days = `${label}, ${age} day${age === 1 ? "" : "s"} old`;
  return age > maxAgeDays ? `${days}: load a current list` : days;
}

/** `HIT 0.97: "Listed name", alias "…" — Entity List (744.11, footnote 1/4), entry EL-…` */
export function matchText(found: PartyMatch, role?: string): string {
  const { match } = found;
  const entry = match.entry;
  const alias = match.alias === entry.name ? "" : `, alias "${match.alias}"`;
  const more =
    found.others > 0 ? `; ${found.others} more possible match${found.others > 1 ? "es" : ""}` : "";
  const who = role ? ` ${role}` : "";
  const list = consequenceOf(entry).list;
  return `${found.status}${who} ${match.score.toFixed(2)}: "${entry.name}"${alias} — ${list} (${shortConsequence(entry)}), entry ${entry.id}${more}`;
}

const familyByList = new WeakMap<LoadedList, CheckFamily>();

/** The core's party check family for a list (built once per list). */
function partyFamily(list: LoadedList): CheckFamily {
  let family = familyByList.get(list);
  if (!family) {
    family = partyScreeningChecks({ loaded: list, partyPack: partyScreeningPack, clearances: [] });
    familyByList.set(list, family);
  }
  return family;
}

/** RF07 for a customer address, by the core's party check: the finding, or undefined without an address. */
export function addressFinding(
  list: LoadedList,
  row: TypedRow,
  present: ReadonlySet<CanonicalField>,
  asOf: IsoDate,
): Finding | undefined {
  if (!row.customer_address) return undefined;
  const ctx: CheckContext = {
    asOf,
    pack: defaultPack,
    present,
    chip: undefined,
    ic: undefined,
    classification: null,
    licensingEccn: undefined,
  };
  return partyFamily(list)
    .run(row, ctx)
    .findings.find((f) => f.id === "RF07");
}

/** The address part of a cell: "address RF07 HIT: …", "address clear", or why it was not compared. */
export function addressText(finding: Finding, list: LoadedList): string {
  switch (finding.outcome) {
    case "hit":
      return `address RF07 HIT: ${finding.message}`;
    case "needs_review":
      return `address RF07 REVIEW: ${finding.message}`;
    case "clear":
      return "address clear";
    case "not_assessed":
      return list.index.addresses.addresses.length === 0
        ? "address not compared: this list carries no street addresses"
        : `address not compared: ${finding.message}`;
  }
}

export interface PartyQuestion {
  name: string;
  /** ISO-2 code of the party's country, when given. */
  country: string | undefined;
  address: string | undefined;
  asOf: IsoDate;
}

/** CHIP.PARTY's cell. */
export function partyText(current: CurrentList, question: PartyQuestion): string {
  const list = current.loaded;
  const thresholds = partyThresholds(question.asOf);
  const found = bestPartyMatch(list, question.name, question.country, thresholds);
  const dated = listDateText(current, question.asOf, thresholds.maxAgeDays);
  const row: TypedRow = { customer_name: question.name };
  if (question.country) row.customer_country = question.country;
  if (question.address) row.customer_address = question.address;
  const present = new Set<CanonicalField>([
    "customer_name",
    "customer_country",
    "customer_address",
  ]);
  const address = addressFinding(list, row, present, question.asOf);
  const addressPart = address ? `; ${addressText(address, list)}` : "";
  if (!found) return `none${addressPart} (${dated})`;
  return `${matchText(found)}${addressPart} — ${dated}`;
}

const PARTY_FIELDS: readonly {
  field: CanonicalField;
  role: string;
  countryField: CanonicalField;
}[] = [
  { field: "customer_name", role: "customer", countryField: "customer_country" },
  { field: "consignee_name", role: "consignee", countryField: "destination_country" },
  { field: "end_user_name", role: "end user", countryField: "destination_country" },
];

/** A PARTIES range read and checked: the rows, which column holds each field, which fields exist. */
export interface PartiesTable {
  rows: unknown[][];
  columnOf: Map<CanonicalField, number>;
  present: ReadonlySet<CanonicalField>;
}

/** Reads CHIP.PARTIES' ranges; #VALUE! when they are not a header row and rows, or name no party column. */
export function partiesTable(headers: unknown, rows: unknown): PartiesTable {
  const table = tableArgs(headers, rows);
  const mapping = mapHeaders(table.headers);
  const present = new Set(mapping.fields.filter((f): f is CanonicalField => f !== null));
  if (!PARTY_FIELDS.some((p) => present.has(p.field))) {
    const shown = table.headers.filter((h) => h !== "").slice(0, 5);
    const seen = shown.length > 0 ? shown.map((h) => `"${h}"`).join(", ") : "only empty cells";
    throw invalidValue(
      `headers: no column is a customer, consignee or end-user name (saw ${seen}). Pass the table's header row, e.g. with a "customer_name" column.`,
    );
  }
  const columnOf = new Map<CanonicalField, number>();
  mapping.fields.forEach((f, i) => {
    if (f) columnOf.set(f, i);
  });
  return { rows: table.rows, columnOf, present };
}

/**
 * CHIP.PARTIES: one cell per data row naming, for each party column, the match that speaks for it
 * ("HIT customer 1.00: …"), the address result when the table has a customer_address column, and
 * the list's date; "none (list dated …)" when nothing matched; "" for a blank row.
 */
export function partiesCells(
  current: CurrentList,
  table: PartiesTable,
  asOf: AsOfRule,
): string[][] {
  const { columnOf, present } = table;
  const list = current.loaded;
  // Sheets repeat names: screen each (name, country, date) once per call.
  const matches = new Map<string, PartyMatch | undefined>();
  const thresholdsOn = new Map<IsoDate, PartyThresholds>();
  return table.rows.map((cells) => {
    if (cells.every(isBlank)) return [""];
    const raw: RawRow = {};
    for (const [field, column] of columnOf) raw[field] = cells[column];
    const { row } = normalizeRow(raw);
    const date = "date" in asOf ? asOf.date : (row.transaction_date ?? asOf.fallback);
    let thresholds = thresholdsOn.get(date);
    if (!thresholds) {
      thresholds = partyThresholds(date);
      thresholdsOn.set(date, thresholds);
    }
    const dated = listDateText(current, date, thresholds.maxAgeDays);
    const parts: string[] = [];
    let named = false;
    for (const { field, role, countryField } of PARTY_FIELDS) {
      const name = row[field];
      if (typeof name !== "string" || name.trim() === "") continue;
      named = true;
      const country = row[countryField];
      const countryCode = typeof country === "string" ? country : undefined;
      const key = `${name}\u0000${countryCode ?? ""}\u0000${date}`;
      if (!matches.has(key)) matches.set(key, bestPartyMatch(list, name, countryCode, thresholds));
      const found = matches.get(key);
      if (found) parts.push(matchText(found, role));
    }
    const address = addressFinding(list, row, present, date);
    if (!named && !address) return [`no party named (${dated})`];
    if (parts.length === 0) {
      const addressNote = address ? `; ${addressText(address, list)}` : "";
      return [`none${addressNote} (${dated})`];
    }
    if (address) parts.push(addressText(address, list));
    return [`${parts.join("; ")} — ${dated}`];
  });
}
