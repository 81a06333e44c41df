import { mapHeaders } from "../../src/rules";
import {
  explicitFromMapping,
  parseSettings,
  serializeSettings,
  settingsKey,
} from "../../src/taskpane/engine/settings-store";

const HEADERS = ["客户名称", "Destination", "Model", "Qty"];

describe("mapping persistence", () => {
  test("the key depends on the headers (order, not case or spacing), not on the sheet", () => {
    expect(settingsKey(HEADERS)).toBe(settingsKey([" 客户名称", "destination", "MODEL", "Qty "]));
    expect(settingsKey(HEADERS)).not.toBe(settingsKey([...HEADERS].reverse()));
    expect(settingsKey(HEADERS)).toMatch(/^chipscreen\.settings\.[0-9a-f]{8}$/);
  });

  test("a saved mapping round-trips and, applied with mapHeaders, reproduces the user's choices", () => {
    const auto = mapHeaders(HEADERS);
    const explicit = { ...explicitFromMapping(HEADERS, auto), Model: "item" as const, Qty: null };
    const json = serializeSettings(HEADERS, {
      explicit,
      asOf: { kind: "date", date: "2026-10-31" },
      target: "sheet",
    });
    const back = parseSettings(json, HEADERS);
    expect(back).toEqual({ explicit, asOf: { kind: "date", date: "2026-10-31" }, target: "sheet" });
    const again = mapHeaders(HEADERS, back?.explicit ?? {});
    expect(again.fields).toEqual([auto.fields[0], auto.fields[1], "item", null]);
    expect(again.how[2]).toBe("user");
  });

  test("anything unreadable, foreign or for other headers is ignored, never thrown", () => {
    expect(parseSettings(undefined, HEADERS)).toBeUndefined();
    expect(parseSettings("{not json", HEADERS)).toBeUndefined();
    expect(parseSettings(JSON.stringify({ version: 2 }), HEADERS)).toBeUndefined();
    expect(
      parseSettings(
        JSON.stringify({ version: 1, headers: HEADERS, explicit: { Qty: "not_a_field" } }),
        HEADERS,
      ),
    ).toBeUndefined();
    expect(parseSettings(serializeSettings(HEADERS, { explicit: {} }), ["Other"])).toBeUndefined();
  });
});
