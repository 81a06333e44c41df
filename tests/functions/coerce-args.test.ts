/**
 * Argument coercion at the Excel boundary: what Excel sends (null for an omitted argument, "" or null
 * for an empty cell, serial numbers for dates) becomes typed values or a #VALUE! naming the value.
 */
import {
  asOfArg,
  isBlank,
  optionalBoolean,
  optionalCountry,
  optionalEndUse,
  optionalNumber,
  requiredNumber,
  requiredText,
  tableArgs,
  todayIso,
} from "../../src/functions/coerce-args";
import { excelError, ChipFunctionError, guarded } from "../../src/functions/excel-errors";

function errorOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error: unknown) {
    const e = error as { code?: string; message?: string };
    return { code: e.code ?? "(no code)", message: e.message ?? "" };
  }
  throw new Error("expected an Excel error, got a value");
}

describe("blank values", () => {
  test.each([null, undefined, "", "   "])("%p is blank", (value) =>
    expect(isBlank(value)).toBe(true),
  );
  test.each([0, false, "0", "x"])("%p is not blank", (value) => expect(isBlank(value)).toBe(false));

  test("an empty cell is never the number 0", () => {
    expect(optionalNumber("", "quantity")).toBeUndefined();
    expect(optionalNumber(null, "quantity")).toBeUndefined();
    expect(optionalNumber(0, "quantity")).toBe(0);
  });
});

describe("numbers", () => {
  test("numbers, and text with separators or units", () => {
    expect(requiredNumber(12, "capacityMw", { unit: "mw" })).toBe(12);
    expect(requiredNumber("1,200", "quantity")).toBe(1200);
    expect(requiredNumber("12000 kW", "capacityMw", { unit: "mw" })).toBe(12);
    expect(requiredNumber("1e26", "trainingOps")).toBe(1e26);
  });

  test("bad numbers are #VALUE! naming the value", () => {
    expect(errorOf(() => requiredNumber("twelve", "capacityMw"))).toEqual({
      code: "#VALUE!",
      message: 'capacityMw must be a number; got "twelve".',
    });
    expect(errorOf(() => requiredNumber(-3, "quantity"))).toEqual({
      code: "#VALUE!",
      message: "quantity cannot be negative; got -3.",
    });
    expect(errorOf(() => requiredNumber(0, "dieAreaMm2", { positive: true }))).toEqual({
      code: "#VALUE!",
      message: "dieAreaMm2 must be greater than 0; got 0.",
    });
    expect(errorOf(() => requiredNumber(true, "tops")).message).toBe(
      "tops must be a number; got TRUE.",
    );
    expect(errorOf(() => requiredNumber(null, "tops")).message).toBe(
      "tops is empty; it is required.",
    );
  });
});

describe("dates (asOf)", () => {
  test("omitted: today's date, chosen here in the adapter", () => {
    expect(asOfArg(null, () => "2025-06-01")).toBe("2025-06-01");
    expect(asOfArg(undefined, () => "2025-06-01")).toBe("2025-06-01");
    expect(asOfArg("", () => "2025-06-01")).toBe("2025-06-01");
    expect(asOfArg(null)).toBe(todayIso());
  });

  test("Excel serial numbers and ISO text", () => {
    expect(asOfArg(45000)).toBe("2023-03-15");
    expect(asOfArg(45790)).toBe("2025-05-13");
    expect(asOfArg("2025-05-13")).toBe("2025-05-13");
    expect(asOfArg("13 May 2025")).toBe("2025-05-13");
  });

  test("todayIso uses the local calendar date", () => {
    expect(todayIso(new Date(2024, 1, 29, 23, 59))).toBe("2024-02-29");
  });

  test("bad dates are #VALUE! naming the value", () => {
    expect(errorOf(() => asOfArg("03/04/2024"))).toEqual({
      code: "#VALUE!",
      message:
        'asOf: "03/04/2024" is not a date (day and month are ambiguous: write it as YYYY-MM-DD); write it as YYYY-MM-DD or use an Excel date.',
    });
    expect(errorOf(() => asOfArg(-5)).message).toBe("asOf: -5 is not an Excel date.");
    expect(errorOf(() => asOfArg(true)).message).toBe("asOf must be a date; got TRUE.");
  });
});

describe("countries, yes/no, end uses, text", () => {
  test("countries in English, Chinese or ISO codes", () => {
    expect(optionalCountry("China", "destination")).toBe("CN");
    expect(optionalCountry("中国", "destination")).toBe("CN");
    expect(optionalCountry("MYS", "destination")).toBe("MY");
    expect(optionalCountry(null, "hqCountry")).toBeUndefined();
  });

  test("an unknown country names the value and suggests a near one", () => {
    expect(errorOf(() => optionalCountry("Malaysai", "destination"))).toEqual({
      code: "#VALUE!",
      message: 'destination: "Malaysai" is not a country Chipscreen knows. Did you mean Malaysia?',
    });
  });

  test("yes/no from TRUE/FALSE, words or 1/0", () => {
    expect(optionalBoolean(true, "datacenter")).toBe(true);
    expect(optionalBoolean("no", "datacenter")).toBe(false);
    expect(optionalBoolean(1, "datacenter")).toBe(true);
    expect(optionalBoolean("", "datacenter")).toBeUndefined();
    expect(errorOf(() => optionalBoolean("perhaps", "datacenter")).message).toBe(
      'datacenter must be TRUE or FALSE (or yes/no); got "perhaps".',
    );
  });

  test("end uses are checked, and several may be given", () => {
    expect(optionalEndUse("ai_training; military_intelligence", "endUse")).toBe(
      "ai_training; military_intelligence",
    );
    expect(errorOf(() => optionalEndUse("gardening", "endUse")).message).toMatch(
      /^endUse: "gardening" is not an end use/,
    );
  });

  test("required text", () => {
    expect(requiredText("  H100 ", "item")).toBe("H100");
    expect(requiredText(910, "item")).toBe("910");
    expect(errorOf(() => requiredText("", "item")).message).toBe("item is empty; it is required.");
  });
});

describe("tables (REDFLAGS / SCREEN ranges)", () => {
  test("blank cells become null; 0 stays 0", () => {
    const table = tableArgs(
      [["item", "quantity", ""]],
      [
        ["H100", 0, ""],
        [null, "", "x"],
      ],
    );
    expect(table.headers).toEqual(["item", "quantity", ""]);
    expect(table.rows).toEqual([
      ["H100", 0, null],
      [null, null, "x"],
    ]);
  });

  test("shape errors are #VALUE! saying what is wrong", () => {
    expect(errorOf(() => tableArgs([["a"], ["b"]], [["x"]])).message).toMatch(
      /headers must be a single row; got 2 rows/,
    );
    expect(errorOf(() => tableArgs([["a", "b"]], [["x"]])).message).toBe(
      "rows must be as wide as headers: headers has 2 columns, data row 1 has 1.",
    );
    expect(errorOf(() => tableArgs("a", [["x"]])).code).toBe("#VALUE!");
  });
});

describe("error objects", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  test("outside Office: a ChipFunctionError with Excel's code", () => {
    const error = excelError("#N/A", "nothing in force");
    expect(error).toBeInstanceOf(ChipFunctionError);
    expect(error).toMatchObject({ code: "#N/A", message: "nothing in force" });
  });

  test("inside Office: the runtime's own CustomFunctions.Error", () => {
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: RuntimeError,
      associate: () => undefined,
    };
    const error = excelError("#VALUE!", "bad");
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error).toMatchObject({ code: "#VALUE!", message: "bad" });
    // guarded passes the runtime's errors through untouched
    expect(() =>
      guarded("X", () => {
        throw error;
      }),
    ).toThrow(expect.objectContaining({ code: "#VALUE!", message: "bad" }) as unknown as Error);
  });

  test("a bug inside a function body becomes #VALUE! with a message, never a bare error", () => {
    const failure = errorOf(() =>
      guarded("SCREEN", () => {
        throw new TypeError("x is undefined");
      }),
    );
    expect(failure).toEqual({
      code: "#VALUE!",
      message:
        "CHIP.SCREEN could not compute an answer (x is undefined). Please report this with the inputs used.",
    });
  });
});
