/**
 * The pane's list manager against the real bundled demo snapshot and the runtime's list store
 * (read from disk under Jest): what the panel says, refusals that keep the list in use, the party
 * checks a run gets, and a run through the Excel source writing the list into Summary and Audit.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  currentListEntry,
  resetList,
  setBundledListSource,
  setList,
} from "../../src/lists/list-store";
import { mapHeaders, type CanonicalField } from "../../src/rules";
import { ExcelSource } from "../../src/taskpane/data/excel-source";
import {
  ageLine,
  comparisonStats,
  dayOf,
  describeList,
  inUseFromStore,
  LIST_MAX_AGE_DAYS,
  listSnapshotText,
  loadListFile,
  ownershipNotice,
  partySetup,
  type ListInUse,
} from "../../src/taskpane/engine/list-manager";
import { runScreening } from "../../src/taskpane/engine/run-screening";
import { FakeExcel } from "./fake-excel";

const BUNDLED = join(__dirname, "../../src/rules/packs/lists/csl-demo-2026-07-31.json");
const SAMPLE_13 = join(__dirname, "../fixtures/lists/csl-sample-13.csv");
const SAMPLE_JSON = join(__dirname, "../fixtures/lists/csl-sample.json");

let bundled: ListInUse;

beforeAll(async () => {
  setBundledListSource(async () => JSON.parse(readFileSync(BUNDLED, "utf8")) as unknown);
  bundled = inUseFromStore(await currentListEntry());
});
afterAll(() => setBundledListSource(undefined));

describe("the list panel", () => {
  test("the store's bundled snapshot: date, age, loud when older than the limit, counts, hash, ownership notice", () => {
    expect(bundled.origin).toBe("bundled");
    const view = describeList(bundled, "2026-11-28");
    expect(view).toMatchObject({
      origin: "bundled",
      listDate: "2026-07-31",
      ageDays: 120,
      stale: true,
      total: 25921,
      hash: "02fdc3f95115ffba",
      dateNote: undefined,
    });
    expect(view.sources[0]).toEqual({ code: "SDN", name: "SDN List", count: 19181 });
    expect(view.sources.find((s) => s.code === "EL")).toEqual({
      code: "EL",
      name: "Entity List",
      count: 3420,
    });
    expect(view.ownership).toMatch(/suspension ended on 2026-11-09/);
    expect(describeList(bundled, "2026-08-15")).toMatchObject({ ageDays: 15, stale: false });
    expect(LIST_MAX_AGE_DAYS).toBe(30);
    expect(ageLine("2026-07-31", "2026-11-28")).toMatch(
      /^LIST DATED 2026-07-31: 120 DAYS OLD — screen against a current/,
    );
    expect(ageLine("2026-07-31", "2026-08-10")).toBe("LIST DATED 2026-07-31: 10 DAYS OLD.");
  });

  test("the ownership notice follows the Affiliates rule's dates in the party pack", () => {
    expect(ownershipNotice("2025-01-01")).toMatch(/not detected by name screening/);
    expect(ownershipNotice("2025-10-01")).toMatch(/is in force/);
    expect(ownershipNotice("2026-12-01")).toMatch(/suspension ended on 2026-11-09/);
  });

  test("a truncated file is refused against the list in use, in plain words, and the store keeps its list", async () => {
    const result = loadListFile(
      { name: "csl-sample-13.csv", text: readFileSync(SAMPLE_13, "utf8"), listDate: "2026-11-27" },
      comparisonStats(undefined, bundled),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.title).toBe("csl-sample-13.csv was refused; the list in use is unchanged");
    expect(result.problems).toContain(
      "EL fell from 3420 to 1 entries (100 %), more than the 20 % tolerated; the file may be truncated.",
    );
    expect(result.problems).toContain("The list has no CAP entries (the previous list had 1).");
    expect((await currentListEntry()).bundled).toBe(true);
  });

  test("the last accepted list's counts, when remembered, are what a new file is checked against", () => {
    const text = readFileSync(SAMPLE_13, "utf8");
    const first = loadListFile({ name: "consolidated.csv", text, listDate: "2026-11-27" }, null);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const remembered = first.inUse.loaded.stats;
    expect(comparisonStats(remembered, bundled)).toBe(remembered);
    // The same 13 rows again pass against themselves, not against the bundled snapshot.
    expect(
      loadListFile(
        { name: "consolidated.csv", text, listDate: "2026-11-28" },
        comparisonStats(remembered, bundled),
      ).ok,
    ).toBe(true);
  });

  test("an accepted CSV takes the date given (the file's modification day) and says so; setList makes it the store's list", async () => {
    const result = loadListFile(
      { name: "consolidated.csv", text: readFileSync(SAMPLE_13, "utf8"), listDate: "2026-11-27" },
      null,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inUse).toMatchObject({
      origin: "file",
      fileName: "consolidated.csv",
      dateGiven: true,
    });
    expect(result.notes[0]).toMatch(/^13 entries, list dated 2026-11-27, hash [0-9a-f]{16}\.$/);
    const view = describeList(result.inUse, "2026-11-28");
    expect(view).toMatchObject({ ageDays: 1, stale: false, total: 13 });
    expect(view.dateNote).toMatch(/carries no date: 2026-11-27/);
    setList(result.inUse.loaded, "consolidated.csv");
    try {
      const entry = await currentListEntry();
      expect(inUseFromStore(entry)).toMatchObject({ origin: "file", fileName: "consolidated.csv" });
      expect(entry.loaded.stats.hash).toBe(result.inUse.loaded.stats.hash);
    } finally {
      resetList();
    }
  });

  test("a JSON file dates itself; a missing source refuses it; other file types are not read", () => {
    const json = loadListFile(
      {
        name: "consolidated.json",
        text: readFileSync(SAMPLE_JSON, "utf8"),
        listDate: "2026-11-27",
      },
      null,
    );
    expect(json.ok).toBe(false);
    if (!json.ok) expect(json.problems).toContain("The list has no MEU entries.");
    const xlsx = loadListFile({ name: "list.xlsx", text: "", listDate: "2026-11-27" }, null);
    expect(xlsx).toMatchObject({ ok: false, title: "list.xlsx was not loaded" });
    expect(dayOf(Date.UTC(2026, 10, 27, 23, 59))).toBe("2026-11-27");
  });
});

describe("the run with the list in use", () => {
  const HEADERS = ["Customer", "Destination", "Item", "Quantity", "Transaction date"];
  const ROWS = [
    ["Inspur Group", "China", "H100 SXM5", 8, "2026-11-01"],
    ["Acme Cloud GmbH", "Germany", "H100 SXM5", 8, "2026-11-02"],
  ];

  test("no name column: no party checks, no list in the Audit row", () => {
    const present = new Set<CanonicalField>(["destination_country"]);
    expect(partySetup(bundled, present, [], "2026-11-28")).toEqual({
      extraChecks: [],
      notes: [],
      listSnapshot: "",
    });
  });

  test("names are screened against the store's list; Summary notes and the Audit row carry its date and hash", async () => {
    const excel = new FakeExcel("Deals");
    excel.sheet("Deals").put(0, 0, [HEADERS, ...ROWS]);
    excel.install();
    const source = new ExcelSource();
    const table = await source.readTable("sheet", () => undefined, new AbortController().signal);
    const mapping = mapHeaders(table.headers);
    const present = new Set(mapping.fields.filter((f): f is CanonicalField => f !== null));
    const parties = partySetup(bundled, present, [], "2026-11-28");
    expect(parties.extraChecks).toHaveLength(1);
    expect(parties.listSnapshot).toBe(listSnapshotText(bundled));
    expect(parties.listSnapshot).toBe(
      "2026-07-31 (bundled demo snapshot, 25921 entries, hash 02fdc3f95115ffba)",
    );
    const placement = await source.placeResults(table.location, "right", []);
    const outcome = await runScreening({
      source,
      table,
      mapping,
      asOf: { date: "2026-11-28" },
      placement,
      note: "",
      now: new Date("2026-11-28T09:00:00Z"),
      signal: new AbortController().signal,
      onProgress: () => undefined,
      parties,
    });
    const [inspur, acme] = outcome.results;
    const listed = (r: typeof inspur) => r?.findings.find((f) => f.id === "LIC-LISTED");
    expect(listed(inspur)).toMatchObject({ outcome: "hit" });
    expect(listed(inspur)?.message).toMatch(/"Inspur Group" matches .* on the Entity List/);
    expect(listed(acme)).toMatchObject({ outcome: "clear" });
    expect(outcome.listNotes[0]).toMatch(/^LIST DATED 2026-07-31: 120 DAYS OLD/);
    expect(outcome.coverage.some((g) => g.id === "LIC-LISTED")).toBe(false);

    const summary = excel.sheet("Summary");
    const notes: string[] = [];
    for (let r = 0; r < 40; r++)
      if (summary.get(r, 0) === "Note") notes.push(String(summary.get(r, 1)));
    expect(notes.join("\n")).toMatch(/bundled DEMO snapshot, list dated 2026-07-31/);
    expect(excel.sheet("Audit").get(1, 11)).toBe(parties.listSnapshot);
  });
});
