/**
 * CHIP.PARTY and CHIP.PARTIES called directly, with arguments shaped as Excel sends them, against
 * the real bundled demo list (src/rules/packs/lists/csl-demo-2026-07-31.json). Under Jest the
 * snapshot is read from disk instead of by the dynamic import webpack turns into a lazily fetched
 * chunk (Jest's CommonJS runtime cannot run that import); the chunk itself is exercised by the
 * browser test. Expected lists and footnotes come from the Entity List entries themselves
 * (Huawei: 84 FR 22963 with footnotes 1 and 2; Inspur Group: 88 FR 14292, footnote 4).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parties, party } from "../../src/functions/functions";
import {
  currentList,
  listInfo,
  resetList,
  setBundledListSource,
  setList,
} from "../../src/lists/list-store";
import { loadScreeningList } from "../../src/rules";

const BUNDLED = join(__dirname, "../../src/rules/packs/lists/csl-demo-2026-07-31.json");
const AS_OF = "2026-09-15";
/** 2026-09-15 as Excel stores it. */
const AS_OF_SERIAL = 46280;
const DEMO_TAIL = "demo list dated 2026-07-31, 46 days old: load a current list";

let reads = 0;
const fromDisk = async (): Promise<unknown> => {
  reads++;
  return JSON.parse(readFileSync(BUNDLED, "utf8")) as unknown;
};

beforeAll(() => setBundledListSource(fromDisk));
afterAll(() => setBundledListSource(undefined));

async function errorOf(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error: unknown) {
    const e = error as { code?: string; message?: string };
    return { code: e.code ?? "(no code)", message: e.message ?? "" };
  }
  throw new Error("expected an Excel error, got a value");
}

describe("the list store", () => {
  test("loads the bundled snapshot once, however many calls wait for it", async () => {
    resetList();
    reads = 0;
    const [a, b] = await Promise.all([currentList(), currentList()]);
    expect(a).toBe(b);
    expect(await currentList()).toBe(a);
    expect(reads).toBe(1);
  }, 60_000);

  test("listInfo gives the date, age, origin, counts and hash", async () => {
    const info = await listInfo(AS_OF);
    expect(info).toMatchObject({
      listDate: "2026-07-31",
      ageDays: 46,
      bundled: true,
      fileName: "csl-demo-2026-07-31.json",
    });
    expect(info.counts.total).toBe(25921);
    expect(info.counts.bySource).toMatchObject({ EL: 3420, SDN: 19181, DPL: 1596, MEU: 70 });
    expect(info.hash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("CHIP.PARTY", () => {
  test('"Huawei Technologies Co., Ltd." hits the Entity List, with footnotes and the list date', async () => {
    const text = await party("Huawei Technologies Co., Ltd.", null, null, AS_OF);
    expect(text).toMatch(
      /^HIT 1\.00: "Huawei Technologies Co\., Ltd\. \(Huawei\)", alias "Huawei Technologies Co\., Ltd\." — Entity List \(744\.11, footnote 1\/2\), entry EL-[0-9a-f]+; \d+ more possible matches — /,
    );
    expect(text.endsWith(` — ${DEMO_TAIL}`)).toBe(true);
  });

  test('"Inspur Group" hits the Entity List (footnote 4), not just the CMIC list', async () => {
    expect(await party("Inspur Group", "China", null, AS_OF_SERIAL)).toMatch(
      /^HIT 1\.00: "Inspur Group Co\., Ltd\.", alias "Inspur Group" — Entity List \(744\.11, footnote 4\)/,
    );
  });

  test("a made-up name gives none, with the list's date", async () => {
    expect(await party("Brightwater Valley Widget Makers", "DE", null, AS_OF)).toBe(
      `none (${DEMO_TAIL})`,
    );
  });

  test("a near spelling is a hit; an SDN match carries OFAC blocking", async () => {
    expect(await party("Rosoboronexport", null, null, AS_OF)).toMatch(
      /^HIT 0\.9\d: .*(Entity List|SDN List)/,
    );
    expect(await party("ROSOBORONEKSPORT OAO", null, null, AS_OF)).toMatch(
      /^HIT 1\.00: "ROSOBORONEKSPORT OAO" — SDN List \(OFAC blocking\)/,
    );
  });

  test("an address is reported as not compared: the demo list has no street addresses", async () => {
    expect(await party("Brightwater Valley Widget Makers", null, "1 Main St", AS_OF)).toBe(
      `none; address not compared: this list carries no street addresses (${DEMO_TAIL})`,
    );
  });

  test("bad input is #VALUE! naming the value", async () => {
    expect(await errorOf(() => party("", null, null, null))).toEqual({
      code: "#VALUE!",
      message: "name is empty; it is required.",
    });
    expect(await errorOf(() => party(null, null, null, null))).toEqual({
      code: "#VALUE!",
      message: "name is empty; it is required.",
    });
    expect(await errorOf(() => party("Huawei", "Narnia", null, null))).toEqual({
      code: "#VALUE!",
      message: 'country: "Narnia" is not a country Chipscreen knows.',
    });
    expect((await errorOf(() => party("Huawei", null, null, "soon"))).code).toBe("#VALUE!");
  });

  test("a list the user loaded (setList) is used instead, and its addresses are compared", async () => {
    // The four-record fixture, plus one UVL and one MEU record: a list lacking a BIS list is refused.
    const file = JSON.parse(
      readFileSync(join(__dirname, "../fixtures/lists/csl-sample.json"), "utf8"),
    ) as { results: Record<string, unknown>[] };
    file.results.push(
      {
        source: "Unverified List (UVL) - Bureau of Industry and Security",
        name: "Test Unverified Co",
      },
      {
        source: "Military End User (MEU) List - Bureau of Industry and Security",
        name: "Test MEU Co",
      },
    );
    const load = loadScreeningList({ text: JSON.stringify(file), fileName: "consolidated.json" });
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    setList(load.loaded, "consolidated.json");
    try {
      const text = await party(
        "Huawei Technologies",
        "CN",
        "Bantian Huawei Base, Longgang District, Shenzhen",
        "2026-08-10",
      );
      expect(text).toMatch(/^HIT \d\.\d\d: "Huawei Technologies Co\., Ltd\. \(Huawei\)"/);
      expect(text).toMatch(/; address RF07 (HIT|REVIEW): The customer address/);
      expect(text.endsWith(" — list dated 2026-07-30, 11 days old")).toBe(true);
      expect(await listInfo("2026-08-10")).toMatchObject({ bundled: false, ageDays: 11 });
    } finally {
      resetList();
    }
  }, 60_000);

  test("the list failing to load is #N/A with the reason", async () => {
    setBundledListSource(() => Promise.reject(new Error("chunk csl-demo-list failed")));
    try {
      const error = await errorOf(() => party("Inspur Group", null, null, AS_OF));
      expect(error.code).toBe("#N/A");
      expect(error.message).toMatch(/could not be fetched \(chunk csl-demo-list failed\)/);
    } finally {
      setBundledListSource(fromDisk);
    }
  });
});

describe("CHIP.PARTIES", () => {
  const headers = [["Customer", "Consignee", "End user", "Destination", "Item"]];

  test("one cell per row over a small range with empty cells as Excel sends them", async () => {
    const rows = [
      ["Huawei Technologies Co., Ltd.", "", null, "China", "H100"],
      ["Brightwater Valley Widget Makers", null, "", "Germany", "H20"],
      ["", null, "", null, ""],
      ["Acme Trading GmbH", "Inspur Group", null, "China", "A100"],
      [null, "", "", "France", "H20"],
    ];
    const cells = await parties(headers, rows, AS_OF);
    expect(cells).toHaveLength(5);
    expect(cells.every((row) => row.length === 1)).toBe(true);
    const [huawei, none, blank, inspur, nobody] = cells.map((row) => row[0]);
    expect(huawei).toMatch(
      /^HIT customer 1\.00: "Huawei Technologies Co\., Ltd\. \(Huawei\)".* — Entity List \(744\.11, footnote 1\/2\)/,
    );
    expect(huawei?.endsWith(` — ${DEMO_TAIL}`)).toBe(true);
    expect(none).toBe(`none (${DEMO_TAIL})`);
    expect(blank).toBe("");
    expect(inspur).toMatch(/^HIT consignee 1\.00: "Inspur Group Co\., Ltd\."/);
    expect(inspur).not.toMatch(/customer/);
    expect(nobody).toBe(`no party named (${DEMO_TAIL})`);
  });

  test('asOf "row" takes each row\'s transaction date', async () => {
    const cells = await parties(
      [["customer_name", "transaction_date"]],
      [
        ["Inspur Group", "2026-08-05"],
        ["Inspur Group", null],
      ],
      "row",
    );
    expect(cells[0]?.[0]).toMatch(/ — demo list dated 2026-07-31, 5 days old$/);
    expect(cells[1]?.[0]).toMatch(/ — demo list dated 2026-07-31, \d+ days old/);
  });

  test("bad ranges are #VALUE! naming what was seen", async () => {
    expect(await errorOf(() => parties([["Item", "Quantity"]], [["H100", 2]], null))).toEqual({
      code: "#VALUE!",
      message:
        'headers: no column is a customer, consignee or end-user name (saw "Item", "Quantity"). Pass the table\'s header row, e.g. with a "customer_name" column.',
    });
    expect((await errorOf(() => parties(headers, [["Huawei", ""]], null))).message).toMatch(
      /^rows must be as wide as headers/,
    );
  });
});
