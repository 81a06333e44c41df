import type { IsoDate } from "../model/row";

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; no clock, no Date). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isoFromParts(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
    return undefined;
  const back = civilFromDays(daysFromCivil(year, month, day));
  if (back.month !== month || back.day !== day) return undefined; // 2023-02-30 and the like
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isoToDays(iso: IsoDate): number {
  const [y, m, d] = iso.split("-").map(Number);
  return daysFromCivil(y ?? 1970, m ?? 1, d ?? 1);
}

export function isoFromDays(days: number): IsoDate {
  const { year, month, day } = civilFromDays(days);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return isoToDays(to) - isoToDays(from);
}

const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

/**
 * The date of an Excel serial number (1900 date system). Serial 60 is Excel's phantom 1900-02-29;
 * serials below it are shifted by a day to match what Excel shows.
 */
export function isoFromExcelSerial(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const whole = Math.floor(serial);
  if (whole === 60) return undefined;
  return isoFromDays(EXCEL_EPOCH + whole + (whole < 60 ? 1 : 0));
}

export function excelSerialFromIso(iso: IsoDate): number {
  const serial = isoToDays(iso) - EXCEL_EPOCH;
  return serial < 61 ? serial - 1 : serial;
}
