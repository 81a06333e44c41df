import { consequenceOf, readFootnotes } from "../../../src/rules/checks/parties";
import { entry } from "./helpers";

describe("readFootnotes", () => {
  it.each([
    ["For all items subject to the EAR, see §§ 734.9(e)1 and 744.11 of the EAR2", [1, 2]],
    [
      "For all items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR)",
      [3],
    ],
    [
      "For all items subject to the EAR. (See §§ 734.9(g), 3 746.8(a)(3), and 744.21(b) of the EAR.)",
      [3],
    ],
    ["For all items subject to the EAR. (See §§ 734.9(e)(2) and 744.11 of the EAR) 4", [4]],
    ["For All Items Subject to the EAR (See §734.9(e)(2), and §744.11 of the EAR)4.", [4]],
    [
      "For all items subject to the EAR. (See §§734.4(a)(9), 734.9(e)(3), and 744.11 of the EAR)5",
      [5],
    ],
    [
      "For all items subject to the EAR (See §§ 734.9(g), 746.8(a)(3), and 744.21(b) of the EAR)",
      [],
    ],
    ["For all items subject to the EAR. (See §744.11 of the EAR)", []],
  ])("%s", (text, expected) => {
    expect(readFootnotes(text)).toEqual(expected);
  });
});

describe("consequenceOf", () => {
  it("SDN under a 744.8 programme is also an EAR licence basis", () => {
    const c = consequenceOf(
      entry({ id: "1", name: "x", source: "SDN", programs: ["SDGT", "SYRIA"] }),
    );
    expect(c).toMatchObject({ licenseBasis: true, severity: "prohibited" });
    expect(c.summary).toContain("744.8");
  });

  it("SDN under other programmes is OFAC blocking only", () => {
    const c = consequenceOf(
      entry({ id: "1", name: "x", source: "SDN", programs: ["RUSSIA-EO14024"] }),
    );
    expect(c.licenseBasis).toBe(false);
    expect(c.summary).toContain("blocked by OFAC");
  });

  it.each([
    ["DPL", "Part 764"],
    ["UVL", "744.15"],
    ["MEU", "744.21"],
  ] as const)("%s cites %s", (source, cite) => {
    const c = consequenceOf(entry({ id: "1", name: "x", source }));
    expect(c.licenseBasis).toBe(true);
    expect(c.summary).toContain(cite);
  });

  it("non-BIS lists ask for review", () => {
    expect(consequenceOf(entry({ id: "1", name: "x", source: "DTC" })).severity).toBe("review");
  });
});
