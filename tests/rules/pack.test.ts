import { COUNTRY_GROUPS, defaultPack, groupsOf, isInForce, RulePackSchema } from "../../src/rules";
import packJson from "../../src/rules/packs/ear-ac.json";

describe("the rule pack", () => {
  test("validates against the schema the code uses", () => {
    const parsed = RulePackSchema.safeParse(packJson);
    expect(
      parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    ).toEqual([]);
  });

  test("every row cites a citation that exists", () => {
    const keys = new Set(Object.keys(defaultPack.citations));
    const cited = [
      ...defaultPack.countryGroups.map((r) => r.citation),
      ...defaultPack.parameters.map((r) => r.citation),
      ...defaultPack.windows.map((r) => r.citation),
      ...defaultPack.findings.map((r) => r.citation),
    ];
    expect(cited.filter((c) => !keys.has(c))).toEqual([]);
  });

  test("no parameter has two rows in force on the same day", () => {
    const byName = new Map<string, typeof defaultPack.parameters>();
    for (const p of defaultPack.parameters) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    const clashes: string[] = [];
    for (const [name, rows] of byName) {
      const edges = rows
        .flatMap((r) => [r.effectiveFrom, r.effectiveTo])
        .filter((d): d is string => d !== null);
      for (const day of ["2000-01-01", ...edges]) {
        if (rows.filter((r) => isInForce(r, day)).length > 1) clashes.push(`${name} on ${day}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  test("each chip's basedOn names a catalog IC, and aliases are not shared between chips", () => {
    const ids = new Set(defaultPack.chips.map((c) => c.id));
    expect(
      defaultPack.chips.filter((c) => c.basedOn && !ids.has(c.basedOn)).map((c) => c.id),
    ).toEqual([]);
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const chip of defaultPack.chips) {
      for (const alias of chip.aliases.map((a) =>
        a.toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]/g, ""),
      )) {
        const other = seen.get(alias);
        if (other && other !== chip.id) shared.push(`${alias}: ${other} / ${chip.id}`);
        seen.set(alias, chip.id);
      }
    }
    expect(shared).toEqual([]);
  });

  // Counts from ear-reference.md §2.2: "D:5 on sample dates: 2024-01-01 = 23 (incl. KH, CY; no NI);
  // 2024-06-01 through 2025-11-06 = 23 (incl. KH, NI; no CY); from 2025-11-07 = 22."
  const d5On = (day: string) =>
    [...new Set(defaultPack.countryGroups.map((r) => r.country))]
      .filter((c) => groupsOf(defaultPack, c, day).includes("D:5"))
      .sort();
  test.each([
    ["2024-01-01", 23, ["CY", "KH"], ["NI"]],
    ["2024-06-01", 23, ["KH", "NI"], ["CY"]],
    ["2025-11-06", 23, ["KH", "NI"], ["CY"]],
    ["2025-11-07", 22, ["NI"], ["CY", "KH"]],
  ] as const)("D:5 on %s has %i members", (day, count, inside, outside) => {
    const members = d5On(day);
    expect(members).toHaveLength(count);
    for (const c of inside) expect(members).toContain(c);
    for (const c of outside) expect(members).not.toContain(c);
  });

  test("current membership matches §2.1 counts; Macau is not D:5; Hong Kong is treated as China", () => {
    const day = "2026-06-20";
    const countries = [...new Set(defaultPack.countryGroups.map((r) => r.country))];
    const count = (g: string) =>
      countries.filter((c) =>
        groupsOf(defaultPack, c, day).includes(g as (typeof COUNTRY_GROUPS)[number]),
      ).length;
    expect({
      a5: count("A:5"),
      a6: count("A:6"),
      d1: count("D:1"),
      d3: count("D:3"),
      d4: count("D:4"),
      d5: count("D:5"),
    }).toEqual({ a5: 37, a6: 8, d1: 24, d3: 37, d4: 22, d5: 22 });
    expect(groupsOf(defaultPack, "MO", day)).toEqual(["D:1", "D:3", "D:4"]);
    expect(groupsOf(defaultPack, "HK", day)).toEqual(groupsOf(defaultPack, "CN", day));
    expect(groupsOf(defaultPack, "US", day)).toEqual([]);
  });
});
