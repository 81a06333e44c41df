import type { RunReport } from "./run-report";
import { writeTextAtomically } from "./atomic-write";

/** The JSON output: run facts, coverage, and every row's result with its sheet row number. */
export function reportJson(report: RunReport): string {
  return JSON.stringify(
    {
      asOf: report.asOfRule,
      rulePack: report.pack,
      source: report.source,
      coverage: report.coverage,
      notes: report.notes,
      rows: report.results.map((r) => ({
        row: r.row,
        asOf: r.asOf,
        status: r.status,
        license: r.license,
        classification: r.classification,
        findings: r.findings,
        notes: r.notes,
        issues: r.issues,
        ...(r.partyMatches ? { partyMatches: r.partyMatches } : {}),
      })),
    },
    null,
    2,
  );
}

export async function writeJson(path: string, report: RunReport): Promise<void> {
  await writeTextAtomically(path, reportJson(report) + "\n");
}
