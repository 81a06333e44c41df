import { CHECK_FAMILIES } from "./checks/families";
import type { CheckContext, CheckFamily } from "./checks/check-family";
import { findChip, icOf } from "./checks/chip-catalog";
import { classifyChip, type ChipSpecs, type ClassifyResult } from "./checks/classify";
import { controlLevel } from "./checks/license";
import type { CanonicalField } from "./model/fields";
import type { Finding, FindingId, Outcome, RowIssue } from "./model/finding";
import type { Chip, RulePack } from "./model/pack";
import type { PartyMatch, RowResult, RowStatus } from "./model/result";
import type { IsoDate, TypedRow } from "./model/row";
import { defaultPack } from "./packs/default-pack";
import { type HeaderMapping } from "./normalize/headers";
import { normalizeRow, type RawRow } from "./normalize/row";

/** Which date a row is screened as of: one date for all, or each row's transaction_date. */
export type AsOfRule = { date: IsoDate } | { fromRow: true; fallback: IsoDate };

export interface ScreenOptions {
  /** A date ("YYYY-MM-DD") for every row, or `{ fromRow: true, fallback }` for each row's transaction_date. */
  asOf: IsoDate | AsOfRule;
  pack?: RulePack;
  /** The canonical fields the sheet has columns for; defaults to the keys of the raw row. */
  present?: ReadonlySet<CanonicalField>;
  /** Names the cell of a field, for messages ("F7"). */
  cellOf?: (field: CanonicalField) => string | undefined;
  /** Extra check families (e.g. restricted-party screening with a loaded list). */
  extraChecks?: readonly CheckFamily[];
}

const OUTCOME_RANK: Record<Outcome, number> = {
  hit: 3,
  needs_review: 2,
  clear: 1,
  not_assessed: 0,
};

/** One finding per id: the strongest outcome wins, and the messages of equally strong findings are joined. */
function mergeFindings(findings: Finding[]): Finding[] {
  const byId = new Map<FindingId, Finding>();
  for (const f of findings) {
    const seen = byId.get(f.id);
    if (!seen || OUTCOME_RANK[f.outcome] > OUTCOME_RANK[seen.outcome]) byId.set(f.id, f);
    else if (OUTCOME_RANK[f.outcome] === OUTCOME_RANK[seen.outcome] && f.message !== seen.message) {
      byId.set(f.id, {
        ...seen,
        message: `${seen.message} ${f.message}`,
        citation: seen.citation === f.citation ? seen.citation : `${seen.citation}; ${f.citation}`,
      });
    }
  }
  return [...byId.values()];
}

function specsOf(row: TypedRow): ChipSpecs {
  return {
    tpp: row.tpp,
    tops: row.tops,
    bitLength: row.bit_length,
    dieAreaMm2: row.die_area_mm2,
    datacenter: row.datacenter_marketed,
    interconnectGbs: row.interconnect_gbs,
    memoryBandwidthDensity: row.memory_bandwidth_density,
  };
}

/** Row figures win; the catalog fills what the row leaves blank. */
function mergedSpecs(
  row: TypedRow,
  chip: Chip | undefined,
  ic: Chip | undefined,
): { specs: ChipSpecs; source: string } {
  const own = specsOf(row);
  if (!ic) return { specs: own, source: "row specs" };
  const specs: ChipSpecs = {
    tpp: ic.tpp ?? undefined,
    tops: ic.tops ?? undefined,
    bitLength: ic.bitLength ?? undefined,
    dieAreaMm2: ic.dieAreaMm2 ?? undefined,
    datacenter: ic.datacenter,
    interconnectGbs: ic.interconnectGbs ?? undefined,
  };
  const given = Object.entries(own).filter(([, v]) => v !== undefined);
  Object.assign(specs, Object.fromEntries(given));
  // TOPS given by the row replace the catalog's TPP (which would otherwise take precedence).
  if (own.tpp === undefined && own.tops !== undefined) specs.tpp = undefined;
  specs.isSystem = chip?.kind !== "ic";
  const label = `catalog: ${chip?.name ?? ic.name}${chip && chip !== ic ? ` (built on ${ic.name})` : ""}, ${ic.confidence === "C" ? "confirmed" : "secondary-source"} figures`;
  const figures =
    own.tpp !== undefined || own.tops !== undefined || own.memoryBandwidthDensity !== undefined;
  return { specs, source: figures ? `row specs + ${label}` : label };
}

const classifyMemo = new WeakMap<RulePack, Map<string, ClassifyResult>>();

/**
 * classifyChip remembered per pack: a sheet lists the same few chips on the same few dates, and
 * the classification is a pure function of the figures and the date. Callers get fresh arrays.
 */
function memoizedClassify(
  specs: ChipSpecs,
  asOf: IsoDate,
  pack: RulePack,
  source: string,
): ClassifyResult {
  let memo = classifyMemo.get(pack);
  if (!memo) {
    memo = new Map();
    classifyMemo.set(pack, memo);
  }
  const key = `${asOf}|${source}|${specs.tpp}|${specs.tops}|${specs.bitLength}|${specs.dieAreaMm2}|${specs.datacenter}|${specs.interconnectGbs}|${specs.memoryBandwidthDensity}|${specs.isSystem}`;
  let result = memo.get(key);
  if (!result) {
    result = classifyChip(specs, asOf, pack, source);
    if (memo.size >= 20_000) memo.clear();
    memo.set(key, result);
  }
  return {
    classification: result.classification,
    notes: [...result.notes],
    issues: [...result.issues],
  };
}

function classifyRow(
  row: TypedRow,
  asOf: IsoDate,
  pack: RulePack,
  chip: Chip | undefined,
  ic: Chip | undefined,
): ClassifyResult {
  const { specs, source } = mergedSpecs(row, chip, ic);
  const result = memoizedClassify(specs, asOf, pack, source);
  if (
    !chip &&
    row.item !== undefined &&
    specs.tpp === undefined &&
    specs.tops === undefined &&
    specs.memoryBandwidthDensity === undefined
  ) {
    // With the user's own ECCN, licensing can proceed on it; the item being unknown is then no problem.
    if (row.eccn !== undefined) return { ...result, classification: null };
    result.issues.push({
      field: "item",
      code: "unknown_item",
      message: `Item "${row.item}" is not in the chip catalog and the row gives no TPP or TOPS, so it cannot be classified.`,
    });
    return { ...result, classification: null };
  }
  if (
    !chip &&
    !row.item &&
    specs.tpp === undefined &&
    specs.tops === undefined &&
    specs.memoryBandwidthDensity === undefined
  ) {
    return { ...result, classification: null };
  }
  return result;
}

function rowStatus(
  findings: Finding[],
  required: boolean | null,
  authorization: string | null,
  issues: RowIssue[],
): RowStatus {
  const otherHit = findings.some((f) => f.outcome === "hit" && !f.id.startsWith("LIC-"));
  if (otherHit || (required === true && !authorization)) return "hit";
  // Bad input is never silently passed: a row with any issue is looked at by a person.
  if (findings.some((f) => f.outcome === "needs_review") || required === null || issues.length > 0)
    return "needs_review";
  return "clear";
}

function asOfFor(row: TypedRow, rule: IsoDate | AsOfRule): IsoDate {
  if (typeof rule === "string") return rule;
  if ("date" in rule) return rule.date;
  return row.transaction_date ?? rule.fallback;
}

/** Screens one row already read into typed values. */
export function screenTypedRow(
  row: TypedRow,
  inputIssues: RowIssue[],
  options: ScreenOptions & { present: ReadonlySet<CanonicalField> },
): RowResult {
  const pack = options.pack ?? defaultPack;
  const asOf = asOfFor(row, options.asOf);
  const issues = [...inputIssues];
  const notes: string[] = [];
  const chip = row.item ? findChip(pack, row.item) : undefined;
  const ic = chip ? icOf(pack, chip) : undefined;
  const classified = classifyRow(row, asOf, pack, chip, ic);
  issues.push(...classified.issues);
  notes.push(...classified.notes);
  const computed = classified.classification?.eccn ?? undefined;
  const userEccn = row.eccn;
  if (
    userEccn &&
    computed &&
    controlLevel(userEccn) !== controlLevel(computed) &&
    controlLevel(userEccn) !== "unknown"
  ) {
    issues.push({
      field: "eccn",
      code: "eccn_mismatch",
      message: `The sheet says ${userEccn} but the figures give ${computed}; licensing uses ${userEccn}, and the difference needs review.`,
    });
  }
  if (asOf < pack.coverageFrom) {
    issues.push({
      field: "transaction_date",
      code: "date_outside_pack",
      message: `${asOf} is before ${pack.coverageFrom}, the first date rule pack ${pack.id} ${pack.version} covers.`,
    });
  }
  const ctx: CheckContext = {
    asOf,
    pack,
    present: options.present,
    chip,
    ic,
    classification: classified.classification,
    licensingEccn: userEccn ?? computed,
  };
  const raw: Finding[] = [];
  const partyMatches: PartyMatch[] = [];
  for (const family of [...CHECK_FAMILIES, ...(options.extraChecks ?? [])]) {
    const out = family.run(row, ctx);
    raw.push(...out.findings);
    notes.push(...out.notes);
    issues.push(...out.issues);
    if (out.partyMatches) partyMatches.push(...out.partyMatches);
  }
  const findings = mergeFindings(raw);
  const licenceFindings = findings.filter((f) => f.id.startsWith("LIC-"));
  const bases = licenceFindings
    .filter((f) => f.outcome === "hit")
    .map((f) => f.id as RowResult["license"]["bases"][number]);
  const undecided =
    licenceFindings.some((f) => f.outcome === "needs_review") || asOf < pack.coverageFrom;
  const required = bases.length > 0 ? true : undecided ? null : false;
  const authorization = row.license_on_file ?? null;
  if (required && authorization) {
    notes.push(`Authorization on file: "${authorization}"; it must cover ${bases.join(", ")}.`);
  }
  return {
    asOf,
    status: rowStatus(findings, required, authorization, issues),
    license: { required, bases, authorization },
    classification: classified.classification,
    findings,
    notes,
    issues,
    ...(options.extraChecks?.length ? { partyMatches } : {}),
  };
}

/** Screens one row given as canonical field → cell value. */
export function screenRow(raw: RawRow, options: ScreenOptions): RowResult {
  const { row, issues } = normalizeRow(raw, options.cellOf);
  const present = options.present ?? new Set(Object.keys(raw) as CanonicalField[]);
  return screenTypedRow(row, issues, { ...options, present });
}

/** Column letters of a 0-based column index ("A", "Z", "AA"). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface TableOptions extends Omit<ScreenOptions, "present" | "cellOf"> {
  /** Sheet row number of the first data row (header row + 1); default 2. */
  firstRowNumber?: number;
  /** Sheet row number of each row, when rows are not contiguous (blank rows skipped); wins over firstRowNumber. */
  rowNumbers?: readonly number[];
  /** 0-based sheet column of the table's first column; default 0 (column A). */
  firstColumn?: number;
}

export interface ScreenedRow extends RowResult {
  /** The sheet row number. */
  row: number;
  /** The row's destination as read (ISO code), for per-destination counts; null when blank or unreadable. */
  destination: string | null;
}

/** Screens a table of raw rows (arrays in column order) mapped by `mapping`. */
export function screenTable(
  rows: readonly (readonly unknown[])[],
  mapping: HeaderMapping,
  options: TableOptions,
): ScreenedRow[] {
  const present = new Set(mapping.fields.filter((f): f is CanonicalField => f !== null));
  const columnOf = new Map<CanonicalField, number>();
  mapping.fields.forEach((f, i) => {
    if (f) columnOf.set(f, i);
  });
  const first = options.firstRowNumber ?? 2;
  const firstColumn = options.firstColumn ?? 0;
  return rows.map((cells, i) => {
    const raw: RawRow = {};
    for (const [field, column] of columnOf) raw[field] = cells[column];
    const rowNumber = options.rowNumbers?.[i] ?? first + i;
    const cellOf = (field: CanonicalField) => {
      const column = columnOf.get(field);
      return column === undefined ? undefined : `${columnLetter(firstColumn + column)}${rowNumber}`;
    };
    const { row, issues } = normalizeRow(raw, cellOf);
    return {
      row: rowNumber,
      destination: row.destination_country ?? null,
      ...screenTypedRow(row, issues, { ...options, present, cellOf }),
    };
  });
}
