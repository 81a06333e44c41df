import type { EccnValue, LicenseId, RawRow } from "../../src/rules";

/**
 * Licence and classification golden cases. Each expectation is read off the regulation
 * (ear-reference.md §1-§3, §5, §8, country-groups.json), not off the program's output; `why`
 * says which paragraph decides it.
 */
export interface LicenseCase {
  name: string;
  asOf: string;
  row: RawRow;
  required: boolean | null;
  bases: LicenseId[];
  eccn: EccnValue | null;
  why: string;
}

const h100 = { item: "NVIDIA H100 SXM5" };

export const LICENSE_CASES: LicenseCase[] = [
  // --- classification of the chips of §8 (as of 2024-06-01 unless said otherwise)
  { name: "A100 to China", asOf: "2024-06-01", row: { item: "A100", destination_country: "China" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§8: TPP 4,992 ≥ 4800 → 3A090.a.1; China is D:1/D:4/D:5 and not A:5/A:6 (742.6(a)(6))" },
  { name: "H100 SXM to Vietnam", asOf: "2024-06-01", row: { ...h100, destination_country: "Vietnam" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§8: TPP 15,831; Vietnam is D:1 only, still a licensed destination from 2023-11-17" },
  { name: "H100 PCIe to Japan", asOf: "2024-06-01", row: { item: "H100 PCIe", destination_country: "Japan", hq_country: "Japan", parent_country: "Japan" }, required: false, bases: [], eccn: "3A090.a", why: "§8: TPP 12,104 → 3A090.a; Japan is A:5 and in no D group" },
  { name: "H800 to China after 2023-11-17", asOf: "2023-11-17", row: { item: "H800", destination_country: "CN" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§8: the 2023 rule dropped the interconnect test; TPP ≈15,831 → 3A090.a" },
  { name: "H800 to China the day before", asOf: "2023-11-16", row: { item: "H800", destination_country: "CN" }, required: false, bases: [], eccn: "not-3A090", why: "§1/§8: under the 2022 test (TPP ≥ 4800 and ≥ 600 GB/s) the H800's 400 GB/s NVLink escaped 3A090" },
  { name: "H200 to Saudi Arabia", asOf: "2025-06-01", row: { item: "H200", destination_country: "Saudi Arabia" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§2.1: Saudi Arabia is D:3 and D:4 (not A:5/A:6) → licensed destination" },
  { name: "H20 to China", asOf: "2025-08-01", row: { item: "H20", destination_country: "CN", hq_country: "CN", parent_country: "CN" }, required: false, bases: [], eccn: "not-3A090", why: "§8: TPP 2,368 < 2400 fails .b.1 and PD 2.91 < 3.2 fails .b.2; the April 2025 letter is not a published rule" },
  { name: "L40S to UAE", asOf: "2024-06-01", row: { item: "L40S", destination_country: "AE" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§8: TPP 5,864 → 3A090.a; §2.3: UAE is D:3/D:4 in 2024" },
  { name: "L4 to Russia", asOf: "2024-06-01", row: { item: "L4", destination_country: "Russia" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§8: TPP ≈1,936 ≥ 1600 and PD ≈6.6 ≥ 5.92 → 3A090.a.2; Russia is D:1/D:4/D:5" },
  { name: "RTX 4090 to China", asOf: "2024-06-01", row: { item: "RTX 4090", destination_country: "CN" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§8: consumer part with TPP ≈5,285 ≥ 4800 stays in 3A090.a (NAC/ACA-eligible)" },
  { name: "RTX 4090 D to China", asOf: "2024-06-01", row: { item: "RTX 4090 D", destination_country: "CN" }, required: false, bases: [], eccn: "not-3A090", why: "§5 Note: not designed for data centres and TPP 4,707 < 4800 → outside 3A090" },
  { name: "B200 to Mongolia", asOf: "2025-06-01", row: { item: "B200", destination_country: "Mongolia" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§8: TPP 36,000 → 3A090.a; Mongolia is D:1" },
  { name: "DGX H100 system to Belarus", asOf: "2024-06-01", row: { item: "DGX H100", destination_country: "Belarus" }, required: true, bases: ["LIC-DEST"], eccn: "4A090.a", why: "§5.1: a computer containing a 3A090.a IC is 4A090.a; Belarus is D:1/D:4/D:5" },
  { name: "Ascend 910B to Malaysia", asOf: "2025-06-01", row: { item: "Ascend 910B", destination_country: "Malaysia", hq_country: "Malaysia", parent_country: "Malaysia" }, required: false, bases: [], eccn: "3A090.a", why: "§8: ≈320 FP16 TFLOPS × 16 ≈ 5,120 ≥ 4800 → 3A090.a parameters; Malaysia is in no D group (GP10 is a separate finding)" },
  { name: "Ascend 910D (no published figures)", asOf: "2025-06-01", row: { item: "Ascend 910D", destination_country: "CN" }, required: null, bases: [], eccn: null, why: "§8: no specifications published → classification cannot be computed, licence undetermined" },
  // --- classification from figures
  { name: "figures: 3A090.b.1", asOf: "2024-06-01", row: { tops: 400, bit_length: 8, die_area_mm2: 800, datacenter_marketed: "yes", destination_country: "CN" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.b", why: "§5: TPP 3,200 in [2400, 4800) and PD 4.0 in [1.6, 5.92) → 3A090.b.1" },
  { name: "figures: 3A090.b.2", asOf: "2024-06-01", row: { tops: 220, bit_length: 8, die_area_mm2: 500, datacenter_marketed: "yes", destination_country: "CN" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.b", why: "§5: TPP 1,760 ≥ 1600 and PD 3.52 in [3.2, 5.92) → 3A090.b.2" },
  { name: "figures: 3A090.a.2", asOf: "2024-06-01", row: { tpp: 2000, die_area_mm2: 300, datacenter_marketed: "yes", destination_country: "Japan" }, required: false, bases: [], eccn: "3A090.a", why: "§5: TPP 2,000 ≥ 1600 and PD 6.67 ≥ 5.92 → 3A090.a.2; Japan unlicensed" },
  { name: "figures: below 1600", asOf: "2024-06-01", row: { tpp: 1500, die_area_mm2: 100, datacenter_marketed: "yes", destination_country: "CN" }, required: false, bases: [], eccn: "not-3A090", why: "§5: every .a/.b paragraph needs TPP ≥ 1600" },
  { name: "figures: PD missing in the band", asOf: "2024-06-01", row: { tpp: 3000, datacenter_marketed: "yes", destination_country: "CN" }, required: null, bases: [], eccn: null, why: "§5: TPP between 1600 and 4800 is decided by PD; no die area → cannot decide" },
  { name: "figures: 3A090.c HBM after 2024-12-02", asOf: "2024-12-02", row: { item: "HBM3E stack", memory_bandwidth_density: 3.1, destination_country: "CN" }, required: true, bases: ["LIC-HBM"], eccn: "3A090.c", why: "§5: memory bandwidth density > 2 GB/s/mm² → 3A090.c; §3.1: licence to D:5 or Macau from 2024-12-02" },
  { name: "HBM the day before", asOf: "2024-12-01", row: { item: "HBM3E stack", memory_bandwidth_density: 3.1, destination_country: "CN" }, required: null, bases: [], eccn: null, why: "§1: 3A090.c did not exist before 2024-12-02; an HBM stack alone has no TPP → cannot classify" },
  { name: "user ECCN 3A090.c to Macau", asOf: "2025-03-01", row: { item: "HBM3E stack", eccn: "3A090.c", destination_country: "Macau" }, required: true, bases: ["LIC-HBM"], eccn: null, why: "§3.1: 3A090.c to or within Macau or D:5 (742.6(a)(6)(i)(B))" },
  { name: "user ECCN 3A090.c to Vietnam", asOf: "2025-03-01", row: { item: "HBM3E stack", eccn: "3A090.c", destination_country: "VN" }, required: false, bases: [], eccn: null, why: "§3.1: the HBM requirement covers D:5 and Macau only; Vietnam is D:1 only" },
  { name: "user ECCN 5A992.z to China", asOf: "2024-06-01", row: { item: "Edge server", eccn: "5A992.z", destination_country: "CN" }, required: true, bases: ["LIC-DEST"], eccn: null, why: "§3.1: .z items are in the same destination requirement" },
  { name: "user ECCN EAR99 to China", asOf: "2024-06-01", row: { item: "Server rack", eccn: "EAR99", destination_country: "CN" }, required: false, bases: [], eccn: null, why: "EAR99 items are outside 742.6(a)(6)" },
  // --- 2022 rule (2022-10-07 to 2023-11-16)
  { name: "before the first rule", asOf: "2022-10-06", row: { ...h100, destination_country: "CN" }, required: null, bases: [], eccn: null, why: "§1: 3A090 was created on 2022-10-07; nothing earlier is covered" },
  { name: "first day of the 2022 rule", asOf: "2022-10-07", row: { ...h100, destination_country: "CN" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§1: 2022 test met (TPP ≥ 4800, NVLink 900 ≥ 600 GB/s); China named" },
  { name: "Hong Kong under the 2022 rule", asOf: "2023-01-01", row: { item: "A100", destination_country: "Hong Kong" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§2.3: Hong Kong is treated as China (85 FR 83765); A100 meets the 2022 test (600 GB/s)" },
  { name: "Macau before 2023-01-18", asOf: "2023-01-17", row: { ...h100, destination_country: "Macau" }, required: false, bases: [], eccn: "3A090.a", why: "§1: the 2022 rule named China only until Macau was added on 2023-01-18" },
  { name: "Macau from 2023-01-18", asOf: "2023-01-18", row: { ...h100, destination_country: "Macau" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§1: FR Doc 2023-00888 extended the controls to Macau" },
  { name: "Russia under the 2022 rule", asOf: "2023-06-01", row: { ...h100, destination_country: "RU" }, required: false, bases: [], eccn: "3A090.a", why: "§1: the 2022 advanced-computing requirement named China (and Macau), not D groups (Russia's own sanctions are outside this pack)" },
  { name: "2022: interconnect missing", asOf: "2023-06-01", row: { tops: 700, bit_length: 8, destination_country: "CN" }, required: null, bases: [], eccn: null, why: "§1: TPP 5,600 ≥ 4800, so the 600 GB/s interconnect test decides, and it is not given" },
  { name: "HQ rule not yet in force", asOf: "2023-11-16", row: { ...h100, destination_country: "Singapore", hq_country: "China", parent_country: "China" }, required: false, bases: [], eccn: "3A090.a", why: "§1: the headquarters requirement (744.23(a)(3)) took effect on 2023-11-17" },
  // --- 2023 rule: groups, carve-outs, HQ rule
  { name: "HQ rule in force", asOf: "2023-11-17", row: { ...h100, destination_country: "Singapore", hq_country: "China", parent_country: "China" }, required: true, bases: ["LIC-HQ"], eccn: "3A090.a", why: "§3.1: an entity headquartered in D:5 needs a licence wherever the item goes" },
  { name: "HQ rule via the ultimate parent in Macau", asOf: "2025-06-01", row: { ...h100, destination_country: "Germany", hq_country: "Germany", parent_country: "Macau" }, required: true, bases: ["LIC-HQ"], eccn: "3A090.a", why: "§3.1: 'Macau or D:5' includes an ultimate parent headquartered in Macau" },
  { name: "HQ rule via a Hong Kong parent", asOf: "2025-06-01", row: { ...h100, destination_country: "Singapore", hq_country: "Singapore", parent_country: "Hong Kong" }, required: true, bases: ["LIC-HQ"], eccn: "3A090.a", why: "§2.3 + guidance DD2: Hong Kong counts as China (D:5)" },
  { name: "D:1 parent is not the HQ rule", asOf: "2025-06-01", row: { ...h100, destination_country: "Singapore", hq_country: "Singapore", parent_country: "Vietnam" }, required: false, bases: [], eccn: "3A090.a", why: "§3.1: the HQ test is Macau or D:5 only; Vietnam is D:1" },
  { name: "Israel carved out (A:6)", asOf: "2024-06-01", row: { ...h100, destination_country: "Israel" }, required: false, bases: [], eccn: "3A090.a", why: "§2.3: Israel is D:4 but also A:6, which the destination test excludes" },
  { name: "Taiwan (A:6 and D:3)", asOf: "2024-06-01", row: { ...h100, destination_country: "Taiwan" }, required: false, bases: [], eccn: "3A090.a", why: "§2.3: D:3 is not one of D:1/D:4/D:5, and Taiwan is A:6" },
  { name: "Cyprus before 2024-05-10 (D:5 + A:6)", asOf: "2024-05-09", row: { ...h100, destination_country: "Cyprus", hq_country: "Cyprus", parent_country: "Cyprus" }, required: true, bases: ["LIC-HQ"], eccn: "3A090.a", why: "§2.2: Cyprus was in D:5 until 2024-05-10; the destination test carves out A:6, but the HQ test ('headquartered in D:5') has no carve-out" },
  { name: "Cyprus from 2024-05-10", asOf: "2024-05-10", row: { ...h100, destination_country: "Cyprus", hq_country: "Cyprus", parent_country: "Cyprus" }, required: false, bases: [], eccn: "3A090.a", why: "§2.2: FR Doc 2024-10280 removed Cyprus from D:5" },
  { name: "Nicaragua before 2024-03-15", asOf: "2024-03-14", row: { ...h100, destination_country: "Nicaragua" }, required: false, bases: [], eccn: "3A090.a", why: "§2.2: Nicaragua joined D:1 and D:5 on 2024-03-15" },
  { name: "Nicaragua from 2024-03-15", asOf: "2024-03-15", row: { ...h100, destination_country: "Nicaragua" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§2.2: FR Doc 2024-05696 put Nicaragua in D:1 and D:5" },
  { name: "Cambodia HQ while D:5", asOf: "2025-11-06", row: { ...h100, destination_country: "Thailand", hq_country: "Cambodia", parent_country: "Cambodia" }, required: true, bases: ["LIC-HQ"], eccn: "3A090.a", why: "§2.2: Cambodia was in D:5 until State removed it on 2025-11-07" },
  { name: "Cambodia HQ after leaving D:5", asOf: "2025-11-07", row: { ...h100, destination_country: "Thailand", hq_country: "Cambodia", parent_country: "Cambodia" }, required: false, bases: [], eccn: "3A090.a", why: "§2.2: out of D:5 from 2025-11-07 (Cambodia stays D:1, which the HQ test does not name)" },
  { name: "Cambodia destination stays licensed (D:1)", asOf: "2026-03-01", row: { ...h100, destination_country: "Cambodia" }, required: true, bases: ["LIC-DEST"], eccn: "3A090.a", why: "§2.3: Cambodia is still D:1" },
  { name: "US delivery to a Chinese-owned firm", asOf: "2025-06-01", row: { ...h100, destination_country: "United States", hq_country: "US", parent_country: "CN" }, required: false, bases: [], eccn: "3A090.a", why: "§3.1: the HQ test reaches exports and reexports; delivery inside the US is neither" },
  { name: "India: AI Diffusion not enforced", asOf: "2025-06-01", row: { ...h100, destination_country: "India", hq_country: "India", parent_country: "India" }, required: false, bases: [], eccn: "3A090.a", why: "§3.2: the worldwide .a requirement was written on 2025-01-13 but BIS does not enforce it since 2025-05-13" },
  { name: "blank destination", asOf: "2025-06-01", row: { ...h100, destination_country: "" }, required: null, bases: [], eccn: "3A090.a", why: "row model: licence undetermined when the destination cannot be established" },
  { name: "unknown item", asOf: "2025-06-01", row: { item: "Zephyr X9", destination_country: "CN" }, required: null, bases: [], eccn: null, why: "row model: an unknown item without figures is not guessed; licence undetermined" },
  // --- end-use and list controls (any item)
  { name: "military end use in Russia", asOf: "2025-06-01", row: { item: "Server rack", eccn: "EAR99", destination_country: "RU", end_use: "military" }, required: true, bases: ["LIC-MEU"], eccn: null, why: "§6: 744.21 reaches any item for military end users in Russia and Belarus" },
  { name: "military end use in Nicaragua before 2024-03-15", asOf: "2024-03-14", row: { ...h100, destination_country: "Nicaragua", end_use: "military" }, required: false, bases: [], eccn: "3A090.a", why: "§1: Nicaragua was added to 744.21 on 2024-03-15 (and to D:1/D:5 the same day)" },
  { name: "military end use in Nicaragua after", asOf: "2024-03-15", row: { ...h100, destination_country: "Nicaragua", end_use: "military" }, required: true, bases: ["LIC-DEST", "LIC-MEU"], eccn: "3A090.a", why: "§1/§6: Nicaragua in 744.21 and D:1/D:5 from 2024-03-15" },
  { name: "military-intelligence end use in Venezuela", asOf: "2025-06-01", row: { item: "Server rack", eccn: "EAR99", destination_country: "Venezuela", end_use: "military intelligence" }, required: true, bases: ["LIC-MIEU"], eccn: null, why: "§6: 744.22 reaches any item for military-intelligence end uses in Venezuela" },
  { name: "military-intelligence end use in Iran (E:1)", asOf: "2025-06-01", row: { item: "Server rack", eccn: "EAR99", destination_country: "Iran", end_use: "military_intelligence" }, required: true, bases: ["LIC-MIEU"], eccn: null, why: "§6: 744.22 covers E:1 and E:2 countries" },
  { name: "WMD end use anywhere", asOf: "2025-06-01", row: { item: "Server rack", eccn: "EAR99", destination_country: "Brazil", end_use: "nuclear weapon simulation" }, required: true, bases: ["LIC-WMD"], eccn: null, why: "§6: 744.2-744.4 catch-alls apply to any item for WMD end uses" },
  { name: "Entity List party", asOf: "2025-06-01", row: { item: "Server rack", eccn: "EAR99", destination_country: "Brazil", listed_party: "Entity List" }, required: true, bases: ["LIC-LISTED"], eccn: null, why: "§6: 744.11: an Entity List party needs a licence for all items subject to the EAR" },
  { name: "SDN party", asOf: "2025-06-01", row: { item: "Server rack", eccn: "EAR99", destination_country: "Brazil", listed_party: "OFAC SDN" }, required: true, bases: ["LIC-LISTED"], eccn: null, why: "row model: LIC-LISTED covers 744.8 SDN programmes" },
  { name: "not listed", asOf: "2025-06-01", row: { item: "Server rack", eccn: "EAR99", destination_country: "Brazil", listed_party: "none", end_use: "hpc" }, required: false, bases: [], eccn: null, why: "no list, no end-use concern, EAR99 to an unlisted destination" },
];
