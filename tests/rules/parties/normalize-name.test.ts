import fc from "fast-check";
import { foldText, nameKey, normalizeName } from "../../../src/rules/checks/parties";

describe("normalizeName", () => {
  it.each([
    ["Huawei Technologies Co., Ltd.", "huawei technology co ltd"],
    ["HUAWEI TECHNOLOGIES COMPANY LIMITED", "huawei technology co ltd"],
    ["Müller GmbH & Co. KG", "muller gmbh co kg"],
    ["L.L.C. Almaz-Antey", "llc almaz antey"],
    ["Public Joint Stock Company Rostelecom", "jsc rostelecom"],
    ["Guangzhou Haige Comm Grp", "guangzhou haige communication group"],
    ["Шереметьево ООО", "sheremetevo jsc"],
    ["O'Brien Trading", "obrien trading"],
    ["Bank of the West", "bank west"],
    ["Intl. Tech. Svcs", "international technology service"],
  ])("%s -> %s", (input, expected) => {
    expect(nameKey(input)).toBe(expected);
  });

  it("strips accents and folds case", () => {
    expect(foldText("Société Générale ÉLAN")).toBe("societe generale elan");
  });

  it("returns nothing for punctuation-only input", () => {
    expect(normalizeName(" ;,.- ")).toEqual([]);
  });

  it("never throws and is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once.join(" "))).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent on name-like text built from business words", () => {
    const word = fc.constantFrom(
      "Limited",
      "ltd",
      "Co.",
      "company",
      "L.L.C.",
      "of",
      "the",
      "&",
      "Tech",
      "Intl",
      "joint",
      "stock",
      "public",
      "a",
      "b",
      "c",
      "de",
      "cv",
      "s",
      "rl",
      "Huawei",
      "Müller",
      "ООО",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (ws) => {
        const once = normalizeName(ws.join(" "));
        expect(normalizeName(once.join(" "))).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same tokens whatever the case and spacing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z]{1,8}$/), { minLength: 1, maxLength: 5 }),
        (ws) => {
          const a = normalizeName(ws.join(" "));
          const b = normalizeName(`  ${ws.map((w) => w.toUpperCase()).join("   ")} `);
          expect(b).toEqual(a);
        },
      ),
    );
  });
});
