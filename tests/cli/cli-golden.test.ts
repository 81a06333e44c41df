/**
 * The golden cases (licence/classification and the May 2025 guidance) run through the command
 * line itself: written to a workbook, one sheet per set of columns, screened by the CLI's own
 * entry point, and each row's JSON result compared with the expectation read off the regulation.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import {
  DILIGENCE_IDS,
  RED_FLAG_IDS,
  type FindingId,
  type Outcome,
  type RawRow,
} from "../../src/rules";
import { GUIDANCE_CASES } from "../golden/guidance.cases";
import { LICENSE_CASES } from "../golden/license.cases";

interface JsonRow {
  row: number;
  asOf: string;
  license: { required: boolean | null; bases: string[] };
  classification: { eccn: string | null } | null;
  findings: { id: FindingId; outcome: Outcome }[];
}

const tmp = mkdtempSync(join(tmpdir(), "chipscreen-golden-"));
const sink = () =>
  new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });

/** Writes cases to one workbook (a sheet per column set, each row dated by its case) and screens every sheet with the CLI. */
async function screenThroughCli<C extends { name: string; asOf: string; row: RawRow }>(
  label: string,
  cases: readonly C[],
): Promise<Map<C, JsonRow>> {
  const groups = new Map<string, C[]>();
  for (const c of cases) {
    const key = Object.keys(c.row).sort().join(",");
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const workbook = new ExcelJS.Workbook();
  const sheets: [string, C[]][] = [];
  for (const [key, members] of groups) {
    const name = `S${sheets.length + 1}`;
    const columns = key === "" ? [] : key.split(",");
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...columns, "transaction_date"]);
    for (const c of members) {
      sheet.addRow([
        ...columns.map((f) => (c.row as Record<string, unknown>)[f] ?? null),
        c.asOf,
      ] as ExcelJS.CellValue[]);
    }
    sheets.push([name, members]);
  }
  const input = join(tmp, `${label}.xlsx`);
  await workbook.xlsx.writeFile(input);
  const results = new Map<C, JsonRow>();
  for (const [name, members] of sheets) {
    const out = join(tmp, `${label}-${name}.json`);
    const code = await main(
      ["screen", input, "--sheet", name, "--out", out, "--no-lists"],
      sink(),
      sink(),
    );
    expect([name, code]).toEqual([name, expect.any(Number)]);
    if (code !== 0 && code !== 1) throw new Error(`CLI exit ${code} on sheet ${name}`);
    const rows = (JSON.parse(readFileSync(out, "utf8")) as { rows: JsonRow[] }).rows;
    members.forEach((c, i) => {
      const row = rows.find((r) => r.row === i + 2);
      if (row) results.set(c, row);
    });
  }
  return results;
}

describe("golden cases through the command line", () => {
  test("licence and classification cases", async () => {
    const results = await screenThroughCli("license", LICENSE_CASES);
    const wrong: string[] = [];
    for (const c of LICENSE_CASES) {
      const r = results.get(c);
      const got = {
        required: r?.license.required,
        bases: [...(r?.license.bases ?? [])].sort(),
        eccn: r?.classification?.eccn ?? null,
        asOf: r?.asOf,
      };
      const want = { required: c.required, bases: [...c.bases].sort(), eccn: c.eccn, asOf: c.asOf };
      if (JSON.stringify(got) !== JSON.stringify(want))
        wrong.push(`${c.name}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  test("guidance cases: every RF, DD, GP10 and AI-TRAIN expectation", async () => {
    const results = await screenThroughCli("guidance", GUIDANCE_CASES);
    const wrong: string[] = [];
    const produced = new Set<string>();
    for (const c of GUIDANCE_CASES) {
      const r = results.get(c);
      for (const [id, outcome] of Object.entries(c.expect)) {
        const got = r?.findings.find((f) => f.id === id)?.outcome;
        if (got !== outcome) wrong.push(`${c.name}: ${id} want ${outcome} got ${got}`);
        else produced.add(`${id}:${outcome}`);
      }
    }
    expect(wrong).toEqual([]);
    for (const id of [...RED_FLAG_IDS, ...DILIGENCE_IDS, "GP10", "AI-TRAIN"]) {
      for (const outcome of ["hit", "clear", "needs_review"])
        expect(produced).toContain(`${id}:${outcome}`);
    }
  });
});
