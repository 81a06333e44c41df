import { z } from "zod";

/**
 * The lists the trade.gov Consolidated Screening List carries, by the short code trade.gov prints
 * in brackets inside its `source` label (e.g. "Entity List (EL) - Bureau of Industry and Security").
 * FSE has left the CSL since 2024 but older downloads still carry it.
 */
export const SOURCE_CODES = [
  "CAP",
  "CMIC",
  "DPL",
  "DTC",
  "EL",
  "FSE",
  "ISN",
  "MBS",
  "MEU",
  "PLC",
  "SDN",
  "SSI",
  "UVL",
] as const;
export const SourceCodeSchema = z.enum(SOURCE_CODES);
export type SourceCode = z.infer<typeof SourceCodeSchema>;

/** The four lists BIS itself keeps (EAR Part 744 supplements and Part 764). */
export const BIS_SOURCES: readonly SourceCode[] = ["EL", "DPL", "UVL", "MEU"];

export const SOURCE_NAMES: Record<SourceCode, string> = {
  CAP: "CAPTA List",
  CMIC: "Non-SDN Chinese Military-Industrial Complex Companies List",
  DPL: "Denied Persons List",
  DTC: "ITAR Debarred List",
  EL: "Entity List",
  FSE: "Foreign Sanctions Evaders List",
  ISN: "Nonproliferation Sanctions List",
  MBS: "Non-SDN Menu-Based Sanctions List",
  MEU: "Military End User List",
  PLC: "Palestinian Legislative Council List",
  SDN: "SDN List",
  SSI: "Sectoral Sanctions Identifications List",
  UVL: "Unverified List",
};

/**
 * Reads a source label as trade.gov writes it ("Entity List (EL) - Bureau of Industry and
 * Security", "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department") or a bare
 * code. Returns null for anything it does not know.
 */
export function sourceCodeFromLabel(label: string): SourceCode | null {
  const trimmed = label.trim();
  const bracket = /\(([^)]+)\)/.exec(trimmed);
  const raw = (bracket?.[1] ?? trimmed).toUpperCase().replace(/\s+LIST$/, "");
  const code = raw === "NS-MBS" ? "MBS" : raw;
  const parsed = SourceCodeSchema.safeParse(code);
  return parsed.success ? parsed.data : null;
}

export const ENTRY_TYPES = ["individual", "entity", "vessel", "aircraft"] as const;
export const EntryTypeSchema = z.enum(ENTRY_TYPES);
export type EntryType = z.infer<typeof EntryTypeSchema>;

export const ListAddressSchema = z.object({
  street: z.string(),
  city: z.string(),
  state: z.string(),
  postalCode: z.string(),
  /** ISO 3166-1 alpha-2, upper case, or "" when the list gives none. */
  country: z.string(),
});
export type ListAddress = z.infer<typeof ListAddressSchema>;

/** One listed party, whatever file it came from. */
export const ListEntrySchema = z.object({
  /** Stable within one list file only: trade.gov re-hashes Entity List ids on amendment. */
  id: z.string().min(1),
  source: SourceCodeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** Filled by OFAC sources only; BIS and State rows leave it null. */
  type: EntryTypeSchema.nullable(),
  /** ISO-2 countries of the entry's addresses (and nationality, where given). */
  countries: z.array(z.string()),
  addresses: z.array(ListAddressSchema).optional(),
  entityNumber: z.string().nullable(),
  licenseRequirement: z.string().nullable(),
  licensePolicy: z.string().nullable(),
  programs: z.array(z.string()),
  frNotice: z.string().nullable(),
  /** Entity List footnote numbers read from the trailing digits of the licence requirement. */
  footnotes: z.array(z.number().int()),
});
export type ListEntry = z.infer<typeof ListEntrySchema>;

export const IsoDayStringSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A whole loaded list: its entries, its date and where it came from. */
export const ScreeningListSchema = z.object({
  /** The day the publisher generated the file (YYYY-MM-DD); the age shown to users. */
  listDate: IsoDayStringSchema,
  /** Free text: who published it, how it was obtained, under which licence. */
  provenance: z.string(),
  entries: z.array(ListEntrySchema),
});
export type ScreeningList = z.infer<typeof ScreeningListSchema>;

/** Counts kept beside a cached list so the next download can be compared with it. */
export const ListStatsSchema = z.object({
  listDate: IsoDayStringSchema,
  total: z.number().int().nonnegative(),
  bySource: z.partialRecord(SourceCodeSchema, z.number().int().nonnegative()),
  /** Content hash of the normalised entries (content-hash.ts). */
  hash: z.string(),
});
export type ListStats = z.infer<typeof ListStatsSchema>;

/** Something wrong with a list file, returned (never thrown). */
export const LIST_PROBLEM_CODES = [
  "unreadable_file",
  "missing_column",
  "unknown_source",
  "missing_value",
  "missing_source",
  "source_dropped",
  "empty_list",
  "unreadable_date",
] as const;
export const ListProblemSchema = z.object({
  code: z.enum(LIST_PROBLEM_CODES),
  message: z.string(),
  /** Where: a row number, a column, a source code. */
  at: z.string().optional(),
});
export type ListProblem = z.infer<typeof ListProblemSchema>;
export type ListProblemCode = (typeof LIST_PROBLEM_CODES)[number];

/** What a parser hands back: what it could read, and what it could not. */
export interface ParsedList {
  entries: ListEntry[];
  problems: ListProblem[];
}

export function entryTypeFromText(text: string | null | undefined): EntryType | null {
  const t = (text ?? "").trim().toLowerCase();
  if (t === "individual") return "individual";
  if (t === "entity") return "entity";
  if (t === "vessel") return "vessel";
  if (t === "aircraft") return "aircraft";
  return null;
}
