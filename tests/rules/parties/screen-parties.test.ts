import {
  buildPartyIndex,
  DEFAULT_PARTY_PARAMS,
  parseCslCsv,
  partyParamsFromPack,
  screenParties,
} from "../../../src/rules/checks/parties";
import pack from "../../../src/rules/packs/party-screening.json";
import { readFixture } from "./helpers";

const entries = parseCslCsv(readFixture("csl-sample-13.csv")).entries;
const index = buildPartyIndex({ listDate: "2026-07-31", provenance: "test fixture", entries });

describe("screenParties", () => {
  it("names party, alias, list, score and consequence in one sentence", () => {
    const r = screenParties({
      index,
      row: { consignee_name: "Hebei Semiconductor Research Institute", destination_country: "CN" },
      asOf: "2026-08-01",
      params: DEFAULT_PARTY_PARAMS,
    });
    const f = r.findings.find((x) => x.id === "LIC-LISTED");
    expect(f?.outcome).toBe("hit");
    expect(f?.message).toMatch(
      /^Consignee "Hebei Semiconductor Research Institute" matches "China Electronics Technology Group Corporation 13th Research Institute \(CETC 13\)"/,
    );
    expect(f?.message).toContain('under the alias "Hebei Semiconductor Research Institute"');
    expect(f?.message).toContain("footnote 3");
    expect(f?.message).toMatch(/score 1\.00/);
    expect(f?.citation).toContain("Consolidated Screening List dated 2026-07-31");
    expect(r.matches[0]?.tokenPairs.length).toBeGreaterThan(0);
  });

  it("always says ownership is not screened and warns about an old list", () => {
    const fresh = screenParties({
      index,
      row: { customer_name: "Acme" },
      asOf: "2026-08-10",
      params: DEFAULT_PARTY_PARAMS,
    });
    expect(fresh.notes.some((n) => n.includes("days old"))).toBe(false);
    expect(fresh.notes.some((n) => n.startsWith("Ownership is not screened"))).toBe(true);
    const old = screenParties({
      index,
      row: { customer_name: "Acme" },
      asOf: "2026-10-15",
      params: DEFAULT_PARTY_PARAMS,
    });
    expect(old.notes).toContain(
      "list dated 2026-07-31: 76 days old (more than 30); load a fresh Consolidated Screening List.",
    );
  });

  it("is not_assessed without party names, and clear for an unlisted name", () => {
    const none = screenParties({
      index,
      row: {},
      asOf: "2026-08-01",
      params: DEFAULT_PARTY_PARAMS,
    });
    expect(none.findings.map((f) => [f.id, f.outcome])).toEqual([
      ["LIC-LISTED", "not_assessed"],
      ["RF07", "not_assessed"],
    ]);
    const clear = screenParties({
      index,
      row: { customer_name: "Nordic Fjord Analytics AS" },
      asOf: "2026-08-01",
      params: DEFAULT_PARTY_PARAMS,
    });
    expect(clear.findings[0]).toMatchObject({ id: "LIC-LISTED", outcome: "clear" });
  });

  it("flags a customer address resembling a listed address (RF07)", () => {
    const r = screenParties({
      index,
      row: {
        customer_name: "Lakeside Components LLC",
        customer_address: "605 Trail Lake Dr., Richardson TX 75081",
        customer_country: "US",
      },
      asOf: "2026-08-01",
      params: DEFAULT_PARTY_PARAMS,
    });
    const f = r.findings.find((x) => x.id === "RF07");
    expect(f?.outcome).toBe("hit");
    expect(f?.message).toContain('"I. ASH"');
    expect(f?.message).toContain("Denied Persons List");
  });

  it("does not flag an address in another country", () => {
    const r = screenParties({
      index,
      row: {
        customer_name: "X",
        customer_address: "605 Trail Lake Drive, Richardson",
        customer_country: "CA",
      },
      asOf: "2026-08-01",
      params: DEFAULT_PARTY_PARAMS,
    });
    expect(r.findings.find((x) => x.id === "RF07")?.outcome).toBe("clear");
  });
});

describe("party-screening pack", () => {
  it("is valid and gives the documented defaults", () => {
    const r = partyParamsFromPack(pack, "2026-08-01");
    expect(r.problems).toEqual([]);
    expect(r.params).toMatchObject({
      nameHitThreshold: 0.92,
      nameReviewThreshold: 0.8,
      listMaxAgeDays: 30,
      sourceDropTolerance: 0.2,
    });
    expect(r.params.ownershipNotice).toContain("suspended until 2026-11-09");
    expect(partyParamsFromPack(pack, "2026-12-01").params.ownershipNotice).toContain(
      "ended on 2026-11-09",
    );
  });

  it("reports a broken pack instead of throwing", () => {
    const r = partyParamsFromPack({ id: "x" }, "2026-08-01");
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.params).toEqual(DEFAULT_PARTY_PARAMS);
  });
});
