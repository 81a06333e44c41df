import fc from "fast-check";
import {
  excelSerialFromIso,
  isoFromExcelSerial,
  parseCountry,
  parseDate,
  parseEndUses,
  parseNumber,
  parseYesNo,
} from "../../../src/rules";

describe("parseCountry", () => {
  test.each([
    ["China", "CN"],
    ["PRC", "CN"],
    ["Mainland China", "CN"],
    ["中国", "CN"],
    ["CHN", "CN"],
    ["cn", "CN"],
    ["Hong Kong SAR", "HK"],
    ["香港", "HK"],
    ["Macao", "MO"],
    ["澳门", "MO"],
    ["Burma", "MM"],
    ["Türkiye", "TR"],
    ["Turkey", "TR"],
    ["Viet Nam", "VN"],
    ["UAE", "AE"],
    ["South Korea", "KR"],
    ["North Korea", "KP"],
    ["Russia", "RU"],
    ["United States of America", "US"],
    ["  germany ", "DE"],
  ])("%s → %s", (text, code) => {
    expect(parseCountry(text)).toEqual({ ok: true, code });
  });

  test("a misspelling gets a suggestion", () => {
    expect(parseCountry("Chian")).toEqual({ ok: false, text: "Chian", suggestion: "China" });
    expect(parseCountry("Germny")).toMatchObject({ ok: false, suggestion: "Germany" });
  });

  test("nonsense gets no suggestion, blank is undefined", () => {
    expect(parseCountry("Atlantis-on-Sea")).toMatchObject({ ok: false, suggestion: undefined });
    expect(parseCountry("  ")).toBeUndefined();
    expect(parseCountry(null)).toBeUndefined();
  });

  test("property: never throws; a recognised code parses to itself (idempotent)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), (value) => {
        const first = parseCountry(value);
        if (first?.ok) expect(parseCountry(first.code)).toEqual(first);
      }),
    );
  });
});

describe("parseDate", () => {
  test.each([
    ["2024-03-15", "2024-03-15"],
    ["2024/3/5", "2024-03-05"],
    ["2024-03-15T10:00:00Z", "2024-03-15"],
    ["2024年3月15日", "2024-03-15"],
    ["15 March 2024", "2024-03-15"],
    ["March 15, 2024", "2024-03-15"],
    ["15-Mar-2024", "2024-03-15"],
    ["25/12/2024", "2024-12-25"],
    ["12/25/2024", "2024-12-25"],
    [45366, "2024-03-15"],
    ["45366", "2024-03-15"],
  ])("%s → %s", (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  test("ambiguous and impossible dates are refused, not guessed", () => {
    expect(parseDate("03/04/2024")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("ambiguous"),
    });
    expect(parseDate("2023-02-30")).toMatchObject({ ok: false });
    expect(parseDate("soon")).toMatchObject({ ok: false });
    expect(parseDate("")).toBeUndefined();
  });

  test("Excel serials: 1900 system with its phantom leap day", () => {
    expect(isoFromExcelSerial(1)).toBe("1900-01-01");
    expect(isoFromExcelSerial(59)).toBe("1900-02-28");
    expect(isoFromExcelSerial(60)).toBeUndefined();
    expect(isoFromExcelSerial(61)).toBe("1900-03-01");
    expect(isoFromExcelSerial(44927)).toBe("2023-01-01");
  });

  test("property: ISO dates round-trip through text and Excel serials", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(parseDate(iso)).toEqual({ ok: true, value: iso });
          expect(isoFromExcelSerial(excelSerialFromIso(iso))).toBe(iso);
        },
      ),
    );
  });

  test("property: never throws, and a parsed date parses to itself", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer()), (value) => {
        const first = parseDate(value);
        if (first?.ok) expect(parseDate(first.value)).toEqual(first);
      }),
    );
  });
});

describe("parseNumber", () => {
  test.each([
    [12, undefined, 12],
    ["1,234.5", undefined, 1234.5],
    ["1 234", undefined, 1234],
    ["1.234,5", undefined, 1234.5],
    ["2,5", undefined, 2.5],
    ["12 MW", "mw", 12],
    ["12000 kW", "mw", 12],
    ["700 W", "kw", 0.7],
    ["1e26", undefined, 1e26],
    ["10^26", undefined, 1e26],
    ["3x", undefined, 3],
    ["150%", undefined, 1.5],
    ["64 units", undefined, 64],
  ] as const)("%s (%s) → %s", (text, unit, value) => {
    expect(parseNumber(text, unit)).toEqual({ ok: true, value });
  });

  test("text that is not a number is refused; blank is undefined; 0 is a number", () => {
    expect(parseNumber("lots")).toEqual({ ok: false, text: "lots" });
    expect(parseNumber("12 parsecs", "mw")).toMatchObject({ ok: false });
    expect(parseNumber("")).toBeUndefined();
    expect(parseNumber(0)).toEqual({ ok: true, value: 0 });
  });

  test("property: never throws; numbers written plainly read back exactly", () => {
    fc.assert(
      fc.property(
        fc
          .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
          .map((x) => (x === 0 ? 0 : x)),
        (n) => {
          expect(parseNumber(String(n))).toEqual({ ok: true, value: n });
          expect(parseNumber(n)).toEqual({ ok: true, value: n });
        },
      ),
    );
    fc.assert(fc.property(fc.string(), (s) => void parseNumber(s, "mw")));
  });
});

describe("parseYesNo and parseEndUses", () => {
  test.each([
    ["Y", true],
    ["yes", true],
    ["TRUE", true],
    ["1", true],
    ["是", true],
    ["N", false],
    ["no", false],
    ["0", false],
    ["否", false],
    [true, true],
  ] as const)("%s → %s", (text, value) => expect(parseYesNo(text)).toEqual({ ok: true, value }));

  test("end uses: lists, free text and Chinese", () => {
    expect(parseEndUses("ai_training; military_intelligence")).toEqual({
      ok: true,
      value: ["ai_training", "military_intelligence"],
    });
    expect(parseEndUses("AI model training")).toEqual({ ok: true, value: ["ai_training"] });
    expect(parseEndUses("军事情报")).toEqual({ ok: true, value: ["military_intelligence"] });
    expect(parseEndUses("Military intelligence analysis")).toEqual({
      ok: true,
      value: ["military_intelligence"],
    });
    expect(parseEndUses("destructive testing")).toEqual({
      ok: true,
      value: ["destructive_testing"],
    });
    expect(parseEndUses("knitting")).toEqual({ ok: false, text: "knitting" });
  });

  test("property: parsed end uses parse to themselves", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const first = parseEndUses(s);
        if (first?.ok) expect(parseEndUses(first.value.join("; "))).toEqual(first);
      }),
    );
  });
});
