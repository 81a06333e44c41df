import fc from "fast-check";
import { findHeaderRow, isExcelError } from "../../../src/rules";

describe("findHeaderRow", () => {
  test("skips title rows above the table", () => {
    const top = [
      ["Q3 deal list"],
      [],
      ["Deal", "Destination", "Product"],
      ["D-1", "China", "H100"],
    ];
    expect(findHeaderRow(top)).toBe(2);
  });

  test("one known heading among other texts is not enough, unless it is the only text", () => {
    expect(findHeaderRow([["Destination"], ["China"]])).toBe(0);
    expect(
      findHeaderRow([
        ["Destination", "Remarks", "Other"],
        ["China", "x", "y"],
      ]),
    ).toBeUndefined();
  });

  test("unknown labels count only when the caller maps by hand", () => {
    const top = [
      ["Kunde", "Land", "Artikel"],
      ["Acme", "CN", "H100"],
    ];
    expect(findHeaderRow(top)).toBeUndefined();
    expect(findHeaderRow(top, { allowUnknownLabels: true })).toBe(0);
  });

  test("numbers and formula errors are not labels", () => {
    expect(
      findHeaderRow(
        [
          [1, 2, 3],
          ["#N/A", "#REF!", "x"],
          [4, 5, 6],
        ],
        { allowUnknownLabels: true },
      ),
    ).toBeUndefined();
    expect(isExcelError(" #n/a ")).toBe(true);
    expect(isExcelError("#NO_RESULT")).toBe(true);
    expect(isExcelError("N/A")).toBe(false);
  });

  test("property: never throws, and the answer is within the searched rows", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 6 }),
          { maxLength: 30 },
        ),
        fc.boolean(),
        (top, loose) => {
          const r = findHeaderRow(top, { allowUnknownLabels: loose });
          if (r !== undefined) expect(r).toBeLessThan(Math.min(top.length, 20));
        },
      ),
    );
  });
});
