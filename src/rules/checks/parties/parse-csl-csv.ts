import Papa from "papaparse";
import { entryFromCslRecord, parseCsvAddresses, splitList } from "./csl-record";
import type { ListEntry, ListProblem, ParsedList } from "./list-model";

/** The 29 columns of trade.gov's consolidated.csv, in file order (party-screening.md §1.2). */
export const CSL_CSV_COLUMNS = [
  "_id",
  "source",
  "entity_number",
  "type",
  "programs",
  "name",
  "title",
  "addresses",
  "federal_register_notice",
  "start_date",
  "end_date",
  "standard_order",
  "license_requirement",
  "license_policy",
  "call_sign",
  "vessel_type",
  "gross_tonnage",
  "gross_registered_tonnage",
  "vessel_flag",
  "vessel_owner",
  "remarks",
  "source_list_url",
  "alt_names",
  "citizenships",
  "dates_of_birth",
  "nationalities",
  "places_of_birth",
  "source_information_url",
  "ids",
] as const;

/** Columns the matcher cannot do without; the others are read when present. */
export const REQUIRED_CSV_COLUMNS = ["source", "name", "alt_names"] as const;

/** Reads consolidated.csv text as users download it. Bad rows become problems, never exceptions. */
export function parseCslCsv(text: string): ParsedList {
  const problems: ListProblem[] = [];
  const clean = text.replace(/^\uFEFF/, "");
  const result = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: "greedy" });
  for (const e of result.errors.slice(0, 20)) {
    problems.push({
      code: "unreadable_file",
      message: `CSV: ${e.message}.`,
      at: e.row !== undefined ? `row ${e.row + 1}` : "file",
    });
  }
  const rows = result.data;
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = new Map<string, number>();
  header.forEach((h, i) => col.set(h, i));
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !col.has(c));
  if (missing.length > 0) {
    problems.push({
      code: "missing_column",
      message: `The file lacks the column(s) ${missing.join(", ")}; it is not a trade.gov consolidated.csv.`,
      at: "header",
    });
    return { entries: [], problems };
  }
  const entries: ListEntry[] = [];
  const get = (row: readonly string[], name: string): string => {
    const i = col.get(name);
    return i === undefined ? "" : (row[i] ?? "");
  };
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.length < header.length) {
      problems.push({
        code: "missing_value",
        message: `Row ${r + 1} has ${row.length} of ${header.length} columns (truncated file?) and was skipped.`,
        at: `row ${r + 1}`,
      });
      continue;
    }
    const out = entryFromCslRecord(
      {
        id: get(row, "_id"),
        source: get(row, "source"),
        entityNumber: get(row, "entity_number"),
        type: get(row, "type"),
        programs: splitList(get(row, "programs")),
        name: get(row, "name"),
        addresses: parseCsvAddresses(get(row, "addresses")),
        frNotice: get(row, "federal_register_notice"),
        licenseRequirement: get(row, "license_requirement"),
        licensePolicy: get(row, "license_policy"),
        altNames: splitList(get(row, "alt_names")),
        otherCountries: [
          ...splitList(get(row, "nationalities")),
          ...splitList(get(row, "citizenships")),
        ],
      },
      `row ${r + 1}`,
    );
    if ("entry" in out) entries.push(out.entry);
    else problems.push(out.problem);
  }
  return { entries, problems };
}
