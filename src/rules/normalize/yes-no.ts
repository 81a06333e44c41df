import { cellText, foldKey } from "./fold-text";

const YES = new Set([
  "y",
  "yes",
  "true",
  "1",
  "是",
  "有",
  "对",
  "x",
  "✓",
  "confirmed",
  "done",
  "obtained",
  "given",
]);
const NO = new Set([
  "n",
  "no",
  "false",
  "0",
  "否",
  "无",
  "没有",
  "不",
  "none",
  "notconfirmed",
  "unconfirmed",
  "pending",
]);

export type Parsed<T> = { ok: true; value: T } | { ok: false; text: string };

/** Reads yes/no from Y/N, yes/no, true/false, 1/0, 是/否 (and booleans). Undefined for blank. */
export function parseYesNo(value: unknown): Parsed<boolean> | undefined {
  if (typeof value === "boolean") return { ok: true, value };
  const text = cellText(value);
  if (text === undefined) return undefined;
  const key = foldKey(text);
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return { ok: false, text };
}
