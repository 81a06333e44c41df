/**
 * The Excel data source against office-addin-mock proxies over an in-memory workbook: reading a
 * table, chunked writes under the payload budget, formatting, audit rows, settings, bad input.
 */
import { mapHeaders, type ScreenedRow } from "../../src/rules";
import { RESULT_HEADERS, resultCells } from "../../src/report/result-columns";
import { UserError, type ResultCell } from "../../src/taskpane/data/data-source";
import { ExcelSource } from "../../src/taskpane/data/excel-source";
import { runScreening } from "../../src/taskpane/engine/run-screening";
import { FakeExcel } from "./fake-excel";

const HEADERS = ["Customer", "Destination", "Item", "Quantity", "HQ country", "Transaction date"];
const DATA: (string | number | null)[][] = [
  ["Acme Cloud GmbH", "Germany", "H100 SXM5", 8, "Germany", "2026-10-01"],
  ["深圳某科技有限公司", "China", "H100 SXM5", 64, "China", "2026-10-02"],
  [null, null, null, null, null, null],
  ["Mystery Trading", "#N/A", "A100 80GB", 16, "United Arab Emirates", "2026-10-03"],
  ["Kuala Compute", "Malaysia", "H20", 500, "Singapore", "2026-10-04"],
];

/** Sheet "Deals": a title in B1, the table Deals at B3 (header) to G8. */
function workbook(): FakeExcel {
  const excel = new FakeExcel("Deals");
  const sheet = excel.sheet("Deals");
  sheet.put(0, 1, [["Q4 deals"]]);
  sheet.put(2, 1, [HEADERS, ...DATA]);
  excel.tables.push({ name: "Deals", sheet: "Deals", row: 2, col: 1, rows: 6, cols: 6 });
  excel.selection = { row: 4, col: 2, rows: 1, cols: 1 };
  excel.install();
  return excel;
}

const never = new AbortController().signal;

describe("ExcelSource.readTable", () => {
  test("reads the active table: header row, non-blank rows with sheet row numbers, a formula-error warning", async () => {
    const excel = workbook();
    const read = await new ExcelSource().readTable("table", () => undefined, never);
    expect(read.location).toMatchObject({
      sheet: "Deals",
      headerRow: 3,
      firstColumn: 1,
      columnCount: 6,
      rowCount: 5,
    });
    expect(read.location.label).toBe('table Deals on sheet "Deals" (B3:G8)');
    expect(read.headers).toEqual(HEADERS);
    expect(read.rowNumbers).toEqual([4, 5, 7, 8]);
    expect(read.rows[1]).toEqual(DATA[1]);
    expect(read.warnings.join(" ")).toMatch(
      /1 cell holds a formula error, the first at C7 \(#N\/A\)/,
    );
    expect(excel.syncs.length).toBeGreaterThan(0);
  });

  test("reads the used range in chunks under the budget, and gets the same rows", async () => {
    const excel = new FakeExcel("Big");
    const rows = Array.from({ length: 400 }, (_, i) => [
      `Customer ${i}`,
      i % 2 ? "China" : "Japan",
      "H100 SXM5",
      i + 1,
    ]);
    excel.sheet("Big").put(0, 0, [["Customer", "Destination", "Item", "Quantity"], ...rows]);
    excel.install();
    const budget = 4_000;
    const progress: number[] = [];
    const read = await new ExcelSource(budget).readTable(
      "usedRange",
      (done) => progress.push(done),
      never,
    );
    expect(read.rows).toEqual(rows);
    const reads = excel.syncs.filter((s) => s.read > 0);
    expect(reads.length).toBeGreaterThan(5);
    for (const s of reads.slice(2)) expect(s.read).toBeLessThanOrEqual(budget);
    expect(progress[progress.length - 1]).toBe(400);
  });

  test("bad input gets plain messages: no table, no header row, merged headers, a million rows, one cell", async () => {
    const excel = workbook();
    excel.selection = { row: 0, col: 10, rows: 1, cols: 1 };
    await expect(new ExcelSource().readTable("table", () => undefined, never)).rejects.toThrow(
      /not inside an Excel table/,
    );
    await expect(new ExcelSource().readTable("selection", () => undefined, never)).rejects.toThrow(
      /Only one cell is selected/,
    );

    const numbers = new FakeExcel("Numbers");
    numbers.sheet("Numbers").put(0, 0, [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    numbers.install();
    await expect(new ExcelSource().readTable("usedRange", () => undefined, never)).rejects.toThrow(
      /No header row found/,
    );

    const merged = workbook();
    merged.sheet("Deals").merged.push("B3:C3");
    await expect(new ExcelSource().readTable("table", () => undefined, never)).rejects.toThrow(
      /merged cells \(B3:C3\)/,
    );

    const huge = new FakeExcel("Huge");
    huge.claimedRows = 1_000_000;
    huge.install();
    const error = await new ExcelSource()
      .readTable("usedRange", () => undefined, never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/999,999 rows; the pane screens up to 200,000/);
  });
});

function longResults(n: number): ResultCell[][] {
  return Array.from({ length: n }, (_, i) => [
    "hit",
    "2026-11-28",
    true,
    "LIC-DEST, LIC-HQ",
    "3A090.a (TPP 15832)",
    "hit: LIC-DEST | review: DD2",
    `理由 ${"许可证要求 ".repeat(20)} ${i}`,
    "",
  ]);
}

describe("ExcelSource writes", () => {
  test("chunked writes never exceed the payload budget, each with calculation suspended", async () => {
    const excel = workbook();
    const source = new ExcelSource(10_000);
    const read = await source.readTable("table", () => undefined, never);
    const placement = await source.placeResults(read.location, "right", RESULT_HEADERS);
    expect(placement).toEqual({ target: "right", sheet: "Deals", occupied: null });
    excel.syncs = [];
    const cells = longResults(300);
    await source.writeResults(read.location, placement, 4, cells);
    const writes = excel.syncs.filter((s) => s.written > 0);
    expect(writes.length).toBeGreaterThan(5);
    for (const w of writes) {
      expect(w.written).toBeLessThanOrEqual(10_000);
      expect(w.suspended).toBe(true);
    }
    const sheet = excel.sheet("Deals");
    // Result columns start right of the table (column H = index 7), at the row given.
    const asStored = (row: ResultCell[] | undefined) =>
      (row ?? []).map((v) => (v === "" ? null : v));
    expect(sheet.row(3, 7, 8)).toEqual(asStored(cells[0]));
    expect(sheet.row(302, 7, 8)).toEqual(asStored(cells[299]));
  });

  test("results on a new Screening sheet carry the sheet row; header written bold", async () => {
    const excel = workbook();
    const source = new ExcelSource();
    const read = await source.readTable("table", () => undefined, never);
    const placement = await source.placeResults(read.location, "sheet", RESULT_HEADERS);
    expect(placement.sheet).toBe("Screening");
    await source.beginResults(read.location, placement, RESULT_HEADERS);
    await source.writeResults(read.location, placement, 4, longResults(2));
    const screening = excel.sheet("Screening");
    expect(screening.row(2, 0, 3)).toEqual(["Sheet row", "Status", "As of"]);
    expect(screening.bold.has("2,0")).toBe(true);
    expect(screening.row(3, 0, 2)).toEqual([4, "hit"]);
    expect(screening.row(4, 0, 2)).toEqual([5, "hit"]);
  });

  test("occupied cells are reported before anything is written; a protected sheet is refused in plain words", async () => {
    const excel = workbook();
    excel.sheet("Deals").put(5, 9, [["someone's notes"]]);
    const source = new ExcelSource();
    const read = await source.readTable("table", () => undefined, never);
    const placement = await source.placeResults(read.location, "right", RESULT_HEADERS);
    expect(placement.occupied).toBe("J6");
    excel.sheet("Deals").protected = true;
    await expect(source.placeResults(read.location, "right", RESULT_HEADERS)).rejects.toThrow(
      /Sheet "Deals" is protected.*new Screening sheet/,
    );
    await expect(
      source.writeResults(read.location, { ...placement, occupied: null }, 4, longResults(1)),
    ).rejects.toThrow(UserError);
  });

  test("format colours the status column by status and writes the Summary; audit rows append", async () => {
    const excel = workbook();
    const source = new ExcelSource();
    const read = await source.readTable("table", () => undefined, never);
    const placement = await source.placeResults(read.location, "right", RESULT_HEADERS);
    await source.format(read.location, placement, 8, [
      ["Chipscreen screening summary"],
      ["Rows screened", 4],
    ]);
    const rules = excel.sheet("Deals").conditionalFormats;
    expect(rules.map((r) => [r.address, r.type, r.operator, r.text])).toEqual([
      ["H4:H8", "ContainsText", "BeginsWith", "hit"],
      ["H4:H8", "ContainsText", "BeginsWith", "needs_review"],
      ["H4:H8", "ContainsText", "BeginsWith", "clear"],
    ]);
    expect(rules.every((r) => /^#[0-9A-F]{6}$/.test(r.colour))).toBe(true);
    expect(excel.sheet("Summary").row(1, 0, 2)).toEqual(["Rows screened", 4]);

    const entry = {
      timestamp: "2026-11-28T10:00:00.000Z",
      asOfRule: "2026-11-28",
      source: "table Deals",
      packId: "ear-ac",
      packVersion: "1",
      packHash: "abc",
      rowsScreened: 4,
      rowsTotal: 4,
      hit: 2,
      needsReview: 1,
      clear: 1,
      listSnapshot: "",
      note: "first run",
    };
    await source.appendAudit(entry);
    await source.appendAudit({ ...entry, note: "second run" });
    const audit = excel.sheet("Audit");
    expect(audit.get(0, 0)).toBe("Timestamp (UTC)");
    expect(audit.row(1, 0, 3)).toEqual(["2026-11-28T10:00:00.000Z", "2026-11-28", "table Deals"]);
    expect(audit.get(2, 12)).toBe("second run");
    expect(audit.get(1, 11)).toBe("(no list used)");
  });

  test("the mapping saved in the workbook comes back for the same headers only", async () => {
    const excel = workbook();
    const source = new ExcelSource();
    await source.saveSettings("Deals", HEADERS, {
      explicit: { Customer: "customer_name", Item: null },
      asOf: { kind: "fromRow" },
      target: "sheet",
    });
    expect(excel.settings.size).toBe(1);
    expect(await source.loadSettings("Deals", HEADERS)).toEqual({
      explicit: { Customer: "customer_name", Item: null },
      asOf: { kind: "fromRow" },
      target: "sheet",
    });
    expect(await source.loadSettings("Deals", [...HEADERS, "Extra"])).toBeUndefined();
  });

  test("select activates the data sheet and selects the row with its result columns", async () => {
    const excel = workbook();
    const source = new ExcelSource();
    const read = await source.readTable("table", () => undefined, never);
    const placement = await source.placeResults(read.location, "right", RESULT_HEADERS);
    await source.select(read.location, placement, 7);
    expect(excel.selected).toEqual(["Deals!B7:O7"]);
  });
});

describe("a screening run through the Excel source", () => {
  test("complete rows, summary, audit; a cancelled run leaves whole rows and a note", async () => {
    const excel = workbook();
    const source = new ExcelSource();
    const table = await source.readTable("table", () => undefined, never);
    const mapping = mapHeaders(table.headers);
    const placement = await source.placeResults(table.location, "right", RESULT_HEADERS);
    const done = await runScreening({
      source,
      table,
      mapping,
      asOf: { date: "2026-11-28" },
      placement,
      note: "monthly",
      now: new Date("2026-11-28T09:00:00Z"),
      signal: never,
      onProgress: () => undefined,
    });
    expect(done.cancelled).toBe(false);
    const sheet = excel.sheet("Deals");
    expect(sheet.row(2, 7, 8)).toEqual([...RESULT_HEADERS]);
    done.results.forEach((r: ScreenedRow) =>
      expect(sheet.row(r.row - 1, 7, 8)).toEqual(resultCells(r).map((v) => (v === "" ? null : v))),
    );
    expect(sheet.row(5, 7, 8).every((v) => v === null)).toBe(true); // the blank row 6 stays blank
    expect(excel.sheet("Audit").get(1, 12)).toBe("monthly");

    // Cancel after the first slice: the rows written are whole, the rest untouched, the audit says so.
    const again = workbook();
    const controller = new AbortController();
    const cancelled = await runScreening({
      source,
      table,
      mapping,
      asOf: { date: "2026-11-28" },
      placement,
      note: "",
      now: new Date("2026-11-28T09:00:00Z"),
      signal: controller.signal,
      sliceRows: 2,
      onProgress: (n) => {
        if (n >= 2) controller.abort();
      },
    });
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.results).toHaveLength(2);
    const s2 = again.sheet("Deals");
    for (const r of cancelled.results)
      expect(s2.row(r.row - 1, 7, 8)).toEqual(resultCells(r).map((v) => (v === "" ? null : v)));
    expect(s2.row(6, 7, 8).every((v) => v === null)).toBe(true);
    expect(s2.row(7, 7, 8).every((v) => v === null)).toBe(true);
    expect(String(again.sheet("Audit").get(1, 12))).toMatch(
      /Cancelled: results cover the first 2 of 4 rows/,
    );
  });
});
