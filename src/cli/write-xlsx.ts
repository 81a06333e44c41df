import ExcelJS from "exceljs";
import { columnLetter, summarizeResults } from "../rules";
import { RESULT_HEADERS, resultCells } from "../report/result-columns";
import { summaryRows } from "../report/summary-sheet";
import { uniqueSheetName as uniqueName } from "../report/sheet-names";
import { argbOf, STATUS_COLOURS } from "../report/status-colours";
import { writeAtomically } from "./atomic-write";
import type { InputTable } from "./read-table";
import type { RunReport } from "./run-report";

function uniqueSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  return uniqueName(wanted, (name) => workbook.getWorksheet(name) !== undefined);
}

/**
 * The screened workbook: the input workbook with result columns appended to the right of the
 * screened sheet, and a Summary sheet. The input file itself is never written.
 */
export async function writeXlsx(path: string, table: InputTable, report: RunReport): Promise<void> {
  let workbook = table.workbook;
  let sheet: ExcelJS.Worksheet | undefined;
  if (workbook) {
    sheet = workbook.getWorksheet(table.sheetName);
  } else {
    // A CSV input: its rows become the first sheet, at the same row numbers.
    workbook = new ExcelJS.Workbook();
    const created = workbook.addWorksheet("Deals");
    created.getRow(table.headerRow).values = table.headers;
    table.rows.forEach((cells, i) => {
      created.getRow(table.rowNumbers[i] ?? i + 2).values = cells.map((c) =>
        c === null ? undefined : c,
      ) as ExcelJS.CellValue[];
    });
    sheet = created;
  }
  if (!sheet) throw new Error(`sheet ${table.sheetName} vanished`);
  const first = table.lastColumn + 1;
  const header = sheet.getRow(table.headerRow);
  RESULT_HEADERS.forEach((h, i) => {
    const cell = header.getCell(first + i);
    cell.value = h;
    cell.font = { bold: true };
  });
  for (const result of report.results) {
    const row = sheet.getRow(result.row);
    resultCells(result).forEach((value, i) => {
      row.getCell(first + i).value = value;
    });
  }
  // One conditional format colours the Status column (as the task pane does), instead of a style per cell.
  const lastRow = report.results.reduce((max, r) => Math.max(max, r.row), table.headerRow + 1);
  const statusColumn = columnLetter(first - 1);
  sheet.addConditionalFormatting({
    ref: `${statusColumn}${table.headerRow + 1}:${statusColumn}${lastRow}`,
    rules: Object.entries(STATUS_COLOURS).map(([status, colour], i) => ({
      type: "cellIs",
      operator: "equal",
      formulae: [`"${status}"`],
      priority: i + 1,
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(colour) } } },
    })),
  });
  const summarySheet = workbook.addWorksheet(uniqueSheetName(workbook, "Summary"));
  for (const cells of summaryRows(summarizeResults(report.results), {
    asOfRule: report.asOfRule,
    pack: report.pack,
    source: report.source,
    coverage: report.coverage,
    notes: report.notes,
  })) {
    summarySheet.addRow(cells);
  }
  summarySheet.getColumn(1).width = 36;
  summarySheet.getRow(1).font = { bold: true, size: 14 };
  const book = workbook;
  await writeAtomically(path, (temp) => book.xlsx.writeFile(temp));
}
