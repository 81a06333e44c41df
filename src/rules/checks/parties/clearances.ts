import { z } from "zod";
import { nameKey } from "./normalize-name";

/**
 * A reviewer's decision that a party is not the listed entry it resembled. It holds only while the
 * listed entry is unchanged: when the entry's content hash moves (new alias, new FR notice, new
 * footnote), the alert comes back so someone looks again.
 */
export const ClearanceSchema = z.object({
  /** The party name as written in the sheet; compared after normalisation. */
  party: z.string().min(1),
  listEntryId: z.string().min(1),
  /** content-hash.ts entryHash of the entry the reviewer saw. */
  entryHash: z.string().regex(/^[0-9a-f]{16}$/),
  reason: z.string().min(1),
  reviewer: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Clearance = z.infer<typeof ClearanceSchema>;

export const ClearanceFileSchema = z.object({ clearances: z.array(ClearanceSchema) });

export type ClearanceStatus =
  | { status: "none" }
  | { status: "honoured"; clearance: Clearance }
  | { status: "stale"; clearance: Clearance };

/** Reads a clearance file; unreadable rows come back as problems, readable ones are kept. */
export function parseClearances(input: unknown): { clearances: Clearance[]; problems: string[] } {
  const rows = z.object({ clearances: z.array(z.unknown()) }).safeParse(input);
  if (!rows.success)
    return { clearances: [], problems: ["The clearance file has no clearances array."] };
  const clearances: Clearance[] = [];
  const problems: string[] = [];
  rows.data.clearances.forEach((r, i) => {
    const p = ClearanceSchema.safeParse(r);
    if (p.success) clearances.push(p.data);
    else
      problems.push(
        `Clearance ${i + 1}: ${p.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}.`,
      );
  });
  return { clearances, problems };
}

/**
 * Whether a clearance covers this party against this entry. A reviewer's finding that a party is
 * not a listed entry holds whatever the row's as-of date (a deal screened as of its 2025 ship date
 * is cleared by a review done today); it lapses only when the entry's content changes. Honoured
 * beats stale when several apply.
 */
export function clearanceFor(
  clearances: readonly Clearance[],
  party: string,
  entryId: string,
  currentHash: string,
  _asOf: string,
): ClearanceStatus {
  const key = nameKey(party);
  let stale: Clearance | null = null;
  for (const c of clearances) {
    if (c.listEntryId !== entryId || nameKey(c.party) !== key) continue;
    if (c.entryHash === currentHash) return { status: "honoured", clearance: c };
    stale = c;
  }
  return stale ? { status: "stale", clearance: stale } : { status: "none" };
}
