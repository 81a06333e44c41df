import type { CoverageGap, PackIdentity, TableSummary } from "../rules";

export interface RunInfo {
  /** How rows were dated: "2026-11-28 for every row" or "each row's transaction_date, else 2026-11-28". */
  asOfRule: string;
  pack: PackIdentity;
  source: string;
  coverage: CoverageGap[];
  /** Extra lines, e.g. the restricted-party list's date and age. */
  notes?: string[];
}

export type SummaryCell = string | number;

/** The Summary sheet as rows of cells: run facts, counts per status, per finding id, per destination, coverage. */
export function summaryRows(summary: TableSummary, run: RunInfo): SummaryCell[][] {
  const rows: SummaryCell[][] = [
    ["Chipscreen screening summary"],
    [],
    ["Source", run.source],
    ["Evaluated as of", run.asOfRule],
    ["Rule pack", `${run.pack.id} ${run.pack.version}`],
    ["Rule pack hash", run.pack.hash],
    ["Rows screened", summary.rows],
    ["Licence required", summary.licenceRequired],
    ["Licence undetermined", summary.licenceUndetermined],
    ["Rows with input issues", summary.rowsWithIssues],
    ...(run.notes ?? []).map((n) => ["Note", n]),
    [],
    ["Status", "Rows"],
    ["hit", summary.byStatus.hit],
    ["needs_review", summary.byStatus.needs_review],
    ["clear", summary.byStatus.clear],
    [],
    ["Finding", "hit", "needs_review", "clear", "not_assessed"],
  ];
  for (const [id, c] of Object.entries(summary.byFinding)) {
    rows.push([id, c.hit, c.needs_review, c.clear, c.not_assessed]);
  }
  rows.push([], ["Destination", "hit", "needs_review", "clear"]);
  for (const [dest, c] of Object.entries(summary.byDestination).sort((a, b) =>
    a[0].localeCompare(b[0]),
  )) {
    rows.push([dest, c.hit, c.needs_review, c.clear]);
  }
  rows.push([], ["Coverage: checks that could not run", "Missing column"]);
  if (run.coverage.length === 0) rows.push(["(none)", "every check had its columns"]);
  for (const gap of run.coverage) rows.push([gap.id, gap.missing.join("; ")]);
  return rows;
}
