import {
  DEFAULT_PARTY_PARAMS,
  screenParties,
  type PartyRowFields,
} from "../../../src/rules/checks/parties";
import { demoIndex } from "./helpers";

/**
 * Golden cases against the bundled 2026-07-31 demo snapshot. Expectations come from the lists
 * and the regulations (EAR 744.11 footnotes, Part 764, 744.15, 744.21, 744.8), not from what the
 * code prints; `why` says which.
 */
interface Golden {
  row: PartyRowFields;
  outcome: "hit" | "needs_review" | "clear";
  list?: string;
  contains?: string[];
  why: string;
}

const CASES: Golden[] = [
  {
    row: { customer_name: "Huawei Technologies Co., Ltd.", customer_country: "CN" },
    outcome: "hit",
    list: "Entity List",
    contains: ["744.11", "footnote 1", "734.9(e)(1)", "84 FR 22963"],
    why: "Huawei is on the Entity List (84 FR 22963) with footnote 1: the 734.9(e)(1) foreign-direct-product rule applies",
  },
  {
    row: { end_user_name: "HUAWEI TECHNOLOGY COMPANY LIMITED", destination_country: "CN" },
    outcome: "hit",
    list: "Entity List",
    why: "same party with singular/plural and spelled-out legal form",
  },
  {
    row: {
      consignee_name: "Chitron Electronics Company Limited Shenzhen",
      destination_country: "CN",
    },
    outcome: "hit",
    list: "Denied Persons List",
    contains: ["Part 764"],
    why: "Shenzhen Chitron Electronics is under a BIS denial order (DPL); token order differs",
  },
  {
    row: { customer_name: "Rosoboronexport", customer_country: "RU" },
    outcome: "hit",
    contains: ["Rosoboronexport"],
    why: "Russia's state arms exporter is on the Entity List and the SDN list",
  },
  {
    row: { customer_name: "Hizballah" },
    outcome: "hit",
    list: "SDN List",
    contains: ["744.8"],
    why: "an SDGT/FTO designation: OFAC blocking and an EAR licence requirement under 744.8",
  },
  {
    row: { customer_name: "Dell Technologies Inc.", customer_country: "US" },
    outcome: "clear",
    why: "a large US company not on any list",
  },
  {
    row: { customer_name: "Hangzhou Lumora Cloud Services Co., Ltd.", customer_country: "CN" },
    outcome: "clear",
    why: "made-up PRC company sharing only generic words (city, cloud, services) with listed names",
  },
];

describe("golden party screening cases (demo snapshot 2026-07-31)", () => {
  const index = demoIndex();

  it.each(CASES.map((c) => [c.why, c] as const))("%s", (_why, c) => {
    const r = screenParties({
      index,
      row: c.row,
      asOf: "2026-08-15",
      params: DEFAULT_PARTY_PARAMS,
    });
    const findings = r.findings.filter((f) => f.id === "LIC-LISTED");
    const worst =
      findings.find((f) => f.outcome === "hit") ??
      findings.find((f) => f.outcome === "needs_review") ??
      findings[0];
    expect(worst?.outcome).toBe(c.outcome);
    if (c.list) expect(worst?.message).toContain(`on the ${c.list}`);
    for (const s of c.contains ?? []) expect(worst?.message).toContain(s);
    expect(worst?.citation).toContain("dated 2026-07-31");
  });
});
