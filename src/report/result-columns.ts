import type { ScreenedRow } from "../rules";

/** Headers of the result columns appended beside the user's data (CLI, workbench and task pane alike). */
export const RESULT_HEADERS = [
  "Status",
  "As of",
  "Licence",
  "Bases",
  "Classification",
  "Findings",
  "Citations",
  "Issues",
] as const;

export type ResultCell = string | boolean;

/** Licence column value: TRUE / FALSE, or "?" when it cannot be determined. */
export function licenceCell(required: boolean | null): ResultCell {
  return required === null ? "?" : required;
}

export function classificationText(result: ScreenedRow): string {
  const c = result.classification;
  if (!c) return "";
  const figures = [c.tpp !== null ? `TPP ${c.tpp}` : null, c.pd !== null ? `PD ${c.pd}` : null]
    .filter(Boolean)
    .join(", ");
  return `${c.eccn ?? "undetermined"}${figures ? ` (${figures})` : ""}`;
}

/** "hit: LIC-DEST, RF05 | review: DD2" — what a reviewer needs to look at, in a cell. */
export function findingsText(result: ScreenedRow): string {
  const hits = result.findings.filter((f) => f.outcome === "hit").map((f) => f.id);
  const reviews = result.findings.filter((f) => f.outcome === "needs_review").map((f) => f.id);
  const parts = [
    hits.length ? `hit: ${hits.join(", ")}` : "",
    reviews.length ? `review: ${reviews.join(", ")}` : "",
  ];
  return parts.filter(Boolean).join(" | ");
}

/** The citations of the findings that matter (hits and reviews), one per line, each once. */
export function citationsText(result: ScreenedRow): string {
  const seen = new Set<string>();
  for (const f of result.findings) {
    if (f.outcome === "hit" || f.outcome === "needs_review") seen.add(`${f.id}: ${f.citation}`);
  }
  return [...seen].join("\n");
}

export function issuesText(result: ScreenedRow): string {
  return result.issues.map((i) => i.message).join("\n");
}

/** The cells of one result row, in RESULT_HEADERS order. */
export function resultCells(result: ScreenedRow): ResultCell[] {
  return [
    result.status,
    result.asOf,
    licenceCell(result.license.required),
    result.license.bases.join(", "),
    classificationText(result),
    findingsText(result),
    citationsText(result),
    issuesText(result),
  ];
}
