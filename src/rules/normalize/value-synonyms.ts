import type { AddressType, Business, EndUse, HqDisclosure, WebPresence } from "../model/enums";

/**
 * Free-text values users write, folded (lower case, no spaces or punctuation), mapped to the
 * canonical enum values. The canonical value itself (folded) is always accepted too.
 */
export const BUSINESS_SYNONYMS: Record<string, Business> = {
  datacenter: "data_center", datacentre: "data_center", colocation: "data_center", 数据中心: "data_center", idc: "data_center",
  cloud: "cloud_iaas", iaas: "cloud_iaas", cloudprovider: "cloud_iaas", cloudservices: "cloud_iaas", 云服务: "cloud_iaas", 云服务商: "cloud_iaas",
  ailab: "ai_developer", aicompany: "ai_developer", aistartup: "ai_developer", 人工智能: "ai_developer", 人工智能企业: "ai_developer",
  oem: "server_oem", serveroem: "server_oem", servermaker: "server_oem", systemintegrator: "server_oem", 服务器厂商: "server_oem",
  distributor: "distributor", wholesaler: "distributor", 分销商: "distributor", 经销商: "distributor",
  reseller: "reseller", var: "reseller", 转售商: "reseller",
  university: "university", college: "university", 大学: "university", 高校: "university",
  research: "research_institute", researchinstitute: "research_institute", lab: "research_institute", 研究所: "research_institute", 研究院: "research_institute",
  government: "government", ministry: "government", agency: "government", 政府: "government", 政府机构: "government",
  manufacturer: "manufacturer", manufacturing: "manufacturer", factory: "manufacturer", 制造商: "manufacturer",
  bank: "financial_institution", financialinstitution: "financial_institution", lender: "financial_institution", finance: "financial_institution", fund: "financial_institution", 银行: "financial_institution", 金融机构: "financial_institution",
  freightforwarder: "freight_forwarder", forwarder: "freight_forwarder", 货代: "freight_forwarder", 货运代理: "freight_forwarder",
  logistics: "logistics", shipping: "logistics", courier: "logistics", 物流: "logistics", 物流公司: "logistics",
  mailcenter: "mail_center", mailcentre: "mail_center", parcelcenter: "mail_center", 邮件中心: "mail_center",
  electronicsretailer: "retailer_electronics", 电子产品零售商: "retailer_electronics",
  retailer: "retailer_other", retail: "retailer_other", 零售商: "retailer_other",
  individual: "individual", person: "individual", consumer: "individual", 个人: "individual",
  other: "other", 其他: "other",
};

export const ADDRESS_TYPE_SYNONYMS: Record<string, AddressType> = {
  commercial: "commercial", office: "commercial", business: "commercial", industrial: "commercial", 商业: "commercial", 办公: "commercial",
  residential: "residential", home: "residential", apartment: "residential", house: "residential", 住宅: "residential", 居民: "residential",
  virtualoffice: "virtual_office", virtual: "virtual_office", coworking: "virtual_office", 虚拟办公室: "virtual_office",
  lawfirm: "law_firm", registeredagent: "law_firm", 律师事务所: "law_firm",
  mailcenter: "mail_center", mailcentre: "mail_center", pobox: "mail_center", parcelcenter: "mail_center", 邮件中心: "mail_center",
  unknown: "unknown", 未知: "unknown",
};

export const WEB_PRESENCE_SYNONYMS: Record<string, WebPresence> = {
  yes: "yes", y: "yes", full: "yes", good: "yes", 有: "yes", 是: "yes",
  limited: "limited", little: "limited", minimal: "limited", some: "limited", 有限: "limited", 很少: "limited",
  none: "none", no: "none", n: "none", 无: "none", 否: "none",
};

export const HQ_DISCLOSURE_SYNONYMS: Record<string, HqDisclosure> = {
  yes: "yes", y: "yes", full: "yes", disclosed: "yes", 是: "yes", 已披露: "yes",
  partial: "partial", partly: "partial", incomplete: "partial", 部分: "partial", 部分披露: "partial",
  refused: "refused", no: "refused", n: "refused", declined: "refused", 拒绝: "refused", 拒绝披露: "refused", 否: "refused",
};

/**
 * End-use phrases, folded, checked as substrings longest first (so "military intelligence" wins
 * over "military", and "AI model training" over "training").
 */
export const END_USE_PHRASES: [string, EndUse][] = [
  ["militaryintelligence", "military_intelligence"], ["军事情报", "military_intelligence"], ["intelligenceservice", "military_intelligence"],
  ["weaponsofmassdestruction", "wmd"], ["wmd", "wmd"], ["nuclearweapon", "wmd"], ["missile", "wmd"], ["chemicalweapon", "wmd"], ["biologicalweapon", "wmd"], ["大规模杀伤性武器", "wmd"], ["核武器", "wmd"], ["导弹", "wmd"],
  ["destructivetesting", "destructive_testing"], ["teardown", "destructive_testing"], ["破坏性测试", "destructive_testing"],
  ["technicalanalysis", "technical_analysis"], ["evaluation", "technical_analysis"], ["benchmarking", "technical_analysis"], ["技术分析", "technical_analysis"],
  ["aitraining", "ai_training"], ["modeltraining", "ai_training"], ["trainingaimodels", "ai_training"], ["trainingofaimodels", "ai_training"], ["llmtraining", "ai_training"], ["training", "ai_training"], ["模型训练", "ai_training"], ["训练", "ai_training"],
  ["aiinference", "ai_inference"], ["inference", "ai_inference"], ["推理", "ai_inference"],
  ["hpc", "hpc"], ["supercomputing", "hpc"], ["highperformancecomputing", "hpc"], ["scientificcomputing", "hpc"], ["高性能计算", "hpc"],
  ["cloudservices", "cloud_services"], ["cloud", "cloud_services"], ["iaas", "cloud_services"], ["云服务", "cloud_services"],
  ["resale", "resale"], ["resell", "resale"], ["redistribution", "resale"], ["转售", "resale"],
  ["internaluse", "internal_use"], ["internal", "internal_use"], ["内部使用", "internal_use"],
  ["surveillance", "surveillance"], ["监控", "surveillance"],
  ["military", "military"], ["defense", "military"], ["defence", "military"], ["armedforces", "military"], ["军事", "military"], ["军用", "military"],
  ["other", "other"], ["其他", "other"],
];
