import { listHash } from "./content-hash";
import {
  SOURCE_CODES,
  type ListEntry,
  type ListProblem,
  type ListStats,
  type SourceCode,
} from "./list-model";

/**
 * Checks a freshly loaded list before it replaces the cached one. trade.gov has served files with
 * a whole source missing (6 May 2024: no Treasury records) and files cut off mid-way (June 2026),
 * party-screening.md §1.8. A list with problems should be refused and the old one kept.
 */
export interface ValidateListOptions {
  /** Sources the list must contain, whatever the previous list held. */
  requiredSources: readonly SourceCode[];
  /** Largest accepted fall in a source's count against the previous list (0.2 = 20 %). */
  maxSourceDrop: number;
}

export const DEFAULT_VALIDATE_OPTIONS: ValidateListOptions = {
  requiredSources: ["EL", "DPL", "UVL", "MEU", "SDN"],
  maxSourceDrop: 0.2,
};

export interface ListValidation {
  ok: boolean;
  stats: ListStats;
  problems: ListProblem[];
}

export function listStats(entries: readonly ListEntry[], listDate: string): ListStats {
  const bySource: Partial<Record<SourceCode, number>> = {};
  for (const e of entries) bySource[e.source] = (bySource[e.source] ?? 0) + 1;
  return { listDate, total: entries.length, bySource, hash: listHash(entries) };
}

export function validateList(
  entries: readonly ListEntry[],
  listDate: string,
  previous: ListStats | null = null,
  options: Partial<ValidateListOptions> = {},
): ListValidation {
  const opts = { ...DEFAULT_VALIDATE_OPTIONS, ...options };
  const problems: ListProblem[] = [];
  const stats = listStats(entries, listDate);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(listDate)) {
    problems.push({
      code: "unreadable_date",
      message: `The list date "${listDate}" is not YYYY-MM-DD.`,
    });
  }
  if (entries.length === 0) {
    problems.push({ code: "empty_list", message: "The list holds no entries." });
  }
  const expected = new Set<SourceCode>(opts.requiredSources);
  if (previous) {
    for (const code of SOURCE_CODES) if ((previous.bySource[code] ?? 0) > 0) expected.add(code);
  }
  for (const code of SOURCE_CODES) {
    if (!expected.has(code)) continue;
    const now = stats.bySource[code] ?? 0;
    if (now === 0) {
      problems.push({
        code: "missing_source",
        message: `The list has no ${code} entries${previous ? ` (the previous list had ${previous.bySource[code] ?? 0})` : ""}.`,
        at: code,
      });
      continue;
    }
    const before = previous?.bySource[code] ?? 0;
    if (before > 0 && now < before * (1 - opts.maxSourceDrop)) {
      const pct = Math.round((1 - now / before) * 100);
      problems.push({
        code: "source_dropped",
        message: `${code} fell from ${before} to ${now} entries (${pct} %), more than the ${Math.round(opts.maxSourceDrop * 100)} % tolerated; the file may be truncated.`,
        at: code,
      });
    }
  }
  return { ok: problems.length === 0, stats, problems };
}
