/**
 * The one interface between the task pane's UI and the data it screens. Two implementations:
 * `excel-source.ts` (the only module that calls `Excel.run`) and `file-source.ts` (exceljs and
 * papaparse in the browser, for the standalone workbench). The UI never touches a sheet directly.
 */
import type { CanonicalField, Clearance, ListStats } from "../../rules";

/** Where the rows come from: the active table, the selection, the used range, or a sheet of a file. */
export interface ScopeOption {
  id: string;
  label: string;
}

/** Where the result columns go: right of the data, or a new "Screening" sheet. */
export type ResultTarget = "right" | "sheet";

/** What the pane knows about the table it read, enough to write results and select rows. */
export interface TableLocation {
  sheet: string;
  /** 1-based sheet row number of the header row. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  columnCount: number;
  /** Sheet rows under the header row that the table spans (blank rows included). */
  rowCount: number;
  /** Plain-language description, e.g. "table Deals on sheet Deals (A1:K101)". */
  label: string;
}

export interface TableRead {
  location: TableLocation;
  headers: string[];
  /** The data rows that hold something, in sheet order (blank rows are left out, as the command line does). */
  rows: unknown[][];
  /** 1-based sheet row number of each entry of `rows`. */
  rowNumbers: number[];
  /** Things the user should know that do not stop the screening (formula errors, blank headers). */
  warnings: string[];
}

/** What is remembered per sheet layout so the next screening needs no clicks. */
export interface SavedSettings {
  /** Header text → canonical field (null: column not used). */
  explicit: Record<string, CanonicalField | null>;
  asOf?: { kind: "today" } | { kind: "date"; date: string } | { kind: "fromRow" };
  target?: ResultTarget;
}

/** One row of the "Audit" sheet. */
export interface AuditEntry {
  timestamp: string;
  asOfRule: string;
  source: string;
  packId: string;
  packVersion: string;
  packHash: string;
  rowsScreened: number;
  rowsTotal: number;
  hit: number;
  needsReview: number;
  clear: number;
  listSnapshot: string;
  note: string;
}

export type Progress = (done: number, total: number) => void;

/** Where result cells were (or would be) written, and whether a write there needs the user's consent. */
export interface ResultPlacement {
  target: ResultTarget;
  /** The sheet that receives the result columns. */
  sheet: string;
  /** A1 address of non-empty cells the results would cover, if any. */
  occupied: string | null;
}

export interface DataSource {
  readonly kind: "excel" | "file";
  /** The data the user can pick from. */
  scopes(): Promise<ScopeOption[]>;
  /** Reads the header row and every data row, in chunks; throws a UserError with a plain message on bad input. */
  readTable(scopeId: string, onProgress: Progress, signal: AbortSignal): Promise<TableRead>;
  /** Checks where results would go and whether that area already holds something. */
  placeResults(
    location: TableLocation,
    target: ResultTarget,
    headers: readonly string[],
  ): Promise<ResultPlacement>;
  /** Writes the header row of the result columns (and creates the Screening sheet if needed). */
  beginResults(
    location: TableLocation,
    placement: ResultPlacement,
    headers: readonly string[],
  ): Promise<ResultPlacement>;
  /** Writes complete result rows, a contiguous block starting at 1-based sheet row `firstRow`. */
  writeResults(
    location: TableLocation,
    placement: ResultPlacement,
    firstRow: number,
    cells: readonly (readonly ResultCell[])[],
  ): Promise<void>;
  /**
   * Colours the status column by status over the rows written (through 1-based sheet row `lastRow`)
   * and records the Summary rows (a Summary sheet, as the command line writes).
   */
  format(
    location: TableLocation,
    placement: ResultPlacement,
    lastRow: number,
    summary: readonly (readonly ResultCell[])[],
  ): Promise<void>;
  /** Selects a row (1-based sheet row number) with its results (no-op where there is no sheet to show). */
  select(location: TableLocation, placement: ResultPlacement, row: number): Promise<void>;
  appendAudit(entry: AuditEntry): Promise<void>;
  loadSettings(sheet: string, headers: readonly string[]): Promise<SavedSettings | undefined>;
  saveSettings(sheet: string, headers: readonly string[], settings: SavedSettings): Promise<void>;
  /** Counts of the last restricted-party list accepted (Excel: workbook settings; workbench: localStorage). */
  loadListStats(): Promise<ListStats | undefined>;
  saveListStats(stats: ListStats): Promise<void>;
  /** Reviewers' clearances of false positives kept with the workbook (none when no workbook is open). */
  loadClearances(): Promise<Clearance[]>;
  saveClearances(clearances: readonly Clearance[]): Promise<void>;
}

export type ResultCell = string | number | boolean;

/** A problem the user can fix, said in plain language. Anything else thrown is a bug. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/** The pane screens at most this many rows at once; more is almost always a whole-column selection. */
export const MAX_ROWS = 200_000;

export function tooManyRows(rows: number): UserError {
  return new UserError(
    `The data has ${rows.toLocaleString("en-US")} rows; the pane screens up to ${MAX_ROWS.toLocaleString("en-US")} at a time. ` +
      "Select a smaller range (or split the sheet), or screen the file with the command line.",
  );
}

export function earlierResults(first: string, last: string): string {
  return `Columns ${first}:${last} hold the results of an earlier screening; they are not screened, and this run replaces them (you will be asked first).`;
}

/** Yields to the browser so the pane repaints and handles clicks between chunks. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
