/**
 * From a block of cell values to a table: which row is the header row, what the headers say,
 * and what in the data deserves a word to the user. Pure; both data sources use it.
 */
import { findHeaderRow, isExcelError } from "../../rules";
import { UserError } from "../data/data-source";

export { HEADER_SEARCH_ROWS } from "../../rules";

/** An Excel error value (#N/A, #REF! …) in a cell; the core's list. */
export const isErrorValue = isExcelError;

function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Finds the header row among the first rows, as the command line does (the core's findHeaderRow);
 * here unfamiliar headings are accepted too, since the user maps columns by hand. Throws a
 * UserError when there is none.
 */
export function detectHeaderRow(top: readonly (readonly unknown[])[]): number {
  const found = findHeaderRow(top, { allowUnknownLabels: true });
  if (found !== undefined) return found;
  throw new UserError(
    "No header row found: the first rows hold numbers, blanks or a single title, not column names. " +
      "Put one row of column names (for example Customer, Destination, Item) directly above the data, or select the range starting at that row.",
  );
}

/** Header texts, with a name made up for blank ones ("Column F") so every column can be mapped or ignored. */
export function headerTexts(
  row: readonly unknown[],
  columnName: (i: number) => string,
): { headers: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  const headers = row.map((v, i) => {
    let text = isBlank(v) ? "" : String(v).trim();
    if (text === "") {
      text = `Column ${columnName(i)}`;
      warnings.push(`Column ${columnName(i)} has no header; it is called "${text}" here.`);
    }
    const n = seen.get(text) ?? 0;
    seen.set(text, n + 1);
    if (n > 0) {
      const renamed = `${text} (${n + 1})`;
      warnings.push(`Two columns are called "${text}"; the second is called "${renamed}" here.`);
      text = renamed;
    }
    return text;
  });
  return { headers, warnings };
}

/** Counts formula error values in data rows; returns a warning naming the first one. */
export function errorWarning(
  rows: readonly (readonly unknown[])[],
  cellName: (rowIndex: number, column: number) => string,
): string | undefined {
  let count = 0;
  let first: string | undefined;
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isErrorValue(v)) {
        count++;
        first ??= `${cellName(r, c)} (${String(v).trim()})`;
      }
    }),
  );
  if (count === 0 || first === undefined) return undefined;
  return (
    `${count.toLocaleString("en-US")} cell${count === 1 ? "" : "s"} hold${count === 1 ? "s" : ""} a formula error, the first at ${first}. ` +
    "Those values are treated as unreadable, so the checks that need them say 'needs review'. Fix the formulas and screen again for a clean result."
  );
}

/** Header cells up to the last non-blank one: columns beyond it are not part of the table (as the command line reads it). */
export function headerWidth(headerCells: readonly unknown[]): number {
  let width = headerCells.length;
  while (width > 0 && isBlank(headerCells[width - 1])) width--;
  return width;
}

/**
 * Appends the non-blank rows of a block to `into`, cut or padded to `width` cells, with their
 * sheet row numbers (`firstRow` is the 1-based sheet row of the block's first row).
 */
export function collectRows(
  block: readonly (readonly unknown[])[],
  firstRow: number,
  width: number,
  into: { rows: unknown[][]; rowNumbers: number[] },
): void {
  block.forEach((cells, i) => {
    const row = cells.slice(0, width);
    if (row.every(isBlank)) return;
    while (row.length < width) row.push(null);
    into.rows.push(row);
    into.rowNumbers.push(firstRow + i);
  });
}

/**
 * Width of the user's data when the header row ends with the result columns of an earlier run
 * (re-screening a screened sheet): those columns are results, not input, and this run replaces them.
 */
export function dataWidth(
  headerCells: readonly unknown[],
  width: number,
  resultHeaders: readonly string[],
): number {
  const n = resultHeaders.length;
  if (width <= n) return width;
  const tail = headerCells
    .slice(width - n, width)
    .map((v) => (typeof v === "string" ? v.trim() : v));
  return tail.every((v, i) => v === resultHeaders[i]) ? width - n : width;
}
