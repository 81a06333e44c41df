import { isoFromExcelSerial, isoFromParts } from "./civil-date";
import { cellText } from "./fold-text";
import type { IsoDate } from "../model/row";

export type DateParse = { ok: true; value: IsoDate } | { ok: false; text: string; reason: string };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/**
 * Reads a date: ISO text ("2024-03-15", "2024/3/15", "2024-03-15T00:00:00Z"), Chinese
 * ("2024年3月15日"), English ("15 March 2024", "March 15, 2024", "15-Mar-2024"), day/month or
 * month/day with numbers only when unambiguous, or an Excel serial number. Undefined for blank.
 * An ambiguous "03/04/2024" is refused rather than guessed.
 */
export function parseDate(value: unknown): DateParse | undefined {
  if (typeof value === "number") {
    const iso = isoFromExcelSerial(value);
    return iso
      ? { ok: true, value: iso }
      : { ok: false, text: String(value), reason: "not a date serial number" };
  }
  const text = cellText(value);
  if (text === undefined) return undefined;
  const bad = (reason: string): DateParse => ({ ok: false, text, reason });

  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s].*)?$/.exec(text);
  if (m) return checked(isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])), bad);

  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    if (a > 12 && b <= 12) return checked(isoFromParts(year, b, a), bad);
    if (b > 12 && a <= 12) return checked(isoFromParts(year, a, b), bad);
    if (a === b) return checked(isoFromParts(year, a, b), bad);
    return bad("day and month are ambiguous: write it as YYYY-MM-DD");
  }

  m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4})$/.exec(text);
  if (m) return checked(monthName(m[2], Number(m[3]), Number(m[1])), bad);

  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  if (m) return checked(monthName(m[1], Number(m[3]), Number(m[2])), bad);

  if (/^\d+(\.\d+)?$/.test(text)) return parseDate(Number(text));
  return bad("not a date");
}

function monthName(name: string | undefined, year: number, day: number): IsoDate | undefined {
  const month = MONTHS[(name ?? "").toLowerCase()];
  return month ? isoFromParts(year, month, day) : undefined;
}

function checked(iso: IsoDate | undefined, bad: (reason: string) => DateParse): DateParse {
  return iso ? { ok: true, value: iso } : bad("no such calendar date");
}
