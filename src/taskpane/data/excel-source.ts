/// <reference types="office-js" />
/**
 * The Excel data source: the only module that calls `Excel.run`. Reads and writes go in chunks
 * sized by payload (Excel on the web refuses requests over 5 MB), one `Excel.run` per chunk with
 * calculation suspended while writing, and the pane yields to the UI between chunks.
 */
import { columnLetter } from "../../rules";
import { AUDIT_HEADERS, AUDIT_SHEET, auditCells } from "../engine/audit";
import {
  chunkByPayload,
  fitCell,
  PAYLOAD_BUDGET_BYTES,
  readChunkRows,
  rowBytes,
} from "../engine/chunks";
import { parseSettings, serializeSettings, settingsKey } from "../engine/settings-store";
import {
  CLEARANCES_KEY,
  LIST_STATS_KEY,
  parseListStats,
  readClearances,
  serializeClearances,
  serializeListStats,
} from "../engine/clearances";
import type { Clearance, ListStats } from "../../rules";
import { RESULT_HEADERS } from "../engine/result-layout";
import { STATUS_COLOURS } from "../../report/status-colours";
import {
  collectRows,
  dataWidth,
  detectHeaderRow,
  errorWarning,
  HEADER_SEARCH_ROWS,
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

type Values = unknown[][];

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
}

function errorCode(error: unknown): string {
  const code = (error as OfficeLikeError | null)?.code;
  return typeof code === "string" ? code : "";
}

function protectedMessage(sheet: string): string {
  return (
    `Sheet "${sheet}" is protected, so Chipscreen cannot write beside the data. ` +
    'Unprotect it (Review ▸ Unprotect Sheet) or choose "A new Screening sheet" for the results.'
  );
}

/** Turns the errors Excel reports into messages a user can act on; anything else is rethrown. */
function translate(error: unknown, sheet: string): never {
  if (error instanceof UserError) throw error;
  const code = errorCode(error);
  if (code === "AccessDenied" || code === "InvalidOperation") {
    const message = (error as OfficeLikeError).message;
    if (typeof message === "string" && /protect/i.test(message))
      throw new UserError(protectedMessage(sheet));
    if (code === "AccessDenied") throw new UserError(protectedMessage(sheet));
  }
  if (code === "ItemNotFound")
    throw new UserError(
      `Sheet "${sheet}" was renamed or deleted while the pane was working; pick the data again.`,
    );
  throw error;
}

const isPayloadError = (error: unknown) =>
  /PayloadSize|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(
    errorCode(error),
  );

function rectangular(rows: readonly (readonly ResultCell[])[]): ResultCell[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => {
    const row: ResultCell[] = r.map(fitCell);
    while (row.length < width) row.push("");
    return row;
  });
}

export class ExcelSource implements DataSource {
  readonly kind = "excel" as const;
  /** Bytes of values per sync; tests lower it to see the chunking. */
  constructor(private readonly budget = PAYLOAD_BUDGET_BYTES) {}

  async scopes(): Promise<ScopeOption[]> {
    return [
      { id: "table", label: "The table the cursor is in" },
      { id: "selection", label: "The selected cells" },
      { id: "usedRange", label: "Everything on the active sheet" },
    ];
  }

  async readTable(scopeId: string, onProgress: Progress, signal: AbortSignal): Promise<TableRead> {
    const found = await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      let range: Excel.Range;
      let what: string;
      if (scopeId === "table") {
        const tables = selected.getTables(false);
        tables.load("items/name");
        await context.sync();
        const table = tables.items[0];
        if (!table) {
          throw new UserError(
            'The cursor is not inside an Excel table (one made with Insert ▸ Table). Click into the table, or choose "The selected cells" or "Everything on the active sheet".',
          );
        }
        range = table.getRange();
        what = `table ${table.name}`;
      } else if (scopeId === "selection") {
        range = selected;
        what = "the selection";
      } else {
        range = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
        what = "the used range";
      }
      range.load("address,rowIndex,columnIndex,rowCount,columnCount,isNullObject");
      range.worksheet.load("name");
      await context.sync();
      if (range.isNullObject)
        throw new UserError("The active sheet is empty: there is nothing to screen.");
      return {
        sheet: range.worksheet.name,
        address: range.address,
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        rowCount: range.rowCount,
        columnCount: range.columnCount,
        what,
      };
    });
    if (found.rowCount === 1 && found.columnCount === 1) {
      throw new UserError(
        'Only one cell is selected. Select the whole table, header row included, or choose "Everything on the active sheet".',
      );
    }
    if (found.rowCount - 1 > MAX_ROWS) throw tooManyRows(found.rowCount - 1);

    const top = await this.values(
      found.sheet,
      found.rowIndex,
      found.columnIndex,
      Math.min(found.rowCount, HEADER_SEARCH_ROWS),
      found.columnCount,
    );
    const headerIndex = detectHeaderRow(top);
    const headerCells = top[headerIndex] ?? [];
    const fullWidth = headerWidth(headerCells);
    const width = dataWidth(headerCells, fullWidth, RESULT_HEADERS);
    const headerRow = found.rowIndex + headerIndex + 1;
    const merged = await this.mergedAreas(found.sheet, headerRow - 1, found.columnIndex, width);
    if (merged) {
      throw new UserError(
        `The header row (row ${headerRow}) has merged cells (${merged}). Unmerge them and give every column its own heading.`,
      );
    }
    const { headers, warnings } = headerTexts(headerCells.slice(0, width), (i) =>
      columnLetter(found.columnIndex + i),
    );
    if (width < fullWidth)
      warnings.push(
        earlierResults(
          columnLetter(found.columnIndex + width),
          columnLetter(found.columnIndex + fullWidth - 1),
        ),
      );
    const into = { rows: [] as unknown[][], rowNumbers: [] as number[] };
    const dataRows = found.rowCount - headerIndex - 1;
    let done = 0;
    let perRow: number | undefined;
    onProgress(0, dataRows);
    while (done < dataRows) {
      if (signal.aborted) throw new UserError("Reading was cancelled.");
      let count = Math.min(readChunkRows(width, perRow, this.budget), dataRows - done);
      let block: Values | undefined;
      while (!block) {
        try {
          block = await this.values(found.sheet, headerRow + done, found.columnIndex, count, width);
        } catch (error: unknown) {
          // Excel refused the size: halve and try again (the docs' advice), down to one row.
          if (!isPayloadError(error) || count === 1) throw error;
          count = Math.max(1, Math.floor(count / 2));
        }
      }
      const bytes = block.reduce((n, row) => n + rowBytes(row), 0);
      perRow = Math.max(perRow ?? 0, bytes / Math.max(1, block.length));
      collectRows(block, headerRow + 1 + done, width, into);
      done += block.length;
      onProgress(done, dataRows);
      await yieldToUi();
    }
    if (into.rows.length === 0)
      throw new UserError(`There are no data rows below the header in row ${headerRow}.`);
    const errors = errorWarning(
      into.rows,
      (r, c) => `${columnLetter(found.columnIndex + c)}${into.rowNumbers[r] ?? "?"}`,
    );
    if (errors) warnings.push(errors);
    const location: TableLocation = {
      sheet: found.sheet,
      headerRow,
      firstColumn: found.columnIndex,
      columnCount: width,
      rowCount: dataRows,
      label: `${found.what} on sheet "${found.sheet}" (${found.address.replace(/^.*!/, "")})`,
    };
    return { location, headers, rows: into.rows, rowNumbers: into.rowNumbers, warnings };
  }

  private async values(
    sheet: string,
    row: number,
    column: number,
    rows: number,
    columns: number,
  ): Promise<Values> {
    return Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(row, column, rows, columns);
      range.load("values");
      await context.sync();
      // Past 5,000,000 cells Excel may answer null instead of failing (office-js#6781).
      if (!Array.isArray(range.values))
        throw new UserError("Excel returned no values for this range; select fewer rows.");
      return range.values as Values;
    });
  }

  /** Addresses of merged cells in the header row, or "" (also where the API is too old to ask). */
  private async mergedAreas(
    sheet: string,
    row: number,
    column: number,
    width: number,
  ): Promise<string> {
    try {
      return await Excel.run(async (context) => {
        const areas = context.workbook.worksheets
          .getItem(sheet)
          .getRangeByIndexes(row, column, 1, width)
          .getMergedAreasOrNullObject();
        areas.load("address,isNullObject");
        await context.sync();
        return areas.isNullObject ? "" : areas.address.replace(/[^,!]*!/g, "");
      });
    } catch {
      return "";
    }
  }

  private resultColumn(location: TableLocation, target: ResultTarget): number {
    // 0-based column of the first result column; the Screening sheet starts with "Sheet row" in A.
    return target === "right" ? location.firstColumn + location.columnCount : 1;
  }

  async placeResults(
    location: TableLocation,
    target: ResultTarget,
    headers: readonly string[],
  ): Promise<ResultPlacement> {
    return Excel.run(async (context) => {
      if (target === "sheet") {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        const names = new Set(sheets.items.map((s) => s.name));
        let name = "Screening";
        for (let n = 2; names.has(name); n++) name = `Screening ${n}`;
        return { target, sheet: name, occupied: null };
      }
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.protection.load("protected");
      const area = sheet
        .getRangeByIndexes(
          location.headerRow - 1,
          this.resultColumn(location, target),
          location.rowCount + 1,
          headers.length,
        )
        .getUsedRangeOrNullObject(true);
      area.load("address,isNullObject");
      await context.sync();
      if (sheet.protection.protected) throw new UserError(protectedMessage(location.sheet));
      return {
        target,
        sheet: location.sheet,
        occupied: area.isNullObject ? null : area.address.replace(/^.*!/, ""),
      };
    });
  }

  async beginResults(
    location: TableLocation,
    placement: ResultPlacement,
    headers: readonly string[],
  ): Promise<ResultPlacement> {
    try {
      return await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const sheet =
          placement.target === "sheet"
            ? sheets.add(placement.sheet)
            : sheets.getItem(placement.sheet);
        const all = placement.target === "sheet" ? ["Sheet row", ...headers] : [...headers];
        const start =
          this.resultColumn(location, placement.target) - (placement.target === "sheet" ? 1 : 0);
        const header = sheet.getRangeByIndexes(location.headerRow - 1, start, 1, all.length);
        header.values = [all];
        header.format.font.bold = true;
        await context.sync();
        return placement;
      });
    } catch (error: unknown) {
      return translate(error, placement.sheet);
    }
  }

  async writeResults(
    location: TableLocation,
    placement: ResultPlacement,
    firstRow: number,
    cells: readonly (readonly ResultCell[])[],
  ): Promise<void> {
    const rows: ResultCell[][] = cells.map((values, i) => {
      const row = values.map(fitCell);
      if (placement.target === "sheet") row.unshift(values[0] !== "" ? firstRow + i : "");
      return row;
    });
    const column =
      this.resultColumn(location, placement.target) - (placement.target === "sheet" ? 1 : 0);
    for (const chunk of chunkByPayload(rows, this.budget)) {
      try {
        await Excel.run(async (context) => {
          context.workbook.application.suspendApiCalculationUntilNextSync();
          const range = context.workbook.worksheets
            .getItem(placement.sheet)
            .getRangeByIndexes(
              firstRow - 1 + chunk.start,
              column,
              chunk.rows.length,
              chunk.rows[0]?.length ?? 1,
            );
          range.values = chunk.rows;
          await context.sync();
        });
      } catch (error: unknown) {
        translate(error, placement.sheet);
      }
      await yieldToUi();
    }
  }

  async format(
    location: TableLocation,
    placement: ResultPlacement,
    lastRow: number,
    summary: readonly (readonly ResultCell[])[],
  ): Promise<void> {
    try {
      await Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        if (lastRow > location.headerRow) {
          const status = sheets
            .getItem(placement.sheet)
            .getRangeByIndexes(
              location.headerRow,
              this.resultColumn(location, placement.target),
              lastRow - location.headerRow,
              1,
            );
          for (const [text, colour] of Object.entries(STATUS_COLOURS)) {
            const rule = status.conditionalFormats.add("ContainsText");
            rule.textComparison.format.fill.color = colour;
            rule.textComparison.rule = { operator: "BeginsWith", text };
          }
        }
        sheets.load("items/name");
        await context.sync();
        const names = new Set(sheets.items.map((s) => s.name));
        let name = "Summary";
        for (let n = 2; names.has(name); n++) name = `Summary ${n}`;
        const rows = rectangular(summary);
        const sheet = sheets.add(name);
        sheet.getRangeByIndexes(0, 0, rows.length, rows[0]?.length ?? 1).values = rows;
        sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
        await context.sync();
      });
    } catch (error: unknown) {
      translate(error, placement.sheet);
    }
  }

  async select(location: TableLocation, placement: ResultPlacement, row: number): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      const width =
        location.columnCount + (placement.target === "right" ? RESULT_HEADERS.length : 0);
      sheet.activate();
      sheet.getRangeByIndexes(row - 1, location.firstColumn, 1, width).select();
      await context.sync();
    });
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    await Excel.run(async (context) => {
      let sheet = context.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET);
      await context.sync();
      let next = 1;
      if (sheet.isNullObject) {
        sheet = context.workbook.worksheets.add(AUDIT_SHEET);
        const header = sheet.getRangeByIndexes(0, 0, 1, AUDIT_HEADERS.length);
        header.values = [[...AUDIT_HEADERS]];
        header.format.font.bold = true;
      } else {
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,rowCount,isNullObject");
        await context.sync();
        next = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      }
      const cells = auditCells(entry);
      sheet.getRangeByIndexes(next, 0, 1, cells.length).values = [cells];
      await context.sync();
    });
  }

  async loadSettings(
    _sheet: string,
    headers: readonly string[],
  ): Promise<SavedSettings | undefined> {
    return Excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(settingsKey(headers));
      item.load("value,isNullObject");
      await context.sync();
      return item.isNullObject ? undefined : parseSettings(item.value, headers);
    });
  }

  async saveSettings(
    _sheet: string,
    headers: readonly string[],
    settings: SavedSettings,
  ): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.settings.add(settingsKey(headers), serializeSettings(headers, settings));
      await context.sync();
    });
  }

  private async readSetting(key: string): Promise<unknown> {
    return Excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load("value,isNullObject");
      await context.sync();
      return item.isNullObject ? undefined : (item.value as unknown);
    });
  }

  private async writeSetting(key: string, value: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.settings.add(key, value);
      await context.sync();
    });
  }

  async loadListStats(): Promise<ListStats | undefined> {
    return parseListStats(await this.readSetting(LIST_STATS_KEY));
  }

  async saveListStats(stats: ListStats): Promise<void> {
    await this.writeSetting(LIST_STATS_KEY, serializeListStats(stats));
  }

  async loadClearances(): Promise<Clearance[]> {
    return readClearances(await this.readSetting(CLEARANCES_KEY)).clearances;
  }

  async saveClearances(clearances: readonly Clearance[]): Promise<void> {
    await this.writeSetting(CLEARANCES_KEY, serializeClearances(clearances));
  }
}
