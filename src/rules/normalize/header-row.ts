import { mapHeaders } from "./headers";

/** The error values a formula can leave in a cell, as Excel and exceljs spell them. */
export const EXCEL_ERROR_VALUES: readonly string[] = [
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
];

/** What adapters put in a cell whose formula was saved without a calculated value. */
export const NO_RESULT = "#NO_RESULT";

const ERRORS = new Set([...EXCEL_ERROR_VALUES, NO_RESULT]);

export function isExcelError(value: unknown): value is string {
  return typeof value === "string" && ERRORS.has(value.trim().toUpperCase());
}

/** How many of a sheet's first rows are searched for the header row (title rows above a table are common). */
export const HEADER_SEARCH_ROWS = 20;

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
    !isExcelError(value)
  );
}

/**
 * The header row among a sheet's first rows (0-based), the same for every adapter: the first row
 * whose texts name at least two known fields (or one, in a one-column sheet). With
 * `allowUnknownLabels` (the task pane, where the user maps columns by hand), failing that, the
 * first row of labels (text, not numbers) filling most of the width with data below it.
 * Undefined when there is none.
 */
export function findHeaderRow(
  top: readonly (readonly unknown[])[],
  options: { allowUnknownLabels?: boolean } = {},
): number | undefined {
  const limit = Math.min(top.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = top[r] ?? [];
    const texts = row.filter((c) => typeof c === "string" && c.trim() !== "");
    const mapped = mapHeaders(row.map((c) => (typeof c === "string" ? c : ""))).fields.filter(
      (f) => f !== null,
    ).length;
    if (mapped >= 2 || (mapped === 1 && texts.length === 1)) return r;
  }
  if (!options.allowUnknownLabels) return undefined;
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
  return undefined;
}
