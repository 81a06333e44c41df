import type { FindingId, Outcome } from "./model/finding";
import type { RowResult, RowStatus } from "./model/result";

export interface TableSummary {
  rows: number;
  byStatus: Record<RowStatus, number>;
  /** Per finding id: rows where it is a hit, needs review, or could not be assessed. */
  byFinding: Partial<Record<FindingId, Record<Outcome, number>>>;
  /** Per destination as written in the row (ISO code, or "(blank)"): rows per status. */
  byDestination: Record<string, Record<RowStatus, number>>;
  licenceRequired: number;
  licenceUndetermined: number;
  rowsWithIssues: number;
}

/** Counts for a screened table: the Summary sheet, the CLI's terminal table and the task pane. */
export function summarizeResults(
  results: readonly (RowResult & { destination?: string | null | undefined })[],
): TableSummary {
  const summary: TableSummary = {
    rows: results.length,
    byStatus: { hit: 0, needs_review: 0, clear: 0 },
    byFinding: {},
    byDestination: {},
    licenceRequired: 0,
    licenceUndetermined: 0,
    rowsWithIssues: 0,
  };
  for (const r of results) {
    summary.byStatus[r.status]++;
    if (r.license.required === true) summary.licenceRequired++;
    if (r.license.required === null) summary.licenceUndetermined++;
    if (r.issues.length > 0) summary.rowsWithIssues++;
    for (const f of r.findings) {
      const counts = (summary.byFinding[f.id] ??= {
        hit: 0,
        needs_review: 0,
        clear: 0,
        not_assessed: 0,
      });
      counts[f.outcome]++;
    }
    const dest = r.destination ?? "(blank)";
    const d = (summary.byDestination[dest] ??= { hit: 0, needs_review: 0, clear: 0 });
    d[r.status]++;
  }
  return summary;
}
