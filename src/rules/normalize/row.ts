import { ADDRESS_TYPES, BUSINESSES, HQ_DISCLOSURE, WEB_PRESENCE } from "../model/enums";
import { FIELD_SPECS, type CanonicalField } from "../model/fields";
import type { RowIssue } from "../model/finding";
import type { TypedRow } from "../model/row";
import { parseCountry } from "./country";
import { parseDate } from "./date";
import { isExcelError, NO_RESULT } from "./header-row";
import { parseEndUses, parseEnumValue } from "./enum-value";
import { cellText } from "./fold-text";
import { parseNumber } from "./number";
import {
  ADDRESS_TYPE_SYNONYMS,
  BUSINESS_SYNONYMS,
  HQ_DISCLOSURE_SYNONYMS,
  WEB_PRESENCE_SYNONYMS,
} from "./value-synonyms";
import { parseYesNo } from "./yes-no";

/** A row as read from a sheet: canonical field → raw cell value (string, number, boolean or blank). */
export type RawRow = Partial<Record<CanonicalField, unknown>>;

export interface NormalizedRow {
  row: TypedRow;
  issues: RowIssue[];
}

const ENUM_TABLES: Partial<
  Record<CanonicalField, { values: readonly string[]; synonyms: Record<string, string> }>
> = {
  customer_address_type: { values: ADDRESS_TYPES, synonyms: ADDRESS_TYPE_SYNONYMS },
  end_user_address_type: { values: ADDRESS_TYPES, synonyms: ADDRESS_TYPE_SYNONYMS },
  customer_business: { values: BUSINESSES, synonyms: BUSINESS_SYNONYMS },
  consignee_business: { values: BUSINESSES, synonyms: BUSINESS_SYNONYMS },
  customer_web_presence: { values: WEB_PRESENCE, synonyms: WEB_PRESENCE_SYNONYMS },
  hq_disclosed: { values: HQ_DISCLOSURE, synonyms: HQ_DISCLOSURE_SYNONYMS },
};

function quote(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  return `"${text.length > 60 ? text.slice(0, 57) + "..." : text}"`;
}

/**
 * Turns raw cells into typed values. Blank cells stay undefined; unreadable ones become undefined
 * plus an issue naming the field, the cell (when `cellOf` says which) and the value.
 */
export function normalizeRow(
  raw: RawRow,
  cellOf?: (field: CanonicalField) => string | undefined,
): NormalizedRow {
  const row: Record<string, unknown> = {};
  const issues: RowIssue[] = [];
  const where = (field: CanonicalField) => {
    const cell = cellOf?.(field);
    return cell ? `${field} (cell ${cell})` : field;
  };
  for (const key of Object.keys(raw) as CanonicalField[]) {
    const spec = FIELD_SPECS[key];
    if (!spec) continue;
    const value = raw[key];
    if (isExcelError(value)) {
      issues.push({
        field: key,
        code: "unreadable_value",
        message:
          value.trim().toUpperCase() === NO_RESULT
            ? `${where(key)}: the formula has no calculated value in the file (open and save it in Excel first).`
            : `${where(key)}: the cell holds the error ${value.trim()}.`,
      });
      continue;
    }
    const kind = spec.kind;
    switch (kind.type) {
      case "text": {
        const text = cellText(value);
        if (text !== undefined) row[key] = text;
        break;
      }
      case "country": {
        const parsed = parseCountry(value);
        if (!parsed) break;
        if (parsed.ok) row[key] = parsed.code;
        else
          issues.push({
            field: key,
            code: "unknown_country",
            message: `${where(key)}: ${quote(parsed.text)} is not a country Chipscreen knows${parsed.suggestion ? ` (did you mean ${parsed.suggestion}?)` : ""}.`,
          });
        break;
      }
      case "date": {
        const parsed = parseDate(value);
        if (!parsed) break;
        if (parsed.ok) row[key] = parsed.value;
        else
          issues.push({
            field: key,
            code: "unreadable_date",
            message: `${where(key)}: ${quote(parsed.text)} is not a date (${parsed.reason}).`,
          });
        break;
      }
      case "yes_no": {
        const parsed = parseYesNo(value);
        if (!parsed) break;
        if (parsed.ok) row[key] = parsed.value;
        else
          issues.push({
            field: key,
            code: "unreadable_value",
            message: `${where(key)}: ${quote(parsed.text)} is not yes or no.`,
          });
        break;
      }
      case "number": {
        const parsed = parseNumber(value, "unit" in kind ? kind.unit : undefined);
        if (!parsed) break;
        if (parsed.ok && parsed.value >= 0) row[key] = parsed.value;
        else
          issues.push({
            field: key,
            code: "unreadable_number",
            message: `${where(key)}: ${quote(parsed.ok ? parsed.value : parsed.text)} is not a usable number.`,
          });
        break;
      }
      case "enum": {
        const table = ENUM_TABLES[key];
        const parsed = table ? parseEnumValue(value, table.values, table.synonyms) : undefined;
        if (!parsed) break;
        if (parsed.ok) row[key] = parsed.value;
        else
          issues.push({
            field: key,
            code: "unreadable_value",
            message: `${where(key)}: ${quote(parsed.text)} is not one of ${(table?.values ?? []).join(", ")}.`,
          });
        break;
      }
      case "end_use": {
        const parsed = parseEndUses(value);
        if (!parsed) break;
        if (parsed.ok) row[key] = parsed.value;
        else
          issues.push({
            field: key,
            code: "unreadable_value",
            message: `${where(key)}: ${quote(parsed.text)} is not an end use Chipscreen recognises.`,
          });
        break;
      }
      case "yes_no_or_ratio": {
        // A number is a ratio ("1" means no increase, "3x" three times); words are yes/no.
        const ratio = parseNumber(value);
        if (!ratio) break;
        if (ratio.ok && ratio.value >= 0) {
          row[key] = ratio.value;
          break;
        }
        const yesNo = parseYesNo(value);
        if (yesNo?.ok) row[key] = yesNo.value;
        else
          issues.push({
            field: key,
            code: "unreadable_value",
            message: `${where(key)}: ${quote(value)} is neither yes/no nor a ratio.`,
          });
        break;
      }
    }
  }
  return { row: row as TypedRow, issues };
}
