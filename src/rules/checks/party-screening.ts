import type { CheckFamily, CheckOutput } from "./check-family";
import {
  buildPartyIndex,
  parseCslCsv,
  parseCslJson,
  partyParamsFromPack,
  screeningListFromCompact,
  screenParties,
  validateList,
  type Clearance,
  type ListProblem,
  type ListStats,
  type PartyIndex,
  type PartyScreeningParams,
  type ScreeningList,
} from "./parties";

/** A restricted-party list ready to screen against: the entries, their counts and hash, the index. */
export interface LoadedList {
  list: ScreeningList;
  stats: ListStats;
  index: PartyIndex;
  /** Problems that did not stop the load (e.g. a row without a name), for the user to see. */
  warnings: ListProblem[];
}

export type ListLoad = { ok: true; loaded: LoadedList } | { ok: false; problems: ListProblem[] };

/** Problems that make a list unusable: the wrong file, or a file cut short. */
const FATAL_PARSE_PROBLEMS = new Set(["unreadable_file", "missing_column"]);

export interface ListFile {
  /** The file's text as read by the adapter. */
  text: string;
  /** Its name, to tell .csv from .json. */
  fileName: string;
  /**
   * The list's date when the file does not carry one (trade.gov's CSV does not): adapters pass
   * the file's modification day and say so.
   */
  fallbackListDate?: string;
  /** The counts of the list used last time: a source that shrank by more than the tolerance is refused. */
  previous?: ListStats | null;
  maxSourceDrop?: number;
}

/**
 * Reads a Consolidated Screening List file (trade.gov consolidated.csv or consolidated.json, or
 * Chipscreen's compact snapshot), validates it and indexes it. A file with a source missing, a
 * source that fell sharply against the previous list, or no usable entries is refused.
 */
export function loadScreeningList(file: ListFile): ListLoad {
  let entries: ScreeningList["entries"];
  let problems: ListProblem[];
  let listDate: string | null = null;
  let provenance = `Consolidated Screening List file ${file.fileName}`;
  if (/\.csv$/i.test(file.fileName)) {
    ({ entries, problems } = parseCslCsv(file.text));
  } else {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch {
      return {
        ok: false,
        problems: [{ code: "unreadable_file", message: `${file.fileName} is not valid JSON.` }],
      };
    }
    if (json !== null && typeof json === "object" && "results" in json) {
      const parsed = parseCslJson(json);
      entries = parsed.entries;
      problems = parsed.problems;
      const dates = parsed.sourcesUsed
        .map((s) => /^\d{4}-\d{2}-\d{2}/.exec(s.lastUpdated ?? "")?.[0])
        .filter((d): d is string => !!d);
      listDate = dates.sort().at(-1) ?? null;
    } else {
      const compact = screeningListFromCompact(json);
      problems = compact.problems;
      if (!compact.list) return { ok: false, problems };
      entries = compact.list.entries;
      listDate = compact.list.listDate;
      provenance = compact.list.provenance;
    }
  }
  const fatal = problems.filter((p) => FATAL_PARSE_PROBLEMS.has(p.code));
  if (fatal.length > 0) return { ok: false, problems: fatal };
  listDate ??= file.fallbackListDate ?? null;
  if (!listDate) {
    return {
      ok: false,
      problems: [
        {
          code: "unreadable_date",
          message: `${file.fileName} does not say when it was generated; give the list's date.`,
        },
      ],
    };
  }
  const validation = validateList(
    entries,
    listDate,
    file.previous ?? null,
    file.maxSourceDrop === undefined ? {} : { maxSourceDrop: file.maxSourceDrop },
  );
  if (!validation.ok) return { ok: false, problems: validation.problems };
  const list: ScreeningList = { listDate, provenance, entries };
  return {
    ok: true,
    loaded: { list, stats: validation.stats, index: buildPartyIndex(list), warnings: problems },
  };
}

export interface PartyScreeningSetup {
  loaded: LoadedList;
  /** The party-screening parameter pack (src/rules/packs/party-screening.json or a user's own). */
  partyPack: unknown;
  clearances?: readonly Clearance[];
}

/**
 * Restricted-party screening as a check family: every customer, consignee and end-user name (and
 * the customer's address) against the loaded list, giving LIC-LISTED and RF07 findings that
 * screenRow merges with those from the sheet's own listed_party and colocated_listed columns.
 */
export function partyScreeningChecks(setup: PartyScreeningSetup): CheckFamily {
  const paramsByDay = new Map<string, PartyScreeningParams>();
  const recent = new Map<string, CheckOutput>();
  const paramsOn = (asOf: string): PartyScreeningParams => {
    let params = paramsByDay.get(asOf);
    if (!params) {
      const result = partyParamsFromPack(setup.partyPack, asOf);
      if (result.problems.length > 0)
        throw new Error(`party-screening pack: ${result.problems.join("; ")}`);
      params = result.params;
      paramsByDay.set(asOf, params);
    }
    return params;
  };
  return {
    name: "parties",
    requires: {
      "LIC-LISTED": [["customer_name", "consignee_name", "end_user_name"]],
      RF07: [["customer_address"]],
    },
    run(row, ctx) {
      const parties = {
        customer_name: row.customer_name ?? null,
        consignee_name: row.consignee_name ?? null,
        end_user_name: row.end_user_name ?? null,
        customer_address: row.customer_address ?? null,
        customer_country: row.customer_country ?? null,
        destination_country: row.destination_country ?? null,
      };
      // Deal lists name the same customers again and again: screen each distinct party set once.
      const key = JSON.stringify([ctx.asOf, parties]);
      let result = recent.get(key);
      if (!result) {
        const screened = screenParties({
          index: setup.loaded.index,
          row: parties,
          asOf: ctx.asOf,
          params: paramsOn(ctx.asOf),
          clearances: setup.clearances ?? [],
        });
        result = {
          findings: screened.findings,
          notes: screened.notes,
          issues: screened.issues,
          partyMatches: screened.matches.map((m) => ({
            role: m.role,
            party: m.party,
            channel: m.channel,
            entryId: m.entryId,
            entryHash: m.entryHash,
            listed: m.listed,
            alias: m.alias,
            list: m.consequence.list,
            score: Math.round(m.score * 1000) / 1000,
            outcome: m.outcome,
          })),
        };
        if (recent.size >= 20_000) recent.clear();
        recent.set(key, result);
      }
      return {
        findings: [...result.findings],
        notes: [...result.notes],
        issues: [...result.issues],
        partyMatches: [...(result.partyMatches ?? [])],
      };
    },
  };
}
