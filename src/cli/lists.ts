import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import {
  ClearanceFileSchema,
  daysBetween,
  listStats,
  loadScreeningList,
  parseClearances,
  partyParamsFromPack,
  partyScreeningPack,
  type Clearance,
  type ListStats,
  type LoadedList,
} from "../rules";
import { InputError } from "./input-error";

/** The dated demo snapshot shipped with Chipscreen (public-domain trade.gov data, 2026-07-31). */
export const BUNDLED_LIST = join(
  __dirname,
  "..",
  "rules",
  "packs",
  "lists",
  "csl-demo-2026-07-31.json",
);

/** Where the counts of the last list a user loaded are kept, to catch a truncated download next time. */
export function listStatsCachePath(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "chipscreen", "last-list-stats.json");
}

async function readPreviousStats(): Promise<ListStats | null> {
  try {
    return JSON.parse(await readFile(listStatsCachePath(), "utf8")) as ListStats;
  } catch {
    return null;
  }
}

export interface ListChoice {
  loaded: LoadedList;
  bundled: boolean;
  notes: string[];
}

/**
 * Loads the restricted-party list for a run: the user's file (validated against the last list
 * they loaded, or the bundled snapshot's counts the first time) or the bundled demo snapshot.
 */
export async function loadList(
  path: string | undefined,
  maxSourceDrop: number | undefined,
  today: string,
): Promise<ListChoice> {
  const bundled = path === undefined;
  const file = path ?? BUNDLED_LIST;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error: unknown) {
    throw new InputError(
      `--lists ${file}: cannot be read (${(error as { code?: string }).code ?? String(error)}).`,
    );
  }
  const notes: string[] = [];
  let previous: ListStats | null = null;
  let fallbackListDate: string | undefined;
  if (!bundled) {
    previous = await readPreviousStats();
    if (!previous) {
      const demo = loadScreeningList({
        text: await readFile(BUNDLED_LIST, "utf8"),
        fileName: basename(BUNDLED_LIST),
      });
      if (demo.ok) previous = listStats(demo.loaded.list.entries, demo.loaded.list.listDate);
    }
    fallbackListDate = (await stat(file)).mtime.toISOString().slice(0, 10);
  }
  const load = loadScreeningList({
    text,
    fileName: basename(file),
    previous,
    ...(fallbackListDate ? { fallbackListDate } : {}),
    ...(maxSourceDrop === undefined ? {} : { maxSourceDrop }),
  });
  if (!load.ok) {
    throw new InputError(
      `--lists ${file} was refused: ${load.problems.map((p) => p.message).join(" ")} Nothing was screened.`,
    );
  }
  const { loaded } = load;
  const age = daysBetween(loaded.list.listDate, today);
  const maxAge = partyParamsFromPack(partyScreeningPack, today).params.listMaxAgeDays;
  const stale =
    age > maxAge
      ? " — screen against a current Consolidated Screening List before relying on name results"
      : "";
  notes.push(`LIST DATED ${loaded.list.listDate}: ${age} DAYS OLD${stale}.`);
  if (bundled) {
    notes.push(
      `restricted parties screened against the bundled DEMO snapshot, list dated ${loaded.list.listDate}; load a current list with --lists FILE.`,
    );
  } else {
    if (fallbackListDate === loaded.list.listDate && /\.csv$/i.test(file)) {
      notes.push(
        `the CSV carries no date: ${loaded.list.listDate} is the file's modification day.`,
      );
    }
    await mkdir(dirname(listStatsCachePath()), { recursive: true }).catch(() => undefined);
    await writeFile(listStatsCachePath(), JSON.stringify(loaded.stats, null, 2)).catch(
      () => undefined,
    );
  }
  if (loaded.warnings.length > 0)
    notes.push(
      `${loaded.warnings.length} list rows were skipped: ${loaded.warnings
        .slice(0, 3)
        .map((w) => w.message)
        .join(" ")}`,
    );
  notes.push(
    `list ${loaded.list.listDate}: ${loaded.stats.total} entries (${Object.entries(
      loaded.stats.bySource,
    )
      .map(([s, n]) => `${s} ${n}`)
      .join(", ")}), hash ${loaded.stats.hash}.`,
  );
  return { loaded, bundled, notes };
}

/** Reads a clearance file; a missing file is an empty one (the first clearance creates it). */
export async function readClearances(path: string): Promise<Clearance[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error: unknown) {
    if ((error as { code?: string }).code === "ENOENT") return [];
    throw new InputError(`--cleared ${path}: cannot be read.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`--cleared ${path}: not valid JSON.`);
  }
  const { clearances, problems } = parseClearances(json);
  if (problems.length > 0) throw new InputError(`--cleared ${path}: ${problems.join(" ")}`);
  return clearances;
}

export function clearanceFileText(clearances: Clearance[]): string {
  return JSON.stringify(ClearanceFileSchema.parse({ clearances }), null, 2) + "\n";
}
