import {
  DILIGENCE_IDS,
  RED_FLAG_IDS,
  type FindingId,
  type Outcome,
  type RawRow,
} from "../../src/rules";

/**
 * Golden cases for the May 2025 guidance checks. Each case is a realistic row (a clean data-center
 * deal with one thing changed), the outcome expected per id, and why, citing the guidance
 * paragraph (numbered as in shared/domain/guidance-2025-05.md) or the rule behind it. The
 * expectations come from the guidance and the row model, not from what the code prints.
 */
export interface GuidanceCase {
  name: string;
  asOf: string;
  row: RawRow;
  expect: Partial<Record<FindingId, Outcome>>;
  why: string;
}

/** A German colocation provider buying 64 H100s for inference, with every diligence step done. */
export const CLEAN_ROW: RawRow = {
  customer_name: "Nordlicht Rechenzentrum GmbH",
  customer_address: "Industriestrasse 5, 60327 Frankfurt am Main",
  customer_country: "Germany",
  customer_address_type: "commercial",
  customer_established: "2015-04-01",
  customer_web_presence: "yes",
  customer_website_consistent: "yes",
  customer_business: "data_center",
  hq_country: "Germany",
  parent_country: "Germany",
  hq_disclosed: "yes",
  consignee_name: "Nordlicht Rechenzentrum GmbH",
  consignee_business: "data_center",
  end_user_name: "Nordlicht Rechenzentrum GmbH",
  end_user_address_type: "commercial",
  destination_country: "Germany",
  delivery_address_known: "yes",
  item: "H100 SXM",
  manufacturer: "NVIDIA",
  quantity: 64,
  prior_ac_receipts: "yes",
  ac_volume_increase: "1.5x",
  end_use: "ai_inference",
  iaas_provider: "no",
  iaas_users_confirmed: "yes",
  dc_power_mw: "5 MW",
  dc_cooling_confirmed: "yes",
  dc_space_confirmed: "yes",
  dc_attestation: "yes",
  euc_obtained: "yes",
  ear_notice_given: "yes",
  colocated_listed: "no",
  listed_party: "none",
};

const AS_OF = "2025-09-01";

function with_(changes: RawRow): RawRow {
  return { ...CLEAN_ROW, ...changes };
}
function without(...fields: (keyof RawRow)[]): RawRow {
  const row: RawRow = { ...CLEAN_ROW };
  for (const f of fields) delete row[f];
  return row;
}

const ALL_CLEAR: Partial<Record<FindingId, Outcome>> = Object.fromEntries(
  [...RED_FLAG_IDS, ...DILIGENCE_IDS, "GP10", "AI-TRAIN"].map((id) => [id, "clear"]),
);

export const GUIDANCE_CASES: GuidanceCase[] = [
  {
    name: "clean colocation deal",
    asOf: AS_OF,
    row: CLEAN_ROW,
    expect: ALL_CLEAR,
    why: "Established 2015 buyer with prior receipts, commercial addresses, German ownership, all seven DD steps done, 64 GPUs in a 5 MW site: no red flag (guidance §4) fires.",
  },
  // RF01
  {
    name: "RF01 first-time buyer",
    asOf: AS_OF,
    row: with_({ prior_ac_receipts: "no" }),
    expect: { RF01: "hit", RF02: "clear" },
    why: "Red flag 1: never received advanced computing ICs before October 2022; RF02 presupposes earlier receipts.",
  },
  {
    name: "RF01 receipts unknown",
    asOf: AS_OF,
    row: with_({ prior_ac_receipts: "" }),
    expect: { RF01: "needs_review" },
    why: "Row model: a present but blank column needs review; red flag 1 cannot be ruled out.",
  },
  {
    name: "RF01 no column",
    asOf: AS_OF,
    row: without("prior_ac_receipts"),
    expect: { RF01: "not_assessed" },
    why: "Row model: an absent column makes the check not_assessed.",
  },
  // RF02
  {
    name: "RF02 tripled receipts",
    asOf: AS_OF,
    row: with_({ ac_volume_increase: "3x" }),
    expect: { RF02: "hit" },
    why: "Red flag 2: received before October 2022 and receipts rose significantly after (3x is above the 2x default for 'significant').",
  },
  {
    name: "RF02 increase yes",
    asOf: AS_OF,
    row: with_({ ac_volume_increase: "yes" }),
    expect: { RF02: "hit" },
    why: "Red flag 2: the user records a significant increase.",
  },
  {
    name: "RF02 increase blank",
    asOf: AS_OF,
    row: with_({ ac_volume_increase: "" }),
    expect: { RF02: "needs_review" },
    why: "Row model: blank → needs_review; red flag 2 cannot be ruled out.",
  },
  {
    name: "RF02 no column",
    asOf: AS_OF,
    row: without("ac_volume_increase"),
    expect: { RF02: "not_assessed" },
    why: "Row model: absent column.",
  },
  // RF03
  {
    name: "RF03 eight GPUs to a home",
    asOf: AS_OF,
    row: with_({ customer_address_type: "residential", quantity: 8 }),
    expect: { RF03: "hit" },
    why: "Red flag 3: residential address only, and 8 accelerators exceed personal use (default: more than 4).",
  },
  {
    name: "RF03 one DGX to a home",
    asOf: AS_OF,
    row: with_({ customer_address_type: "home", item: "DGX H100", quantity: 1 }),
    expect: { RF03: "hit" },
    why: "Red flag 3 counts advanced computing ICs, including those inside commodities (§4 scope): one DGX H100 is 8 GPUs.",
  },
  {
    name: "RF03 two GPUs to a home",
    asOf: AS_OF,
    row: with_({ customer_address_type: "residential", quantity: 2 }),
    expect: { RF03: "clear" },
    why: "Red flag 3 applies only where the quantity is inconsistent with personal use.",
  },
  {
    name: "RF03 residential, quantity blank",
    asOf: AS_OF,
    row: with_({ customer_address_type: "residential", quantity: "" }),
    expect: { RF03: "needs_review" },
    why: "Red flag 3 turns on the quantity, which is blank.",
  },
  {
    name: "RF03 address type unknown",
    asOf: AS_OF,
    row: with_({ customer_address_type: "unknown" }),
    expect: { RF03: "needs_review" },
    why: "Red flag 3: whether the address is residential is not known.",
  },
  {
    name: "RF03 no column",
    asOf: AS_OF,
    row: without("customer_address_type"),
    expect: { RF03: "not_assessed" },
    why: "Row model: absent column.",
  },
  // RF04
  {
    name: "RF04 no web presence",
    asOf: AS_OF,
    row: with_({ customer_web_presence: "none" }),
    expect: { RF04: "hit" },
    why: "Red flag 4: little or no web presence.",
  },
  {
    name: "RF04 sites differ",
    asOf: AS_OF,
    row: with_({ customer_website_consistent: "no" }),
    expect: { RF04: "hit" },
    why: "Red flag 4: English and non-English websites differ materially.",
  },
  {
    name: "RF04 presence blank",
    asOf: AS_OF,
    row: with_({ customer_web_presence: "" }),
    expect: { RF04: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "RF04 no columns",
    asOf: AS_OF,
    row: without("customer_web_presence", "customer_website_consistent"),
    expect: { RF04: "not_assessed" },
    why: "Row model: absent columns.",
  },
  // RF05
  {
    name: "RF05 ownership blank",
    asOf: AS_OF,
    row: with_({ hq_country: "", parent_country: "" }),
    expect: { RF05: "hit", DD2: "needs_review" },
    why: "Red flag 5: it cannot be determined whether HQ or ultimate parent is in D:5 or Macau; here the blank is the flag. DD2 is not done.",
  },
  {
    name: "RF05 refused disclosure",
    asOf: AS_OF,
    row: with_({ hq_disclosed: "refused", parent_country: "" }),
    expect: { RF05: "hit", DD2: "hit" },
    why: "Red flag 5: the customer refuses to disclose its HQ or parent; DD2's ownership trace failed.",
  },
  {
    name: "RF05 delivery address unknown",
    asOf: AS_OF,
    row: with_({ delivery_address_known: "no" }),
    expect: { RF05: "hit" },
    why: "Red flag 5: the final delivery or installation address cannot be determined.",
  },
  {
    name: "RF05 delivery known blank",
    asOf: AS_OF,
    row: with_({ delivery_address_known: "" }),
    expect: { RF05: "needs_review" },
    why: "Row model: blank → needs_review (only the ownership blanks are the flag itself).",
  },
  {
    name: "RF05 parent blank, HQ outside D:5",
    asOf: AS_OF,
    row: with_({ parent_country: "" }),
    expect: { RF05: "needs_review", DD2: "needs_review" },
    why: "Red flag 5 / DD2: the ultimate parent is not established.",
  },
  {
    name: "RF05 no columns",
    asOf: AS_OF,
    row: without("hq_country", "parent_country", "hq_disclosed", "delivery_address_known"),
    expect: { RF05: "not_assessed", DD2: "not_assessed" },
    why: "Row model: absent columns.",
  },
  // RF06
  {
    name: "RF06 freight forwarder consignee",
    asOf: AS_OF,
    row: with_({ consignee_business: "freight forwarder" }),
    expect: { RF06: "hit" },
    why: "Red flag 6 names freight forwarders as consignees not normally needing advanced ICs.",
  },
  {
    name: "RF06 bank consignee",
    asOf: AS_OF,
    row: with_({ consignee_business: "bank" }),
    expect: { RF06: "hit" },
    why: "Red flag 6 names other financial institutions.",
  },
  {
    name: "RF06 consignee blank",
    asOf: AS_OF,
    row: with_({ consignee_business: "" }),
    expect: { RF06: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "RF06 no column",
    asOf: AS_OF,
    row: without("consignee_business"),
    expect: { RF06: "not_assessed" },
    why: "Row model: absent column.",
  },
  // RF07
  {
    name: "RF07 shares address with listed party",
    asOf: AS_OF,
    row: with_({ colocated_listed: "yes" }),
    expect: { RF07: "hit" },
    why: "Red flag 7: shares a location with a party on the Entity List, SDN list or debarred list.",
  },
  {
    name: "RF07 blank",
    asOf: AS_OF,
    row: with_({ colocated_listed: "" }),
    expect: { RF07: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "RF07 no column",
    asOf: AS_OF,
    row: without("colocated_listed"),
    expect: { RF07: "not_assessed" },
    why: "Row model: absent column.",
  },
  // RF08
  {
    name: "RF08 end user at a virtual office",
    asOf: AS_OF,
    row: with_({ end_user_address_type: "virtual office" }),
    expect: { RF08: "hit" },
    why: "Red flag 8: the end user's address is a virtual office, not its place of business.",
  },
  {
    name: "RF08 end user at a law firm",
    asOf: AS_OF,
    row: with_({ end_user_address_type: "law_firm" }),
    expect: { RF08: "hit" },
    why: "Red flag 8 names law firms.",
  },
  {
    name: "RF08 unknown",
    asOf: AS_OF,
    row: with_({ end_user_address_type: "unknown" }),
    expect: { RF08: "needs_review" },
    why: "Red flag 8 cannot be ruled out.",
  },
  {
    name: "RF08 no column",
    asOf: AS_OF,
    row: without("end_user_address_type"),
    expect: { RF08: "not_assessed" },
    why: "Row model: absent column.",
  },
  // RF09
  {
    name: "RF09 purchaser in China",
    asOf: AS_OF,
    row: with_({ customer_country: "中国" }),
    expect: { RF09: "hit" },
    why: "Red flag 9: purchaser's address in D:5 where 3A090 items need a licence (742.6(a)(6), in force since 2023-11-17).",
  },
  {
    name: "RF09 purchaser in Macau",
    asOf: AS_OF,
    row: with_({ customer_country: "Macao" }),
    expect: { RF09: "hit" },
    why: "Red flag 9 with the LIC-DEST test: Macau is named beside D:1/D:4/D:5.",
  },
  {
    name: "RF09 purchaser in Israel",
    asOf: AS_OF,
    row: with_({ customer_country: "Israel" }),
    expect: { RF09: "clear" },
    why: "Red flag 9 excludes destinations also in A:5 or A:6 (Israel is D:4 and A:6).",
  },
  {
    name: "RF09 purchaser in Russia, 2023",
    asOf: "2023-06-01",
    row: with_({ customer_country: "Russia" }),
    expect: { RF09: "clear" },
    why: "Red flag 9 needs the licence requirement's compliance date to have passed: before 2023-11-17 only China and Macau were licensed destinations.",
  },
  {
    name: "RF09 country blank",
    asOf: AS_OF,
    row: with_({ customer_country: "" }),
    expect: { RF09: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "RF09 no column",
    asOf: AS_OF,
    row: without("customer_country"),
    expect: { RF09: "not_assessed" },
    why: "Row model: absent column.",
  },
  // RF10 and DD7
  {
    name: "RF10 1,000 H100 in 1.5 MW",
    asOf: AS_OF,
    row: with_({ quantity: 1000, dc_power_mw: "1.5 MW" }),
    expect: { RF10: "hit", DD7: "clear" },
    why: "Red flag 10: the data center lacks the power to run the ICs (1,000 × 0.7 kW × 1.8 × 1.5 ≈ 1.9 MW > 1.5 MW); below DD7's 10 MW.",
  },
  {
    name: "RF10 row power figure",
    asOf: AS_OF,
    row: with_({ quantity: 1000, chip_power_kw: 1.2, dc_power_mw: "1500 kW" }),
    expect: { RF10: "hit" },
    why: "Red flag 10: 1,000 × 1.2 kW (server share included) × 1.5 PUE = 1.8 MW > 1.5 MW.",
  },
  {
    name: "RF10 cooling not confirmed",
    asOf: AS_OF,
    row: with_({ dc_cooling_confirmed: "no" }),
    expect: { RF10: "hit" },
    why: "Red flag 10: the data center cannot confirm its cooling.",
  },
  {
    name: "RF10 space blank",
    asOf: AS_OF,
    row: with_({ dc_space_confirmed: "" }),
    expect: { RF10: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "RF10 unknown chip power",
    asOf: AS_OF,
    row: with_({ item: "Acme X1 accelerator", tpp: 6000 }),
    expect: { RF10: "needs_review" },
    why: "Red flag 10 cannot be checked for power without a power figure per accelerator.",
  },
  {
    name: "RF10 no data-center columns",
    asOf: AS_OF,
    row: without("dc_power_mw", "dc_cooling_confirmed", "dc_space_confirmed"),
    expect: { RF10: "not_assessed", DD7: "not_assessed" },
    why: "Row model: absent columns.",
  },
  {
    name: "DD7 12 MW site",
    asOf: AS_OF,
    row: with_({ dc_power_mw: "12 MW" }),
    expect: { DD7: "hit", RF10: "clear" },
    why: "DD7: a data center able to run more than 10 MW gets enhanced review at or above the threshold.",
  },
  {
    name: "DD7 order needs over 10 MW",
    asOf: AS_OF,
    row: with_({ quantity: 6000, dc_power_mw: "8 MW" }),
    expect: { DD7: "hit", RF10: "hit" },
    why: "DD7: servers drawing more than 10 MW (6,000 × 0.7 × 1.8 × 1.5 ≈ 11.3 MW); RF10: more than the 8 MW site has.",
  },
  {
    name: "DD7 capacity blank",
    asOf: AS_OF,
    row: with_({ dc_power_mw: "" }),
    expect: { DD7: "needs_review", RF10: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  // RF11
  {
    name: "RF11 IaaS will not confirm users",
    asOf: AS_OF,
    row: with_({
      iaas_provider: "yes",
      iaas_users_confirmed: "no",
      customer_business: "cloud_iaas",
    }),
    expect: { RF11: "hit" },
    why: "Red flag 11: an IaaS customer unable or unwilling to confirm its users are not headquartered in China or Macau.",
  },
  {
    name: "RF11 cloud business, provider cell blank",
    asOf: AS_OF,
    row: with_({ iaas_provider: "", customer_business: "cloud", iaas_users_confirmed: "no" }),
    expect: { RF11: "hit" },
    why: "Red flag 11: the customer's business is cloud/IaaS, wherever it is.",
  },
  {
    name: "RF11 confirmation blank",
    asOf: AS_OF,
    row: with_({ iaas_provider: "yes", iaas_users_confirmed: "" }),
    expect: { RF11: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "RF11 IaaS confirmed",
    asOf: AS_OF,
    row: with_({ iaas_provider: "yes", iaas_users_confirmed: "yes" }),
    expect: { RF11: "clear" },
    why: "Red flag 11 does not fire once the provider confirms.",
  },
  {
    name: "RF11 no columns",
    asOf: AS_OF,
    row: without("iaas_provider", "customer_business"),
    expect: { RF11: "not_assessed" },
    why: "Row model: absent columns.",
  },
  // DD1
  {
    name: "DD1 founded 2023",
    asOf: AS_OF,
    row: with_({ customer_established: "2023-01-10" }),
    expect: { DD1: "hit" },
    why: "DD1: a customer established after October 2022.",
  },
  {
    name: "DD1 founded October 2022",
    asOf: AS_OF,
    row: with_({ customer_established: "2022年10月1日" }),
    expect: { DD1: "hit" },
    why: "DD1 'after October 2022': Chipscreen counts founding from 2022-10-01 (pack default).",
  },
  {
    name: "DD1 blank",
    asOf: AS_OF,
    row: with_({ customer_established: "" }),
    expect: { DD1: "needs_review" },
    why: "DD1 not done.",
  },
  {
    name: "DD1 no column",
    asOf: AS_OF,
    row: without("customer_established"),
    expect: { DD1: "not_assessed" },
    why: "Row model: absent column.",
  },
  // DD2
  {
    name: "DD2 parent in Hong Kong",
    asOf: AS_OF,
    row: with_({ parent_country: "Hong Kong SAR" }),
    expect: { DD2: "hit", RF05: "clear" },
    why: "DD2: ultimate parent in D:5, China including Hong Kong.",
  },
  {
    name: "DD2 HQ in Macau",
    asOf: AS_OF,
    row: with_({ hq_country: "澳门" }),
    expect: { DD2: "hit" },
    why: "DD2: headquarters in Macau.",
  },
  // DD3
  {
    name: "DD3 bank buys GPUs",
    asOf: AS_OF,
    row: with_({ customer_business: "financial_institution" }),
    expect: { DD3: "hit" },
    why: "DD3: the customer's business does not match the items ordered.",
  },
  {
    name: "DD3 military end use",
    asOf: AS_OF,
    row: with_({ end_use: "military" }),
    expect: { DD3: "hit" },
    why: "DD3: the end-use check finds a military end use.",
  },
  {
    name: "DD3 business blank",
    asOf: AS_OF,
    row: with_({ customer_business: "" }),
    expect: { DD3: "needs_review" },
    why: "DD3 cannot be done without the customer's business.",
  },
  {
    name: "DD3 no columns",
    asOf: AS_OF,
    row: without("customer_business", "end_use"),
    expect: { DD3: "not_assessed", "AI-TRAIN": "not_assessed" },
    why: "Row model: absent columns.",
  },
  // DD4-DD6
  {
    name: "DD4 not told",
    asOf: AS_OF,
    row: with_({ ear_notice_given: "no" }),
    expect: { DD4: "hit" },
    why: "DD4: the customer was not told the items are EAR-controlled.",
  },
  {
    name: "DD4 blank",
    asOf: AS_OF,
    row: with_({ ear_notice_given: "" }),
    expect: { DD4: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "DD4 no column",
    asOf: AS_OF,
    row: without("ear_notice_given"),
    expect: { DD4: "not_assessed" },
    why: "Row model: absent column.",
  },
  {
    name: "DD5 no certificate",
    asOf: AS_OF,
    row: with_({ euc_obtained: "否" }),
    expect: { DD5: "hit" },
    why: "DD5: no end-user certification obtained.",
  },
  {
    name: "DD5 blank",
    asOf: AS_OF,
    row: with_({ euc_obtained: "" }),
    expect: { DD5: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "DD5 no column",
    asOf: AS_OF,
    row: without("euc_obtained"),
    expect: { DD5: "not_assessed" },
    why: "Row model: absent column.",
  },
  {
    name: "DD6 no attestation",
    asOf: AS_OF,
    row: with_({ dc_attestation: "no" }),
    expect: { DD6: "hit" },
    why: "DD6: no written statement from the data center.",
  },
  {
    name: "DD6 blank",
    asOf: AS_OF,
    row: with_({ dc_attestation: "" }),
    expect: { DD6: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "DD6 no column",
    asOf: AS_OF,
    row: without("dc_attestation"),
    expect: { DD6: "not_assessed" },
    why: "Row model: absent column.",
  },
  // GP10
  {
    name: "GP10 Ascend 910B",
    asOf: AS_OF,
    row: with_({ item: "HUAWEI ASCEND 910 B", manufacturer: "Huawei (HiSilicon)", quantity: 16 }),
    expect: { GP10: "hit" },
    why: "GP10 guidance (§2): BIS names Huawei Ascend 910B as a PRC advanced-computing IC; dealing in it risks GP10 from 2025-05-13.",
  },
  {
    name: "GP10 Atlas server",
    asOf: AS_OF,
    row: with_({ item: "Atlas 800T A2", manufacturer: "Huawei", quantity: 2 }),
    expect: { GP10: "hit" },
    why: "GP10 guidance: products built on the named chips (Atlas 800T A2: 8 × Ascend 910B).",
  },
  {
    name: "GP10 CloudMatrix financed by a bank",
    asOf: AS_OF,
    row: with_({
      item: "CloudMatrix 384",
      manufacturer: "Huawei",
      customer_business: "bank",
      quantity: 1,
    }),
    expect: { GP10: "hit" },
    why: "GP10 (§2): financing is participation; CloudMatrix 384 is built on Ascend 910C.",
  },
  {
    name: "GP10 teardown lab",
    asOf: AS_OF,
    row: with_({
      item: "昇腾910C",
      manufacturer: "华为",
      end_use: "destructive testing",
      quantity: 1,
    }),
    expect: { GP10: "clear" },
    why: "GP10 guidance exemption: buying for technical analysis or destructive testing is not penalised.",
  },
  {
    name: "GP10 before the notice",
    asOf: "2025-03-01",
    row: with_({ item: "Ascend 910C", manufacturer: "Huawei" }),
    expect: { GP10: "needs_review" },
    why: "GP10 guidance (§2 dates): knowledge is fixed from 2025-05-13, but look-back can reach the 2020-08 footnote 1 FDPR and 2022-10 rules.",
  },
  {
    name: "GP10 unnamed Ascend",
    asOf: AS_OF,
    row: with_({ item: "Ascend 910", manufacturer: "Huawei" }),
    expect: { GP10: "needs_review" },
    why: "GP10 guidance: the named chips are examples; a PRC IC meeting 3A090 is presumed unlawfully made, so an unclassified Huawei Ascend needs review.",
  },
  {
    name: "GP10 item blank",
    asOf: AS_OF,
    row: with_({ item: "", manufacturer: "" }),
    expect: { GP10: "needs_review" },
    why: "Row model: blank → needs_review.",
  },
  {
    name: "GP10 no columns",
    asOf: AS_OF,
    row: without("item", "manufacturer"),
    expect: { GP10: "not_assessed" },
    why: "Row model: absent columns.",
  },
  // AI-TRAIN
  {
    name: "AI-TRAIN for a PRC military-intelligence user",
    asOf: AS_OF,
    row: with_({ hq_country: "China", end_use: "AI model training; military intelligence" }),
    expect: { "AI-TRAIN": "hit", DD2: "hit", DD3: "hit" },
    why: "Policy statement (§3): training AI models for a party headquartered in D:5 where the model supports a military-intelligence end use may need a licence.",
  },
  {
    name: "AI-TRAIN for a PRC party, use unknown",
    asOf: AS_OF,
    row: with_({ parent_country: "CN", end_use: "ai_training" }),
    expect: { "AI-TRAIN": "needs_review" },
    why: "Policy statement: the licence turns on the model's WMD or military-intelligence use, which is not stated.",
  },
  {
    name: "AI-TRAIN via unconfirmed IaaS",
    asOf: AS_OF,
    row: with_({ end_use: "ai_training", iaas_provider: "yes", iaas_users_confirmed: "no" }),
    expect: { "AI-TRAIN": "needs_review", RF11: "hit" },
    why: "Policy statement and RF11: IaaS users may be D:5-headquartered parties training models.",
  },
  {
    name: "AI-TRAIN for a German lab",
    asOf: AS_OF,
    row: with_({ end_use: "ai_training" }),
    expect: { "AI-TRAIN": "clear" },
    why: "Policy statement: the party is headquartered outside D:5 and Macau.",
  },
  {
    name: "AI-TRAIN end use blank",
    asOf: AS_OF,
    row: with_({ end_use: "" }),
    expect: { "AI-TRAIN": "needs_review", DD3: "needs_review" },
    why: "Row model: blank → needs_review; AI training cannot be ruled out.",
  },
  {
    name: "AI-TRAIN no end-use column",
    asOf: AS_OF,
    row: without("end_use"),
    expect: { "AI-TRAIN": "not_assessed" },
    why: "Row model: absent column.",
  },
  // Before the guidance
  {
    name: "red flags before 2025-05-13 still fire",
    asOf: "2024-08-01",
    row: with_({
      prior_ac_receipts: "no",
      customer_address_type: "residential",
      quantity: 10,
      dc_power_mw: "12 MW",
    }),
    expect: { RF01: "hit", RF03: "hit", DD7: "hit" },
    why: "The guidance (2025-05-13) clarifies existing due-diligence expectations (§1: guidance is not rule-making), so the risks it names are screened for earlier deals too, with a note.",
  },
];
