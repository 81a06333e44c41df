import type { ListAddress, ListEntry } from "./list-model";
import { foldText } from "./normalize-name";

/**
 * The RF07 channel: does a party's address look like a listed party's address? Street-level
 * tokens plus the city are compared as weighted token sets within one country. Addresses that
 * many listed entries share (registered agents, free-zone business centres) weigh less, since
 * innocent companies use them too (party-screening.md §2: one Majuro address serves 41 SDNs).
 */

/** Address words spelled one way ("Street" -> "st"); numbering words are dropped. */
const ADDRESS_FORMS: Record<string, string> = {
  street: "st",
  str: "st",
  strasse: "st",
  road: "rd",
  avenue: "ave",
  av: "ave",
  boulevard: "blvd",
  building: "bldg",
  bld: "bldg",
  floor: "fl",
  flr: "fl",
  room: "rm",
  suite: "ste",
  district: "dist",
  industrial: "ind",
  industry: "ind",
  park: "pk",
  zone: "zn",
  tower: "twr",
  lane: "ln",
  drive: "dr",
  square: "sq",
  place: "pl",
  highway: "hwy",
  east: "e",
  west: "w",
  north: "n",
  south: "s",
  province: "prov",
  city: "",
  no: "",
  number: "",
  unit: "",
  flat: "",
  the: "",
  of: "",
};

export function normalizeAddressTokens(text: string): string[] {
  const folded = foldText(text);
  if (!folded) return [];
  const out: string[] = [];
  for (const t of folded.split(" ")) {
    const c = ADDRESS_FORMS[t] ?? t;
    if (c) out.push(c);
  }
  return out;
}

interface IndexedAddress {
  entry: number;
  address: ListAddress;
  tokens: string[];
  country: string;
  /** How many listed entries carry this same normalised address. */
  sharedBy: number;
}

export interface AddressIndex {
  addresses: IndexedAddress[];
  postings: Map<string, number[]>;
  df: Map<string, number>;
}

export function buildAddressIndex(entries: readonly ListEntry[]): AddressIndex {
  const addresses: IndexedAddress[] = [];
  const byKey = new Map<string, Set<number>>();
  entries.forEach((entry, entryNo) => {
    for (const a of entry.addresses ?? []) {
      const street = normalizeAddressTokens(a.street);
      // street-level only: a bare city or country says nothing about co-location
      if (street.length < 2) continue;
      const tokens = [...new Set([...street, ...normalizeAddressTokens(a.city)])];
      const country = a.country.toUpperCase();
      const key = `${country}|${[...tokens].sort().join(" ")}`;
      const set = byKey.get(key) ?? new Set<number>();
      set.add(entryNo);
      byKey.set(key, set);
      addresses.push({ entry: entryNo, address: a, tokens, country, sharedBy: 0 });
    }
  });
  const postings = new Map<string, number[]>();
  const df = new Map<string, number>();
  addresses.forEach((a, id) => {
    a.sharedBy = byKey.get(`${a.country}|${[...a.tokens].sort().join(" ")}`)?.size ?? 1;
    for (const t of a.tokens) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const l = postings.get(t);
      if (l) l.push(id);
      else postings.set(t, [id]);
    }
  });
  return { addresses, postings, df };
}

export interface AddressMatch {
  entry: number;
  address: ListAddress;
  /** In [0, 1], after the shared-address discount. */
  score: number;
  /** Before the discount: how much of the shorter address the other covers. */
  coverage: number;
  sharedBy: number;
  sharedTokens: string[];
}

/** Addresses with a token in more than this many listed addresses are not used to find candidates. */
const COMMON_ADDRESS_TOKEN = 400;

/**
 * Listed addresses resembling `text` in `country` (ISO-2, or "" when unknown), best first.
 * Country mismatch excludes a listed address that names a different country.
 */
export function matchAddress(
  index: AddressIndex,
  text: string,
  country: string,
  limit = 5,
): AddressMatch[] {
  const query = [...new Set(normalizeAddressTokens(text))];
  if (query.length < 2 || index.addresses.length === 0) return [];
  const total = index.addresses.length;
  const weight = (t: string): number => Math.log(1 + total / Math.max(1, index.df.get(t) ?? 0));
  const seen = new Set<number>();
  for (const t of query) {
    const p = index.postings.get(t);
    if (!p || p.length > COMMON_ADDRESS_TOKEN) continue;
    for (const id of p) seen.add(id);
  }
  const cc = country.toUpperCase();
  const qSet = new Set(query);
  const qWeight = query.reduce((s, t) => s + weight(t), 0);
  const out: AddressMatch[] = [];
  for (const id of seen) {
    const a = index.addresses[id];
    if (!a) continue;
    if (cc && a.country && cc !== a.country) continue;
    let shared = 0;
    let listedWeight = 0;
    const sharedTokens: string[] = [];
    for (const t of a.tokens) {
      const w = weight(t);
      listedWeight += w;
      if (qSet.has(t)) {
        shared += w;
        sharedTokens.push(t);
      }
    }
    const coverage = shared / Math.max(1e-9, Math.min(qWeight, listedWeight));
    const discount = 1 / (1 + 0.25 * Math.log2(Math.max(1, a.sharedBy)));
    out.push({
      entry: a.entry,
      address: a.address,
      score: Math.min(1, coverage) * discount,
      coverage: Math.min(1, coverage),
      sharedBy: a.sharedBy,
      sharedTokens,
    });
  }
  out.sort((x, y) => y.score - x.score);
  return out.slice(0, limit);
}
