/**
 * From a block of cell values to a table: which row is the header row, what the headers say,
 * and what in the data deserves a word to the user. Pure; both data sources use it.
 */
import { mapHeaders } from "../../rules";
import { UserError } from "../data/data-source";

/** The error values a formula can return, as Excel and exceljs spell them. */
const ERROR_VALUES = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#GETTING_DATA",
]);

export function isErrorValue(value: unknown): value is string {
  return typeof value === "string" && ERROR_VALUES.has(value.trim().toUpperCase());
}

function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

function isLabel(value: unknown): boolean {
  return (
    typeof value === "string" &&
    value.trim() !== "" &&
    !/^[-+\d.,\s%]+$/.test(value) &&
    !isErrorValue(value)
  );
}

/** How many of the first rows are searched for the header row (title rows above a table are common); as the command line. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * Finds the header row among the first rows. First, as the command line does: the first row whose
 * texts name at least two known fields (or one, in a one-column sheet). Failing that, the first row
 * whose cells are all labels (text, not numbers) filling most of the width, so the user can map
 * unfamiliar headings by hand. Throws a UserError when neither exists.
 */
export function detectHeaderRow(top: readonly (readonly unknown[])[]): number {
  const limit = Math.min(top.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = top[r] ?? [];
    const texts = row.filter((c) => typeof c === "string" && c.trim() !== "");
    const mapped = mapHeaders(row.map((c) => (typeof c === "string" ? c : ""))).fields.filter(
      (f) => f !== null,
    ).length;
    if (mapped >= 2 || (mapped === 1 && texts.length === 1)) return r;
  }
  for (let r = 0; r < limit; r++) {
    const row = top[r] ?? [];
    const filled = row.filter((v) => !isBlank(v));
    if (filled.length < 2 || filled.length < row.length / 2) continue;
    if (
      filled.every(isLabel) &&
      top.slice(r + 1, limit).some((next) => next.some((v) => !isBlank(v)))
    )
      return r;
  }
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
