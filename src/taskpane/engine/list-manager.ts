/**
 * The pane's list manager: which restricted-party list the run screens names against (the bundled,
 * dated demo snapshot or a Consolidated Screening List file the user loads), what the panel says
 * about it (date, age, counts, hash, the ownership notice), and how a new file is checked against
 * the last list accepted. Parsing, validation and matching are the core's; this is plumbing.
 */
import {
  daysBetween,
  loadScreeningList,
  partyScreeningChecks,
  partyScreeningPack,
  SOURCE_NAMES,
  type CanonicalField,
  type CheckFamily,
  type Clearance,
  type ListStats,
  type LoadedList,
  partyParamsFromPack,
} from "../../rules";
import type { CurrentList } from "../../lists/list-store";

/**
 * The runtime's one current list, shared by the custom functions and the pane
 * (`src/lists/list-store.ts`). The pane reads it and replaces it; it never keeps a list of its own.
 */
export interface ListStore {
  /** The list in use: the bundled demo snapshot (loaded lazily, indexed once) until another is set. */
  currentListEntry(): Promise<CurrentList>;
  setList(loaded: LoadedList, fileName?: string): void;
}

/** The list in use as the pane knows it: the list itself and where it came from. */
export interface ListInUse {
  loaded: LoadedList;
  origin: "bundled" | "file";
  /** The file the user loaded ("" for the bundled snapshot). */
  fileName: string;
  /** The list's date is the file's modification day or one the user typed (trade.gov's CSV carries none). */
  dateGiven: boolean;
}

/** The store's entry as the pane shows it. */
export function inUseFromStore(entry: CurrentList): ListInUse {
  return {
    loaded: entry.loaded,
    origin: entry.bundled ? "bundled" : "file",
    fileName: entry.bundled ? "" : entry.fileName,
    dateGiven: false,
  };
}

/** Older than this (days), the panel, the Summary and every row say so loudly. */
export const LIST_MAX_AGE_DAYS = maxAgeDays(new Date().toISOString().slice(0, 10));

/** Fields that carry party names: without one of them, no list is used (as on the command line). */
export const NAME_FIELDS: readonly CanonicalField[] = [
  "customer_name",
  "consignee_name",
  "end_user_name",
];

function maxAgeDays(day: string): number {
  return partyParamsFromPack(partyScreeningPack, day).params.listMaxAgeDays;
}

/** The party pack's ownership (50 % / Affiliates rule) notice in force on `day`. */
export function ownershipNotice(day: string): string {
  return partyParamsFromPack(partyScreeningPack, day).params.ownershipNotice;
}

export interface SourceCount {
  code: string;
  name: string;
  count: number;
}

/** What the List panel shows. */
export interface ListView {
  origin: "bundled" | "file";
  title: string;
  listDate: string;
  ageDays: number;
  stale: boolean;
  total: number;
  sources: SourceCount[];
  hash: string;
  provenance: string;
  dateNote: string | undefined;
  ownership: string;
  skipped: number;
}

export function ageInDays(listDate: string, today: string): number {
  return daysBetween(listDate, today) ?? 0;
}

export function describeList(inUse: ListInUse, today: string): ListView {
  const { loaded } = inUse;
  const age = ageInDays(loaded.list.listDate, today);
  return {
    origin: inUse.origin,
    title:
      inUse.origin === "bundled"
        ? "Bundled demo snapshot of the Consolidated Screening List"
        : `Consolidated Screening List from ${inUse.fileName}`,
    listDate: loaded.list.listDate,
    ageDays: age,
    stale: age > LIST_MAX_AGE_DAYS,
    total: loaded.stats.total,
    sources: Object.entries(loaded.stats.bySource)
      .map(([code, count]) => ({
        code,
        name: (SOURCE_NAMES as Record<string, string>)[code] ?? code,
        count: count ?? 0,
      }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    hash: loaded.stats.hash,
    provenance: loaded.list.provenance,
    dateNote: inUse.dateGiven
      ? `The file carries no date: ${loaded.list.listDate} is the date given when it was loaded (the file's modification day unless changed).`
      : undefined,
    ownership: ownershipNotice(today),
    skipped: loaded.warnings.length,
  };
}

/** The loud line, worded as the command line words it. */
export function ageLine(listDate: string, today: string): string {
  const age = ageInDays(listDate, today);
  return `LIST DATED ${listDate}: ${age} DAYS OLD${age > LIST_MAX_AGE_DAYS ? " — screen against a current Consolidated Screening List before relying on name results" : ""}.`;
}

/** The Summary's notes about the list, as the command line writes them. */
export function listNotes(inUse: ListInUse, today: string, clearances: number): string[] {
  const { loaded } = inUse;
  const notes = [ageLine(loaded.list.listDate, today)];
  if (inUse.origin === "bundled")
    notes.push(
      `restricted parties screened against the bundled DEMO snapshot, list dated ${loaded.list.listDate}; load a current list in the pane's List panel.`,
    );
  else if (inUse.dateGiven)
    notes.push(
      `${inUse.fileName} carries no date: ${loaded.list.listDate} is the date given when it was loaded.`,
    );
  notes.push(
    `list ${loaded.list.listDate}: ${loaded.stats.total} entries (${Object.entries(
      loaded.stats.bySource,
    )
      .map(([s, n]) => `${s} ${n}`)
      .join(", ")}), hash ${loaded.stats.hash}.`,
  );
  if (clearances > 0)
    notes.push(
      `${clearances} reviewer clearance${clearances === 1 ? "" : "s"} of false positives honoured while the list entry is unchanged.`,
    );
  return notes;
}

/** The Audit row's "List snapshot" cell. */
export function listSnapshotText(inUse: ListInUse): string {
  const { list, stats } = inUse.loaded;
  const from = inUse.origin === "bundled" ? "bundled demo snapshot" : inUse.fileName;
  return `${list.listDate} (${from}, ${stats.total} entries, hash ${stats.hash})`;
}

/** What the run needs to screen names: the check family, and the notes and audit text that go with it. */
export interface PartySetup {
  extraChecks: CheckFamily[];
  notes: string[];
  listSnapshot: string;
}

/** The party checks for a run, or none when no column holds a party name (as the command line does). */
export function partySetup(
  inUse: ListInUse | undefined,
  present: ReadonlySet<CanonicalField>,
  clearances: readonly Clearance[],
  today: string,
): PartySetup {
  if (!inUse || !NAME_FIELDS.some((f) => present.has(f)))
    return { extraChecks: [], notes: [], listSnapshot: "" };
  return {
    extraChecks: [
      partyScreeningChecks({ loaded: inUse.loaded, partyPack: partyScreeningPack, clearances }),
    ],
    notes: listNotes(inUse, today, clearances.length),
    listSnapshot: listSnapshotText(inUse),
  };
}

/** A list file as the user picked it. */
export interface PickedListFile {
  name: string;
  text: string;
  /** The date to use when the file carries none (the CSV): the file's modification day unless the user changed it. */
  listDate: string;
}

export type ListFileLoad =
  | { ok: true; inUse: ListInUse; notes: string[] }
  | { ok: false; title: string; problems: string[] };

/** The counts a new file is compared with: the last list accepted, else the bundled snapshot's. */
export function comparisonStats(
  stored: ListStats | undefined,
  current: ListInUse | undefined,
): ListStats | null {
  return stored ?? current?.loaded.stats ?? null;
}

/**
 * Reads, validates and indexes a list file. A refusal names every problem; the caller keeps the
 * list it had. Nothing here touches the store: the caller sets the list once the user has it.
 */
export function loadListFile(file: PickedListFile, previous: ListStats | null): ListFileLoad {
  if (!/\.(csv|json)$/i.test(file.name))
    return {
      ok: false,
      title: `${file.name} was not loaded`,
      problems: [
        "Load trade.gov's consolidated.csv or consolidated.json (Consolidated Screening List downloads).",
      ],
    };
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(file.listDate);
  const result = loadScreeningList({
    text: file.text.replace(/^\uFEFF/, ""),
    fileName: file.name,
    previous,
    ...(validDate ? { fallbackListDate: file.listDate } : {}),
  });
  if (!result.ok)
    return {
      ok: false,
      title: `${file.name} was refused; the list in use is unchanged`,
      problems: result.problems.map((p) => p.message),
    };
  const { loaded } = result;
  const dateGiven =
    validDate && loaded.list.listDate === file.listDate && /\.csv$/i.test(file.name);
  const notes = [
    `${loaded.stats.total.toLocaleString("en-US")} entries, list dated ${loaded.list.listDate}, hash ${loaded.stats.hash}.`,
  ];
  if (loaded.warnings.length > 0)
    notes.push(
      `${loaded.warnings.length} rows of the file were skipped: ${loaded.warnings
        .slice(0, 3)
        .map((w) => w.message)
        .join(" ")}`,
    );
  return { ok: true, inUse: { loaded, origin: "file", fileName: file.name, dateGiven }, notes };
}

/** A day as YYYY-MM-DD from a file's lastModified (milliseconds), in UTC as the command line reads mtime. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
