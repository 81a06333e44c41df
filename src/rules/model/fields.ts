import { ADDRESS_TYPES, BUSINESSES, HQ_DISCLOSURE, WEB_PRESENCE } from "./enums";

/** How a cell's text is turned into a typed value. */
export type FieldKind =
  | { type: "text" }
  | { type: "country" }
  | { type: "date" }
  | { type: "yes_no" }
  | { type: "number"; unit?: "mw" | "kw" }
  | { type: "enum"; values: readonly string[] }
  | { type: "end_use" }
  | { type: "yes_no_or_ratio" };

export interface FieldSpec {
  kind: FieldKind;
  /** Header texts users write for this field (English and Chinese), compared after folding case and punctuation. */
  synonyms: readonly string[];
}

/**
 * The canonical row fields of row-model.md, each with how it is parsed and the headers that map to it.
 * Order is the order of row-model.md.
 */
export const FIELD_SPECS = {
  customer_name: {
    kind: { type: "text" },
    synonyms: [
      "customer",
      "purchaser",
      "buyer",
      "counterparty",
      "borrower",
      "client",
      "客户",
      "客户名称",
      "买方",
      "购买方",
    ],
  },
  customer_address: {
    kind: { type: "text" },
    synonyms: [
      "address",
      "customer address",
      "purchaser address",
      "buyer address",
      "客户地址",
      "地址",
    ],
  },
  customer_country: {
    kind: { type: "country" },
    synonyms: [
      "customer country",
      "purchaser country",
      "buyer country",
      "country of customer",
      "客户国家",
      "买方国家",
      "客户所在国",
    ],
  },
  customer_address_type: {
    kind: { type: "enum", values: ADDRESS_TYPES },
    synonyms: ["address type", "customer address type", "地址类型"],
  },
  customer_established: {
    kind: { type: "date" },
    synonyms: [
      "established",
      "date established",
      "founded",
      "incorporated",
      "incorporation date",
      "成立日期",
      "成立时间",
    ],
  },
  customer_web_presence: {
    kind: { type: "enum", values: WEB_PRESENCE },
    synonyms: ["web presence", "website", "online presence", "网络存在", "网站"],
  },
  customer_website_consistent: {
    kind: { type: "yes_no" },
    synonyms: ["website consistent", "websites consistent", "sites consistent", "网站一致"],
  },
  customer_business: {
    kind: { type: "enum", values: BUSINESSES },
    synonyms: [
      "customer business",
      "business",
      "line of business",
      "industry",
      "customer type",
      "客户行业",
      "行业",
      "业务类型",
    ],
  },
  hq_country: {
    kind: { type: "country" },
    synonyms: [
      "hq",
      "hq country",
      "headquarters",
      "headquarters country",
      "head office country",
      "总部",
      "总部所在国",
      "总部国家",
    ],
  },
  parent_country: {
    kind: { type: "country" },
    synonyms: [
      "parent",
      "parent country",
      "ultimate parent",
      "ultimate parent country",
      "parent hq",
      "母公司国家",
      "最终母公司所在国",
      "母公司所在国",
    ],
  },
  hq_disclosed: {
    kind: { type: "enum", values: HQ_DISCLOSURE },
    synonyms: [
      "hq disclosed",
      "ownership disclosed",
      "headquarters disclosed",
      "总部披露",
      "是否披露总部",
    ],
  },
  consignee_name: {
    kind: { type: "text" },
    synonyms: ["consignee", "ultimate consignee", "收货人", "最终收货人"],
  },
  consignee_business: {
    kind: { type: "enum", values: BUSINESSES },
    synonyms: ["consignee business", "consignee type", "收货人行业"],
  },
  end_user_name: {
    kind: { type: "text" },
    synonyms: ["end user", "end-user", "enduser", "最终用户"],
  },
  end_user_address_type: {
    kind: { type: "enum", values: ADDRESS_TYPES },
    synonyms: ["end user address type", "end-user address type", "最终用户地址类型"],
  },
  destination_country: {
    kind: { type: "country" },
    synonyms: [
      "destination",
      "destination country",
      "ship-to country",
      "ship to country",
      "ship to",
      "country of destination",
      "final destination",
      "installation country",
      "目的国",
      "目的地",
      "目的地国家",
      "最终目的地",
    ],
  },
  delivery_address_known: {
    kind: { type: "yes_no" },
    synonyms: [
      "delivery address known",
      "installation address known",
      "final address known",
      "交付地址已知",
      "交货地址已确认",
    ],
  },
  item: {
    kind: { type: "text" },
    synonyms: [
      "product",
      "model",
      "part",
      "part number",
      "chip",
      "sku",
      "description",
      "产品",
      "型号",
      "芯片",
      "物项",
    ],
  },
  manufacturer: {
    kind: { type: "text" },
    synonyms: ["maker", "vendor", "brand", "designer", "制造商", "厂商", "品牌"],
  },
  eccn: {
    kind: { type: "text" },
    synonyms: [
      "export classification",
      "export control classification number",
      "classification",
      "出口管制分类编号",
      "管制编码",
    ],
  },
  quantity: {
    kind: { type: "number" },
    synonyms: ["qty", "units", "quantity ordered", "order quantity", "数量", "订购数量"],
  },
  tpp: {
    kind: { type: "number" },
    synonyms: ["total processing performance", "总处理性能"],
  },
  tops: {
    kind: { type: "number" },
    synonyms: ["tflops", "dense tops", "dense tflops", "peak tops", "算力"],
  },
  bit_length: {
    kind: { type: "number" },
    synonyms: ["bits", "bit length", "precision bits", "位长"],
  },
  die_area_mm2: {
    kind: { type: "number" },
    synonyms: ["die area", "die area mm2", "die size", "芯片面积", "裸片面积"],
  },
  datacenter_marketed: {
    kind: { type: "yes_no" },
    synonyms: [
      "datacenter",
      "data center",
      "designed for data center",
      "marketed for data centers",
      "数据中心用",
    ],
  },
  interconnect_gbs: {
    kind: { type: "number" },
    synonyms: [
      "interconnect",
      "interconnect gb/s",
      "i/o bandwidth",
      "bidirectional transfer rate",
      "互连带宽",
    ],
  },
  memory_bandwidth_density: {
    kind: { type: "number" },
    synonyms: ["memory bandwidth density", "hbm density", "内存带宽密度"],
  },
  chip_power_kw: {
    kind: { type: "number", unit: "kw" },
    synonyms: [
      "power per accelerator",
      "power per chip",
      "chip power",
      "kw per accelerator",
      "单卡功耗",
    ],
  },
  prior_ac_receipts: {
    kind: { type: "yes_no" },
    synonyms: [
      "prior receipts",
      "received before 2022-10",
      "prior advanced chip receipts",
      "2022年10月前曾收货",
    ],
  },
  ac_volume_increase: {
    kind: { type: "yes_no_or_ratio" },
    synonyms: ["volume increase", "receipt increase", "increase since 2022", "采购量增长"],
  },
  end_use: {
    kind: { type: "end_use" },
    synonyms: ["end-use", "enduse", "intended use", "purpose", "application", "最终用途", "用途"],
  },
  model_training_ops: {
    kind: { type: "number" },
    synonyms: ["training ops", "training operations", "training compute", "训练算力", "训练运算量"],
  },
  iaas_provider: {
    kind: { type: "yes_no" },
    synonyms: ["iaas", "cloud provider", "is iaas", "云服务商"],
  },
  iaas_users_confirmed: {
    kind: { type: "yes_no" },
    synonyms: ["iaas users confirmed", "users not china hq confirmed", "用户确认"],
  },
  dc_power_mw: {
    kind: { type: "number", unit: "mw" },
    synonyms: [
      "dc power",
      "data center power",
      "data center capacity",
      "dc capacity",
      "dc capacity mw",
      "power capacity",
      "数据中心功率",
      "数据中心容量",
    ],
  },
  dc_cooling_confirmed: {
    kind: { type: "yes_no" },
    synonyms: ["cooling confirmed", "dc cooling", "冷却已确认"],
  },
  dc_space_confirmed: {
    kind: { type: "yes_no" },
    synonyms: ["space confirmed", "dc space", "空间已确认"],
  },
  dc_attestation: {
    kind: { type: "yes_no" },
    synonyms: [
      "dc attestation",
      "data center attestation",
      "data center statement",
      "数据中心声明",
    ],
  },
  euc_obtained: {
    kind: { type: "yes_no" },
    synonyms: [
      "euc",
      "end user certificate",
      "end-user certificate",
      "end-user certification",
      "最终用户证明",
    ],
  },
  ear_notice_given: {
    kind: { type: "yes_no" },
    synonyms: ["ear notice", "ear notice given", "customer notified", "ear告知"],
  },
  listed_party: {
    kind: { type: "text" },
    synonyms: [
      "listed",
      "restricted list",
      "list status",
      "screening result",
      "denied party",
      "清单状态",
      "实体清单",
    ],
  },
  colocated_listed: {
    kind: { type: "yes_no" },
    synonyms: [
      "colocated",
      "co-located with listed party",
      "shares address with listed party",
      "与清单方同址",
    ],
  },
  license_on_file: {
    kind: { type: "text" },
    synonyms: [
      "license",
      "licence",
      "license number",
      "licence number",
      "license exception",
      "authorization",
      "许可证",
      "许可证号",
    ],
  },
  transaction_date: {
    kind: { type: "date" },
    synonyms: [
      "date",
      "ship date",
      "shipment date",
      "contract date",
      "order date",
      "deal date",
      "交易日期",
      "发货日期",
      "日期",
    ],
  },
} as const satisfies Record<string, FieldSpec>;

export type CanonicalField = keyof typeof FIELD_SPECS;
export const CANONICAL_FIELDS = Object.keys(FIELD_SPECS) as CanonicalField[];

export function isCanonicalField(name: string): name is CanonicalField {
  return Object.prototype.hasOwnProperty.call(FIELD_SPECS, name);
}
