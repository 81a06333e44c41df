import { ADDRESS_TYPES, BUSINESSES, HQ_DISCLOSURE, WEB_PRESENCE } from "../model/enums";
import { FIELD_SPECS, type CanonicalField, type FieldKind } from "../model/fields";
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

/** A cell read as its field's kind: a value, a complaint ("… is not a date"), or nothing (blank). */
type CellRead =
  { ok: true; value: unknown } | { ok: false; code: RowIssue["code"]; problem: string } | undefined;

const bad = (code: RowIssue["code"], problem: string): CellRead => ({ ok: false, code, problem });

/** Reads one non-error cell as `field`'s kind. */
function readCell(field: CanonicalField, kind: FieldKind, value: unknown): CellRead {
  switch (kind.type) {
    case "text": {
      const text = cellText(value);
      return text === undefined ? undefined : { ok: true, value: text };
    }
    case "country": {
      const parsed = parseCountry(value);
      if (!parsed || parsed.ok) return parsed && { ok: true, value: parsed.code };
      const hint = parsed.suggestion ? ` (did you mean ${parsed.suggestion}?)` : "";
      return bad(
        "unknown_country",
        `${quote(parsed.text)} is not a country Chipscreen knows${hint}.`,
      );
    }
    case "date": {
      const parsed = parseDate(value);
      if (!parsed || parsed.ok) return parsed;
      return bad("unreadable_date", `${quote(parsed.text)} is not a date (${parsed.reason}).`);
    }
    case "yes_no": {
      const parsed = parseYesNo(value);
      if (!parsed || parsed.ok) return parsed;
      return bad("unreadable_value", `${quote(parsed.text)} is not yes or no.`);
    }
    case "number": {
      const parsed = parseNumber(value, kind.unit);
      if (!parsed || (parsed.ok && parsed.value >= 0)) return parsed;
      return bad(
        "unreadable_number",
        `${quote(parsed.ok ? parsed.value : parsed.text)} is not a usable number.`,
      );
    }
    case "enum": {
      const table = ENUM_TABLES[field];
      const parsed = table ? parseEnumValue(value, table.values, table.synonyms) : undefined;
      if (!parsed || parsed.ok) return parsed;
      return bad(
        "unreadable_value",
        `${quote(parsed.text)} is not one of ${(table?.values ?? []).join(", ")}.`,
      );
    }
    case "end_use": {
      const parsed = parseEndUses(value);
      if (!parsed || parsed.ok) return parsed;
      return bad(
        "unreadable_value",
        `${quote(parsed.text)} is not an end use Chipscreen recognises.`,
      );
    }
    case "yes_no_or_ratio": {
      // A number is a ratio ("1" means no increase, "3x" three times); words are yes/no.
      const ratio = parseNumber(value);
      if (!ratio || (ratio.ok && ratio.value >= 0)) return ratio;
      const yesNo = parseYesNo(value);
      return yesNo?.ok
        ? yesNo
        : bad("unreadable_value", `${quote(value)} is neither yes/no nor a ratio.`);
    }
  }
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
  for (const key of Object.keys(raw) as CanonicalField[]) {
    const spec = FIELD_SPECS[key];
    if (!spec) continue;
    const value = raw[key];
    const read: CellRead = isExcelError(value)
      ? bad(
          "unreadable_value",
          value.trim().toUpperCase() === NO_RESULT
            ? "the formula has no calculated value in the file (open and save it in Excel first)."
            : `the cell holds the error ${value.trim()}.`,
        )
      : readCell(key, spec.kind, value);
    if (!read) continue;
    if (read.ok) {
      row[key] = read.value;
      continue;
    }
    const cell = cellOf?.(key);
    issues.push({
      field: key,
      code: read.code,
      message: `${cell ? `${key} (cell ${cell})` : key}: ${read.problem}`,
    });
  }
  return { row: row as TypedRow, issues };
}
