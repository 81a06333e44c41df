/**
 * Clearances in the pane: the name matches a row offers to clear, a clearance that the core honours
 * on re-screening and that lapses when the listed entry changes, and their persistence (Excel:
 * workbook settings on office-addin-mock; workbench: the hidden settings sheet of the downloaded
 * workbook), with the last list's counts (workbook settings; localStorage).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  loadScreeningList,
  mapHeaders,
  partyScreeningChecks,
  partyScreeningPack,
  screenTable,
  type Clearance,
  type LoadedList,
  type ScreenedRow,
} from "../../src/rules";
import { ExcelSource } from "../../src/taskpane/data/excel-source";
import { FileSource } from "../../src/taskpane/data/file-source";
import {
  CLEARANCES_KEY,
  draftClearance,
  isCleared,
  LIST_STATS_KEY,
  mergeClearances,
  nameMatches,
  parseListStats,
  readClearances,
  serializeClearances,
} from "../../src/taskpane/engine/clearances";
import { FakeExcel } from "./fake-excel";

const BUNDLED = join(__dirname, "../../src/rules/packs/lists/csl-demo-2026-07-31.json");
const HEADERS = ["Customer", "Consignee", "Destination", "Item", "Quantity"];
const AS_OF = "2026-11-28";

let loaded: LoadedList;

beforeAll(() => {
  const load = loadScreeningList({
    text: readFileSync(BUNDLED, "utf8"),
    fileName: "csl-demo-2026-07-31.json",
  });
  if (!load.ok) throw new Error("bundled list refused");
  loaded = load.loaded;
});

function screen(
  rows: unknown[][],
  clearances: readonly Clearance[],
  list: LoadedList = loaded,
): ScreenedRow[] {
  return screenTable(rows, mapHeaders(HEADERS), {
    asOf: { date: AS_OF },
    extraChecks: [
      partyScreeningChecks({ loaded: list, partyPack: partyScreeningPack, clearances }),
    ],
  });
}

const TAN_WEI = ["Mr. Tan Wei", "Tan Wei", "Singapore", "H100 SXM5", 8];
const SKYLINE = ["Acme Cloud GmbH", "Xi'an Skyline", "China", "H100 SXM5", 8];

describe("clearing a name match", () => {
  test("the row offers each party's matches once each, with entry id and outcome", () => {
    const [tan, skyline] = screen([TAN_WEI, SKYLINE], []);
    const offered = nameMatches(tan!);
    // Every reported match can be cleared, the lesser "possible matches" too, so clearing the top
    // one does not silently leave another alert standing.
    expect(offered).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          role: "Customer",
          party: "Mr. Tan Wei",
          listed: "Tan Wei",
          list: "Entity List",
          outcome: "hit",
        }),
        expect.objectContaining({ role: "Consignee", party: "Tan Wei", outcome: "hit" }),
      ]),
    );
    expect(new Set(offered.map((m) => `${m.party}|${m.entryId}`)).size).toBe(offered.length);
    expect(offered[0]?.entryId).toMatch(/^EL-[0-9a-f]+$/);
    expect(nameMatches(skyline!)).toEqual([
      expect.objectContaining({
        party: "Xi'an Skyline",
        listed: "DORENA",
        list: "SDN List",
        entryId: "SDN-15906",
        outcome: "needs_review",
      }),
    ]);
  });

  test("a clearance needs a reason and a reviewer, and an entry on the list in use", () => {
    const match = { party: "Xi'an Skyline", entryId: "SDN-15906" };
    expect(draftClearance(loaded, match, " ", "A. Reviewer", AS_OF)).toEqual({
      ok: false,
      message: "Say why this is not the listed party.",
    });
    expect(draftClearance(loaded, match, "Different company", "", AS_OF)).toEqual({
      ok: false,
      message: "Give the reviewer's name.",
    });
    expect(draftClearance(loaded, { ...match, entryId: "EL-0" }, "r", "v", AS_OF)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/has no entry EL-0/),
    });
  });

  test("honoured on re-screening while the entry is unchanged; alerts again when the entry changes", () => {
    const [before] = screen([SKYLINE], []);
    const match = nameMatches(before!)[0]!;
    const draft = draftClearance(
      loaded,
      match,
      "A data-centre builder, not the vessel",
      "A. Reviewer",
      AS_OF,
    );
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    expect(draft.clearance).toMatchObject({
      party: "Xi'an Skyline",
      listEntryId: "SDN-15906",
      entryHash: expect.stringMatching(/^[0-9a-f]{16}$/),
      reviewer: "A. Reviewer",
      date: AS_OF,
    });
    expect(isCleared([draft.clearance], loaded, match)).toEqual(draft.clearance);

    const [after] = screen([SKYLINE], [draft.clearance]);
    expect(after!.findings.find((f) => f.id === "LIC-LISTED")?.outcome).toBe("clear");
    expect(after!.notes.join(" ")).toMatch(
      /"Xi'an Skyline" was cleared against "DORENA" \(SDN\) by A\. Reviewer/,
    );

    // The entry gains an alias: the clearance no longer covers it and the match comes back.
    const demo = JSON.parse(readFileSync(BUNDLED, "utf8")) as {
      entries: { n: string; e?: string; a?: string[] }[];
    };
    const dorena = demo.entries.find((e) => e.n === "DORENA" && e.e === "15906");
    if (!dorena) throw new Error("DORENA not in the demo snapshot");
    dorena.a = [...(dorena.a ?? []), "SKYLINE SHIPPING"];
    const changed = loadScreeningList({
      text: JSON.stringify(demo),
      fileName: "changed.json",
    });
    if (!changed.ok) throw new Error(JSON.stringify(changed.problems));
    expect(isCleared([draft.clearance], changed.loaded, match)).toBeUndefined();
    const [again] = screen([SKYLINE], [draft.clearance], changed.loaded);
    const listed = again!.findings.find((f) => f.id === "LIC-LISTED");
    expect(listed?.outcome).toBe("needs_review");
    expect(listed?.message).toMatch(/a clearance exists but the entry changed/);
  });

  test("merging keeps one clearance per party, entry and entry version; the file format is the command line's", () => {
    const c: Clearance = {
      party: "Xi'an Skyline",
      listEntryId: "SDN-15906",
      entryHash: "0123456789abcdef",
      reason: "first",
      reviewer: "A",
      date: "2026-11-01",
    };
    const merged = mergeClearances(
      [c],
      [
        { ...c, reason: "second" },
        { ...c, listEntryId: "EL-1" },
      ],
    );
    expect(merged.map((m) => [m.listEntryId, m.reason])).toEqual([
      ["SDN-15906", "second"],
      ["EL-1", "first"],
    ]);
    const text = serializeClearances(merged);
    expect(JSON.parse(text)).toEqual({ clearances: merged });
    expect(readClearances(text)).toEqual({ clearances: merged, problems: [] });
    expect(readClearances("{nope").problems).toEqual(["The clearance file is not valid JSON."]);
    expect(readClearances(JSON.stringify({ clearances: [{ party: "x" }] })).problems[0]).toMatch(
      /^Clearance 1: /,
    );
  });
});

const CLEARANCE: Clearance = {
  party: "Xi'an Skyline",
  listEntryId: "SDN-15906",
  entryHash: "0123456789abcdef",
  reason: "A data-centre builder, not the vessel DORENA.",
  reviewer: "A. Reviewer",
  date: AS_OF,
};

describe("persistence in Excel (workbook settings)", () => {
  test("clearances and the last list's counts round-trip through workbook settings", async () => {
    const excel = new FakeExcel("Deals");
    excel.install();
    const source = new ExcelSource();
    expect(await source.loadClearances()).toEqual([]);
    expect(await source.loadListStats()).toBeUndefined();
    await source.saveClearances([CLEARANCE]);
    await source.saveListStats(loaded.stats);
    expect([...excel.settings.keys()].sort()).toEqual([CLEARANCES_KEY, LIST_STATS_KEY]);
    expect(await source.loadClearances()).toEqual([CLEARANCE]);
    expect(await source.loadListStats()).toEqual(loaded.stats);
    excel.settings.set(LIST_STATS_KEY, "{broken");
    expect(await source.loadListStats()).toBeUndefined();
  });
});

describe("persistence in the workbench", () => {
  async function csvSource(): Promise<FileSource> {
    const source = new FileSource();
    const csv = [HEADERS.join(","), SKYLINE.join(",")].join("\n");
    await source.open("deals.csv", new TextEncoder().encode(csv).buffer as ArrayBuffer);
    return source;
  }

  test("clearances go into the hidden settings sheet and come back when the downloaded workbook is opened", async () => {
    const source = await csvSource();
    expect(await source.loadClearances()).toEqual([]);
    // Enough clearances to pass a cell's 32,767 characters: the document continues in the next cells.
    const many = Array.from({ length: 200 }, (_, i) => ({ ...CLEARANCE, party: `Party ${i}` }));
    await source.saveClearances(many);
    await source.saveClearances([CLEARANCE, ...many]);
    const { bytes, name } = await source.download();
    expect(name).toBe("deals.screened.xlsx");
    const reopened = new FileSource();
    await reopened.open(name, bytes);
    expect(await reopened.loadClearances()).toEqual([CLEARANCE, ...many]);
    expect((await reopened.scopes()).map((s) => s.id)).toEqual(["Deals"]);
  });

  test("with no file open there is nowhere to keep clearances yet: nothing is lost or thrown", async () => {
    const source = new FileSource();
    expect(await source.loadClearances()).toEqual([]);
    await expect(source.saveClearances([CLEARANCE])).resolves.toBeUndefined();
  });

  test("the last list's counts live in localStorage; without storage the pane still works", async () => {
    const source = new FileSource();
    const store = new Map<string, string>();
    const g = globalThis as { localStorage?: unknown };
    g.localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    try {
      await source.saveListStats(loaded.stats);
      expect(parseListStats(store.get(LIST_STATS_KEY))).toEqual(loaded.stats);
      expect(await source.loadListStats()).toEqual(loaded.stats);
    } finally {
      delete g.localStorage;
    }
    expect(await source.loadListStats()).toBeUndefined();
    await expect(source.saveListStats(loaded.stats)).resolves.toBeUndefined();
  });
});
