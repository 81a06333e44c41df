import fc from "fast-check";
import { CANONICAL_FIELDS, FIELD_SPECS, mapHeaders, normalizeRow } from "../../../src/rules";

describe("mapHeaders", () => {
  test("canonical keys, English and Chinese synonyms", () => {
    const m = mapHeaders([
      "destination_country",
      "Qty",
      "客户",
      "Product",
      "ECCN",
      "Ship Date",
      "Notes",
    ]);
    expect(m.fields).toEqual([
      "destination_country",
      "quantity",
      "customer_name",
      "item",
      "eccn",
      "transaction_date",
      null,
    ]);
    expect(m.how).toEqual(["key", "synonym", "synonym", "synonym", "key", "synonym", null]);
  });

  test.each([
    ["Ship-to Country"],
    ["Destination"],
    ["目的国"],
    ["ship to country"],
    ["DESTINATION COUNTRY"],
  ])("%s → destination_country", (h) => {
    expect(mapHeaders([h]).fields).toEqual(["destination_country"]);
  });

  test("the first of two columns for one field wins; the other is reported", () => {
    const m = mapHeaders(["Destination", "目的国"]);
    expect(m.fields).toEqual(["destination_country", null]);
    expect(m.duplicates).toEqual([{ column: 1, header: "目的国", field: "destination_country" }]);
  });

  test("a user's explicit choice overrides, and null ignores a column", () => {
    const m = mapHeaders(["Country", "Destination"], {
      Country: "customer_country",
      Destination: null,
    });
    expect(m.fields).toEqual(["customer_country", null]);
    expect(m.how).toEqual(["user", null]);
  });

  test("every synonym maps to its own field (no synonym is shadowed)", () => {
    for (const field of CANONICAL_FIELDS) {
      for (const s of FIELD_SPECS[field].synonyms)
        expect([s, mapHeaders([s]).fields[0]]).toEqual([s, field]);
    }
  });

  test("property: never throws on any header row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
        (headers) => void mapHeaders(headers),
      ),
    );
  });
});

describe("normalizeRow", () => {
  test("bad cells become issues that name the cell and the value", () => {
    const { row, issues } = normalizeRow(
      {
        destination_country: "Chian",
        quantity: "lots",
        transaction_date: "03/04/2024",
        item: "#N/A",
      },
      (f) =>
        ({ destination_country: "F7", quantity: "G7", transaction_date: "H7", item: "B7" })[
          f as string
        ],
    );
    expect(row).toEqual({});
    expect(issues.map((i) => i.code)).toEqual([
      "unknown_country",
      "unreadable_number",
      "unreadable_date",
      "unreadable_value",
    ]);
    expect(issues[0]?.message).toBe(
      'destination_country (cell F7): "Chian" is not a country Chipscreen knows (did you mean China?).',
    );
    expect(issues[1]?.message).toContain('"lots"');
    expect(issues[3]?.message).toContain("#N/A");
  });

  test("an empty cell is blank, never the number 0", () => {
    expect(normalizeRow({ quantity: "" }).row).toEqual({});
    expect(normalizeRow({ quantity: 0 }).row).toEqual({ quantity: 0 });
  });
});
