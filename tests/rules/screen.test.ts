import fc from "fast-check";
import {
  CANONICAL_FIELDS,
  coverageGaps,
  mapHeaders,
  RowResultSchema,
  screenRow,
  screenTable,
  summarizeResults,
  type RawRow,
} from "../../src/rules";

const h100ToChina: RawRow = {
  item: "H100",
  destination_country: "CN",
  hq_country: "CN",
  parent_country: "CN",
  end_use: "hpc",
  listed_party: "none",
};

describe("row status (row-model.md, Results)", () => {
  test("a required licence with nothing on file is a hit", () => {
    const r = screenRow(h100ToChina, { asOf: "2025-06-01" });
    expect(r.status).toBe("hit");
    expect(r.license).toEqual({
      required: true,
      bases: ["LIC-DEST", "LIC-HQ"],
      authorization: null,
    });
  });

  test("a required licence with an authorization on file is not by itself a hit, and says what it must cover", () => {
    // A Japanese-owned buyer, so no other finding (e.g. DD2 ownership in D:5) fires.
    const r = screenRow(
      { ...h100ToChina, hq_country: "JP", parent_country: "JP", license_on_file: "D123456" },
      { asOf: "2025-06-01" },
    );
    expect(r.status).toBe("clear");
    expect(r.license).toEqual({ required: true, bases: ["LIC-DEST"], authorization: "D123456" });
    expect(r.notes.join(" ")).toContain("must cover LIC-DEST");
  });

  test("an undeterminable licence is needs_review, never clear", () => {
    const r = screenRow(
      {
        item: "Mystery chip",
        destination_country: "CN",
        end_use: "hpc",
        listed_party: "none",
        hq_country: "JP",
        parent_country: "JP",
      },
      { asOf: "2025-06-01" },
    );
    expect(r.license.required).toBeNull();
    expect(r.status).toBe("needs_review");
    expect(r.issues.map((i) => i.code)).toContain("unknown_item");
  });

  test("a user ECCN that disagrees with the figures is flagged and licensing follows the user's", () => {
    const r = screenRow(
      { item: "H20", eccn: "3A090.a", destination_country: "CN" },
      { asOf: "2025-06-01" },
    );
    expect(r.issues.map((i) => i.code)).toContain("eccn_mismatch");
    expect(r.license.bases).toContain("LIC-DEST");
    expect(r.status).toBe("hit");
  });

  test("a fully documented unlicensed deal is clear", () => {
    const r = screenRow(
      {
        item: "H100",
        destination_country: "JP",
        hq_country: "JP",
        parent_country: "JP",
        end_use: "hpc",
        listed_party: "none",
      },
      { asOf: "2025-06-01" },
    );
    expect(r.license.required).toBe(false);
    expect(
      r.findings.filter((f) => f.id.startsWith("LIC-")).every((f) => f.outcome === "clear"),
    ).toBe(true);
  });

  test("each row's transaction_date is its as-of date when asked", () => {
    const rule = { fromRow: true as const, fallback: "2026-11-28" };
    expect(screenRow({ ...h100ToChina, transaction_date: "2023-06-01" }, { asOf: rule }).asOf).toBe(
      "2023-06-01",
    );
    expect(screenRow(h100ToChina, { asOf: rule }).asOf).toBe("2026-11-28");
  });
});

describe("screenTable", () => {
  const headers = ["Deal", "Ship-to Country", "Product", "Ship Date"];
  const rows = [
    ["A-1", "China", "H100", "2024-06-01"],
    ["A-2", "Japan", "H100", "2024-06-01"],
    ["A-3", "Chian", "L4", "2024-06-01"],
  ];

  test("rows keep their sheet numbers and cells are named in messages", () => {
    const results = screenTable(rows, mapHeaders(headers), {
      asOf: "2025-01-01",
      firstRowNumber: 5,
      firstColumn: 1,
    });
    expect(results.map((r) => r.row)).toEqual([5, 6, 7]);
    expect(results[2]?.issues[0]?.message).toContain("cell C7");
    expect(results.map((r) => r.destination)).toEqual(["CN", "JP", null]);
  });

  test("results match the published result schema", () => {
    for (const r of screenTable(rows, mapHeaders(headers), { asOf: "2025-01-01" }))
      expect(RowResultSchema.safeParse(r).success).toBe(true);
  });

  test("coverage lists the checks a sheet's columns cannot feed", () => {
    const present = new Set(mapHeaders(headers).fields.filter((f) => f !== null));
    const gaps = coverageGaps(present);
    expect(gaps.find((g) => g.id === "LIC-HQ")?.missing).toEqual(["hq_country or parent_country"]);
    expect(gaps.find((g) => g.id === "LIC-DEST")).toBeUndefined();
  });

  test("summary counts per status, finding and destination", () => {
    const s = summarizeResults(screenTable(rows, mapHeaders(headers), { asOf: "2025-01-01" }));
    expect(s.rows).toBe(3);
    expect(s.byStatus.hit).toBe(1);
    expect(s.byFinding["LIC-DEST"]?.hit).toBe(1);
    expect(s.byDestination["CN"]?.hit).toBe(1);
    expect(s.byDestination["(blank)"]?.needs_review).toBe(1);
  });
});

describe("properties", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("CN", "H100", "Y", "2024-06-01", "military", "12 MW"),
  );
  const rawRow = fc.dictionary(fc.constantFrom(...CANONICAL_FIELDS), cell, {
    maxKeys: 12,
  }) as fc.Arbitrary<RawRow>;
  const day = fc
    .integer({ min: 2021, max: 2027 })
    .chain((y) =>
      fc.integer({ min: 1, max: 12 }).map((m) => `${y}-${String(m).padStart(2, "0")}-15`),
    );

  test("no row throws, and the same row gives the same result", () => {
    fc.assert(
      fc.property(rawRow, day, (row, asOf) => {
        const a = screenRow(row, { asOf });
        expect(screenRow(row, { asOf })).toEqual(a);
        expect(RowResultSchema.safeParse(a).success).toBe(true);
        if (a.status === "clear") expect(a.license.required).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  test("row order does not change any row's result", () => {
    const headers = ["destination_country", "item", "hq_country", "end_use"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const mapping = mapHeaders(headers);
          const forward = screenTable(rows, mapping, { asOf: "2025-06-01" }).map(
            ({ row: _row, ...r }) => r,
          );
          const backward = screenTable([...rows].reverse(), mapping, { asOf: "2025-06-01" })
            .map(({ row: _row, ...r }) => r)
            .reverse();
          expect(backward.map((r) => JSON.stringify(r).replace(/cell [A-Z]+\d+/g, ""))).toEqual(
            forward.map((r) => JSON.stringify(r).replace(/cell [A-Z]+\d+/g, "")),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("citations", () => {
  test("guidance findings name the red flag or due-diligence step they rest on", () => {
    const r = screenRow(
      {
        item: "H100",
        destination_country: "CN",
        customer_country: "CN",
        hq_disclosed: "refused",
        dc_power_mw: "12 MW",
      },
      { asOf: "2025-06-01" },
    );
    const cite = (id: string) => r.findings.find((f) => f.id === id)?.citation ?? "";
    expect(cite("RF05")).toMatch(/, red flag 5 \[.*from 2025-05-13\]$/);
    expect(cite("RF09")).toMatch(/, red flag 9 \[/);
    expect(cite("DD7")).toMatch(/, due-diligence step 7 \[/);
    expect(cite("LIC-DEST")).toMatch(/^15 CFR 742\.6\(a\)\(6\)/);
  });
});
