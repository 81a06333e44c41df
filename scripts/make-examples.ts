/**
 * Writes examples/deals.xlsx: a realistic deal list of about 40 rows with human-style headers
 * (some in Chinese), built so that every finding id hits somewhere and clears somewhere.
 * Run: npx tsx scripts/make-examples.ts
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";

type Cell = string | number | boolean | Date | null;

/** Sheet headers in the order they appear, as a user might write them. */
const HEADERS = [
  "Deal ID",
  "Customer",
  "Customer Address",
  "Customer Country",
  "Address Type",
  "成立日期",
  "Web Presence",
  "Website consistent",
  "Customer business",
  "HQ Country",
  "最终母公司所在国",
  "HQ disclosed",
  "Consignee",
  "Consignee business",
  "End User",
  "End-user address type",
  "Ship-to Country",
  "Delivery address known",
  "Product",
  "Manufacturer",
  "ECCN",
  "Qty",
  "最终用途",
  "Training ops",
  "IaaS",
  "IaaS users confirmed",
  "DC Power",
  "Cooling confirmed",
  "Space confirmed",
  "DC attestation",
  "EUC",
  "EAR notice",
  "Prior receipts",
  "Volume increase",
  "Listed",
  "Co-located with listed party",
  "Licence",
  "Ship Date",
] as const;
type Header = (typeof HEADERS)[number];
type Row = Partial<Record<Header, Cell>>;

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A well-documented commercial deal: every check has what it needs and nothing is wrong. */
const CLEAN: Row = {
  "Customer Address": "1-2-3 Marunouchi, Chiyoda-ku, Tokyo",
  "Customer Country": "Japan",
  "Address Type": "commercial",
  成立日期: d("2009-04-01"),
  "Web Presence": "yes",
  "Website consistent": "yes",
  "Customer business": "data_center",
  "HQ Country": "Japan",
  最终母公司所在国: "Japan",
  "HQ disclosed": "yes",
  "Consignee business": "data_center",
  "End-user address type": "commercial",
  "Ship-to Country": "Japan",
  "Delivery address known": "Y",
  Product: "NVIDIA L4",
  Manufacturer: "NVIDIA",
  Qty: 64,
  最终用途: "AI inference",
  IaaS: "N",
  "IaaS users confirmed": "",
  "DC Power": "4 MW",
  "Cooling confirmed": "Y",
  "Space confirmed": "Y",
  "DC attestation": "Y",
  EUC: "Y",
  "EAR notice": "Y",
  "Prior receipts": "Y",
  "Volume increase": "1.2x",
  Listed: "none",
  "Co-located with listed party": "N",
  Licence: "",
  "Ship Date": d("2026-10-15"),
};

const DEALS: (Row & { why: string })[] = [
  { why: "clean Japanese data-centre order of L4 cards", "Deal ID": "D-1001", Customer: "Sakura Compute KK", Consignee: "Sakura Compute KK", "End User": "Sakura Compute KK" },
  { why: "clean German research order, A:5 destination", "Deal ID": "D-1002", Customer: "Rheinland Rechenzentrum GmbH", "Customer Address": "Hafenstrasse 12, Duisburg", "Customer Country": "Germany", "HQ Country": "DE", 最终母公司所在国: "DE", "Ship-to Country": "DE", Product: "H100 SXM5 80GB", Qty: 256, "Customer business": "research_institute", "Consignee business": "research_institute", 最终用途: "hpc", "DC Power": "6 MW", Consignee: "Rheinland Rechenzentrum GmbH", "End User": "Rheinland Rechenzentrum GmbH" },
  { why: "H100 to China: destination and headquarters licences", "Deal ID": "D-1003", Customer: "Shenzhen Lianhe Data Co., Ltd.", "Customer Address": "科技园南区 8 栋, 深圳", "Customer Country": "中国", "HQ Country": "中国", 最终母公司所在国: "中国", "Ship-to Country": "中国", Product: "NVIDIA H100 SXM", Qty: 512, "DC Power": "20 MW", "Ship Date": d("2025-03-03"), Consignee: "Shenzhen Lianhe Data", "End User": "Shenzhen Lianhe Data" },
  { why: "Singapore subsidiary of a Chinese parent: headquarters rule", "Deal ID": "D-1004", Customer: "Lion City AI Pte Ltd", "Customer Address": "1 Fusionopolis Way, Singapore", "Customer Country": "Singapore", "HQ Country": "SG", 最终母公司所在国: "PRC", "Ship-to Country": "Singapore", Product: "H200", Qty: 128, "Ship Date": d("2026-02-10"), Consignee: "Lion City AI", "End User": "Lion City AI" },
  { why: "H20 to China: below 3A090, no licence by classification", "Deal ID": "D-1005", Customer: "Hangzhou Yunfan Tech", "Customer Address": "西湖区文三路 90 号, 杭州", "Customer Country": "CN", "HQ Country": "CN", 最终母公司所在国: "CN", "Ship-to Country": "CN", Product: "NVIDIA H20", Qty: 200, "Ship Date": d("2025-08-20"), Consignee: "Hangzhou Yunfan Tech", "End User": "Hangzhou Yunfan Tech" },
  { why: "RTX 4090 D to China: consumer part outside 3A090", "Deal ID": "D-1006", Customer: "Chengdu Pixel Studio", "Customer Address": "高新区天府大道 100 号, 成都", "Customer Country": "CN", "Customer business": "retailer_electronics", "Consignee business": "retailer_electronics", "HQ Country": "CN", 最终母公司所在国: "CN", "Ship-to Country": "China", Product: "GeForce RTX 4090 D", Qty: 40, 最终用途: "other", "DC Power": "", "Ship Date": d("2025-01-08"), Consignee: "Chengdu Pixel Studio", "End User": "Chengdu Pixel Studio" },
  { why: "RTX 4090 to Hong Kong: 3A090.a consumer part, NAC eligible", "Deal ID": "D-1007", Customer: "Kowloon Gaming Ltd", "Customer Address": "88 Nathan Road, Kowloon", "Customer Country": "Hong Kong SAR", "Customer business": "retailer_electronics", "Consignee business": "retailer_electronics", "HQ Country": "HK", 最终母公司所在国: "HK", "Ship-to Country": "Hong Kong", Product: "RTX 4090", Qty: 12, 最终用途: "resale", Consignee: "Kowloon Gaming", "End User": "Kowloon Gaming" },
  { why: "A100 to Israel: D:4 but also A:6, carved out", "Deal ID": "D-1008", Customer: "Negev Vision Ltd", "Customer Address": "5 HaMada St, Rehovot", "Customer Country": "Israel", "HQ Country": "IL", 最终母公司所在国: "IL", "Ship-to Country": "Israel", Product: "A100 80GB", Qty: 32, "Ship Date": d("2024-06-12"), Consignee: "Negev Vision", "End User": "Negev Vision" },
  { why: "A800 to China in March 2023: outside the 2022 test (interconnect 400 GB/s)", "Deal ID": "D-1009", Customer: "Beijing Tianqiong AI", "Customer Address": "海淀区中关村大街 1 号, 北京", "Customer Country": "CN", "HQ Country": "CN", 最终母公司所在国: "CN", "Ship-to Country": "CN", Product: "A800 SXM", Qty: 64, "Ship Date": d("2023-03-01"), Consignee: "Beijing Tianqiong AI", "End User": "Beijing Tianqiong AI" },
  { why: "the same A800 in January 2024: 3A090.a under the 2023 rule", "Deal ID": "D-1010", Customer: "Beijing Tianqiong AI", "Customer Address": "海淀区中关村大街 1 号, 北京", "Customer Country": "CN", "HQ Country": "CN", 最终母公司所在国: "CN", "Ship-to Country": "CN", Product: "A800 SXM", Qty: 64, "Ship Date": d("2024-01-10"), Consignee: "Beijing Tianqiong AI", "End User": "Beijing Tianqiong AI" },
  { why: "H100 to Macau in February 2023: Macau added 2023-01-18", "Deal ID": "D-1011", Customer: "Cotai Cloud Lda", "Customer Address": "Avenida da Praia Grande 100, Macau", "Customer Country": "Macao", "HQ Country": "澳门", 最终母公司所在国: "澳门", "Ship-to Country": "Macau", Product: "H100", Qty: 16, "Ship Date": "2023-02-01", Consignee: "Cotai Cloud", "End User": "Cotai Cloud" },
  { why: "HBM stacks to China after 2024-12-02: 3A090.c", "Deal ID": "D-1012", Customer: "Wuxi Memory Systems", "Customer Address": "新吴区 12 号, 无锡", "Customer Country": "CN", "Customer business": "server_oem", "Consignee business": "server_oem", "HQ Country": "CN", 最终母公司所在国: "CN", "Ship-to Country": "CN", Product: "HBM3E 12-high stack", Manufacturer: "SK hynix", ECCN: "3A090.c", Qty: 1000, 最终用途: "other", "Ship Date": d("2025-02-14"), Consignee: "Wuxi Memory Systems", "End User": "Wuxi Memory Systems" },
  { why: "L40S to Vietnam (D:1)", "Deal ID": "D-1013", Customer: "Saigon Render JSC", "Customer Address": "12 Nguyen Hue, Ho Chi Minh City", "Customer Country": "Vietnam", "HQ Country": "VN", 最终母公司所在国: "VN", "Ship-to Country": "Viet Nam", Product: "L40S", Qty: 48, Consignee: "Saigon Render", "End User": "Saigon Render" },
  { why: "B200 to the UAE (D:3/D:4)", "Deal ID": "D-1014", Customer: "Gulf Intelligence Cloud LLC", "Customer Address": "Masdar City, Abu Dhabi", "Customer Country": "UAE", "HQ Country": "AE", 最终母公司所在国: "AE", "Ship-to Country": "United Arab Emirates", Product: "B200", Qty: 1024, "DC Power": "40 MW", "Ship Date": d("2026-09-01"), Consignee: "Gulf Intelligence Cloud", "End User": "Gulf Intelligence Cloud" },
  { why: "H200 to India: no licence; AI Diffusion written but not enforced", "Deal ID": "D-1015", Customer: "Pune Neural Labs Pvt Ltd", "Customer Address": "Hinjewadi Phase 2, Pune", "Customer Country": "India", "HQ Country": "IN", 最终母公司所在国: "IN", "Ship-to Country": "India", Product: "H200 SXM", Qty: 64, Consignee: "Pune Neural Labs", "End User": "Pune Neural Labs" },
  { why: "Nicaragua before it joined D:1/D:5 (2024-03-15)", "Deal ID": "D-1016", Customer: "Managua Datos SA", "Customer Address": "Km 5 Carretera a Masaya, Managua", "Customer Country": "Nicaragua", "HQ Country": "NI", 最终母公司所在国: "NI", "Ship-to Country": "Nicaragua", Product: "L40S", Qty: 8, "Ship Date": d("2024-02-01"), Consignee: "Managua Datos", "End User": "Managua Datos" },
  { why: "Nicaragua after 2024-03-15: D:1 and D:5", "Deal ID": "D-1017", Customer: "Managua Datos SA", "Customer Address": "Km 5 Carretera a Masaya, Managua", "Customer Country": "Nicaragua", "HQ Country": "NI", 最终母公司所在国: "NI", "Ship-to Country": "Nicaragua", Product: "L40S", Qty: 8, "Ship Date": d("2024-04-01"), Consignee: "Managua Datos", "End User": "Managua Datos" },
  { why: "Russian military end use", "Deal ID": "D-1018", Customer: "Volga Systems OOO", "Customer Address": "ul. Tverskaya 7, Moscow", "Customer Country": "Russia", "Customer business": "government", "Consignee business": "government", "HQ Country": "RU", 最终母公司所在国: "RU", "Ship-to Country": "RU", Product: "A100", Qty: 16, 最终用途: "military", Consignee: "Volga Systems", "End User": "Volga Systems" },
  { why: "military-intelligence end use in China with AI training", "Deal ID": "D-1019", Customer: "Xi'an Skyline Research Institute", "Customer Address": "雁塔区 66 号, 西安", "Customer Country": "CN", "Customer business": "research_institute", "Consignee business": "research_institute", "HQ Country": "CN", 最终母公司所在国: "CN", "Ship-to Country": "CN", Product: "H800", Qty: 256, 最终用途: "AI model training; 军事情报", "Training ops": "3e25", Consignee: "Xi'an Skyline", "End User": "Xi'an Skyline" },
  { why: "missile programme end use (WMD)", "Deal ID": "D-1020", Customer: "Karachi Precision Works", "Customer Address": "SITE Area, Karachi", "Customer Country": "Pakistan", "Customer business": "manufacturer", "Consignee business": "manufacturer", "HQ Country": "PK", 最终母公司所在国: "PK", "Ship-to Country": "Pakistan", Product: "L4", Qty: 4, 最终用途: "missile guidance simulation", Consignee: "Karachi Precision Works", "End User": "Karachi Precision Works" },
  { why: "party on the Entity List", "Deal ID": "D-1021", Customer: "Inspur Group", "Customer Address": "1036 Langchao Rd, Jinan", "Customer Country": "CN", "Customer business": "server_oem", "Consignee business": "server_oem", "HQ Country": "CN", 最终母公司所在国: "CN", "Ship-to Country": "Malaysia", Product: "L4", Qty: 100, Listed: "Entity List", Consignee: "Inspur Malaysia", "End User": "Inspur Malaysia" },
  { why: "Ascend 910B servers bought in Malaysia: GP10", "Deal ID": "D-1022", Customer: "Johor AI Park Sdn Bhd", "Customer Address": "Jalan Teknologi 3, Johor Bahru", "Customer Country": "Malaysia", "HQ Country": "MY", 最终母公司所在国: "MY", "Ship-to Country": "Malaysia", Product: "Atlas 800T A2 (Ascend 910B)", Manufacturer: "Huawei", Qty: 32, "DC Power": "12 MW", Consignee: "Johor AI Park", "End User": "Johor AI Park" },
  { why: "one Ascend 910C bought for a teardown: GP10 exemption", "Deal ID": "D-1023", Customer: "Silicon Insight Labs Inc", "Customer Address": "2200 Mission College Blvd, Santa Clara, CA", "Customer Country": "USA", "Customer business": "research_institute", "Consignee business": "research_institute", "HQ Country": "US", 最终母公司所在国: "US", "Ship-to Country": "US", Product: "HUAWEI ASCEND 910 C", Manufacturer: "HiSilicon", Qty: 1, 最终用途: "destructive testing", "DC Power": "", Consignee: "Silicon Insight Labs", "End User": "Silicon Insight Labs" },
  { why: "a bank financing a CloudMatrix 384 build-out: GP10 reaches lenders", "Deal ID": "D-1024", Customer: "Andaman Capital Bank", "Customer Address": "Raffles Place 10, Singapore", "Customer Country": "SG", "Customer business": "financial_institution", "Consignee business": "data_center", "HQ Country": "SG", 最终母公司所在国: "SG", "Ship-to Country": "Thailand", Product: "CloudMatrix 384", Manufacturer: "Huawei", Qty: 1, 最终用途: "cloud services", "DC Power": "25 MW", Consignee: "Chonburi Hyperscale", "End User": "Chonburi Hyperscale" },
  { why: "cloud provider training a model for a Chinese-headquartered customer, use unknown", "Deal ID": "D-1025", Customer: "Kuala Lumpur GPU Cloud Bhd", "Customer Address": "Jalan Ampang 50, Kuala Lumpur", "Customer Country": "Malaysia", "Customer business": "cloud_iaas", "Consignee business": "cloud_iaas", "HQ Country": "MY", 最终母公司所在国: "CN", "Ship-to Country": "Malaysia", Product: "H100 PCIe", Qty: 512, 最终用途: "ai_training", "Training ops": "1.2e26", IaaS: "Y", "IaaS users confirmed": "N", "DC Power": "15 MW", Consignee: "KL GPU Cloud", "End User": "KL GPU Cloud" },
  { why: "20 GPUs to a flat: residential address", "Deal ID": "D-1026", Customer: "Mr. Tan Wei", "Customer Address": "Blk 123 Ang Mo Kio Ave 3 #05-67", "Customer Country": "Singapore", "Address Type": "residential", "Customer business": "individual", "Consignee business": "individual", "HQ Country": "SG", 最终母公司所在国: "SG", "Ship-to Country": "SG", Product: "RTX 4090", Qty: 20, 最终用途: "other", "DC Power": "", "Cooling confirmed": "", "Space confirmed": "", "DC attestation": "", Consignee: "Tan Wei", "End User": "Tan Wei" },
  { why: "no web presence and sites that disagree", "Deal ID": "D-1027", Customer: "Bluewave Trading FZE", "Customer Address": "Business Centre, RAK Free Zone", "Customer Country": "UAE", "Web Presence": "none", "Website consistent": "N", "Customer business": "distributor", "Consignee business": "distributor", "HQ Country": "AE", 最终母公司所在国: "AE", "Ship-to Country": "UAE", Product: "H100", Qty: 64, 最终用途: "resale", Consignee: "Bluewave Trading", "End User": "Bluewave Trading" },
  { why: "customer refuses to name its parent and the delivery site is unknown", "Deal ID": "D-1028", Customer: "Apex Horizon Holdings", "Customer Address": "Suite 2001, 9 Queen's Rd Central", "Customer Country": "Hong Kong", "Customer business": "distributor", "Consignee business": "distributor", "HQ Country": "", 最终母公司所在国: "", "HQ disclosed": "refused", "Ship-to Country": "Malaysia", "Delivery address known": "N", Product: "H200", Qty: 256, 最终用途: "resale", Consignee: "Apex Horizon", "End User": "" },
  { why: "consignee is a freight forwarder", "Deal ID": "D-1029", Customer: "Taipei Server Integration Co", "Customer Address": "No. 7 Ruiguang Rd, Taipei", "Customer Country": "Taiwan", "Customer business": "server_oem", "HQ Country": "TW", 最终母公司所在国: "TW", "Consignee business": "freight forwarder", "Ship-to Country": "Taiwan", Product: "H100 SXM", Qty: 800, "DC Power": "", Consignee: "Swift Cargo Forwarding", "End User": "Unknown" },
  { why: "customer shares an address with a listed party", "Deal ID": "D-1030", Customer: "Harbour Tech Supplies Ltd", "Customer Address": "Room 1203, 168 Queen's Road, Hong Kong", "Customer Country": "HK", "Customer business": "distributor", "Consignee business": "distributor", "HQ Country": "HK", 最终母公司所在国: "HK", "Ship-to Country": "Thailand", Product: "L40S", Qty: 40, 最终用途: "resale", "Co-located with listed party": "Y", Consignee: "Harbour Tech Supplies", "End User": "Harbour Tech Supplies" },
  { why: "end user sits in a virtual office", "Deal ID": "D-1031", Customer: "Nordic Edge AB", "Customer Address": "Sveavägen 44, Stockholm", "Customer Country": "Sweden", "HQ Country": "SE", 最终母公司所在国: "SE", "Ship-to Country": "Sweden", "End-user address type": "virtual office", Product: "L40S", Qty: 16, Consignee: "Nordic Edge", "End User": "Polar Compute Services" },
  { why: "purchaser in Kazakhstan (D:1)", "Deal ID": "D-1032", Customer: "Astana Digital LLP", "Customer Address": "Mangilik El 55, Astana", "Customer Country": "Kazakhstan", "HQ Country": "KZ", 最终母公司所在国: "KZ", "Ship-to Country": "Kazakhstan", Product: "L40S", Qty: 24, Consignee: "Astana Digital", "End User": "Astana Digital" },
  { why: "1,000 H100 into a 1.5 MW hall", "Deal ID": "D-1033", Customer: "Baltic AI Hosting UAB", "Customer Address": "Konstitucijos pr. 21, Vilnius", "Customer Country": "Lithuania", "HQ Country": "LT", 最终母公司所在国: "LT", "Ship-to Country": "Lithuania", Product: "H100 SXM", Qty: 1000, "DC Power": "1.5 MW", "Cooling confirmed": "N", Consignee: "Baltic AI Hosting", "End User": "Baltic AI Hosting" },
  { why: "new company founded 2023, never bought advanced chips before", "Deal ID": "D-1034", Customer: "Quantum Leap Compute Ltd", "Customer Address": "Level 3, 50 Bridge St, Sydney", "Customer Country": "Australia", 成立日期: d("2023-05-20"), "HQ Country": "AU", 最终母公司所在国: "AU", "Ship-to Country": "Australia", Product: "H100", Qty: 128, "Prior receipts": "N", "Volume increase": "", Consignee: "Quantum Leap Compute", "End User": "Quantum Leap Compute" },
  { why: "earlier buyer whose receipts tripled after October 2022", "Deal ID": "D-1035", Customer: "Seoul Hyperscale Co", "Customer Address": "Teheran-ro 152, Seoul", "Customer Country": "South Korea", "HQ Country": "KR", 最终母公司所在国: "KR", "Ship-to Country": "KR", Product: "H200", Qty: 2048, "Volume increase": "3x", "DC Power": "30 MW", Consignee: "Seoul Hyperscale", "End User": "Seoul Hyperscale" },
  { why: "unknown accelerator with no specs: cannot classify", "Deal ID": "D-1036", Customer: "Lagos Cloud Systems", "Customer Address": "Adeola Odeku St 10, Lagos", "Customer Country": "Nigeria", "HQ Country": "NG", 最终母公司所在国: "NG", "Ship-to Country": "Nigeria", Product: "Zephyr X9 accelerator", Manufacturer: "Zephyr Semi", Qty: 10, Consignee: "Lagos Cloud Systems", "End User": "Lagos Cloud Systems" },
  { why: "misspelt destination", "Deal ID": "D-1037", Customer: "Guangzhou Smart City Co", "Customer Address": "天河区 88 号, 广州", "Customer Country": "CN", "HQ Country": "CN", 最终母公司所在国: "CN", "Ship-to Country": "Chian", Product: "L4", Qty: 20, Consignee: "Guangzhou Smart City", "End User": "Guangzhou Smart City" },
  { why: "licensed export to China with the licence on file", "Deal ID": "D-1038", Customer: "Shanghai Genome Center", "Customer Address": "徐汇区 200 号, 上海", "Customer Country": "CN", "Customer business": "research_institute", "Consignee business": "research_institute", "HQ Country": "CN", 最终母公司所在国: "CN", "Ship-to Country": "CN", Product: "L40S", Qty: 8, 最终用途: "hpc", Licence: "D1234567", Consignee: "Shanghai Genome Center", "End User": "Shanghai Genome Center" },
  { why: "EAR notice not given and no end-user certificate or data-centre statement", "Deal ID": "D-1039", Customer: "Cape Town Compute (Pty) Ltd", "Customer Address": "Bree St 40, Cape Town", "Customer Country": "South Africa", "HQ Country": "ZA", 最终母公司所在国: "ZA", "Ship-to Country": "South Africa", Product: "H100 PCIe", Qty: 64, "EAR notice": "N", EUC: "N", "DC attestation": "N", Consignee: "Cape Town Compute", "End User": "Cape Town Compute" },
  { why: "Cyprus in April 2024: D:5 and A:6, carved out", "Deal ID": "D-1040", Customer: "Limassol Analytics Ltd", "Customer Address": "Makariou Ave 1, Limassol", "Customer Country": "Cyprus", "HQ Country": "CY", 最终母公司所在国: "CY", "Ship-to Country": "Cyprus", Product: "H100", Qty: 8, "Ship Date": d("2024-04-01"), Consignee: "Limassol Analytics", "End User": "Limassol Analytics" },
  { why: "clean Canadian university order, dated by Excel serial", "Deal ID": "D-1041", Customer: "University of the North", "Customer Address": "100 College St, Toronto", "Customer Country": "Canada", "Customer business": "university", "Consignee business": "university", "HQ Country": "CA", 最终母公司所在国: "CA", "Ship-to Country": "Canada", Product: "H100 PCIe", Qty: 16, 最终用途: "research computing (hpc)", "DC Power": "2 MW", "Ship Date": 46000, Consignee: "University of the North", "End User": "University of the North" },
];

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Chipscreen examples";
  const sheet = workbook.addWorksheet("Deals");
  sheet.addRow([...HEADERS]);
  sheet.getRow(1).font = { bold: true };
  for (const deal of DEALS) {
    const row: Row = { ...CLEAN, ...deal };
    sheet.addRow(HEADERS.map((h) => (row[h] === "" ? null : (row[h] ?? null))));
  }
  HEADERS.forEach((h, i) => {
    sheet.getColumn(i + 1).width = Math.max(10, Math.min(28, h.length + 4));
  });
  sheet.getColumn(HEADERS.indexOf("成立日期") + 1).numFmt = "yyyy-mm-dd";
  sheet.getColumn(HEADERS.indexOf("Ship Date") + 1).numFmt = "yyyy-mm-dd";
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const notes = workbook.addWorksheet("Why");
  notes.addRow(["Deal ID", "What this row shows"]);
  for (const deal of DEALS) notes.addRow([deal["Deal ID"] ?? "", deal.why]);
  mkdirSync("examples", { recursive: true });
  await workbook.xlsx.writeFile("examples/deals.xlsx");
  console.log(`examples/deals.xlsx: ${DEALS.length} deals`);
}

void main();
