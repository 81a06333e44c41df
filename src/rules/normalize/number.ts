import { cellText } from "./fold-text";
import type { Parsed } from "./yes-no";

/** Units a quantity may be written in, with the power of ten that takes them to the field's unit. */
const POWER_UNITS: Record<"mw" | "kw", Record<string, number>> = {
  mw: { mw: 0, kw: -3, w: -6, gw: 3, 兆瓦: 0, 千瓦: -3 },
  kw: { kw: 0, w: -3, mw: 3, 千瓦: 0, 瓦: -3 },
};

/** value × 10^exponent without binary rounding noise (700 W is 0.7 kW, not 0.7000000000000001). */
function scaleByPowerOfTen(value: number, exponent: number): number {
  return exponent >= 0 ? value * Number(`1e${exponent}`) : value / Number(`1e${-exponent}`);
}

/**
 * Reads a number from a cell: 12, "1,234.5", "1 234", "12 MW", "12000 kW" (converted to the field's
 * unit), "1e26", "10^26", "2x", "150%". Undefined for blank; not ok for text that is not a number.
 */
export function parseNumber(value: unknown, unit?: "mw" | "kw"): Parsed<number> | undefined {
  if (typeof value === "number")
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, text: String(value) };
  const text = cellText(value);
  if (text === undefined) return undefined;
  const match =
    /^([+-]?[\d.,\s_']*\d(?:[eE][+-]?\d+)?|[+-]?\d+\s*\^\s*\d+)\s*([a-zA-Z%\u4e00-\u9fff]*)\.?$/.exec(
      text,
    );
  if (!match) return { ok: false, text };
  const [, digits = "", suffixRaw = ""] = match;
  const base = readDigits(digits);
  if (base === undefined) return { ok: false, text };
  const suffix = suffixRaw.toLowerCase();
  if (suffix === "") return { ok: true, value: base };
  if (suffix === "%") return { ok: true, value: base / 100 };
  if (suffix === "x" || suffix === "倍") return { ok: true, value: base };
  if (unit) {
    const exponent = POWER_UNITS[unit][suffix];
    if (exponent !== undefined) return { ok: true, value: scaleByPowerOfTen(base, exponent) };
  }
  if (["units", "pcs", "pc", "ea", "台", "个", "片", "张", "件", "mm2", "mm"].includes(suffix))
    return { ok: true, value: base };
  return { ok: false, text };
}

function readDigits(raw: string): number | undefined {
  const power = /^([+-]?\d+)\s*\^\s*(\d+)$/.exec(raw.trim());
  if (power)
    return Number(power[1]) === 10
      ? Number(`1e${power[2]}`)
      : Math.pow(Number(power[1]), Number(power[2]));
  let s = raw.replace(/[\s_']/g, "");
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    // "1,234.5" (comma thousands) or "1.234,5" (dot thousands): the last separator is the decimal one.
    s =
      s.lastIndexOf(",") > s.lastIndexOf(".")
        ? s.replace(/\./g, "").replace(",", ".")
        : s.replace(/,/g, "");
  } else if (commas === 1 && !/,\d{3}$/.test(s)) {
    s = s.replace(",", "."); // "1,5": a decimal comma
  } else {
    s = s.replace(/,/g, "");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}
