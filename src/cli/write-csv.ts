import Papa from "papaparse";
import { RESULT_HEADERS, resultCells } from "../report/result-columns";
import { writeTextAtomically } from "./atomic-write";
import type { InputTable } from "./read-table";
import type { RunReport } from "./run-report";

/**
 * Text that a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "-1+2", "@SUM") gets a
 * leading apostrophe, so opening the CSV cannot execute anything (CSV/formula injection).
 */
export function escapeFormula(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function reportCsv(table: InputTable, report: RunReport): string {
  const byRow = new Map(report.results.map((r) => [r.row, r]));
  const lines: (string | number | boolean)[][] = [
    [...table.headers, ...RESULT_HEADERS].map(escapeFormula),
  ];
  table.rows.forEach((cells, i) => {
    const result = byRow.get(table.rowNumbers[i] ?? -1);
    const out = result ? resultCells(result) : [];
    lines.push([...cells, ...out].map(escapeFormula));
  });
  return Papa.unparse(lines, { newline: "\r\n" });
}

export async function writeCsv(path: string, table: InputTable, report: RunReport): Promise<void> {
  await writeTextAtomically(path, "\uFEFF" + reportCsv(table, report) + "\r\n");
}
