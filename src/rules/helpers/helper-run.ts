import type { CanonicalField } from "../model/fields";
import type { Finding, FindingId, RowIssue } from "../model/finding";
import type { RowResult } from "../model/result";
import type { IsoDate } from "../model/row";
import { parseDate } from "../normalize/date";
import type { RawRow } from "../normalize/row";
import { screenRow } from "../screen";

/** What every Excel-facing helper returns besides its own headline. */
export interface HelperResult {
  findings: Finding[];
  notes: string[];
  /** Bad input (an unreadable cell or as-of date), never thrown. */
  issues: RowIssue[];
}

/** Reads the as-of argument: "YYYY-MM-DD", other date text or an Excel serial number. */
export function readAsOf(
  asOf: unknown,
): { ok: true; value: IsoDate } | { ok: false; issue: RowIssue } {
  const parsed = parseDate(asOf);
  if (parsed?.ok) return { ok: true, value: parsed.value };
  const text = parsed ? parsed.text : "";
  return {
    ok: false,
    issue: {
      field: "asOf",
      code: "unreadable_date",
      message: text
        ? `The as-of date "${text}" is not a date (write it as YYYY-MM-DD).`
        : "The as-of date is blank: give the date to screen as of (YYYY-MM-DD).",
    },
  };
}

/**
 * Builds a raw row from helper arguments: an undefined argument is a column the caller does not
 * have (its checks are not assessed); anything else, blank included, is a cell.
 */
export function rawRowOf(cells: Partial<Record<CanonicalField, unknown>>): RawRow {
  const raw: RawRow = {};
  for (const [field, value] of Object.entries(cells) as [CanonicalField, unknown][]) {
    if (value !== undefined) raw[field] = value;
  }
  return raw;
}

/** Screens a raw row as of a helper's date argument; undefined result when the date is unreadable. */
export function screenForHelper(
  raw: RawRow,
  asOf: unknown,
): { result: RowResult | undefined; issues: RowIssue[]; asOf: IsoDate | undefined } {
  const date = readAsOf(asOf);
  if (!date.ok) return { result: undefined, issues: [date.issue], asOf: undefined };
  const result = screenRow(raw, { asOf: date.value });
  return { result, issues: result.issues, asOf: date.value };
}

/** The findings whose ids are in `ids`, in that order. */
export function pick(findings: readonly Finding[], ids: readonly FindingId[]): Finding[] {
  return ids.flatMap((id) => findings.filter((f) => f.id === id));
}

/** The notes that belong to the given ids' families (prefix match on the note's label). */
export function notesFor(notes: readonly string[], prefixes: readonly string[]): string[] {
  return notes.filter((n) => prefixes.some((p) => n.startsWith(p)));
}

/** "HIT: message" for one finding. */
export function headline(finding: Finding | undefined): string {
  if (!finding) return "NOT ASSESSED";
  return `${finding.outcome.toUpperCase().replace("_", " ")}: ${finding.message}`;
}

/** The summary a helper gives when its as-of date cannot be read. */
export const UNREADABLE_AS_OF = "No result: the as-of date is not readable.";

/**
 * Screens `raw` as of `asOf` and keeps the findings with `ids` and the notes that start with one
 * of `notePrefixes`. `screened` is false (and nothing was screened) when the date is unreadable.
 */
export function answerFor(
  raw: RawRow,
  asOf: unknown,
  ids: readonly FindingId[],
  notePrefixes: readonly string[],
): HelperResult & { screened: boolean } {
  const { result, issues } = screenForHelper(raw, asOf);
  if (!result) return { screened: false, findings: [], notes: [], issues };
  return {
    screened: true,
    findings: pick(result.findings, ids),
    notes: notesFor(result.notes, notePrefixes),
    issues,
  };
}
