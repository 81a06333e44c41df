/** The Audit sheet's columns: one row per run, appended, never rewritten. */
import type { AuditEntry } from "../data/data-source";

export const AUDIT_SHEET = "Audit";

export const AUDIT_HEADERS = [
  "Timestamp (UTC)",
  "As of",
  "Source",
  "Rule pack",
  "Rule pack version",
  "Rule pack hash",
  "Rows screened",
  "Rows in table",
  "hit",
  "needs_review",
  "clear",
  "List snapshot",
  "Note",
] as const;

export function auditCells(e: AuditEntry): (string | number)[] {
  return [
    e.timestamp,
    e.asOfRule,
    e.source,
    e.packId,
    e.packVersion,
    e.packHash,
    e.rowsScreened,
    e.rowsTotal,
    e.hit,
    e.needsReview,
    e.clear,
    e.listSnapshot || "(no list used)",
    e.note,
  ];
}
