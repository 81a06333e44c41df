import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { findHeaderRow, HEADER_SEARCH_ROWS } from "../rules";
import { plainCell } from "./cell-value";
import { InputError } from "./input-error";

export type Cell = string | number | boolean | null;

export interface InputTable {
  kind: "xlsx" | "csv";
  sheetName: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  headers: string[];
  /** Data rows in sheet order; blank rows are left out. */
  rows: Cell[][];
  /** 1-based sheet row number of each entry of `rows`. */
  rowNumbers: number[];
  /** The workbook as read, for writing the screened copy (xlsx only). */
  workbook?: ExcelJS.Workbook;
  /** 1-based index of the last used column of the header row. */
  lastColumn: number;
}

function isBlankRow(cells: Cell[]): boolean {
  return cells.every((c) => c === null || (typeof c === "string" && c.trim() === ""));
}

/** Reads the header row and data rows of an .xlsx sheet or a .csv file. */
export async function readTable(path: string, sheet?: string): Promise<InputTable> {
  const ext = extname(path).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error: unknown) {
    const code = (error as { code?: string }).code;
    throw new InputError(
      code === "ENOENT"
        ? `${path}: no such file.`
        : `${path}: cannot be read (${code ?? String(error)}).`,
    );
  }
  if (bytes.length === 0) throw new InputError(`${path}: the file is empty.`);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes.readUInt32BE(0) === 0xd0cf11e0;
  if (ext === ".xlsx" || ext === ".xlsm" || isZip) {
    if (isOle)
      throw new InputError(
        `${path}: the workbook is password-protected (or is an old .xls file); save an unprotected .xlsx copy and screen that.`,
      );
    return readXlsx(path, bytes, sheet);
  }
  if (isOle || ext === ".xls")
    throw new InputError(
      `${path}: an old .xls or a password-protected workbook; save it as .xlsx without a password.`,
    );
  if (ext === ".csv" || ext === ".txt") return readCsv(path, bytes);
  throw new InputError(
    `${path}: Chipscreen reads .xlsx and .csv files, not "${ext || "no extension"}".`,
  );
}

async function readXlsx(path: string, bytes: Buffer, sheetName?: string): Promise<InputTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error: unknown) {
    throw new InputError(
      `${path}: not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const worksheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!worksheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(", ");
    throw new InputError(
      sheetName
        ? `${path}: no sheet named "${sheetName}" (sheets: ${names || "none"}).`
        : `${path}: the workbook has no sheets.`,
    );
  }
  const width = worksheet.columnCount;
  const all: Cell[][] = [];
  const rowCount = worksheet.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      cells.push(plainCell(row.getCell(c).value));
    }
    all.push(cells);
  }
  if (all.every(isBlankRow)) throw new InputError(`${path}: sheet "${worksheet.name}" is empty.`);
  const headerIndex = findHeaderRow(all);
  if (headerIndex === undefined) {
    throw new InputError(
      `${path}: sheet "${worksheet.name}" has no header row Chipscreen recognises in its first ${HEADER_SEARCH_ROWS} rows (expected headings such as "Destination", "Item", "Quantity").`,
    );
  }
  const headerRow = headerIndex + 1;
  const merged = [];
  for (let c = 1; c <= width; c++) {
    const cell = worksheet.getRow(headerRow).getCell(c);
    if (cell.isMerged && cell.master.address !== cell.address) merged.push(cell.address);
  }
  if (merged.length > 0) {
    throw new InputError(
      `${path}: header row ${headerRow} of sheet "${worksheet.name}" has merged cells (${merged.join(", ")}); give every column its own heading.`,
    );
  }
  return assemble("xlsx", worksheet.name, all, headerIndex, workbook);
}

function readCsv(path: string, bytes: Buffer): InputTable {
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) throw new InputError(`${path}: line ${(fatal.row ?? 0) + 1}: ${fatal.message}.`);
  const all: Cell[][] = parsed.data.map((r) => r.map((c) => (c === "" ? null : c)));
  if (all.every(isBlankRow)) throw new InputError(`${path}: the file has no data.`);
  const headerIndex = findHeaderRow(all);
  if (headerIndex === undefined) {
    throw new InputError(
      `${path}: no header row Chipscreen recognises in the first ${HEADER_SEARCH_ROWS} lines (expected headings such as "Destination", "Item", "Quantity").`,
    );
  }
  return assemble("csv", "csv", all, headerIndex, undefined);
}

function assemble(
  kind: "xlsx" | "csv",
  sheetName: string,
  all: Cell[][],
  headerIndex: number,
  workbook: ExcelJS.Workbook | undefined,
): InputTable {
  const headerCells = all[headerIndex] ?? [];
  let lastColumn = headerCells.length;
  while (
    lastColumn > 0 &&
    (headerCells[lastColumn - 1] === null || headerCells[lastColumn - 1] === "")
  )
    lastColumn--;
  const headers = headerCells.slice(0, lastColumn).map((c) => (c === null ? "" : String(c)));
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < all.length; i++) {
    const cells = (all[i] ?? []).slice(0, lastColumn);
    if (isBlankRow(cells)) continue;
    while (cells.length < lastColumn) cells.push(null);
    rows.push(cells);
    rowNumbers.push(i + 1);
  }
  if (rows.length === 0)
    throw new InputError(
      `sheet "${sheetName}": there are no data rows below the header in row ${headerIndex + 1}.`,
    );
  const table: InputTable = {
    kind,
    sheetName,
    headerRow: headerIndex + 1,
    headers,
    rows,
    rowNumbers,
    lastColumn,
  };
  if (workbook) table.workbook = workbook;
  return table;
}
