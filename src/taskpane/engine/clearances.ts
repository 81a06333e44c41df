/**
 * Reviewers' clearances of false positives in the pane: which LIC-LISTED name matches a row holds,
 * a clearance made from one (with the listed entry's content hash, so it lapses when the entry
 * changes), and how clearances and the last list's counts are kept in the workbook.
 */
import { z } from "zod";
import {
  ClearanceFileSchema,
  entryHash,
  parseClearances,
  type Clearance,
  type ListStats,
  type LoadedList,
  type ScreenedRow,
} from "../../rules";

/** Workbook setting (Excel) or settings-sheet row (workbench) holding the clearances. */
export const CLEARANCES_KEY = "chipscreen.clearances";
/** Workbook setting (Excel) or localStorage key (workbench) holding the last accepted list's counts. */
export const LIST_STATS_KEY = "chipscreen.listStats";

/** A name match reported in a row's LIC-LISTED finding, enough to clear it. */
export interface NameMatchRef {
  role: string;
  party: string;
  listed: string;
  list: string;
  entryId: string;
  outcome: "hit" | "needs_review";
}

const ROLE_LABEL: Record<string, string> = {
  customer: "Customer",
  consignee: "Consignee",
  "end user": "End user",
};

/** The name matches behind a row's LIC-LISTED finding (one per party and entry; a party in two roles once). */
export function nameMatches(row: ScreenedRow): NameMatchRef[] {
  const seen = new Set<string>();
  const out: NameMatchRef[] = [];
  for (const m of row.partyMatches ?? []) {
    if (m.channel !== "name") continue;
    const key = `${m.party.trim().toLowerCase()}\u0001${m.entryId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      role: ROLE_LABEL[m.role] ?? m.role,
      party: m.party,
      listed: m.listed,
      list: m.list,
      entryId: m.entryId,
      outcome: m.outcome,
    });
  }
  return out;
}

export type ClearanceDraft = { ok: true; clearance: Clearance } | { ok: false; message: string };

/** A clearance of `match` on the list in use, dated `day`; refused with a plain message when incomplete. */
export function draftClearance(
  loaded: LoadedList,
  match: Pick<NameMatchRef, "party" | "entryId">,
  reason: string,
  reviewer: string,
  day: string,
): ClearanceDraft {
  if (!reason.trim()) return { ok: false, message: "Say why this is not the listed party." };
  if (!reviewer.trim()) return { ok: false, message: "Give the reviewer's name." };
  const entry = loaded.list.entries.find((e) => e.id === match.entryId);
  if (!entry)
    return {
      ok: false,
      message: `The list in use (dated ${loaded.list.listDate}) has no entry ${match.entryId}: screen again with this list, then clear the match.`,
    };
  return {
    ok: true,
    clearance: {
      party: match.party,
      listEntryId: entry.id,
      entryHash: entryHash(entry),
      reason: reason.trim(),
      reviewer: reviewer.trim(),
      date: day,
    },
  };
}

function clearanceKey(c: Clearance): string {
  return `${c.party.trim().toLowerCase()}\u0001${c.listEntryId}\u0001${c.entryHash}`;
}

/** Adds clearances, one per party, entry and entry version (the later one kept). */
export function mergeClearances(
  existing: readonly Clearance[],
  incoming: readonly Clearance[],
): Clearance[] {
  const byKey = new Map<string, Clearance>();
  for (const c of [...existing, ...incoming]) byKey.set(clearanceKey(c), c);
  return [...byKey.values()];
}

/** Whether a clearance already covers this party and entry on the list in use. */
export function isCleared(
  clearances: readonly Clearance[],
  loaded: LoadedList | undefined,
  match: Pick<NameMatchRef, "party" | "entryId">,
): Clearance | undefined {
  const entry = loaded?.list.entries.find((e) => e.id === match.entryId);
  if (!entry) return undefined;
  const hash = entryHash(entry);
  return clearances.find(
    (c) =>
      c.listEntryId === match.entryId &&
      c.entryHash === hash &&
      c.party.trim().toLowerCase() === match.party.trim().toLowerCase(),
  );
}

/** The clearance file's JSON, the same document `chipscreen clear --cleared FILE` writes. */
export function serializeClearances(clearances: readonly Clearance[]): string {
  return JSON.stringify(ClearanceFileSchema.parse({ clearances: [...clearances] }), null, 2);
}

/** Reads a clearance document (from the workbook or an imported file); unreadable rows become problems. */
export function readClearances(text: unknown): { clearances: Clearance[]; problems: string[] } {
  if (typeof text !== "string" || text.trim() === "") return { clearances: [], problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { clearances: [], problems: ["The clearance file is not valid JSON."] };
  }
  return parseClearances(json);
}

const StatsSchema = z.object({
  listDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  total: z.number().int().nonnegative(),
  bySource: z.record(z.string(), z.number().int().nonnegative()),
  hash: z.string(),
});

export function serializeListStats(stats: ListStats): string {
  return JSON.stringify(stats);
}

/** The stored counts of the last accepted list; undefined when absent or unreadable. */
export function parseListStats(text: unknown): ListStats | undefined {
  if (typeof text !== "string" || text === "") return undefined;
  try {
    const parsed = StatsSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as ListStats) : undefined;
  } catch {
    return undefined;
  }
}
