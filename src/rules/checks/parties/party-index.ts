import { entryHash } from "./content-hash";
import { isLegalForm } from "./legal-forms";
import type { ListEntry, ScreeningList } from "./list-model";
import { listedNameVariants } from "./listed-name-variants";
import { buildAddressIndex, type AddressIndex } from "./match-address";
import { normalizeName } from "./normalize-name";

/**
 * The candidate index: every listed name and alias, normalised once, with character-trigram
 * postings (typo-tolerant blocking) and postings of rare whole tokens (catches names whose
 * trigrams drift too far, e.g. a heavy typo in a long token). A query touches only the postings of
 * its own trigrams and tokens, never the whole list.
 */

/** One searchable spelling of one listed entry. */
export interface IndexedName {
  entry: number;
  /** The spelling as the list writes it (shown to users as the matched alias). */
  text: string;
  tokens: string[];
  weights: number[];
  key: string;
  trigramCount: number;
}

export interface PartyIndex {
  listDate: string;
  provenance: string;
  entries: readonly ListEntry[];
  /** Content hash per entry, same order as `entries` (clearances compare against it). */
  entryHashes: string[];
  names: IndexedName[];
  /** Normalised key -> names with exactly that key. */
  exact: Map<string, number[]>;
  trigrams: Map<string, Int32Array>;
  rareTokens: Map<string, Int32Array>;
  /** Document frequency of each token over all names. */
  df: Map<string, number>;
  addresses: AddressIndex;
}

/** Weight of a legal-form token, against IDF weights of about 2-11 for real words. */
export const LEGAL_FORM_WEIGHT = 0.5;
/** A token in at most this share of names is "rare" and gets a whole-token posting. */
const RARE_TOKEN_SHARE = 0.002;

export function tokenTrigrams(token: string, into: Set<string>): void {
  const padded = `_${token}_`;
  for (let i = 0; i + 3 <= padded.length; i++) into.add(padded.slice(i, i + 3));
}

/** Trigrams of the distinctive tokens of a name (legal forms excluded: they match everything). */
export function nameTrigrams(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (!isLegalForm(t)) tokenTrigrams(t, out);
  if (out.size === 0) for (const t of tokens) tokenTrigrams(t, out);
  return out;
}

/** IDF-style weight: rare words count for more; unknown words count as the rarest. */
export function tokenWeight(index: Pick<PartyIndex, "df" | "names">, token: string): number {
  if (isLegalForm(token)) return LEGAL_FORM_WEIGHT;
  const df = index.df.get(token) ?? 0;
  return Math.log(1 + index.names.length / Math.max(1, df));
}

function toPostings(map: Map<string, number[]>): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  for (const [k, v] of map) out.set(k, Int32Array.from(v));
  return out;
}

export function buildPartyIndex(list: ScreeningList): PartyIndex {
  const names: IndexedName[] = [];
  const exact = new Map<string, number[]>();
  const df = new Map<string, number>();
  list.entries.forEach((entry, entryNo) => {
    const seen = new Set<string>();
    for (const spelling of [entry.name, ...entry.aliases]) {
      for (const variant of listedNameVariants(spelling)) {
        const tokens = normalizeName(variant);
        const key = tokens.join(" ");
        if (!key || seen.has(key)) continue;
        seen.add(key);
        names.push({ entry: entryNo, text: variant, tokens, weights: [], key, trigramCount: 0 });
      }
    }
  });
  for (const n of names) for (const t of new Set(n.tokens)) df.set(t, (df.get(t) ?? 0) + 1);

  const trigramLists = new Map<string, number[]>();
  const tokenLists = new Map<string, number[]>();
  const rareLimit = Math.max(2, Math.floor(names.length * RARE_TOKEN_SHARE));
  const partial = { df, names };
  names.forEach((n, id) => {
    n.weights = n.tokens.map((t) => tokenWeight(partial, t));
    const grams = nameTrigrams(n.tokens);
    n.trigramCount = grams.size;
    for (const g of grams) {
      const l = trigramLists.get(g);
      if (l) l.push(id);
      else trigramLists.set(g, [id]);
    }
    for (const t of new Set(n.tokens)) {
      if (isLegalForm(t) || (df.get(t) ?? 0) > rareLimit) continue;
      const l = tokenLists.get(t);
      if (l) l.push(id);
      else tokenLists.set(t, [id]);
    }
    const e = exact.get(n.key);
    if (e) e.push(id);
    else exact.set(n.key, [id]);
  });

  return {
    listDate: list.listDate,
    provenance: list.provenance,
    entries: list.entries,
    entryHashes: list.entries.map(entryHash),
    names,
    exact,
    trigrams: toPostings(trigramLists),
    rareTokens: toPostings(tokenLists),
    df,
    addresses: buildAddressIndex(list.entries),
  };
}

export interface CandidateOptions {
  /** Most names handed to the scorer per query. */
  limit: number;
  /** Least trigram overlap (shared / smaller trigram set) for a name to be considered. */
  minOverlap: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { limit: 60, minOverlap: 0.5 };

let counts = new Int32Array(0);

/**
 * Trigrams carried by more than this share of names ("ing", "_sh") are skipped when the query has
 * enough rarer ones: they cost the most to walk and tell candidates apart the least.
 */
const COMMON_TRIGRAM_SHARE = 0.03;

/** Names worth scoring for a normalised query, best trigram overlap first. */
export function findCandidates(
  index: PartyIndex,
  tokens: readonly string[],
  options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): number[] {
  if (counts.length < index.names.length) counts = new Int32Array(index.names.length);
  const postingsList: Int32Array[] = [];
  for (const g of nameTrigrams(tokens)) {
    const p = index.trigrams.get(g);
    postingsList.push(p ?? new Int32Array(0));
  }
  postingsList.sort((a, b) => a.length - b.length);
  const commonLimit = Math.max(50, index.names.length * COMMON_TRIGRAM_SHARE);
  let used = postingsList.length;
  while (used > 4 && (postingsList[used - 1]?.length ?? 0) > commonLimit) used--;
  const touched: number[] = [];
  for (let u = 0; u < used; u++) {
    const postings = postingsList[u];
    if (!postings) continue;
    for (let k = 0; k < postings.length; k++) {
      const id = postings[k] ?? 0;
      const c = counts[id] ?? 0;
      if (c === 0) touched.push(id);
      counts[id] = c + 1;
    }
  }
  // bucket by shared-trigram count: high overlap first, no full sort of thousands of names
  const buckets: number[][] = [];
  for (const id of touched) {
    const shared = counts[id] ?? 0;
    counts[id] = 0;
    const n = index.names[id];
    if (!n) continue;
    // skipped trigrams are assumed shared by the name: a lenient estimate, refined by the scorer
    const overlap = shared / Math.max(1, Math.min(used, n.trigramCount));
    if (overlap < options.minOverlap) continue;
    (buckets[shared] ??= []).push(id);
  }
  const out = new Set<number>();
  for (let b = buckets.length - 1; b > 0 && out.size < options.limit; b--) {
    const bucket = buckets[b];
    if (!bucket) continue;
    // within a bucket prefer names of similar size (higher Dice)
    if (bucket.length + out.size > options.limit) {
      bucket.sort(
        (x, y) =>
          Math.abs((index.names[x]?.trigramCount ?? 0) - postingsList.length) -
          Math.abs((index.names[y]?.trigramCount ?? 0) - postingsList.length),
      );
    }
    for (const id of bucket) {
      if (out.size >= options.limit) break;
      out.add(id);
    }
  }
  for (const t of tokens) {
    const postings = index.rareTokens.get(t);
    if (postings) for (const id of postings) out.add(id);
  }
  const e = index.exact.get(tokens.join(" "));
  if (e) for (const id of e) out.add(id);
  return [...out];
}
