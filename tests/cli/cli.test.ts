import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { z } from "zod";
import {
  FINDING_IDS,
  FindingSchema,
  IsoDateSchema,
  LICENSE_IDS,
  RowIssueSchema,
  RowStatusSchema,
} from "../../src/rules";
import { RESULT_HEADERS } from "../../src/report/result-columns";
import { ROOT, runCli } from "./run-cli";

const EXAMPLE = join(ROOT, "examples/deals.xlsx");
const tmp = mkdtempSync(join(tmpdir(), "chipscreen-cli-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The documented JSON output shape (issue: "The rule core and the command line"). */
const JsonOutputSchema = z.object({
  asOf: z.string(),
  rulePack: z.object({
    id: z.string(),
    version: z.string(),
    hash: z.string().regex(/^[0-9a-f]{16}$/),
  }),
  coverage: z.array(z.object({ id: z.string(), missing: z.array(z.string()) })),
  rows: z.array(
    z.object({
      row: z.number().int().min(2),
      asOf: IsoDateSchema,
      status: RowStatusSchema,
      license: z.object({
        required: z.boolean().nullable(),
        bases: z.array(z.enum(LICENSE_IDS)),
        authorization: z.string().nullable(),
      }),
      classification: z
        .object({
          eccn: z.string().nullable(),
          tpp: z.number().nullable(),
          pd: z.number().nullable(),
        })
        .passthrough()
        .nullable(),
      findings: z.array(FindingSchema),
      notes: z.array(z.string()),
      issues: z.array(RowIssueSchema),
    }),
  ),
});

describe("chipscreen screen: outputs", () => {
  const before = sha(EXAMPLE);
  const jsonPath = join(tmp, "deals.json");
  const run = runCli(["screen", EXAMPLE, "--out", jsonPath, "--as-of", "2026-11-28"]);
  const json = JsonOutputSchema.parse(JSON.parse(readFileSync(jsonPath, "utf8")));

  test("JSON has the documented shape, sheet row numbers and the as-of date", () => {
    expect(run.code).toBe(1);
    expect(json.asOf).toBe("2026-11-28");
    expect(json.rows).toHaveLength(41);
    expect(json.rows[0]?.row).toBe(2);
    expect(json.rows.every((r) => r.asOf === "2026-11-28")).toBe(true);
    expect(json.rulePack.id).toBe("chipscreen-ear-ac");
  });

  test("every finding id hits somewhere in the example sheet and clears somewhere else", () => {
    const outcomes = new Map<string, Set<string>>();
    for (const r of json.rows) {
      for (const f of r.findings)
        outcomes.set(f.id, (outcomes.get(f.id) ?? new Set()).add(f.outcome));
    }
    const missing = FINDING_IDS.flatMap((id) =>
      (["hit", "clear"] as const).filter((o) => !outcomes.get(id)?.has(o)).map((o) => `${id}:${o}`),
    );
    expect(missing).toEqual([]);
  });

  test("the example sheet produces every licence basis", () => {
    const bases = new Set(json.rows.flatMap((r) => r.license.bases));
    expect([...LICENSE_IDS].filter((id) => !bases.has(id))).toEqual([]);
    expect(new Set(json.rows.map((r) => r.status))).toEqual(
      new Set(["hit", "needs_review", "clear"]),
    );
  });

  test("a misspelt country is reported with its cell and a suggestion", () => {
    const messages = json.rows.flatMap((r) => r.issues.map((i) => i.message));
    expect(messages.find((m) => m.includes("Chian"))).toMatch(/cell Q\d+.*did you mean China\?/);
  });

  test("without --as-of each row is screened as of its own ship date", () => {
    const perRow = join(tmp, "per-row.json");
    runCli(["screen", EXAMPLE, "--out", perRow]);
    const rows = JsonOutputSchema.parse(JSON.parse(readFileSync(perRow, "utf8"))).rows;
    expect(rows.find((r) => r.row === 10)?.asOf).toBe("2023-03-01");
    // Deal D-1009: an A800 in March 2023 is outside the 2022 test; the same deal in 2024 (D-1010) needs a licence.
    expect(rows.find((r) => r.row === 10)?.license.required).toBe(false);
    expect(rows.find((r) => r.row === 11)?.license.bases).toContain("LIC-DEST");
  });

  test("xlsx: input sheet unchanged, result columns appended, Summary sheet agrees with the JSON", async () => {
    const out = join(tmp, "deals.screened.xlsx");
    expect(runCli(["screen", EXAMPLE, "--out", out, "--as-of", "2026-11-28"]).code).toBe(1);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(EXAMPLE);
    const screened = new ExcelJS.Workbook();
    await screened.xlsx.readFile(out);
    const a = original.getWorksheet("Deals");
    const b = screened.getWorksheet("Deals");
    if (!a || !b) throw new Error("Deals sheet missing");
    const width = a.columnCount;
    for (let r = 1; r <= a.rowCount; r++) {
      for (let c = 1; c <= width; c++)
        expect([r, c, b.getRow(r).getCell(c).value]).toEqual([r, c, a.getRow(r).getCell(c).value]);
    }
    expect(RESULT_HEADERS.map((_, i) => b.getRow(1).getCell(width + 1 + i).value)).toEqual([
      ...RESULT_HEADERS,
    ]);
    const statuses = Array.from({ length: 41 }, (_, i) => b.getRow(i + 2).getCell(width + 1).value);
    expect(statuses).toEqual(json.rows.map((r) => r.status));
    const summary = screened.getWorksheet("Summary");
    const hitRow = summary
      ?.getRows(1, summary.rowCount)
      ?.find((row) => row.getCell(1).value === "hit");
    expect(hitRow?.getCell(2).value).toBe(json.rows.filter((r) => r.status === "hit").length);
    expect(screened.getWorksheet("Why")).toBeDefined();
  });

  test("csv: input columns then result columns", () => {
    const out = join(tmp, "deals.csv");
    expect(runCli(["screen", EXAMPLE, "--out", out, "--as-of", "2026-11-28"]).code).toBe(1);
    const lines = readFileSync(out, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toMatch(
      /^Deal ID,Customer,.*,Ship Date,Status,As of,Licence,Bases,Classification,Findings,Citations,Issues$/,
    );
  });

  test("terminal summary without --out", () => {
    const r = runCli(["screen", EXAMPLE, "--as-of", "2026-11-28"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("rows 41");
    expect(r.stdout).toContain("LIC-DEST");
  });

  test("the input file is never modified and no temporary file is left", () => {
    expect(sha(EXAMPLE)).toBe(before);
    expect(readdirSync(tmp).filter((f) => f.includes(".tmp"))).toEqual([]);
  });
});

describe("chipscreen screen: exit codes and bad input", () => {
  const write = (name: string, content: string | Buffer) => {
    const path = join(tmp, name);
    writeFileSync(path, content);
    return path;
  };

  test("0 when every row is clear", () => {
    const csv = write(
      "clean.csv",
      "Destination,Product,ECCN,HQ Country,最终母公司所在国,End use,Listed\nJapan,Server rack,EAR99,JP,JP,hpc,none\n",
    );
    const r = runCli(["screen", csv, "--as-of", "2025-06-01"]);
    expect(r.stdout).toContain("clear 1");
    expect(r.code).toBe(0);
  });

  test.each([
    ["a missing file", () => [join(tmp, "nope.xlsx")], /no such file/],
    ["a file of the wrong type", () => [write("x.pdf", "%PDF-1.4")], /reads \.xlsx and \.csv/],
    [
      "a corrupt workbook",
      () => [write("bad.xlsx", Buffer.from("PK\u0003\u0004garbage"))],
      /not a readable \.xlsx/,
    ],
    [
      "a password-protected workbook",
      () => [
        write("locked.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      ],
      /password-protected/,
    ],
    ["an empty file", () => [write("empty.csv", "")], /empty/],
    [
      "a sheet with no header row",
      () => [write("noheader.csv", "1,2,3\n4,5,6\n")],
      /no header row/,
    ],
    [
      "a header with no data",
      () => [write("headeronly.csv", "Destination,Product\n")],
      /no data rows/,
    ],
    ["--out equal to the input", () => [EXAMPLE, "--out", EXAMPLE], /never overwrites its input/],
    [
      "an unreadable --as-of",
      () => [EXAMPLE, "--as-of", "someday"],
      /--as-of "someday" is not a date/,
    ],
    ["an unknown option", () => [EXAMPLE, "--colour"], /Unknown option/],
    [
      "an output of the wrong type",
      () => [EXAMPLE, "--out", join(tmp, "x.txt")],
      /must end in \.xlsx, \.csv or \.json/,
    ],
    [
      "an unwritable output",
      () => [EXAMPLE, "--out", join(EXAMPLE, "x.json")],
      /cannot write .* nothing was written/,
    ],
    ["a sheet that does not exist", () => [EXAMPLE, "--sheet", "Nope"], /no sheet named "Nope"/],
  ])("2 with one clear line for %s", (_what, args, message) => {
    const r = runCli(["screen", ...args()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^chipscreen: /);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  test("an empty workbook sheet and merged header cells", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Empty");
    const emptyPath = join(tmp, "empty.xlsx");
    await wb.xlsx.writeFile(emptyPath);
    expect(runCli(["screen", emptyPath]).stderr).toMatch(/is empty/);
    const merged = new ExcelJS.Workbook();
    const s = merged.addWorksheet("Deals");
    s.addRow(["Destination", "Product", "", "Qty"]);
    s.mergeCells("B1:C1");
    s.addRow(["CN", "H100", "x", 1]);
    const mergedPath = join(tmp, "merged.xlsx");
    await merged.xlsx.writeFile(mergedPath);
    const r = runCli(["screen", mergedPath]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/merged cells \(C1\)/);
  });

  test("formula errors in cells are reported, not read as text", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Deals");
    s.addRow(["Destination", "Product"]);
    s.addRow([{ formula: "VLOOKUP(1,A:A,2,0)", result: { error: "#N/A" } }, "H100"]);
    const path = join(tmp, "formula.xlsx");
    await wb.xlsx.writeFile(path);
    const out = join(tmp, "formula.json");
    runCli(["screen", path, "--out", out, "--as-of", "2025-06-01"]);
    const rows = JsonOutputSchema.parse(JSON.parse(readFileSync(out, "utf8"))).rows;
    expect(rows[0]?.issues[0]?.message).toMatch(/cell A2.*#N\/A/);
    expect(rows[0]?.status).toBe("needs_review");
  });

  test("CSV output escapes text that a spreadsheet would run as a formula", () => {
    const input = write(
      "inject.csv",
      'Customer,Destination,Product\n"=HYPERLINK(""http://x"")",JP,H100\n@SUM(1),JP,-H100\n',
    );
    const out = join(tmp, "inject.out.csv");
    runCli(["screen", input, "--out", out, "--as-of", "2025-06-01"]);
    const text = readFileSync(out, "utf8");
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain("'@SUM(1)");
    expect(text).toContain("'-H100");
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  test("a missing column makes its checks not assessed and is listed in coverage", () => {
    const input = write("narrow.csv", "Destination,Product\nCN,H100\n");
    const out = join(tmp, "narrow.json");
    runCli(["screen", input, "--out", out, "--as-of", "2025-06-01"]);
    const parsed = JsonOutputSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(parsed.coverage.map((g) => g.id)).toContain("LIC-HQ");
    expect(parsed.rows[0]?.findings.find((f) => f.id === "LIC-HQ")?.outcome).toBe("not_assessed");
    expect(existsSync(input)).toBe(true);
  });
});
