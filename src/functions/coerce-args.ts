/**
 * Turns the arguments Excel hands a custom function into typed values, or a `#VALUE!` naming the
 * value. Excel's quirks, handled here once:
 *
 * - an omitted optional argument arrives as `null` (sometimes `undefined`);
 * - an empty cell inside a range arrives as `""` or `null`; it is blank, never the number 0;
 * - dates arrive as serial numbers (45000) or as text someone typed ("2025-05-13");
 * - numbers may arrive as text ("12 MW", "1,200"), because Chipscreen declares them `any` so that an
 *   empty cell is not silently turned into 0 before the function sees it.
 */
import {
  isoFromExcelSerial,
  parseCountry,
  parseDate,
  parseEndUses,
  parseNumber,
  parseYesNo,
  type IsoDate,
} from "../rules";
import { invalidValue } from "./excel-errors";

/** True for what Excel sends for "nothing here": null, undefined, or text that is empty after trimming. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** How a value is named in a message: text in quotes (shortened), numbers as written, TRUE/FALSE. */
export function describe(value: unknown): string {
  if (typeof value === "string")
    return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "a range";
  return String(value);
}

/** Optional text: blank → undefined; numbers are read as their text (an ECCN-less "910" item). */
export function optionalText(value: unknown, name: string): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw invalidValue(`${name} must be text; got ${describe(value)}.`);
}

export function requiredText(value: unknown, name: string): string {
  const text = optionalText(value, name);
  if (text === undefined) throw invalidValue(`${name} is empty; it is required.`);
  return text;
}

export interface NumberRules {
  /** The unit a bare number is in, for text like "12000 kW" (converted) — "mw" or "kw". */
  unit?: "mw" | "kw";
  /** Zero is refused (for divisors and bit lengths). */
  positive?: boolean;
}

/** Optional number ≥ 0: a number, or text such as "1,200" or "12 MW"; blank → undefined. */
export function optionalNumber(
  value: unknown,
  name: string,
  rules: NumberRules = {},
): number | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "boolean")
    throw invalidValue(`${name} must be a number; got ${describe(value)}.`);
  const parsed = parseNumber(value, rules.unit);
  if (!parsed?.ok) throw invalidValue(`${name} must be a number; got ${describe(value)}.`);
  if (parsed.value < 0) throw invalidValue(`${name} cannot be negative; got ${describe(value)}.`);
  if (rules.positive && parsed.value === 0)
    throw invalidValue(`${name} must be greater than 0; got ${describe(value)}.`);
  return parsed.value;
}

export function requiredNumber(value: unknown, name: string, rules: NumberRules = {}): number {
  const n = optionalNumber(value, name, rules);
  if (n === undefined) throw invalidValue(`${name} is empty; it is required.`);
  return n;
}

/** Optional yes/no: TRUE/FALSE, or yes/no, Y/N, 1/0, 是/否; blank → undefined. */
export function optionalBoolean(value: unknown, name: string): boolean | undefined {
  if (isBlank(value)) return undefined;
  const parsed = parseYesNo(typeof value === "number" ? String(value) : value);
  if (!parsed?.ok)
    throw invalidValue(`${name} must be TRUE or FALSE (or yes/no); got ${describe(value)}.`);
  return parsed.value;
}

/** Optional country, read as the rule core reads a cell; returns the ISO code. */
export function optionalCountry(value: unknown, name: string): string | undefined {
  if (isBlank(value)) return undefined;
  const parsed = parseCountry(typeof value === "string" ? value : describe(value));
  if (!parsed) return undefined;
  if (parsed.ok) return parsed.code;
  const hint = parsed.suggestion ? ` Did you mean ${parsed.suggestion}?` : "";
  throw invalidValue(`${name}: ${describe(value)} is not a country Chipscreen knows.${hint}`);
}

export function requiredCountry(value: unknown, name: string): string {
  const code = optionalCountry(value, name);
  if (code === undefined) throw invalidValue(`${name} is empty; it is required.`);
  return code;
}

/** Optional end use(s), checked now so a typo is a #VALUE! rather than a silent miss; returns the text. */
export function optionalEndUse(value: unknown, name: string): string | undefined {
  const text = optionalText(value, name);
  if (text === undefined) return undefined;
  const parsed = parseEndUses(text);
  if (!parsed?.ok) {
    throw invalidValue(
      `${name}: ${describe(text)} is not an end use Chipscreen recognises (e.g. ai_training, military, hpc, resale).`,
    );
  }
  return parsed.value.join("; ");
}

/** Today's date on the user's computer, as "YYYY-MM-DD": the adapter, not the core, reads the clock. */
export function todayIso(now: Date = new Date()): IsoDate {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}

/** `asOf`: an Excel date (serial number) or date text; blank → today. */
export function asOfArg(value: unknown, today: () => IsoDate = todayIso): IsoDate {
  if (isBlank(value)) return today();
  if (typeof value === "number") {
    const iso = isoFromExcelSerial(value);
    if (!iso) throw invalidValue(`asOf: ${describe(value)} is not an Excel date.`);
    return iso;
  }
  if (typeof value !== "string") throw invalidValue(`asOf must be a date; got ${describe(value)}.`);
  const parsed = parseDate(value);
  if (!parsed?.ok) {
    const reason = parsed && !parsed.ok ? ` (${parsed.reason})` : "";
    throw invalidValue(
      `asOf: ${describe(value)} is not a date${reason}; write it as YYYY-MM-DD or use an Excel date.`,
    );
  }
  return parsed.value;
}

/** Cells of a range argument. Excel sends a single cell as [[value]]. */
export type Cells = readonly (readonly unknown[])[];

export interface TableArgs {
  headers: string[];
  rows: unknown[][];
}

/**
 * The header row and data rows of REDFLAGS/SCREEN. Headers must be one row; every data row must be
 * as wide as it. Blank cells become null, so the core sees "empty" and never 0.
 */
export function tableArgs(headers: unknown, rows: unknown): TableArgs {
  if (!Array.isArray(headers) || headers.length === 0)
    throw invalidValue("headers must be a range: the table's header row.");
  if (headers.length !== 1) {
    throw invalidValue(
      `headers must be a single row; got ${headers.length} rows. Pass the header row, then the data rows separately.`,
    );
  }
  const headerCells = headers[0] as unknown;
  if (!Array.isArray(headerCells))
    throw invalidValue("headers must be a range: the table's header row.");
  const headerRow = headerCells.map((cell: unknown) => (isBlank(cell) ? "" : String(cell).trim()));
  if (!Array.isArray(rows)) throw invalidValue("rows must be a range: one or more data rows.");
  const width = headerRow.length;
  const out: unknown[][] = [];
  (rows as unknown[]).forEach((row, i) => {
    if (!Array.isArray(row)) throw invalidValue("rows must be a range: one or more data rows.");
    if (row.length !== width) {
      throw invalidValue(
        `rows must be as wide as headers: headers has ${width} columns, data row ${i + 1} has ${row.length}.`,
      );
    }
    out.push(row.map((cell: unknown) => (isBlank(cell) ? null : cell)));
  });
  return { headers: headerRow, rows: out };
}
