/**
 * The one place the add-in keeps the restricted-party list it screens against. The custom functions
 * and the task pane run in one shared runtime (one JS heap), so both read the list from here:
 *
 *   - until the user loads a list in the task pane, the bundled dated demo snapshot
 *     (src/rules/packs/lists/csl-demo-2026-07-31.json, 3 MB) is used. It is imported dynamically, so
 *     webpack puts it in a chunk of its own that the runtime fetches on first use only, from the
 *     add-in's own origin — no name is ever sent anywhere;
 *   - `setList(loaded)` replaces it with a list the user loaded (validated by the core's
 *     `loadScreeningList`); every later call of CHIP.PARTY / CHIP.PARTIES uses it.
 *
 * Browser-safe: no Node APIs. The clock is read by the callers (they pass `asOf`).
 */
import { daysBetween, loadScreeningList, type ListStats, type LoadedList } from "../rules";

/** The file name of the bundled snapshot, as the core's loader is told it. */
export const BUNDLED_LIST_FILE = "csl-demo-2026-07-31.json";

/** The list in use and where it came from. */
export interface CurrentList {
  loaded: LoadedList;
  /** True for the bundled demo snapshot, false for a list the user loaded. */
  bundled: boolean;
  /** The file it was read from (the bundled file's name, or the user's file name). */
  fileName: string;
}

/** What the task pane and the functions show about the list in use. */
export interface ListInfo {
  listDate: string;
  /** Days from the list's date to `asOf`; null when `asOf` is not a date. */
  ageDays: number | null;
  bundled: boolean;
  fileName: string;
  /** Entries in total and per source code (EL, DPL, UVL, MEU, SDN…). */
  counts: { total: number; bySource: Record<string, number> };
  /** The list's content hash (the core's `stats.hash`): two lists with the same hash are the same. */
  hash: string;
}

/**
 * Raised when the bundled snapshot cannot be fetched or read; the functions show it as #N/A. Test
 * with `isListUnavailable`: the other bundle's copy of this class is a different class.
 */
export class ListUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ListUnavailableError";
  }
}

export function isListUnavailable(error: unknown): error is ListUnavailableError {
  return error instanceof Error && error.name === "ListUnavailableError";
}

/** Reads the bundled snapshot: a dynamic import, so webpack emits it as a separate, lazily fetched chunk. */
export type BundledListSource = () => Promise<unknown>;

const importBundled: BundledListSource = async () => {
  const module = (await import(
    /* webpackChunkName: "csl-demo-list" */ "../rules/packs/lists/csl-demo-2026-07-31.json"
  )) as { default?: unknown };
  return module.default ?? module;
};

interface StoreState {
  bundledSource: BundledListSource;
  current: CurrentList | undefined;
  pending: Promise<CurrentList> | undefined;
  /** Bumped by setList, so a bundled load that finishes after the user's list arrived is dropped. */
  generation: number;
}

/**
 * The store's state lives on globalThis, not in this module: webpack builds the functions and the
 * task pane as two entry bundles, each with its own copy of this module, but they run in one shared
 * runtime — so a list set by the task pane's copy must be the one the functions' copy reads.
 */
const STATE_KEY = "__chipscreenListStore";

function state(): StoreState {
  const holder = globalThis as { [STATE_KEY]?: StoreState };
  holder[STATE_KEY] ??= {
    bundledSource: importBundled,
    current: undefined,
    pending: undefined,
    generation: 0,
  };
  return holder[STATE_KEY];
}

/** Reads and indexes the bundled snapshot with the core's loader (the same validation a user's file gets). */
export function loadBundledJson(json: unknown): CurrentList {
  const load = loadScreeningList({ text: JSON.stringify(json), fileName: BUNDLED_LIST_FILE });
  if (!load.ok) {
    throw new ListUnavailableError(
      `The bundled restricted-party list could not be read: ${load.problems.map((p) => p.message).join(" ")}`,
    );
  }
  return { loaded: load.loaded, bundled: true, fileName: BUNDLED_LIST_FILE };
}

async function loadBundled(): Promise<CurrentList> {
  let json: unknown;
  try {
    json = await state().bundledSource();
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ListUnavailableError(
      `The bundled restricted-party list could not be fetched (${detail}); load a list in the Chipscreen task pane.`,
    );
  }
  return loadBundledJson(json);
}

/**
 * The list in use, with where it came from. The first call loads and indexes the bundled snapshot
 * (about a second); later calls, and calls made while it loads, share that one load. A failed load
 * is not remembered, so the next call tries again.
 */
export async function currentListEntry(): Promise<CurrentList> {
  const st = state();
  if (st.current) return st.current;
  if (!st.pending) {
    const started = st.generation;
    st.pending = loadBundled().then(
      (entry) => {
        st.pending = undefined;
        if (st.generation === started) st.current = entry;
        return st.current ?? entry;
      },
      (error: unknown) => {
        st.pending = undefined;
        throw error;
      },
    );
  }
  return st.pending;
}

/** The list in use (the bundled demo snapshot unless `setList` was called). */
export async function currentList(): Promise<LoadedList> {
  return (await currentListEntry()).loaded;
}

/**
 * Makes `loaded` the list every later screening uses. For the task pane's list manager, after
 * `loadScreeningList` accepted the user's file (pass its counts as `previous` next time: see
 * `currentStats`).
 */
export function setList(loaded: LoadedList, fileName = "loaded list"): void {
  const st = state();
  st.generation++;
  st.current = { loaded, bundled: false, fileName };
}

/** Forgets the user's list: the next call loads the bundled snapshot again. */
export function resetList(): void {
  const st = state();
  st.generation++;
  st.current = undefined;
  st.pending = undefined;
}

/** The counts of the list in use, if one is loaded yet: the `previous` a new file is checked against. */
export function currentStats(): ListStats | null {
  return state().current?.loaded.stats ?? null;
}

/** Whole days from the list's date to `asOf` (negative when the list is later); null when either is no date. */
export function ageInDays(listDate: string, asOf: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(listDate) || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return null;
  const days = daysBetween(listDate, asOf);
  return Number.isFinite(days) ? days : null;
}

/** Date, age, origin, counts and hash of a list; `asOf` is the day its age is counted to. */
export function describeList(entry: CurrentList, asOf: string): ListInfo {
  const { list, stats } = entry.loaded;
  return {
    listDate: list.listDate,
    ageDays: ageInDays(list.listDate, asOf),
    bundled: entry.bundled,
    fileName: entry.fileName,
    counts: { total: stats.total, bySource: { ...stats.bySource } },
    hash: stats.hash,
  };
}

/** `describeList` of the list in use (loading the bundled snapshot if nothing is loaded yet). */
export async function listInfo(asOf: string): Promise<ListInfo> {
  return describeList(await currentListEntry(), asOf);
}

/** For tests: where the bundled snapshot is read from (e.g. the file system under Jest). */
export function setBundledListSource(source: BundledListSource | undefined): void {
  state().bundledSource = source ?? importBundled;
  resetList();
}
