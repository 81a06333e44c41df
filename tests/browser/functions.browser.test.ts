/**
 * The built functions bundle (functions.js, as Excel loads it) in real headless Chromium. A small
 * stand-in for the Office runtime's `CustomFunctions` records each `associate` call, and provides
 * `CustomFunctions.Error` as Excel does. Every function in functions.json must be registered and
 * answer Excel-shaped arguments; REDFLAGS and SCREEN screen a 10,000-row range in one call (the time
 * is printed, not asserted). PARTY and PARTIES fetch the bundled restricted-party list as a chunk of
 * its own on their first call, not before (the time of that first call is printed).
 *
 * Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildAddin, type AddinBuild } from "../addin/build-addin";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const AS_OF = "2025-06-30";
const AS_OF_SERIAL = 45838;

/** The page: the runtime stand-in first, then the bundle exactly as built. */
const TEST_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>functions under test</title>
<script>
  window.registered = {};
  class ExcelError {
    constructor(code, message) { this.code = code; this.message = message; }
  }
  window.CustomFunctions = {
    associate(id, fn) { window.registered[id] = fn; },
    Error: ExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  /** Calls a registered function as Excel would and reports a value or an Excel error. */
  window.callFunction = (id, args) => {
    const fn = window.registered[id];
    if (!fn) return { missing: id };
    try {
      return { value: fn(...args) };
    } catch (e) {
      return { error: { code: e.code, message: e.message, excelError: e instanceof ExcelError } };
    }
  };
  /** The same for the functions that answer with a promise (PARTY, PARTIES). */
  window.callAsync = async (id, args) => {
    const fn = window.registered[id];
    if (!fn) return { missing: id };
    try {
      return { value: await fn(...args) };
    } catch (e) {
      return { error: { code: e.code, message: e.message, excelError: e instanceof ExcelError } };
    }
  };
</script>
<script src="functions.js"></script>
</head><body>functions under test</body></html>`;

const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".json": "application/json",
  ".html": "text/html",
};

type Outcome = {
  value?: unknown;
  error?: { code: string; message: string; excelError: boolean };
  missing?: string;
};

let build: AddinBuild;
let server: Server;
let browser: Browser;
let page: Page;
let baseUrl: string;
const pageErrors: string[] = [];
/** Every path the page fetched, in order. */
const requested: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium`);
  build = await buildAddin("https://localhost:3000");
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    requested.push(path);
    if (path === "/" || path === "/test.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(TEST_PAGE);
      return;
    }
    const file = normalize(join(build.dir, decodeURIComponent(path)));
    if (!file.startsWith(build.dir + sep) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, {
      "content-type": `${TYPES[extname(file)] ?? "application/octet-stream"}; charset=utf-8`,
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${baseUrl}/test.html`);
  await page.waitForFunction(
    () => Object.keys((window as unknown as { registered: object }).registered).length > 0,
  );
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** Calls a function as Excel would, awaiting it when it answers with a promise (PARTY, PARTIES, SCREEN). */
function call(id: string, ...args: unknown[]): Promise<Outcome> {
  return page.evaluate(
    ([fid, fargs]) =>
      (window as unknown as { callAsync: (i: string, a: unknown[]) => Promise<Outcome> }).callAsync(
        fid,
        fargs,
      ),
    [id, args] as [string, unknown[]],
  );
}

test("every function in functions.json is registered by the bundle, and nothing else", async () => {
  const metadata = JSON.parse(readFileSync(join(build.dir, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  };
  const registered = await page.evaluate(() =>
    Object.keys((window as unknown as { registered: object }).registered),
  );
  expect([...registered].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  expect(registered).toHaveLength(15);
  expect(pageErrors).toEqual([]);
});

function callAsync(id: string, ...args: unknown[]): Promise<Outcome> {
  return page.evaluate(
    ([fid, fargs]) =>
      (window as unknown as { callAsync: (i: string, a: unknown[]) => Promise<Outcome> }).callAsync(
        fid,
        fargs,
      ),
    [id, args] as [string, unknown[]],
  );
}

/** The lazily loaded chunk that holds the bundled list: the only .js file besides functions.js. */
const listChunkRequests = (): string[] =>
  requested.filter((p) => p.endsWith(".js") && p !== "/functions.js");

test("PARTY fetches the bundled list on its first call only, and answers", async () => {
  expect(listChunkRequests()).toEqual([]);
  const timed = await page.evaluate(async () => {
    const w = window as unknown as {
      callAsync: (i: string, a: unknown[]) => Promise<Outcome>;
    };
    const t0 = performance.now();
    const first = await w.callAsync("PARTY", ["Huawei Technologies Co., Ltd.", null, null, null]);
    const t1 = performance.now();
    const second = await w.callAsync("PARTY", ["Inspur Group", "China", null, null]);
    const t2 = performance.now();
    return { first, second, firstMs: t1 - t0, secondMs: t2 - t1 };
  });
  console.log(
    `Chromium: first CHIP.PARTY call ${timed.firstMs.toFixed(0)} ms (fetching and indexing the bundled list), the next ${timed.secondMs.toFixed(1)} ms.`,
  );
  expect(timed.first.value).toEqual(
    expect.stringMatching(
      /^HIT 1\.00: "Huawei Technologies Co\., Ltd\. \(Huawei\)".* — Entity List \(744\.11, footnote 1\/2\).* — demo list dated 2026-07-31, \d+ days old/,
    ),
  );
  expect(timed.second.value).toEqual(
    expect.stringMatching(/^HIT 1\.00: .*Entity List \(744\.11, footnote 4\)/),
  );
  expect(listChunkRequests()).toHaveLength(1);
  expect(pageErrors).toEqual([]);
}, 120_000);

test.each<[string, unknown[], unknown]>([
  [
    "PARTY",
    ["Brightwater Valley Widget Makers", "DE", null, "2026-08-30"],
    "none (demo list dated 2026-07-31, 30 days old)",
  ],
  [
    "PARTIES",
    [
      [["Customer", "End user", "Destination"]],
      [
        ["Brightwater Valley Widget Makers", "", "Germany"],
        ["", null, ""],
      ],
      "2026-08-30",
    ],
    [["none (demo list dated 2026-07-31, 30 days old)"], [""]],
  ],
])("%s answers %p", async (id, args, expected) => {
  expect(await callAsync(id, ...args)).toEqual({ value: expected });
});

test("PARTY with an empty name is #VALUE! naming it", async () => {
  expect((await callAsync("PARTY", "", null, null, null)).error).toEqual({
    code: "#VALUE!",
    message: "name is empty; it is required.",
    excelError: true,
  });
});

test.each<[string, unknown[], unknown]>([
  ["TPP", [989, 16], 15824],
  ["PD", [4800, 600], 8],
  ["CLASSIFY", [989, 16, 814, true, AS_OF_SERIAL], "3A090.a"],
  ["CLASSIFY", [50, 8, null, null, AS_OF], "not-3A090"],
  ["CLASSIFYITEM", ["H100 SXM5", null], "3A090.a"],
  ["COUNTRYGROUPS", ["中国", AS_OF_SERIAL], "D:1 D:3 D:4 D:5"],
  ["REQUIRESLICENSE", ["3A090.a", "China", null, null, null, AS_OF], true],
  ["REQUIRESLICENSE", ["3A090.a", "France", null, null, null, AS_OF], false],
  [
    "LICENSEBASIS",
    ["3A090.a", "France", null, null, null, AS_OF],
    "none: no licence requirement applies to these inputs",
  ],
  ["GP10", ["H100", "NVIDIA", null, AS_OF], "none"],
])("%s%p answers %p", async (id, args, expected) => {
  expect(await call(id, ...args)).toEqual({ value: expected });
});

test.each<[string, unknown[], RegExp]>([
  ["DC_POWER_CHECK", [12, null, null, null], /^ENHANCED REVIEW: .*\(DD7\)$/],
  ["DC_POWER_CHECK", [1.5, 2000, "H100", null], /^SHORTFALL: .*\(RF10\)$/],
  ["GP10", ["Ascend 910B", "Huawei", null, AS_OF], /^GP10 RISK: /],
  ["AITRAINING", ["United States", null, "ai_training", null, AS_OF], /^CLEAR: /],
  ["EXPLAIN", ["rf05"], /^RF05 — /],
  ["LICENSEBASIS", ["H100", "Malaysia", "China", null, null, AS_OF], /^LIC-HQ: /],
])("%s%p answers text matching %p", async (id, args, pattern) => {
  const outcome = await call(id, ...args);
  expect(outcome.value).toEqual(expect.stringMatching(pattern));
});

test.each<[string, unknown[], string, RegExp]>([
  ["TPP", ["", 16], "#VALUE!", /^tops is empty; it is required\.$/],
  ["PD", [4800, 0], "#VALUE!", /^dieAreaMm2 must be greater than 0; got 0\.$/],
  [
    "COUNTRYGROUPS",
    ["Narnia", null],
    "#VALUE!",
    /^country: "Narnia" is not a country Chipscreen knows\.$/,
  ],
  [
    "REQUIRESLICENSE",
    ["3A090.a", "China", null, null, null, "2020-01-01"],
    "#N/A",
    /^Cannot determine whether a licence/,
  ],
  ["CLASSIFYITEM", ["Quantum Widget 9", null], "#N/A", /is not in Chipscreen's chip catalog/],
  ["SCREEN", [[["Foo"]], [[1]], null], "#VALUE!", /^headers: none of the column names/],
  ["EXPLAIN", ["RF99"], "#VALUE!", /^id: "RF99" is not a Chipscreen finding id/],
])("%s%p fails as Excel expects: %s", async (id, args, code, pattern) => {
  const outcome = await call(id, ...args);
  expect(outcome.error).toEqual({
    code,
    message: expect.stringMatching(pattern),
    excelError: true,
  });
});

/** A realistic 10,000-row deals table, with empty cells as Excel sends them ("" and null). */
function dealsTable(count: number): { headers: string[][]; rows: unknown[][] } {
  const headers = [
    [
      "customer_name",
      "destination_country",
      "hq_country",
      "item",
      "quantity",
      "customer_address_type",
      "hq_disclosed",
      "end_use",
      "dc_power_mw",
      "transaction_date",
    ],
  ];
  const countries = [
    "Malaysia",
    "China",
    "Germany",
    "Singapore",
    "United Arab Emirates",
    "India",
    "France",
    "Vietnam",
  ];
  const items = ["H100 SXM5", "H20", "A100", "L40S", "Ascend 910B", "HGX H100"];
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    rows.push([
      `Customer ${i}`,
      countries[i % countries.length],
      i % 7 === 0 ? "China" : i % 5 === 0 ? "" : null,
      items[i % items.length],
      i % 11 === 0 ? "" : (i % 50) + 1,
      i % 13 === 0 ? "residential" : "commercial",
      i % 17 === 0 ? "refused" : "yes",
      i % 3 === 0 ? "ai_training" : "",
      i % 9 === 0 ? 12 : null,
      45838 - (i % 400),
    ]);
  }
  return { headers, rows };
}

test("REDFLAGS and SCREEN answer a 10,000-row range in one call each", async () => {
  const { headers, rows } = dealsTable(10_000);
  const timed = await page.evaluate(
    async ([h, r, asOf]) => {
      const w = window as unknown as {
        callFunction: (i: string, a: unknown[]) => Outcome;
        callAsync: (i: string, a: unknown[]) => Promise<Outcome>;
      };
      const t0 = performance.now();
      const flags = w.callFunction("REDFLAGS", [h, r, asOf]);
      const t1 = performance.now();
      const screened = await w.callAsync("SCREEN", [h, r, asOf]);
      const t2 = performance.now();
      const flagCells = (flags.value as string[][] | undefined) ?? [];
      const screenCells = (screened.value as unknown[][] | undefined) ?? [];
      return {
        redflagsMs: t1 - t0,
        screenMs: t2 - t1,
        flagRows: flagCells.length,
        screenRows: screenCells.length,
        screenWidths: [...new Set(screenCells.map((row) => row.length))],
        statuses: [...new Set(screenCells.map((row) => row[0]))].sort(),
        licences: [...new Set(screenCells.map((row) => row[1]))].map(String).sort(),
        firstFlag: flagCells[0]?.[0],
        errors: [flags.error, screened.error].filter(Boolean),
      };
    },
    [headers, rows, "row"] as [string[][], unknown[][], string],
  );
  console.log(
    `Chromium, 10,000 rows × ${headers[0]?.length ?? 0} columns: CHIP.REDFLAGS ${timed.redflagsMs.toFixed(0)} ms, CHIP.SCREEN ${timed.screenMs.toFixed(0)} ms (one call each).`,
  );
  expect(timed.errors).toEqual([]);
  expect(timed.flagRows).toBe(10_000);
  expect(timed.screenRows).toBe(10_000);
  expect(timed.screenWidths).toEqual([5]);
  for (const status of timed.statuses) expect(["hit", "needs_review", "clear"]).toContain(status);
  for (const licence of timed.licences) expect(["true", "false", "?"]).toContain(licence);
  // China-bound H100s need a licence; rows with a blank HQ cell cannot be decided ("?").
  expect(timed.licences).toEqual(expect.arrayContaining(["true", "?"]));
  expect(timed.firstFlag).toEqual(expect.any(String));
  expect(pageErrors).toEqual([]);
}, 120_000);

test("PARTIES answers a 10,000-row range in one call", async () => {
  const { headers, rows } = dealsTable(10_000);
  const timed = await page.evaluate(
    async ([h, r]) => {
      const w = window as unknown as {
        callAsync: (i: string, a: unknown[]) => Promise<Outcome>;
      };
      const t0 = performance.now();
      const out = await w.callAsync("PARTIES", [h, r, "row"]);
      const cells = (out.value as string[][] | undefined) ?? [];
      return {
        ms: performance.now() - t0,
        rows: cells.length,
        none: cells.filter((c) => c[0]?.startsWith("none")).length,
        error: out.error,
      };
    },
    [headers, rows] as [string[][], unknown[][]],
  );
  console.log(
    `Chromium, 10,000 rows with 10,000 distinct customer names: CHIP.PARTIES ${timed.ms.toFixed(0)} ms (one call, list already loaded; ${timed.none} rows "none").`,
  );
  expect(timed.error).toBeUndefined();
  expect(timed.rows).toBe(10_000);
  expect(pageErrors).toEqual([]);
}, 300_000);
