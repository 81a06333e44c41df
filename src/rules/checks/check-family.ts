import type { CanonicalField } from "../model/fields";
import type { Finding, FindingId, Outcome, RowIssue } from "../model/finding";
import type { Chip, FindingDef, RulePack } from "../model/pack";
import type { Classification, PartyMatch } from "../model/result";
import type { IsoDate, TypedRow } from "../model/row";
import { citationText } from "../packs/as-of";

/** What every check sees besides the row: the date, the pack, which columns exist, the chip. */
export interface CheckContext {
  asOf: IsoDate;
  pack: RulePack;
  /** The canonical fields the sheet has a column for (blank cells included). */
  present: ReadonlySet<CanonicalField>;
  /** The catalog entry `item` names, if any (a system resolves to itself; see `ic` for its chip). */
  chip: Chip | undefined;
  /** The IC inside `chip` (the chip itself for an IC). */
  ic: Chip | undefined;
  classification: Classification | null;
  /** The ECCN licensing runs on: the user's `eccn` if given, else the computed one. */
  licensingEccn: string | undefined;
}

export interface CheckOutput {
  findings: Finding[];
  notes: string[];
  issues: RowIssue[];
  /** Evidence of restricted-party matches, carried into the row result for reviewers and clearances. */
  partyMatches?: PartyMatch[];
}

/**
 * A family of checks (one file each): the ids it answers for, the columns each id needs
 * (every inner list must have at least one column present), and the check itself.
 * Adding a family to `CHECK_FAMILIES` is all it takes to run it on every row.
 */
export interface CheckFamily {
  name: string;
  requires: Partial<Record<FindingId, readonly (readonly CanonicalField[])[]>>;
  run(row: TypedRow, ctx: CheckContext): CheckOutput;
}

/** absent: the sheet has no such column; blank: the column is there but this cell is empty or unreadable. */
export type FieldState<T> = { state: "absent" } | { state: "blank" } | { state: "value"; value: T };

export function fieldState<F extends CanonicalField>(
  row: TypedRow,
  ctx: CheckContext,
  field: F,
): FieldState<NonNullable<TypedRow[F]>> {
  const value = row[field];
  if (value !== undefined && value !== null)
    return { state: "value", value: value as NonNullable<TypedRow[F]> };
  return ctx.present.has(field) ? { state: "blank" } : { state: "absent" };
}

const definitions = new WeakMap<RulePack, Map<string, FindingDef>>();

function definitionOf(pack: RulePack, id: FindingId): FindingDef | undefined {
  let byId = definitions.get(pack);
  if (!byId) {
    byId = new Map(pack.findings.map((f) => [f.id, f]));
    definitions.set(pack, byId);
  }
  return byId.get(id);
}

/**
 * A finding citing `citationKey`; when the finding's own definition cites the same document,
 * the citation names its paragraph too ("…, red flag 5").
 */
export function makeFinding(
  ctx: CheckContext,
  id: FindingId,
  outcome: Outcome,
  message: string,
  citationKey: string,
): Finding {
  const own = definitionOf(ctx.pack, id);
  const paragraph = own?.citation === citationKey ? own.paragraph : undefined;
  return { id, outcome, message, citation: citationText(ctx.pack, citationKey, paragraph) };
}

/** The finding for an id whose needed column is missing from the sheet. */
export function notAssessed(
  ctx: CheckContext,
  id: FindingId,
  missing: string,
  citationKey: string,
): Finding {
  return makeFinding(
    ctx,
    id,
    "not_assessed",
    `Not assessed: the sheet has no ${missing} column.`,
    citationKey,
  );
}

export function emptyOutput(): CheckOutput {
  return { findings: [], notes: [], issues: [] };
}

/**
 * Formats a number for messages: thousands separators, at most `digits` decimals ("15,831", "19.45").
 * Hand-rolled because toLocaleString goes through ICU and dominated screening time.
 */
export function formatNumber(n: number, digits = 2): string {
  if (Number.isInteger(n) && n > -1000 && n < 1000) return String(n);
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e15) return n.toExponential(2);
  const factor = 10 ** digits;
  const rounded = Math.round(n * factor) / factor;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}
