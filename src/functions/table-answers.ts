/**
 * The table-at-once answers behind CHIP.REDFLAGS and CHIP.SCREEN: one call screens every data row of
 * a range (thousands of rows), so Excel does not call the add-in once per cell.
 */
import {
  mapHeaders,
  RED_FLAG_IDS,
  screenTable,
  type AsOfRule,
  type CheckFamily,
  type Finding,
  type HeaderMapping,
  type IsoDate,
  type ScreenedRow,
} from "../rules";
import { isBlank, tableArgs, todayIso } from "./coerce-args";
import { invalidValue } from "./excel-errors";

const RED_FLAGS: ReadonlySet<string> = new Set(RED_FLAG_IDS);

/** The columns CHIP.SCREEN spills, in order. */
export const SCREEN_COLUMNS = ["status", "licence", "bases", "classification", "findings"] as const;

/** `asOf` for a table: blank → today; "row" → each row's transaction_date (today when blank). */
export function tableAsOf(
  value: unknown,
  readDate: (value: unknown) => IsoDate,
  today: () => IsoDate = todayIso,
): AsOfRule {
  if (typeof value === "string" && /^\s*(row|transaction_date)\s*$/i.test(value))
    return { fromRow: true, fallback: today() };
  return { date: readDate(value) };
}

interface PreparedTable {
  rows: unknown[][];
  mapping: HeaderMapping;
  /** Which rows are wholly blank: their output cells stay empty. */
  blank: boolean[];
}

function prepare(headers: unknown, rows: unknown): PreparedTable {
  const table = tableArgs(headers, rows);
  const mapping = mapHeaders(table.headers);
  if (!mapping.fields.some((f) => f !== null)) {
    const shown = table.headers.filter((h) => h !== "").slice(0, 5);
    const seen = shown.length > 0 ? shown.map((h) => `"${h}"`).join(", ") : "only empty cells";
    throw invalidValue(
      `headers: none of the column names is a field Chipscreen knows (saw ${seen}). Pass the table's header row.`,
    );
  }
  return { rows: table.rows, mapping, blank: table.rows.map((row) => row.every(isBlank)) };
}

/** True when the table has a customer, consignee or end-user column: names to screen against the list. */
export function hasNameColumns(headers: unknown): boolean {
  const fields = mapHeaders(tableArgs(headers, []).headers).fields;
  return fields.some(
    (f) => f === "customer_name" || f === "consignee_name" || f === "end_user_name",
  );
}

function screenPrepared(
  table: PreparedTable,
  asOf: AsOfRule,
  extraChecks: readonly CheckFamily[] = [],
): (ScreenedRow | undefined)[] {
  const filled = table.rows.filter((_, i) => !table.blank[i]);
  const results = screenTable(filled, table.mapping, { asOf, extraChecks });
  let next = 0;
  return table.blank.map((blank) => (blank ? undefined : results[next++]));
}

function idsWith(
  findings: readonly Finding[],
  outcome: Finding["outcome"],
  keep: (id: string) => boolean,
): string[] {
  return findings
    .filter((f) => f.outcome === outcome && keep(f.id))
    .map((f) => f.id)
    .sort();
}

/** One row's red flags: "RF05, RF09", else "review: RF01", else "none" ("not assessed" when no red flag could be checked). */
export function redFlagText(findings: readonly Finding[]): string {
  const isFlag = (id: string) => RED_FLAGS.has(id);
  const hits = idsWith(findings, "hit", isFlag);
  if (hits.length > 0) return hits.join(", ");
  const review = idsWith(findings, "needs_review", isFlag);
  if (review.length > 0) return `review: ${review.join(", ")}`;
  return idsWith(findings, "clear", isFlag).length > 0 ? "none" : "not assessed";
}

/** One row's findings column: hits (licence bases excepted: they have their own column), then review, then input problems. */
export function findingsText(result: ScreenedRow): string {
  const parts: string[] = [];
  const hits = idsWith(result.findings, "hit", (id) => !id.startsWith("LIC-"));
  if (hits.length > 0) parts.push(hits.join(", "));
  const review = idsWith(result.findings, "needs_review", () => true);
  if (review.length > 0) parts.push(`review: ${review.join(", ")}`);
  const fields = [...new Set(result.issues.map((i) => i.field))];
  if (fields.length > 0) parts.push(`check input: ${fields.join(", ")}`);
  return parts.length > 0 ? parts.join("; ") : "none";
}

/** CHIP.REDFLAGS: one cell per data row. */
export function redFlagCells(headers: unknown, rows: unknown, asOf: AsOfRule): string[][] {
  const table = prepare(headers, rows);
  return screenPrepared(table, asOf).map((result) => [result ? redFlagText(result.findings) : ""]);
}

/** CHIP.SCREEN: one row of SCREEN_COLUMNS per data row. */
export function screenCells(
  headers: unknown,
  rows: unknown,
  asOf: AsOfRule,
  extraChecks: readonly CheckFamily[] = [],
): (string | boolean)[][] {
  const table = prepare(headers, rows);
  return screenPrepared(table, asOf, extraChecks).map((result) => {
    if (!result) return ["", "", "", "", ""];
    const required = result.license.required;
    return [
      result.status,
      required === null ? "?" : required,
      result.license.bases.join(", "),
      result.classification?.eccn ?? "?",
      findingsText(result),
    ];
  });
}
