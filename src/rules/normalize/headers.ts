import {
  CANONICAL_FIELDS,
  FIELD_SPECS,
  isCanonicalField,
  type CanonicalField,
} from "../model/fields";
import { foldKey } from "./fold-text";

/** Which canonical field each column maps to (null: passed through untouched). */
export interface HeaderMapping {
  /** One entry per column, in sheet order. */
  fields: (CanonicalField | null)[];
  /** How each mapped column was recognised. */
  how: ("key" | "synonym" | "user" | null)[];
  /** Columns whose field another column already took (the first one wins). */
  duplicates: { column: number; header: string; field: CanonicalField }[];
}

let synonymTable: Map<string, CanonicalField> | undefined;

function synonyms(): Map<string, CanonicalField> {
  if (synonymTable) return synonymTable;
  const table = new Map<string, CanonicalField>();
  for (const field of CANONICAL_FIELDS) {
    for (const s of FIELD_SPECS[field].synonyms) {
      const key = foldKey(s);
      if (!table.has(key)) table.set(key, field);
    }
  }
  synonymTable = table;
  return table;
}

/** The canonical field a header names by key or by synonym, if any. */
export function fieldForHeader(
  header: string,
): { field: CanonicalField; how: "key" | "synonym" } | undefined {
  const trimmed = header.trim();
  if (isCanonicalField(trimmed)) return { field: trimmed, how: "key" };
  const key = foldKey(trimmed);
  const byKey = CANONICAL_FIELDS.find((f) => foldKey(f) === key);
  if (byKey) return { field: byKey, how: "key" };
  const bySynonym = synonyms().get(key);
  return bySynonym ? { field: bySynonym, how: "synonym" } : undefined;
}

/**
 * Maps a header row to canonical fields. `explicit` (header text → field, or null to ignore a column)
 * overrides the automatic mapping, as a user's saved choices do.
 */
export function mapHeaders(
  headers: readonly unknown[],
  explicit: Readonly<Record<string, CanonicalField | null>> = {},
): HeaderMapping {
  const fields: (CanonicalField | null)[] = [];
  const how: HeaderMapping["how"] = [];
  const duplicates: HeaderMapping["duplicates"] = [];
  const taken = new Set<CanonicalField>();
  headers.forEach((raw, column) => {
    const header =
      typeof raw === "string" ? raw : raw === null || raw === undefined ? "" : String(raw);
    let field: CanonicalField | null = null;
    let via: "key" | "synonym" | "user" | null = null;
    if (Object.prototype.hasOwnProperty.call(explicit, header)) {
      field = explicit[header] ?? null;
      via = field ? "user" : null;
    } else {
      const found = fieldForHeader(header);
      if (found) {
        field = found.field;
        via = found.how;
      }
    }
    if (field && taken.has(field)) {
      duplicates.push({ column, header, field });
      field = null;
      via = null;
    }
    if (field) taken.add(field);
    fields.push(field);
    how.push(via);
  });
  return { fields, how, duplicates };
}
