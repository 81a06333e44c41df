import { z } from "zod";
import { fnv1a64 } from "./content-hash";
import { readFootnotes } from "./consequence";
import { nameKey } from "./normalize-name";
import {
  entryTypeFromText,
  sourceCodeFromLabel,
  type ListEntry,
  type ListProblem,
  type ParsedList,
  type ScreeningList,
} from "./list-model";

/**
 * The compact list form: entries with short keys and repeated texts moved to lookup tables.
 * Read both the shared 2026-07-31 file (source labels in `tables.sources`) and the bundled demo
 * snapshot built from it (same keys, source codes, plus `listDate` and `provenance`).
 */
const CompactEntrySchema = z.object({
  n: z.string(),
  a: z.array(z.string()).optional(),
  s: z.number().int().nonnegative(),
  t: z.string().optional(),
  c: z.array(z.string()).optional(),
  e: z.string().optional(),
  lr: z.number().int().nonnegative().optional(),
  lp: z.number().int().nonnegative().optional(),
  pg: z.number().int().nonnegative().optional(),
  /** The FR notice text, or (demo snapshot) an index into tables.frNotices. */
  fr: z.union([z.string(), z.number().int().nonnegative()]).optional(),
  id: z.string().optional(),
});
type CompactEntry = z.infer<typeof CompactEntrySchema>;

const CompactListSchema = z.object({
  listDate: z.string().optional(),
  sourceGeneratedAt: z.string().optional(),
  provenance: z.string().optional(),
  tables: z.object({
    sources: z.array(z.string()),
    licenceRequirements: z.array(z.string()).optional(),
    licencePolicies: z.array(z.string()).optional(),
    programmes: z.array(z.string()).optional(),
    frNotices: z.array(z.string()).optional(),
  }),
  entries: z.array(z.unknown()),
});

export interface ParsedCompactList extends ParsedList {
  /** YYYY-MM-DD from `listDate` or the date part of `sourceGeneratedAt`; null when neither is readable. */
  listDate: string | null;
  provenance: string | null;
}

/** Short type codes the demo snapshot writes (the shared file spells them out). */
const TYPE_CODES: Record<string, string> = {
  I: "Individual",
  E: "Entity",
  V: "Vessel",
  A: "Aircraft",
};

function pick(table: readonly string[] | undefined, i: number | undefined): string | null {
  if (table === undefined || i === undefined) return null;
  return table[i] ?? null;
}

/**
 * OFAC entries keep their entity number; others get a key from source and normalised name, so the
 * id survives an FR amendment (trade.gov's own Entity List ids do not).
 */
export function stableId(
  source: string,
  entityNumber: string | undefined | null,
  name: string,
): string {
  if (entityNumber) return `${source}-${entityNumber}`;
  return `${source}-${fnv1a64(`${source}|${nameKey(name)}`).slice(0, 12)}`;
}

export function parseCompactList(input: unknown): ParsedCompactList {
  const problems: ListProblem[] = [];
  const parsed = CompactListSchema.safeParse(input);
  if (!parsed.success) {
    return {
      entries: [],
      listDate: null,
      provenance: null,
      problems: [
        {
          code: "unreadable_file",
          message: `Not a compact screening list: ${parsed.error.issues[0]?.message ?? "bad shape"}.`,
        },
      ],
    };
  }
  const list = parsed.data;
  const sources = list.tables.sources.map(sourceCodeFromLabel);
  const entries: ListEntry[] = [];
  list.entries.forEach((raw, row) => {
    const r = CompactEntrySchema.safeParse(raw);
    if (!r.success) {
      problems.push({
        code: "missing_value",
        message: `Entry ${row} is not readable and was skipped.`,
        at: `entries[${row}]`,
      });
      return;
    }
    const e: CompactEntry = r.data;
    const source = sources[e.s];
    if (!source) {
      problems.push({
        code: "unknown_source",
        message: `Entry ${row} names an unknown source (${list.tables.sources[e.s] ?? e.s}).`,
        at: `entries[${row}]`,
      });
      return;
    }
    if (!e.n.trim()) {
      problems.push({
        code: "missing_value",
        message: `Entry ${row} has no name and was skipped.`,
        at: `entries[${row}]`,
      });
      return;
    }
    const licenseRequirement = pick(list.tables.licenceRequirements, e.lr);
    const programs = (pick(list.tables.programmes, e.pg) ?? "")
      .split(";")
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    entries.push({
      id: e.id ?? stableId(source, e.e, e.n),
      source,
      name: e.n.trim(),
      aliases: (e.a ?? []).map((x) => x.trim()).filter((x) => x.length > 0),
      type: entryTypeFromText(TYPE_CODES[e.t ?? ""] ?? e.t),
      countries: (e.c ?? []).map((x) => x.toUpperCase()),
      entityNumber: e.e ?? null,
      licenseRequirement,
      licensePolicy: pick(list.tables.licencePolicies, e.lp),
      programs,
      frNotice:
        (typeof e.fr === "number" ? pick(list.tables.frNotices, e.fr) : e.fr)?.trim() || null,
      footnotes: readFootnotes(licenseRequirement ?? ""),
    });
  });
  const dateText = list.listDate ?? list.sourceGeneratedAt ?? "";
  const listDate = /^\d{4}-\d{2}-\d{2}/.exec(dateText)?.[0] ?? null;
  if (!listDate)
    problems.push({
      code: "unreadable_date",
      message: "The list does not say when it was generated.",
    });
  return { entries, problems, listDate, provenance: list.provenance ?? null };
}

/**
 * A ready-to-index list from a compact file (the bundled demo snapshot or the shared file), or
 * null with problems when it has no entries or no date. Adapters load the JSON (import, fetch or
 * fs) and hand it here; the core never reads files.
 */
export function screeningListFromCompact(input: unknown): {
  list: ScreeningList | null;
  problems: ListProblem[];
} {
  const parsed = parseCompactList(input);
  if (parsed.entries.length === 0 || parsed.listDate === null) {
    return { list: null, problems: parsed.problems };
  }
  return {
    list: {
      listDate: parsed.listDate,
      provenance:
        parsed.provenance ?? "Consolidated Screening List (trade.gov); provenance not stated",
      entries: parsed.entries,
    },
    problems: parsed.problems,
  };
}
