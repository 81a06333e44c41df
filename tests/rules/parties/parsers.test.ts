import fc from "fast-check";
import {
  CSL_CSV_COLUMNS,
  parseCompactList,
  parseCslCsv,
  parseCslJson,
  parseOfacSdn,
  screeningListFromCompact,
} from "../../../src/rules/checks/parties";
import { readFixture } from "./helpers";

describe("parseCslCsv", () => {
  const parsed = parseCslCsv(readFixture("csl-sample-13.csv"));

  it("reads all 13 real rows without problems", () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toHaveLength(13);
    expect(new Set(parsed.entries.map((e) => e.source))).toEqual(
      new Set(["ISN", "UVL", "MEU", "PLC", "SDN", "DTC", "DPL", "SSI", "FSE", "EL"]),
    );
  });

  it("splits aliases, addresses and countries", () => {
    const el = parsed.entries.find((e) => e.source === "EL");
    expect(el?.aliases).toContain("Hebei Semiconductor Research Institute");
    expect(el?.aliases.some((a) => /^and\b/i.test(a))).toBe(false);
    expect(el?.footnotes).toEqual([3]);
    const sdn = parsed.entries.find((e) => e.source === "SDN");
    expect(sdn?.type).toBe("individual");
    expect(sdn?.programs).toEqual(["NPWMD"]);
    expect(sdn?.countries.sort()).toEqual(["CN", "KP"]);
    const dpl = parsed.entries.find((e) => e.source === "DPL");
    expect(dpl?.addresses?.[0]).toMatchObject({ country: "US" });
    expect(dpl?.addresses?.[0]?.street).toContain("605 TRAIL LAKE DRIVE");
  });

  it("reports a file without the CSL columns instead of throwing", () => {
    const r = parseCslCsv("a,b,c\n1,2,3\n");
    expect(r.entries).toEqual([]);
    expect(r.problems[0]?.code).toBe("missing_column");
  });

  it("reports a row cut off mid-file", () => {
    const text = readFixture("csl-sample-13.csv");
    const cut = text.slice(0, text.length - 400);
    const r = parseCslCsv(cut);
    expect(r.entries.length).toBeLessThan(13);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it("reads the same entries whatever the row order", () => {
    const [header, ...rows] = readFixture("csl-sample-13.csv").trim().split("\n");
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
        (shuffled) => {
          const r = parseCslCsv([header, ...shuffled].join("\n"));
          expect(r.entries.map((e) => e.id).sort()).toEqual(parsed.entries.map((e) => e.id).sort());
        },
      ),
      { numRuns: 30 },
    );
  });

  it("never throws on arbitrary text, with or without the real header", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (s, withHeader) => {
        const text = withHeader ? `${CSL_CSV_COLUMNS.join(",")}\n${s}` : s;
        const r = parseCslCsv(text);
        expect(Array.isArray(r.entries)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseCslJson", () => {
  const parsed = parseCslJson(JSON.parse(readFixture("csl-sample.json")));

  it("reads structured records and reports the unknown source", () => {
    expect(parsed.entries.map((e) => e.source)).toEqual(["EL", "DPL", "SDN"]);
    expect(parsed.problems).toEqual([expect.objectContaining({ code: "unknown_source" })]);
    expect(parsed.sourcesUsed[0]).toEqual({
      source: "Entity List (EL) - Bureau of Industry and Security",
      lastUpdated: "2026-07-30",
    });
  });

  it("keeps footnotes, addresses and nationality countries", () => {
    const [el, , sdn] = parsed.entries;
    expect(el?.footnotes).toEqual([1, 2]);
    expect(el?.addresses?.[0]).toMatchObject({ city: "Shenzhen", country: "CN" });
    expect(sdn?.id).toBe("52291");
    expect(sdn?.countries.sort()).toEqual(["CN", "KP"]);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(() => parseCslJson(v)).not.toThrow();
        expect(() => parseCslJson({ results: [v] })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseCompactList", () => {
  const compact = {
    sourceGeneratedAt: "2026-07-31T13:15:00Z",
    tables: {
      sources: ["Entity List (EL) - Bureau of Industry and Security", "SDN"],
      licenceRequirements: [
        "For all items subject to the EAR. (See §§ 734.9(e)(2) and 744.11 of the EAR)4",
      ],
      programmes: ["SDGT; IRGC"],
      frNotices: ["87 FR 1234"],
    },
    entries: [
      { n: "Example Supercomputer Center", a: ["ESC"], s: 0, c: ["CN"], lr: 0, fr: 0 },
      { n: "EXAMPLE SHIPPING LLC", s: 1, t: "E", e: "123", pg: 0 },
      { n: "Bad source", s: 9 },
      "not an entry",
    ],
  };

  it("expands tables and reports unreadable entries", () => {
    const r = parseCompactList(compact);
    expect(r.listDate).toBe("2026-07-31");
    expect(r.entries).toHaveLength(2);
    expect(r.entries[0]).toMatchObject({ source: "EL", footnotes: [4], frNotice: "87 FR 1234" });
    expect(r.entries[1]).toMatchObject({
      source: "SDN",
      type: "entity",
      programs: ["SDGT", "IRGC"],
      id: "SDN-123",
    });
    expect(r.problems.map((p) => p.code).sort()).toEqual(["missing_value", "unknown_source"]);
  });

  it("refuses a file with no date", () => {
    const { list, problems } = screeningListFromCompact({
      ...compact,
      sourceGeneratedAt: undefined,
    });
    expect(list).toBeNull();
    expect(problems.some((p) => p.code === "unreadable_date")).toBe(true);
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(() => parseCompactList(v)).not.toThrow();
        expect(() => parseCompactList({ ...compact, entries: [v] })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseOfacSdn", () => {
  const r = parseOfacSdn({
    sdn: readFixture("ofac-sdn-sample/sdn.csv"),
    alt: readFixture("ofac-sdn-sample/alt.csv"),
    add: readFixture("ofac-sdn-sample/add.csv"),
  });

  it("reads entries, joins aliases and addresses, and strips -0- and 0x1A", () => {
    expect(r.entries.map((e) => e.name)).toEqual([
      "AEROCARIBBEAN AIRLINES",
      "NASRALLAH, Hasan",
      "BANK MASKAN",
    ]);
    const nasrallah = r.entries[1];
    expect(nasrallah).toMatchObject({
      type: "individual",
      programs: ["SDGT", "SYRIA"],
      aliases: ["NASRALLAH, Hassan"],
    });
    expect(r.entries[0]?.type).toBe("entity");
    expect(r.entries[2]?.addresses?.[0]?.street).toBe("No. 247, 3rd Floor, Ferdowsi Avenue");
    expect(JSON.stringify(r.entries)).not.toContain("-0-");
  });

  it("reports orphan aliases and addresses", () => {
    expect(r.problems).toEqual([expect.objectContaining({ code: "missing_value" })]);
    expect(r.problems[0]?.message).toMatch(/1 alias.*1 address/);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 100 }), (a, b) => {
        expect(() => parseOfacSdn({ sdn: a, alt: b, add: b })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
