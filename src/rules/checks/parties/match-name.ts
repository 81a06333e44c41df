import type { ListEntry } from "./list-model";
import { normalizeName } from "./normalize-name";
import {
  DEFAULT_CANDIDATE_OPTIONS,
  findCandidates,
  tokenWeight,
  type CandidateOptions,
  type PartyIndex,
} from "./party-index";
import {
  DEFAULT_NAME_SCORE_OPTIONS,
  scoreTokens,
  type NameScore,
  type NameScoreOptions,
} from "./score-name";

/** The best-scoring alias of one listed entry for one query name. */
export interface NameMatch {
  entryIndex: number;
  entry: ListEntry;
  /** The listed spelling that scored best. */
  alias: string;
  score: number;
  detail: NameScore;
  /** The party's country was given, the entry names countries, and none of them is it. */
  countryMismatch: boolean;
}

export interface MatchNameOptions {
  /** ISO-2 country of the party, when known; a listed entry in other countries scores a little lower. */
  country?: string | null;
  /** Subtracted from the score on a country mismatch. */
  countryMismatchPenalty?: number;
  /** Matches below this score are not returned. */
  minScore?: number;
  limit?: number;
  scoring?: NameScoreOptions;
  candidates?: CandidateOptions;
}

/** Listed entries whose names resemble `text`, best first, one result per entry. */
export function matchName(
  index: PartyIndex,
  text: string,
  options: MatchNameOptions = {},
): NameMatch[] {
  const tokens = normalizeName(text);
  if (tokens.length === 0) return [];
  const weights = tokens.map((t) => tokenWeight(index, t));
  const key = tokens.join(" ");
  const minScore = options.minScore ?? 0.5;
  const penalty = options.countryMismatchPenalty ?? 0.05;
  const country = (options.country ?? "").toUpperCase();
  const best = new Map<number, NameMatch>();
  for (const id of findCandidates(index, tokens, options.candidates ?? DEFAULT_CANDIDATE_OPTIONS)) {
    const n = index.names[id];
    if (!n) continue;
    const entry = index.entries[n.entry];
    if (!entry) continue;
    const detail =
      n.key === key
        ? {
            score: 1,
            pairs: tokens.map((t) => ({ query: t, listed: t, similarity: 1 })),
            unmatchedQuery: [],
            unmatchedListed: [],
          }
        : scoreTokens(
            tokens,
            weights,
            n.tokens,
            n.weights,
            options.scoring ?? DEFAULT_NAME_SCORE_OPTIONS,
          );
    const countryMismatch =
      country.length === 2 && entry.countries.length > 0 && !entry.countries.includes(country);
    const score = Math.max(0, detail.score - (countryMismatch ? penalty : 0));
    if (score < minScore) continue;
    const prev = best.get(n.entry);
    if (!prev || score > prev.score) {
      best.set(n.entry, {
        entryIndex: n.entry,
        entry,
        alias: n.text,
        score,
        detail,
        countryMismatch,
      });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, options.limit ?? 5);
}
