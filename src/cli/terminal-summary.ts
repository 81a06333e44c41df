import { summarizeResults } from "../rules";
import { findingsText, licenceCell } from "../report/result-columns";
import type { RunReport } from "./run-report";

const MAX_ROWS_LISTED = 40;

function pad(text: string, width: number): string {
  return text.length >= width ? text.slice(0, width) : text + " ".repeat(width - text.length);
}

/** A readable summary for the terminal: run facts, counts, the rows that need attention, coverage gaps. */
export function terminalSummary(report: RunReport): string {
  const s = summarizeResults(report.results);
  const lines: string[] = [];
  lines.push(`Chipscreen: ${report.source}`);
  lines.push(
    `  evaluated as of ${report.asOfRule}; rule pack ${report.pack.id} ${report.pack.version} (${report.pack.hash})`,
  );
  for (const note of report.notes) lines.push(`  note: ${note}`);
  lines.push("");
  lines.push(
    `  rows ${s.rows}   hit ${s.byStatus.hit}   needs review ${s.byStatus.needs_review}   clear ${s.byStatus.clear}`,
  );
  lines.push(
    `  licence required ${s.licenceRequired}   undetermined ${s.licenceUndetermined}   rows with input issues ${s.rowsWithIssues}`,
  );
  const ids = Object.entries(s.byFinding).filter(([, c]) => c.hit + c.needs_review > 0);
  if (ids.length > 0) {
    lines.push("", `  ${pad("finding", 10)} ${pad("hit", 6)} ${pad("review", 6)}`);
    for (const [id, c] of ids)
      lines.push(`  ${pad(id, 10)} ${pad(String(c.hit), 6)} ${pad(String(c.needs_review), 6)}`);
  }
  const attention = report.results.filter((r) => r.status !== "clear");
  if (attention.length > 0) {
    lines.push("", `  ${pad("row", 6)} ${pad("status", 13)} ${pad("licence", 8)} findings`);
    for (const r of attention.slice(0, MAX_ROWS_LISTED)) {
      const licence = String(licenceCell(r.license.required));
      const issues = r.issues.length
        ? ` (${r.issues.length} input issue${r.issues.length > 1 ? "s" : ""})`
        : "";
      lines.push(
        `  ${pad(String(r.row), 6)} ${pad(r.status, 13)} ${pad(licence, 8)} ${findingsText(r)}${issues}`,
      );
      for (const issue of r.issues) lines.push(`  ${" ".repeat(29)}! ${issue.message}`);
    }
    if (attention.length > MAX_ROWS_LISTED)
      lines.push(`  … and ${attention.length - MAX_ROWS_LISTED} more rows (use --out for all)`);
  }
  if (report.coverage.length > 0) {
    lines.push("", "  not assessed for lack of a column:");
    for (const gap of report.coverage)
      lines.push(`    ${pad(gap.id, 10)} needs ${gap.missing.join("; ")}`);
  }
  return lines.join("\n");
}
