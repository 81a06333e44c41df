/**
 * The standalone workbench's data source: an .xlsx (exceljs) or .csv (papaparse) opened from disk,
 * screened in memory, downloaded as a screened workbook in the command line's layout. Nothing
 * leaves the page: the file is read with the File API and written back as a Blob.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { columnLetter } from "../../rules";
import { plainCell } from "../../cli/cell-value";
import { AUDIT_HEADERS, AUDIT_SHEET, auditCells } from "../engine/audit";
import {
  parseSettings,
  serializeSettings,
  settingsKey,
  SETTINGS_SHEET,
} from "../engine/settings-store";
import { RESULT_HEADERS } from "../engine/result-layout";
import {
  CLEARANCES_KEY,
  LIST_STATS_KEY,
  parseListStats,
  readClearances,
  serializeClearances,
  serializeListStats,
} from "../engine/clearances";
import type { Clearance, ListStats } from "../../rules";
import { argbOf, STATUS_COLOURS } from "../../report/status-colours";
import { uniqueSheetName as uniqueName } from "../../report/sheet-names";
import {
  collectRows,
  dataWidth,
  detectHeaderRow,
  errorWarning,
  headerTexts,
  headerWidth,
} from "../engine/table-shape";
import {
  earlierResults,
  MAX_ROWS,
  tooManyRows,
  UserError,
  yieldToUi,
  type AuditEntry,
  type DataSource,
  type Progress,
  type ResultCell,
  type ResultPlacement,
  type ResultTarget,
  type SavedSettings,
  type ScopeOption,
  type TableLocation,
  type TableRead,
} from "./data-source";

/** Characters per cell of the settings sheet, under Excel's 32,767. */
const CELL_TEXT_LIMIT = 30_000;

const OWN_SHEETS = new Set(["Summary", AUDIT_SHEET, SETTINGS_SHEET]);
/** The sheet a CSV's rows become, as in the command line's screened workbook. */
const CSV_SHEET = "Deals";

function uniqueSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  return uniqueName(wanted, (name) => workbook.getWorksheet(name) !== undefined);
}

function isEmptyValue(value: ExcelJS.CellValue): boolean {
  return value === null || value === undefined || value === "";
}

export class FileSource implements DataSource {
  readonly kind = "file" as const;
  private workbook: ExcelJS.Workbook | undefined;
  private fileName = "";

  /** Opens a file the user picked; throws a UserError when it is not a readable .xlsx or .csv. */
  async open(name: string, bytes: ArrayBuffer): Promise<void> {
    const head = new Uint8Array(bytes.slice(0, 4));
    const isZip = head[0] === 0x50 && head[1] === 0x4b;
    const isOle = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
    if (bytes.byteLength === 0) throw new UserError(`${name} is empty.`);
    if (isOle)
      throw new UserError(
        `${name} is password-protected or an old .xls file: save an unprotected .xlsx copy and open that.`,
      );
    const workbook = new ExcelJS.Workbook();
    if (isZip || /\.xlsx$/i.test(name)) {
      try {
        await workbook.xlsx.load(bytes);
      } catch (error: unknown) {
        throw new UserError(
          `${name} is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
    } else if (/\.(csv|txt)$/i.test(name)) {
      const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
      const fatal = parsed.errors.find((e) => e.type === "Quotes");
      if (fatal) throw new UserError(`${name}, line ${(fatal.row ?? 0) + 1}: ${fatal.message}.`);
      if (parsed.data.length > MAX_ROWS + 1) throw tooManyRows(parsed.data.length - 1);
      const sheet = workbook.addWorksheet(CSV_SHEET);
      parsed.data.forEach((cells, i) => {
        if (cells.some((c) => c !== ""))
          sheet.getRow(i + 1).values = cells.map((c) => (c === "" ? null : c));
      });
    } else {
      throw new UserError(`Chipscreen opens .xlsx and .csv files, not "${name}".`);
    }
    this.workbook = workbook;
    this.fileName = name;
  }

  get opened(): string {
    return this.fileName;
  }

  private book(): ExcelJS.Workbook {
    if (!this.workbook) throw new UserError("Open an .xlsx or .csv file first.");
    return this.workbook;
  }

  async scopes(): Promise<ScopeOption[]> {
    const book = this.book();
    return book.worksheets
      .filter(
        (w) =>
          w.state === "visible" &&
          !OWN_SHEETS.has(w.name) &&
          !/^(Screening|Summary)( \d+)?$/.test(w.name),
      )
      .map((w) => ({ id: w.name, label: `Sheet "${w.name}"` }));
  }

  async readTable(scopeId: string, onProgress: Progress, signal: AbortSignal): Promise<TableRead> {
    const sheet = this.book().getWorksheet(scopeId);
    if (!sheet) throw new UserError(`There is no sheet called "${scopeId}" in ${this.fileName}.`);
    const rowCount = sheet.rowCount;
    const columnCount = sheet.columnCount;
    if (rowCount === 0 || columnCount === 0) throw new UserError(`Sheet "${sheet.name}" is empty.`);
    if (rowCount > MAX_ROWS + 1) throw tooManyRows(rowCount - 1);
    const readRow = (r: number): unknown[] => {
      const row = sheet.getRow(r);
      const cells: unknown[] = [];
      for (let c = 1; c <= columnCount; c++) cells.push(plainCell(row.getCell(c).value));
      return cells;
    };
    const top: unknown[][] = [];
    for (let r = 1; r <= Math.min(rowCount, 20); r++) top.push(readRow(r));
    const headerIndex = detectHeaderRow(top);
    const headerRow = headerIndex + 1;
    const headerCells = top[headerIndex] ?? [];
    const fullWidth = headerWidth(headerCells);
    const width = dataWidth(headerCells, fullWidth, RESULT_HEADERS);
    const merged: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getRow(headerRow).getCell(c);
      if (cell.isMerged && cell.master.address !== cell.address) merged.push(cell.address);
    }
    if (merged.length > 0) {
      throw new UserError(
        `The header row (row ${headerRow} of sheet "${sheet.name}") has merged cells (${merged.join(", ")}). Unmerge them and give every column its own heading.`,
      );
    }
    const { headers, warnings } = headerTexts(headerCells.slice(0, width), columnLetter);
    if (width < fullWidth)
      warnings.push(earlierResults(columnLetter(width), columnLetter(fullWidth - 1)));
    const into = { rows: [] as unknown[][], rowNumbers: [] as number[] };
    const dataRows = rowCount - headerRow;
    const step = 5_000;
    for (let start = headerRow + 1; start <= rowCount; start += step) {
      if (signal.aborted) throw new UserError("Reading was cancelled.");
      const block: unknown[][] = [];
      for (let r = start; r <= Math.min(rowCount, start + step - 1); r++) block.push(readRow(r));
      collectRows(block, start, width, into);
      onProgress(Math.min(dataRows, start + step - 1 - headerRow), dataRows);
      await yieldToUi();
    }
    if (into.rows.length === 0)
      throw new UserError(
        `Sheet "${sheet.name}" has no data rows below the header in row ${headerRow}.`,
      );
    const errors = errorWarning(
      into.rows,
      (r, c) => `${columnLetter(c)}${into.rowNumbers[r] ?? "?"}`,
    );
    if (errors) warnings.push(errors);
    const location: TableLocation = {
      sheet: sheet.name,
      headerRow,
      firstColumn: 0,
      columnCount: width,
      rowCount: dataRows,
      label: `${this.fileName} (sheet "${sheet.name}")`,
    };
    return { location, headers, rows: into.rows, rowNumbers: into.rowNumbers, warnings };
  }

  private resultStart(location: TableLocation, target: ResultTarget): number {
    // 1-based exceljs column of the first result column; the Screening sheet starts with "Sheet row".
    return target === "right" ? location.firstColumn + location.columnCount + 1 : 2;
  }

  async placeResults(
    location: TableLocation,
    target: ResultTarget,
    headers: readonly string[],
  ): Promise<ResultPlacement> {
    const book = this.book();
    if (target === "sheet")
      return { target, sheet: uniqueSheetName(book, "Screening"), occupied: null };
    const sheet = book.getWorksheet(location.sheet);
    if (!sheet) throw new UserError(`Sheet "${location.sheet}" is gone.`);
    const first = this.resultStart(location, target);
    const last = Math.max(sheet.rowCount, location.headerRow);
    let occupied = 0;
    let firstAddress = "";
    for (let r = location.headerRow; r <= last; r++) {
      const row = sheet.getRow(r);
      for (let c = first; c < first + headers.length; c++) {
        if (!isEmptyValue(row.getCell(c).value)) {
          occupied++;
          firstAddress ||= row.getCell(c).address;
        }
      }
    }
    const range = `${columnLetter(first - 1)}${location.headerRow}:${columnLetter(first + headers.length - 2)}${last}`;
    return {
      target,
      sheet: sheet.name,
      occupied: occupied > 0 ? `${range} (${occupied} cells, first ${firstAddress})` : null,
    };
  }

  async beginResults(
    location: TableLocation,
    placement: ResultPlacement,
    headers: readonly string[],
  ): Promise<ResultPlacement> {
    const book = this.book();
    const sheet =
      placement.target === "sheet"
        ? book.addWorksheet(uniqueSheetName(book, placement.sheet))
        : book.getWorksheet(placement.sheet);
    if (!sheet) throw new UserError(`Sheet "${placement.sheet}" is gone.`);
    const first = this.resultStart(location, placement.target);
    const header = sheet.getRow(location.headerRow);
    const all = placement.target === "sheet" ? ["Sheet row", ...headers] : [...headers];
    all.forEach((h, i) => {
      const cell = header.getCell(first - (placement.target === "sheet" ? 1 : 0) + i);
      cell.value = h;
      cell.font = { bold: true };
    });
    return { ...placement, sheet: sheet.name };
  }

  async writeResults(
    location: TableLocation,
    placement: ResultPlacement,
    firstRow: number,
    cells: readonly (readonly ResultCell[])[],
  ): Promise<void> {
    const sheet = this.book().getWorksheet(placement.sheet);
    if (!sheet) throw new UserError(`Sheet "${placement.sheet}" is gone.`);
    const first = this.resultStart(location, placement.target);
    cells.forEach((values, i) => {
      const row = sheet.getRow(firstRow + i);
      const hasResult = values[0] !== "" && values[0] !== undefined;
      if (placement.target === "sheet") row.getCell(1).value = hasResult ? firstRow + i : null;
      values.forEach((v, c) => {
        row.getCell(first + c).value = v === "" ? null : v;
      });
    });
  }

  async format(
    location: TableLocation,
    placement: ResultPlacement,
    lastRow: number,
    summary: readonly (readonly ResultCell[])[],
  ): Promise<void> {
    const book = this.book();
    const sheet = book.getWorksheet(placement.sheet);
    if (sheet && lastRow > location.headerRow) {
      const column = columnLetter(this.resultStart(location, placement.target) - 1);
      const ref = `${column}${location.headerRow + 1}:${column}${lastRow}`;
      sheet.addConditionalFormatting({
        ref,
        rules: Object.entries(STATUS_COLOURS).map(([status, colour], i) => ({
          type: "containsText",
          operator: "containsText",
          text: status,
          priority: i + 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(colour) } } },
        })),
      });
    }
    const summarySheet = book.addWorksheet(uniqueSheetName(book, "Summary"));
    for (const cells of summary) summarySheet.addRow([...cells]);
    summarySheet.getColumn(1).width = 36;
    summarySheet.getRow(1).font = { bold: true, size: 14 };
  }

  async select(): Promise<void> {
    // There is no sheet on screen in the workbench: the pane shows the row's findings itself.
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    const book = this.book();
    let sheet = book.getWorksheet(AUDIT_SHEET);
    if (!sheet) {
      sheet = book.addWorksheet(AUDIT_SHEET);
      sheet.addRow([...AUDIT_HEADERS]).font = { bold: true };
    }
    sheet.addRow(auditCells(entry));
  }

  private settingsSheet(create: boolean): ExcelJS.Worksheet | undefined {
    const book = this.book();
    let sheet = book.getWorksheet(SETTINGS_SHEET);
    if (!sheet && create) {
      sheet = book.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    }
    return sheet;
  }

  async loadSettings(
    _sheet: string,
    headers: readonly string[],
  ): Promise<SavedSettings | undefined> {
    const sheet = this.settingsSheet(false);
    if (!sheet) return undefined;
    const key = settingsKey(headers);
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (row.getCell(1).value === key)
        return parseSettings(plainCell(row.getCell(2).value), headers);
    }
    return undefined;
  }

  async saveSettings(
    _sheet: string,
    headers: readonly string[],
    settings: SavedSettings,
  ): Promise<void> {
    const sheet = this.settingsSheet(true);
    if (!sheet) return;
    const key = settingsKey(headers);
    let target = sheet.rowCount + 1;
    for (let r = 1; r <= sheet.rowCount; r++)
      if (sheet.getRow(r).getCell(1).value === key) target = r;
    sheet.getRow(target).values = [key, serializeSettings(headers, settings)];
  }

  private settingsRow(key: string): number | undefined {
    const sheet = this.workbook ? this.settingsSheet(false) : undefined;
    if (!sheet) return undefined;
    for (let r = 1; r <= sheet.rowCount; r++)
      if (sheet.getRow(r).getCell(1).value === key) return r;
    return undefined;
  }

  /** The browser's storage for this page, where there is one (not in private windows with storage blocked). */
  private storage(): Storage | undefined {
    try {
      return (globalThis as { localStorage?: Storage }).localStorage;
    } catch {
      return undefined;
    }
  }

  async loadListStats(): Promise<ListStats | undefined> {
    try {
      return parseListStats(this.storage()?.getItem(LIST_STATS_KEY) ?? undefined);
    } catch {
      return undefined;
    }
  }

  async saveListStats(stats: ListStats): Promise<void> {
    try {
      this.storage()?.setItem(LIST_STATS_KEY, serializeListStats(stats));
    } catch {
      // Storage full or blocked: the next load is compared with the bundled snapshot's counts instead.
    }
  }

  async loadClearances(): Promise<Clearance[]> {
    const r = this.settingsRow(CLEARANCES_KEY);
    const sheet = this.workbook ? this.settingsSheet(false) : undefined;
    if (r === undefined || !sheet) return [];
    const row = sheet.getRow(r);
    let text = "";
    for (let c = 2; c <= row.cellCount; c++) {
      const part = plainCell(row.getCell(c).value);
      if (typeof part === "string") text += part;
    }
    return readClearances(text).clearances;
  }

  /** Kept in the hidden settings sheet, so the downloaded workbook carries them. */
  async saveClearances(clearances: readonly Clearance[]): Promise<void> {
    if (!this.workbook) return;
    const sheet = this.settingsSheet(true);
    if (!sheet) return;
    const r = this.settingsRow(CLEARANCES_KEY) ?? sheet.rowCount + 1;
    // A cell holds at most 32,767 characters: a long document continues in the next cells.
    const text = serializeClearances(clearances);
    const parts: string[] = [];
    for (let i = 0; i < text.length; i += CELL_TEXT_LIMIT)
      parts.push(text.slice(i, i + CELL_TEXT_LIMIT));
    sheet.getRow(r).values = [CLEARANCES_KEY, ...parts];
  }

  /** The screened workbook as the bytes of an .xlsx file, with a name derived from the input's. */
  async download(): Promise<{ name: string; bytes: ArrayBuffer }> {
    const buffer = await this.book().xlsx.writeBuffer();
    const base = this.fileName.replace(/\.(xlsx|xlsm|csv|txt)$/i, "") || "chipscreen";
    const bytes =
      buffer instanceof ArrayBuffer
        ? buffer
        : new Uint8Array(buffer as unknown as ArrayLike<number>).buffer;
    return { name: `${base}.screened.xlsx`, bytes };
  }
}
