/**
 * Benchmark (prints figures, asserts nothing):
 *  1. screenTable throughput on 100,000 synthetic rows (rows/s);
 *  2. the command line's whole pipeline on a generated 100,000-row .xlsx beside exceljs reading and
 *     writing the same file alone, in the same process, as a ratio; plus the spawned CLI's wall time.
 * Run: npm run bench  (ROWS=20000 npm run bench for a quicker look)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { mapHeaders, screenTable } from "../src/rules";
import { readTable } from "../src/cli/read-table";
import { writeXlsx } from "../src/cli/write-xlsx";
import { coverageGaps, defaultPack, packIdentity, type CanonicalField } from "../src/rules";

const ROWS = Number(process.env.ROWS ?? 100_000);
const HEADERS = [
  "Deal ID",
  "Customer",
  "Customer Country",
  "HQ Country",
  "Parent country",
  "Ship-to Country",
  "Product",
  "Qty",
  "End use",
  "DC Power",
  "Cooling confirmed",
  "Space confirmed",
  "EUC",
  "EAR notice",
  "Listed",
  "Ship Date",
];
const COUNTRIES = [
  "China",
  "Japan",
  "Germany",
  "Singapore",
  "Malaysia",
  "UAE",
  "India",
  "Vietnam",
  "Israel",
  "HK",
  "Macau",
  "United States",
  "Brazil",
  "Chian",
];
const ITEMS = [
  "H100 SXM5",
  "H20",
  "A100",
  "L40S",
  "L4",
  "RTX 4090",
  "RTX 4090 D",
  "B200",
  "Ascend 910B",
  "DGX H100",
  "Zephyr X9",
  "H200",
];
const USES = ["ai_training", "hpc", "cloud services", "resale", "military", "AI inference", ""];
const DATES = [
  "2022-11-01",
  "2023-06-01",
  "2024-01-15",
  "2024-06-01",
  "2025-03-01",
  "2025-09-01",
  "2026-10-01",
];

function pick<T>(list: readonly T[], i: number, salt: number): T {
  return list[(i * 2654435761 + salt * 97) % list.length] as T;
}

function syntheticRow(i: number): (string | number)[] {
  return [
    `D-${i}`,
    `Customer ${i % 5000}`,
    pick(COUNTRIES, i, 1),
    pick(COUNTRIES, i, 2),
    pick(COUNTRIES, i, 3),
    pick(COUNTRIES, i, 4),
    pick(ITEMS, i, 5),
    (i % 900) + 1,
    pick(USES, i, 6),
    `${(i % 30) + 0.5} MW`,
    i % 3 ? "Y" : "N",
    i % 4 ? "Y" : "N",
    i % 5 ? "Y" : "N",
    i % 7 ? "Y" : "N",
    i % 97 ? "none" : "Entity List",
    pick(DATES, i, 7),
  ];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

async function main(): Promise<void> {
  console.log(
    `Chipscreen benchmark: ${ROWS.toLocaleString("en-US")} rows, Node ${process.version}`,
  );
  const rows = Array.from({ length: ROWS }, (_, i) => syntheticRow(i));
  const mapping = mapHeaders(HEADERS);

  // 1. Rules alone.
  screenTable(rows.slice(0, 2000), mapping, { asOf: { fromRow: true, fallback: "2026-11-28" } }); // warm-up
  let t = performance.now();
  const results = screenTable(rows, mapping, { asOf: { fromRow: true, fallback: "2026-11-28" } });
  const rulesMs = performance.now() - t;
  console.log(
    `\n1. screenTable: ${ROWS.toLocaleString("en-US")} rows in ${seconds(rulesMs)} = ${Math.round(ROWS / (rulesMs / 1000)).toLocaleString("en-US")} rows/s (${results.length} results)`,
  );

  // 2. A generated workbook, read and written by exceljs alone versus the CLI pipeline.
  const dir = mkdtempSync(join(tmpdir(), "chipscreen-bench-"));
  const input = join(dir, "deals.xlsx");
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Deals");
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  t = performance.now();
  await wb.xlsx.writeFile(input);
  console.log(`\n2. generated ${input} in ${seconds(performance.now() - t)}`);

  t = performance.now();
  const plain = new ExcelJS.Workbook();
  await plain.xlsx.readFile(input);
  const readMs = performance.now() - t;
  t = performance.now();
  await plain.xlsx.writeFile(join(dir, "copy.xlsx"));
  const writeMs = performance.now() - t;
  const baselineMs = readMs + writeMs;
  console.log(
    `   baseline, exceljs alone: read ${seconds(readMs)} + write ${seconds(writeMs)} = ${seconds(baselineMs)}`,
  );

  t = performance.now();
  const table = await readTable(input);
  const tableMs = performance.now() - t;
  t = performance.now();
  const tableMapping = mapHeaders(table.headers);
  const screened = screenTable(table.rows, tableMapping, {
    asOf: { fromRow: true, fallback: "2026-11-28" },
    rowNumbers: table.rowNumbers,
  });
  const screenMs = performance.now() - t;
  t = performance.now();
  const present = new Set(tableMapping.fields.filter((f): f is CanonicalField => f !== null));
  await writeXlsx(join(dir, "screened.xlsx"), table, {
    source: input,
    asOfRule: "each row's transaction_date",
    pack: packIdentity(defaultPack),
    coverage: coverageGaps(present),
    results: screened,
    notes: [],
  });
  const outMs = performance.now() - t;
  const pipelineMs = tableMs + screenMs + outMs;
  console.log(
    `   CLI pipeline: read ${seconds(tableMs)} + rules ${seconds(screenMs)} + write with results ${seconds(outMs)} = ${seconds(pipelineMs)}`,
  );
  console.log(
    `   ratio pipeline / exceljs alone = ${(pipelineMs / baselineMs).toFixed(2)} (rules alone add ${((screenMs / baselineMs) * 100).toFixed(1)} % of read+write)`,
  );

  t = performance.now();
  const cli = spawnSync(
    process.execPath,
    [
      "--max-semi-space-size=64",
      "--import",
      "tsx",
      "src/cli/main.ts",
      "screen",
      input,
      "--out",
      join(dir, "cli.xlsx"),
    ],
    { encoding: "utf8" },
  );
  console.log(`   spawned CLI end to end (exit ${cli.status}): ${seconds(performance.now() - t)}`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
