/**
 * The result columns and the Summary sheet, as the command line writes them. The lead's
 * `src/report/` owns the layout; this module is the pane's single door to it.
 */
export { RESULT_HEADERS, resultCells } from "../../report/result-columns";
export { summaryRows } from "../../report/summary-sheet";
