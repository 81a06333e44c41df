import Papa from "papaparse";
import type { ListAddress, ListEntry, ListProblem, ParsedList } from "./list-model";
import { entryTypeFromText } from "./list-model";

/**
 * OFAC's legacy SDN files: sdn.csv (entries), alt.csv (aliases), add.csv (addresses). No header,
 * `-0-` for empty, CRLF, and a trailing 0x1A end-of-file byte. Aliases and addresses join to
 * entries on ent_num; orphans (files of different dates) are reported, not fatal.
 * add.csv gives country names, not ISO codes, so addresses carry no `country` here.
 */
export interface OfacFiles {
  sdn: string;
  alt?: string;
  add?: string;
}

function rowsOf(text: string, file: string, problems: ListProblem[]): string[][] {
  const clean = text
    .split(String.fromCharCode(0x1a))
    .join("")
    .replace(/^\uFEFF/, "");
  const r = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: "greedy" });
  for (const e of r.errors.slice(0, 10)) {
    problems.push({
      code: "unreadable_file",
      message: `${file}: ${e.message}.`,
      at: `${file} row ${(e.row ?? 0) + 1}`,
    });
  }
  return r.data.map((row) => row.map((c) => (c.trim() === "-0-" ? "" : c.trim())));
}

/** "SDGT] [SYRIA" -> ["SDGT", "SYRIA"] (the legacy file strips the outer brackets only). */
export function splitOfacPrograms(text: string): string[] {
  return text
    .split(/\]\s*\[/)
    .map((p) => p.replace(/[[\]]/g, "").trim())
    .filter((p) => p.length > 0);
}

export function parseOfacSdn(files: OfacFiles): ParsedList {
  const problems: ListProblem[] = [];
  const byNumber = new Map<string, ListEntry>();
  const entries: ListEntry[] = [];
  rowsOf(files.sdn, "sdn.csv", problems).forEach((row, i) => {
    const [num = "", name = "", type = "", program = ""] = row;
    if (!/^\d+$/.test(num) || !name) {
      problems.push({
        code: "missing_value",
        message: `sdn.csv row ${i + 1} has no entry number or name and was skipped.`,
        at: `sdn.csv row ${i + 1}`,
      });
      return;
    }
    const entry: ListEntry = {
      id: num,
      source: "SDN",
      name,
      aliases: [],
      type: entryTypeFromText(type) ?? "entity",
      countries: [],
      addresses: [],
      entityNumber: num,
      licenseRequirement: null,
      licensePolicy: null,
      programs: splitOfacPrograms(program),
      frNotice: null,
      footnotes: [],
    };
    byNumber.set(num, entry);
    entries.push(entry);
  });
  let orphanAliases = 0;
  if (files.alt !== undefined) {
    for (const row of rowsOf(files.alt, "alt.csv", problems)) {
      const [num = "", , , altName = ""] = row;
      const e = byNumber.get(num);
      if (!e) orphanAliases++;
      else if (altName) e.aliases.push(altName);
    }
  }
  let orphanAddresses = 0;
  if (files.add !== undefined) {
    for (const row of rowsOf(files.add, "add.csv", problems)) {
      const [num = "", , street = "", cityLine = ""] = row;
      const e = byNumber.get(num);
      if (!e) {
        orphanAddresses++;
        continue;
      }
      const a: ListAddress = { street, city: cityLine, state: "", postalCode: "", country: "" };
      if (street || cityLine) e.addresses?.push(a);
    }
  }
  if (orphanAliases + orphanAddresses > 0) {
    problems.push({
      code: "missing_value",
      message: `${orphanAliases} alias(es) and ${orphanAddresses} address(es) name entries absent from sdn.csv (files of different dates).`,
      at: "alt.csv/add.csv",
    });
  }
  return { entries, problems };
}
