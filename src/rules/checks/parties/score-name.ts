import { jaroWinkler } from "./jaro-winkler";
import { isLegalForm } from "./legal-forms";

/** Tuning of the token-aligned scorer; defaults are the ones the benchmark was calibrated with. */
export interface NameScoreOptions {
  /** Token pairs less similar than this (Jaro-Winkler) do not pair at all. */
  minTokenSimilarity: number;
  /** Weight kept for query tokens the listed name lacks ("Almaz Antey Telecom" vs "Almaz Antey"). */
  extraQueryTokenPenalty: number;
  /** Weight kept for listed tokens the query lacks: higher, since a missing distinctive word matters. */
  missingListedTokenPenalty: number;
  /**
   * Factor applied when the only distinctive pair is inexact and other distinctive words are left
   * over ("Dell Technologies" vs "DELLA"): one fuzzy word is weak evidence (party-screening.md §3.5).
   */
  singleFuzzyPairFactor: number;
}

export const DEFAULT_NAME_SCORE_OPTIONS: NameScoreOptions = {
  minTokenSimilarity: 0.86,
  extraQueryTokenPenalty: 0.5,
  missingListedTokenPenalty: 0.8,
  singleFuzzyPairFactor: 0.9,
};

export interface TokenPair {
  query: string;
  listed: string;
  similarity: number;
}

/** A score with the evidence behind it. */
export interface NameScore {
  score: number;
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedListed: string[];
}

const DIGITS = /\d/;

/** Similarity of two normalised tokens; 0 when they should not be paired at all. */
export function tokenSimilarity(a: string, b: string, minSimilarity: number): number {
  if (a === b) return 1;
  // numbers and short tokens must agree exactly: "ZTE" is not "ZTF", unit 12 is not unit 21
  if (a.length <= 3 || b.length <= 3 || DIGITS.test(a) || DIGITS.test(b)) return 0;
  // Jaro-Winkler rewards shared prefixes even across very different lengths ("apple" vs
  // "appleworm" scores 0.91); a typo changes a length by a character or two, not by half
  if (Math.abs(a.length - b.length) > Math.max(1, 0.25 * Math.max(a.length, b.length))) return 0;
  const s = jaroWinkler(a, b);
  return s >= minSimilarity ? s : 0;
}

/**
 * Token-aligned Jaro-Winkler weighted by token rarity. Each query token pairs with at most one
 * listed token (best pairs first, weighted by the pair's combined weight); the score is the
 * weighted share of both names covered by pairs, scaled by pair similarity. Unpaired tokens
 * count against the score with the two penalty factors above.
 */
export function scoreTokens(
  query: readonly string[],
  queryWeights: readonly number[],
  listed: readonly string[],
  listedWeights: readonly number[],
  options: NameScoreOptions = DEFAULT_NAME_SCORE_OPTIONS,
): NameScore {
  const nq = query.length;
  const nl = listed.length;
  if (nq === 0 || nl === 0) {
    return { score: 0, pairs: [], unmatchedQuery: [...query], unmatchedListed: [...listed] };
  }
  const candidates: { i: number; j: number; sim: number; rank: number }[] = [];
  for (let i = 0; i < nq; i++) {
    const q = query[i] ?? "";
    const wq = queryWeights[i] ?? 1;
    for (let j = 0; j < nl; j++) {
      const sim = tokenSimilarity(q, listed[j] ?? "", options.minTokenSimilarity);
      if (sim > 0) candidates.push({ i, j, sim, rank: sim * (wq + (listedWeights[j] ?? 1)) });
    }
  }
  candidates.sort((x, y) => y.rank - x.rank || y.sim - x.sim);
  const usedQ = new Uint8Array(nq);
  const usedL = new Uint8Array(nl);
  const pairs: TokenPair[] = [];
  let covered = 0;
  let paired = 0;
  for (const c of candidates) {
    if (usedQ[c.i] === 1 || usedL[c.j] === 1) continue;
    usedQ[c.i] = 1;
    usedL[c.j] = 1;
    const w = (queryWeights[c.i] ?? 1) + (listedWeights[c.j] ?? 1);
    covered += c.sim * w;
    paired += w;
    pairs.push({ query: query[c.i] ?? "", listed: listed[c.j] ?? "", similarity: c.sim });
  }
  let missing = 0;
  const unmatchedQuery: string[] = [];
  const unmatchedListed: string[] = [];
  for (let i = 0; i < nq; i++) {
    if (usedQ[i] === 1) continue;
    missing += options.extraQueryTokenPenalty * (queryWeights[i] ?? 1);
    unmatchedQuery.push(query[i] ?? "");
  }
  for (let j = 0; j < nl; j++) {
    if (usedL[j] === 1) continue;
    missing += options.missingListedTokenPenalty * (listedWeights[j] ?? 1);
    unmatchedListed.push(listed[j] ?? "");
  }
  const denominator = paired + missing;
  let score = denominator > 0 ? covered / denominator : 0;
  const distinctive = pairs.filter((p) => !isLegalForm(p.listed));
  const leftOver = [...unmatchedQuery, ...unmatchedListed].some((t) => !isLegalForm(t));
  if (distinctive.length === 1 && (distinctive[0]?.similarity ?? 1) < 1 && leftOver) {
    score *= options.singleFuzzyPairFactor;
  }
  return { score: Math.min(1, Math.max(0, score)), pairs, unmatchedQuery, unmatchedListed };
}
