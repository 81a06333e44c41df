import fc from "fast-check";
import {
  RED_FLAG_IDS,
  screenRow,
  type Finding,
  type FindingId,
  type RawRow,
} from "../../../src/rules";

function finding(row: RawRow, id: FindingId, asOf = "2025-09-01"): Finding {
  const f = screenRow(row, { asOf }).findings.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id} finding`);
  return f;
}

describe("RF01/RF02 receipts before October 2022", () => {
  test("RF01 names the cutoff", () => {
    const f = finding({ prior_ac_receipts: "N" }, "RF01");
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("2022-10-01");
    expect(f.citation).toContain("Industry Guidance");
  });
  test("RF02 ratio below the default is clear and says the default", () => {
    const f = finding({ prior_ac_receipts: "yes", ac_volume_increase: "150%" }, "RF02");
    expect(f.outcome).toBe("clear");
    expect(f.message).toMatch(/1\.5× .*2×.*Chipscreen's default/);
  });
  test("RF02 ratio exactly at the default is a hit", () => {
    expect(finding({ prior_ac_receipts: "yes", ac_volume_increase: "2x" }, "RF02").outcome).toBe(
      "hit",
    );
  });
  test("RF02 with prior receipts unknown still reads the increase", () => {
    expect(finding({ prior_ac_receipts: "", ac_volume_increase: "yes" }, "RF02").outcome).toBe(
      "hit",
    );
  });
});

describe("RF03 residential address", () => {
  test("quantity exactly at the personal-use default is clear", () => {
    expect(finding({ customer_address_type: "住宅", quantity: 4 }, "RF03").outcome).toBe("clear");
  });
  test("counts accelerators inside a system and shows the arithmetic", () => {
    const f = finding(
      { customer_address_type: "residential", quantity: 2, item: "HGX H20" },
      "RF03",
    );
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("2 × 8 = 16 accelerators");
  });
  test("commercial address is clear whatever the quantity", () => {
    expect(finding({ customer_address_type: "office", quantity: 5000 }, "RF03").outcome).toBe(
      "clear",
    );
  });
  test("residential without a quantity column is not assessed", () => {
    expect(finding({ customer_address_type: "residential" }, "RF03").outcome).toBe("not_assessed");
  });
});

describe("RF04 web presence", () => {
  test("limited presence is a hit that names it", () => {
    const f = finding({ customer_web_presence: "minimal" }, "RF04");
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("limited");
  });
  test("one column present and fine is clear, saying the other is missing", () => {
    const f = finding({ customer_web_presence: "yes" }, "RF04");
    expect(f.outcome).toBe("clear");
    expect(f.message).toContain("not in the sheet");
  });
});

describe("RF05 the blank is the flag", () => {
  test("HQ column present and blank, parent column absent: hit", () => {
    expect(finding({ hq_country: "" }, "RF05").outcome).toBe("hit");
  });
  test("HQ in D:5 with parent blank is determined: not a flag", () => {
    expect(finding({ hq_country: "China", parent_country: "" }, "RF05").outcome).toBe("clear");
  });
  test("partial disclosure is a hit naming it", () => {
    const f = finding({ hq_country: "DE", parent_country: "DE", hq_disclosed: "部分披露" }, "RF05");
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("partial");
  });
  test("only delivery_address_known present and yes: clear", () => {
    expect(finding({ delivery_address_known: "yes" }, "RF05").outcome).toBe("clear");
  });
});

describe("RF06-RF08", () => {
  test("RF06 logistics consignee", () => {
    const f = finding({ consignee_business: "物流公司" }, "RF06");
    expect(f.outcome).toBe("hit");
    expect(f.message).toContain("logistics");
  });
  test("RF06 electronics retailer is not named by the guidance", () => {
    expect(finding({ consignee_business: "retailer_electronics" }, "RF06").outcome).toBe("clear");
  });
  test("RF07 unreadable value needs review", () => {
    expect(finding({ colocated_listed: "maybe" }, "RF07").outcome).toBe("needs_review");
  });
  test("RF08 mail center", () => {
    expect(finding({ end_user_address_type: "PO box" }, "RF08").outcome).toBe("hit");
  });
});

describe("RF09 purchaser country, as of the row's date", () => {
  test("China in 2023-03 (2022 rule) is a hit", () => {
    expect(finding({ customer_country: "PRC" }, "RF09", "2023-03-01").outcome).toBe("hit");
  });
  test("Vietnam (D:1) after 2023-11-17 is a hit; before it clear", () => {
    expect(finding({ customer_country: "Vietnam" }, "RF09", "2024-01-10").outcome).toBe("hit");
    expect(finding({ customer_country: "Vietnam" }, "RF09", "2023-11-16").outcome).toBe("clear");
  });
  test("an item known to be outside 3A090 is clear", () => {
    expect(finding({ customer_country: "China", eccn: "EAR99" }, "RF09").outcome).toBe("clear");
  });
  test("message names the country and its groups", () => {
    expect(finding({ customer_country: "Hong Kong" }, "RF09").message).toMatch(
      /Hong Kong, treated as China .*D:5/,
    );
  });
});

describe("RF11 IaaS customers", () => {
  test("IaaS provider that is not a cloud business still counts", () => {
    expect(
      finding(
        { iaas_provider: "Y", iaas_users_confirmed: "N", customer_business: "data_center" },
        "RF11",
      ).outcome,
    ).toBe("hit");
  });
  test("not an IaaS provider is clear", () => {
    expect(finding({ iaas_provider: "no" }, "RF11").outcome).toBe("clear");
  });
  test("IaaS provider without a confirmation column is not assessed", () => {
    expect(finding({ iaas_provider: "yes" }, "RF11").outcome).toBe("not_assessed");
  });
});

describe("red flags before the guidance", () => {
  test("fire with a note naming the guidance date", () => {
    const r = screenRow({ prior_ac_receipts: "no" }, { asOf: "2023-12-01" });
    expect(r.findings.find((f) => f.id === "RF01")?.outcome).toBe("hit");
    expect(r.notes.join(" ")).toMatch(
      /Red flags: screened as of 2023-12-01, before BIS's guidance of 2025-05-13/,
    );
  });
  test("no note on or after 2025-05-13", () => {
    const r = screenRow({ prior_ac_receipts: "no" }, { asOf: "2025-05-13" });
    expect(r.notes.some((n) => n.startsWith("Red flags"))).toBe(false);
  });
});

test("every red flag is produced once per row, even for an empty row", () => {
  const r = screenRow({}, { asOf: "2025-09-01" });
  for (const id of RED_FLAG_IDS) expect(r.findings.filter((f) => f.id === id)).toHaveLength(1);
  expect(
    r.findings
      .filter((f) => RED_FLAG_IDS.includes(f.id as never))
      .every((f) => f.outcome === "not_assessed"),
  ).toBe(true);
});

test("property: red flags are deterministic for yes/no/blank combinations", () => {
  const cell = fc.constantFrom("yes", "no", "", "maybe", undefined);
  fc.assert(
    fc.property(cell, cell, cell, cell, (a, b, c, d) => {
      const row: RawRow = {};
      if (a !== undefined) row.prior_ac_receipts = a;
      if (b !== undefined) row.colocated_listed = b;
      if (c !== undefined) row.iaas_provider = c;
      if (d !== undefined) row.delivery_address_known = d;
      const one = screenRow(row, { asOf: "2025-09-01" });
      const two = screenRow({ ...row }, { asOf: "2025-09-01" });
      expect(two.findings).toEqual(one.findings);
    }),
  );
});
