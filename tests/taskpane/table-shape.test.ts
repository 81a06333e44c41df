import { RESULT_HEADERS } from "../../src/report/result-columns";
import {
  collectRows,
  dataWidth,
  detectHeaderRow,
  errorWarning,
  headerTexts,
  headerWidth,
  isErrorValue,
} from "../../src/taskpane/engine/table-shape";

describe("reading a block of cells as a table", () => {
  test("the header row is found under a title, as the command line finds it", () => {
    expect(
      detectHeaderRow([
        ["Q4 deals", null, null],
        [null, null, null],
        ["Customer", "Destination", "Item"],
        ["Acme", "China", "H100"],
      ]),
    ).toBe(2);
    expect(
      detectHeaderRow([
        ["客户名称", "目的地国家", "产品型号"],
        ["某公司", "中国", "H20"],
      ]),
    ).toBe(0);
  });

  test("unfamiliar headings still make a header row the user can map by hand", () => {
    expect(
      detectHeaderRow([
        ["Kunde", "Land", "Artikel"],
        ["Acme", "DE", "H100"],
      ]),
    ).toBe(0);
  });

  test("no header row: a plain message saying what to do", () => {
    expect(() =>
      detectHeaderRow([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(/No header row found.*Put one row of column names/);
    expect(() => detectHeaderRow([["Only a title"], [null]])).toThrow(/No header row found/);
  });

  test("blank and repeated headers get names; trailing blank header cells end the table", () => {
    const { headers, warnings } = headerTexts(
      ["Customer", null, "Item", "Item"],
      (i) => "ABCD"[i] ?? "?",
    );
    expect(headers).toEqual(["Customer", "Column B", "Item", "Item (2)"]);
    expect(warnings).toHaveLength(2);
    expect(headerWidth(["a", "b", null, ""])).toBe(2);
  });

  test("earlier result columns at the end of the header row are not data", () => {
    const header = ["Customer", "Destination", ...RESULT_HEADERS];
    expect(dataWidth(header, header.length, RESULT_HEADERS)).toBe(2);
    expect(dataWidth(["Customer", "Status"], 2, RESULT_HEADERS)).toBe(2);
  });

  test("formula errors are counted and the first one named", () => {
    expect(isErrorValue("#N/A")).toBe(true);
    expect(isErrorValue("#hashtag")).toBe(false);
    const warning = errorWarning(
      [
        ["a", "#DIV/0!"],
        ["#REF!", "b"],
      ],
      (r, c) => `${"AB"[c]}${r + 2}`,
    );
    expect(warning).toMatch(/^2 cells hold a formula error, the first at B2 \(#DIV\/0!\)/);
    expect(errorWarning([["a"]], () => "")).toBeUndefined();
  });

  test("blank rows are skipped with their sheet row numbers kept; short rows are padded", () => {
    const into = { rows: [] as unknown[][], rowNumbers: [] as number[] };
    collectRows([["a", 1], [null, ""], ["b"]], 5, 2, into);
    expect(into).toEqual({
      rows: [
        ["a", 1],
        ["b", null],
      ],
      rowNumbers: [5, 7],
    });
  });
});
