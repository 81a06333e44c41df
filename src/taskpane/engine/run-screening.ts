/**
 * One screening run: screens the rows in slices with the core's screenTable, writes complete result
 * rows through the data source in chunks, yields to the UI between slices, honours Cancel, then
 * formats, writes the Summary and appends the Audit row. The rules are the core's; this is plumbing.
 */
import {
  coverageGaps,
  packIdentity,
  defaultPack,
  screenTable,
  summarizeResults,
  type AsOfRule,
  type CanonicalField,
  type CoverageGap,
  type HeaderMapping,
  type ScreenedRow,
  type TableSummary,
} from "../../rules";
import { RESULT_HEADERS, resultCells, summaryRows } from "./result-layout";
import type { PartySetup } from "./list-manager";
import {
  yieldToUi,
  type DataSource,
  type ResultCell,
  type ResultPlacement,
  type TableRead,
} from "../data/data-source";

export interface RunOptions {
  source: DataSource;
  table: TableRead;
  mapping: HeaderMapping;
  asOf: AsOfRule;
  placement: ResultPlacement;
  /** Reviewer note for the Audit row. */
  note: string;
  /** Now, as the adapter reads the clock (the core never does). */
  now: Date;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
  /** Rows screened between two yields to the UI; without it the slice adapts to about 50 ms of work. */
  sliceRows?: number;
  /** Rows collected before a write to the sheet. */
  writeRows?: number;
  /** Restricted-party screening: the check family, its Summary notes and the Audit's list text (list-manager.ts). */
  parties?: PartySetup;
}

export interface RunOutcome {
  results: ScreenedRow[];
  summary: TableSummary;
  cancelled: boolean;
  /** 1-based sheet row through which result rows were written (header row when none). */
  lastRow: number;
  placement: ResultPlacement;
  asOfRule: string;
  note: string | undefined;
  /** Checks that could not run for want of a column (party screening included). */
  coverage: CoverageGap[];
  /** The restricted-party list's notes, as written to the Summary. */
  listNotes: string[];
}

/** The as-of rule in words, as the command line says it. */
export function describeAsOf(asOf: AsOfRule, present: ReadonlySet<CanonicalField>): string {
  if ("date" in asOf) return asOf.date;
  return present.has("transaction_date")
    ? `each row's transaction_date, else ${asOf.fallback}`
    : asOf.fallback;
}

/** Result cells for the contiguous sheet rows from the first to the last result, blank rows left blank. */
export function resultBlock(results: readonly ScreenedRow[]): {
  firstRow: number;
  cells: ResultCell[][];
} {
  const first = results[0]?.row ?? 0;
  const last = results[results.length - 1]?.row ?? first - 1;
  const cells: ResultCell[][] = [];
  const blank = RESULT_HEADERS.map(() => "");
  let k = 0;
  for (let row = first; row <= last; row++) {
    const r = results[k];
    if (r && r.row === row) {
      cells.push(resultCells(r));
      k++;
    } else cells.push([...blank]);
  }
  return { firstRow: first, cells };
}

/** Screening time per slice the pane aims for, so clicks and repaints wait at most about this long. */
const SLICE_TARGET_MS = 50;

/** The next slice size: halved when a slice took too long (party screening is slower), doubled when quick. */
export function nextSlice(rows: number, elapsedMs: number): number {
  if (elapsedMs > SLICE_TARGET_MS * 2) return Math.max(25, Math.floor(rows / 2));
  if (elapsedMs < SLICE_TARGET_MS / 2) return Math.min(2_000, rows * 2);
  return rows;
}

export async function runScreening(options: RunOptions): Promise<RunOutcome> {
  const { source, table, mapping, asOf, signal } = options;
  const fixedSlice = options.sliceRows;
  let slice = fixedSlice ?? 250;
  const writeRows = options.writeRows ?? 2_000;
  const location = table.location;
  const present = new Set(mapping.fields.filter((f): f is CanonicalField => f !== null));
  const total = table.rows.length;
  const extraChecks = options.parties?.extraChecks ?? [];
  const placement = await source.beginResults(location, options.placement, RESULT_HEADERS);

  const results: ScreenedRow[] = [];
  let pending: ScreenedRow[] = [];
  let lastRow = location.headerRow;
  let cancelled = false;
  const flush = async () => {
    if (pending.length === 0) return;
    const block = resultBlock(pending);
    await source.writeResults(location, placement, block.firstRow, block.cells);
    lastRow = block.firstRow + block.cells.length - 1;
    pending = [];
  };

  options.onProgress(0, total);
  for (let start = 0; start < total;) {
    if (signal.aborted) {
      cancelled = true;
      break;
    }
    const began = Date.now();
    const screened = screenTable(table.rows.slice(start, start + slice), mapping, {
      asOf,
      rowNumbers: table.rowNumbers.slice(start, start + slice),
      firstColumn: location.firstColumn,
      pack: defaultPack,
      extraChecks,
    });
    start += slice;
    if (fixedSlice === undefined) slice = nextSlice(slice, Date.now() - began);
    results.push(...screened);
    pending.push(...screened);
    if (pending.length >= writeRows) await flush();
    options.onProgress(results.length, total);
    await yieldToUi();
  }
  if (signal.aborted && results.length < total) cancelled = true;
  // Rows already screened are complete: write them, so the sheet never holds half a row.
  await flush();

  const summary = summarizeResults(results);
  const asOfRule = describeAsOf(asOf, present);
  const pack = packIdentity(defaultPack);
  const note = cancelled
    ? `Cancelled: results cover the first ${results.length.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows (through sheet row ${lastRow}).`
    : undefined;
  const notes = [
    ...mapping.duplicates.map(
      (d) =>
        `column "${d.header}" also maps to ${d.field}; the first such column was used and this one passed through.`,
    ),
    ...(options.parties?.notes ?? []),
    ...(note ? [note] : []),
    ...(options.note.trim() ? [`Reviewer note: ${options.note.trim()}`] : []),
  ];
  const coverage = coverageGaps(present, extraChecks);
  const summaryCells = summaryRows(summary, {
    asOfRule,
    pack,
    source: location.label,
    coverage,
    notes,
  });
  await source.format(location, placement, lastRow, summaryCells);
  await source.appendAudit({
    timestamp: options.now.toISOString(),
    asOfRule,
    source: location.label,
    packId: pack.id,
    packVersion: pack.version,
    packHash: pack.hash,
    rowsScreened: results.length,
    rowsTotal: total,
    hit: summary.byStatus.hit,
    needsReview: summary.byStatus.needs_review,
    clear: summary.byStatus.clear,
    listSnapshot: options.parties?.listSnapshot ?? "",
    note: [note, options.note.trim()].filter(Boolean).join(" "),
  });
  return {
    results,
    summary,
    cancelled,
    lastRow,
    placement,
    asOfRule,
    note,
    coverage,
    listNotes: options.parties?.notes ?? [],
  };
}
