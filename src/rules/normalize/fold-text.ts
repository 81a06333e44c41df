const recentFolds = new Map<string, string>();

/** Folds text for comparison: Unicode NFKC, lower case, no accents, punctuation and spaces removed. */
export function foldKey(text: string): string {
  // Cell values repeat endlessly in a sheet ("Y", "China", "hpc"): fold each distinct short text once.
  if (text.length > 64) return foldUncached(text);
  let folded = recentFolds.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    if (recentFolds.size >= 20000) recentFolds.clear();
    recentFolds.set(text, folded);
  }
  return folded;
}

function foldUncached(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/**
 * Edit distance between two short strings, counting a swap of neighbours as one edit
 * ("Chian" is one edit from "China"); for "did you mean" suggestions.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    const previous = rows[i - 1] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      current[j] = best;
    }
    rows.push(current);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** Text of a cell value, trimmed; undefined for blank. */
export function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = typeof value === "string" ? value : String(value);
  const trimmed = text.trim();
  return trimmed === "" ? undefined : trimmed;
}
