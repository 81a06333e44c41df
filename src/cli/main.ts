import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  coverageGaps,
  defaultPack,
  mapHeaders,
  packIdentity,
  parseDate,
  partyScreeningChecks,
  partyScreeningPack,
  screenTable,
  type CanonicalField,
  type CheckFamily,
} from "../rules";
import { clearParty } from "./clear-party";
import { loadList, readClearances } from "./lists";
import { InputError } from "./input-error";
import { readTable } from "./read-table";
import type { RunReport } from "./run-report";
import { terminalSummary } from "./terminal-summary";
import { writeCsv } from "./write-csv";
import { writeJson } from "./write-json";
import { writeXlsx } from "./write-xlsx";

const USAGE = `Usage: chipscreen screen INPUT [--out FILE] [--as-of YYYY-MM-DD] [--sheet NAME]
                         [--lists FILE | --no-lists] [--cleared FILE] [--max-source-drop 0.2]
       chipscreen clear --party NAME --entry ID --reason TEXT --reviewer NAME --cleared FILE
                         [--lists FILE] [--date YYYY-MM-DD]

screen
  INPUT          an .xlsx workbook or .csv file with a header row
  --out FILE     write the screened result: .xlsx (input + result columns + Summary sheet),
                 .csv (input columns + result columns) or .json (every row's findings)
  --as-of DATE   screen every row as of DATE; without it each row is screened as of its
                 transaction_date, or today when it has none
  --sheet NAME   the sheet to screen (default: the first)
  --lists FILE   the Consolidated Screening List to screen names against: trade.gov's
                 consolidated.csv or consolidated.json (default: the bundled, dated demo snapshot)
  --no-lists     do not screen names against any list
  --cleared FILE reviewers' clearances of false positives (JSON), honoured while the entry is unchanged
  --max-source-drop N  refuse a list whose count for a source fell by more than N (default 0.2)
                 against the last list loaded

clear            record that a party is not the listed entry it resembled (list entry id as
                 printed in the finding); the clearance lapses when that entry changes

Exit codes: 0 every row clear, 1 a row hit or needs review, 2 usage or input error, 3 internal error.`;

/** Today's date in UTC: the adapter, not the core, reads the clock. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function screen(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      "as-of": { type: "string" },
      sheet: { type: "string" },
      lists: { type: "string" },
      "no-lists": { type: "boolean" },
      cleared: { type: "string" },
      "max-source-drop": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    out.write(USAGE + "\n");
    return 0;
  }
  if (positionals.length !== 1)
    throw new InputError(`screen takes exactly one INPUT file.\n\n${USAGE}`);
  const input = positionals[0] ?? "";
  let fixedDate: string | undefined;
  if (values["as-of"] !== undefined) {
    const parsed = parseDate(values["as-of"]);
    if (!parsed?.ok)
      throw new InputError(`--as-of "${values["as-of"]}" is not a date; write it as YYYY-MM-DD.`);
    fixedDate = parsed.value;
  }
  const outPath = values.out;
  if (outPath !== undefined) {
    if (resolve(outPath) === resolve(input))
      throw new InputError(
        "--out must not be the input file: Chipscreen never overwrites its input.",
      );
    if (!/\.(xlsx|csv|json)$/i.test(outPath))
      throw new InputError(`--out "${outPath}": the output must end in .xlsx, .csv or .json.`);
  }

  if (values.lists !== undefined && values["no-lists"]) {
    throw new InputError("--lists and --no-lists exclude each other.");
  }
  const dropText = values["max-source-drop"];
  const maxSourceDrop = dropText === undefined ? undefined : Number(dropText);
  if (maxSourceDrop !== undefined && !(maxSourceDrop >= 0 && maxSourceDrop <= 1)) {
    throw new InputError(`--max-source-drop "${dropText}" must be a number from 0 to 1.`);
  }

  const table = await readTable(input, values.sheet);
  const mapping = mapHeaders(table.headers);
  const present = new Set(mapping.fields.filter((f): f is CanonicalField => f !== null));
  const notes: string[] = mapping.duplicates.map(
    (d) =>
      `column "${d.header}" also maps to ${d.field}; the first such column was used and this one passed through.`,
  );
  const extraChecks: CheckFamily[] = [];
  const namesPresent = (["customer_name", "consignee_name", "end_user_name"] as const).some((f) =>
    present.has(f),
  );
  if (values["no-lists"]) {
    notes.push("names were not screened against a restricted-party list (--no-lists).");
  } else if (namesPresent) {
    const choice = await loadList(values.lists, maxSourceDrop, today());
    notes.push(...choice.notes);
    const clearances = values.cleared === undefined ? [] : await readClearances(values.cleared);
    extraChecks.push(
      partyScreeningChecks({ loaded: choice.loaded, partyPack: partyScreeningPack, clearances }),
    );
  }
  const fallback = today();
  const results = screenTable(table.rows, mapping, {
    asOf: fixedDate ?? { fromRow: true, fallback },
    rowNumbers: table.rowNumbers,
    pack: defaultPack,
    extraChecks,
  });
  const report: RunReport = {
    source: table.kind === "xlsx" ? `${input} (sheet "${table.sheetName}")` : input,
    asOfRule:
      fixedDate ??
      (present.has("transaction_date")
        ? `each row's transaction_date, else ${fallback}`
        : fallback),
    pack: packIdentity(defaultPack),
    coverage: coverageGaps(present, extraChecks),
    results,
    notes,
  };
  if (outPath === undefined) out.write(terminalSummary(report) + "\n");
  else {
    try {
      if (/\.json$/i.test(outPath)) await writeJson(outPath, report);
      else if (/\.csv$/i.test(outPath)) await writeCsv(outPath, table, report);
      else await writeXlsx(outPath, table, report);
    } catch (error: unknown) {
      const code = (error as { code?: string }).code;
      if (code && /^E[A-Z]+$/.test(code))
        throw new InputError(`cannot write ${outPath} (${code}); nothing was written.`);
      throw error;
    }
    out.write(terminalSummary(report) + `\n\nWrote ${outPath}\n`);
  }
  return results.every((r) => r.status === "clear") ? 0 : 1;
}

/** The command line's single entry: every error is caught here and turned into one clear line. */
export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "screen") return await screen(rest, out);
    if (command === "clear") return await clearParty(rest, out);
    if (command === "clear") return await clearParty(rest, out);
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      out.write(USAGE + "\n");
      return command === undefined ? 2 : 0;
    }
    throw new InputError(`unknown command "${command}".\n\n${USAGE}`);
  } catch (error: unknown) {
    if (error instanceof InputError) {
      err.write(`chipscreen: ${error.message}\n`);
      return 2;
    }
    if (
      error instanceof TypeError &&
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      err.write(`chipscreen: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    err.write(
      `chipscreen: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 3;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
