import type { CellValue } from "exceljs";
import { NO_RESULT } from "../rules";

/** What a worksheet cell holds, as the rule core reads it. */
export type PlainCell = string | number | boolean | null;

/**
 * Turns an exceljs cell value into plain data: formulas give their cached result, rich text its
 * text, hyperlinks their text, dates their ISO day (dates in sheets are calendar days, so the UTC
 * date part is taken); error values stay as their code ("#N/A"), which the core reports as unreadable.
 */
export function plainCell(value: CellValue): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "#VALUE!" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return value.error;
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: CellValue }).result;
      return result === undefined ? NO_RESULT : plainCell(result);
    }
    if ("text" in value && "hyperlink" in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === "string" ? text : plainCell(text as CellValue);
    }
  }
  return String(value as unknown);
}
