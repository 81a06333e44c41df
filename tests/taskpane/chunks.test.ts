import { nextSlice } from "../../src/taskpane/engine/run-screening";
import fc from "fast-check";
import {
  cellBytes,
  chunkByPayload,
  fitCell,
  jsonBytes,
  MAX_CELL_CHARS,
  readChunkRows,
  rowBytes,
} from "../../src/taskpane/engine/chunks";

const utf8 = (s: string) => Buffer.byteLength(JSON.stringify(s), "utf8");

describe("payload sizing", () => {
  test("jsonBytes is the UTF-8 length of the JSON string, Chinese and escapes included", () => {
    for (const s of ["", "abc", "中国", 'quote " and \\ backslash', "emoji 😀", "tab\there"])
      expect(jsonBytes(s)).toBe(utf8(s));
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => jsonBytes(s) === utf8(s)));
  });

  test("a row's size covers its JSON array", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.boolean(), fc.integer(), fc.constant(null))),
        (row) => {
          expect(rowBytes(row)).toBeGreaterThanOrEqual(
            Buffer.byteLength(JSON.stringify(row), "utf8"),
          );
        },
      ),
    );
    expect(cellBytes(true)).toBe(5);
    expect(cellBytes(null)).toBe(5);
  });

  test("chunks are consecutive, complete, and each under the budget and the row cap", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 200 }), { minLength: 1, maxLength: 8 }), {
          maxLength: 300,
        }),
        fc.integer({ min: 500, max: 20_000 }),
        (rows, budget) => {
          const chunks = chunkByPayload(rows, budget, 50);
          expect(chunks.flatMap((c) => c.rows)).toEqual(rows);
          let next = 0;
          for (const c of chunks) {
            expect(c.start).toBe(next);
            next += c.rows.length;
            expect(c.rows.length).toBeLessThanOrEqual(50);
            const bytes = 2 + c.rows.reduce((n, r) => n + rowBytes(r), 0);
            if (c.rows.length > 1) expect(bytes).toBeLessThanOrEqual(budget);
          }
        },
      ),
    );
  });

  test("a lone row bigger than the budget still gets written, alone", () => {
    const big = ["x".repeat(5_000)];
    expect(chunkByPayload([["a"], big, ["b"]], 1_000).map((c) => c.rows.length)).toEqual([1, 1, 1]);
  });

  test("read chunks shrink as rows grow, never below one row", () => {
    expect(readChunkRows(10)).toBe(2_500);
    expect(readChunkRows(10, 4_000)).toBe(250);
    expect(readChunkRows(10, 10_000_000)).toBe(1);
    expect(readChunkRows(1, 1)).toBe(5_000);
  });

  test("cell text is cut to Excel's 32,767 characters", () => {
    expect((fitCell("a".repeat(40_000)) as string).length).toBe(MAX_CELL_CHARS);
    expect(fitCell(true)).toBe(true);
  });
});

describe("screening slices", () => {
  test("a slow slice halves the next (party screening), a quick one doubles it, within bounds", () => {
    expect(nextSlice(250, 400)).toBe(125);
    expect(nextSlice(30, 400)).toBe(25);
    expect(nextSlice(250, 10)).toBe(500);
    expect(nextSlice(1_500, 1)).toBe(2_000);
    expect(nextSlice(250, 60)).toBe(250);
  });
});
