import { z } from "zod";

/** Lines of business a customer or consignee can be in (row-model.md, "Business enum"). */
export const BUSINESSES = [
  "data_center",
  "cloud_iaas",
  "ai_developer",
  "server_oem",
  "distributor",
  "reseller",
  "university",
  "research_institute",
  "government",
  "manufacturer",
  "financial_institution",
  "freight_forwarder",
  "logistics",
  "mail_center",
  "retailer_electronics",
  "retailer_other",
  "individual",
  "other",
] as const;
export const BusinessSchema = z.enum(BUSINESSES);
export type Business = z.infer<typeof BusinessSchema>;

/** What kind of place an address is (row-model.md, customer_address_type). */
export const ADDRESS_TYPES = [
  "commercial",
  "residential",
  "virtual_office",
  "law_firm",
  "mail_center",
  "unknown",
] as const;
export const AddressTypeSchema = z.enum(ADDRESS_TYPES);
export type AddressType = z.infer<typeof AddressTypeSchema>;

/** Stated end uses (row-model.md, "End-use enum"). A row may carry several. */
export const END_USES = [
  "ai_training",
  "ai_inference",
  "hpc",
  "cloud_services",
  "resale",
  "internal_use",
  "military",
  "military_intelligence",
  "wmd",
  "surveillance",
  "technical_analysis",
  "destructive_testing",
  "other",
] as const;
export const EndUseSchema = z.enum(END_USES);
export type EndUse = z.infer<typeof EndUseSchema>;

export const WEB_PRESENCE = ["yes", "limited", "none"] as const;
export const WebPresenceSchema = z.enum(WEB_PRESENCE);
export type WebPresence = z.infer<typeof WebPresenceSchema>;

export const HQ_DISCLOSURE = ["yes", "partial", "refused"] as const;
export const HqDisclosureSchema = z.enum(HQ_DISCLOSURE);
export type HqDisclosure = z.infer<typeof HqDisclosureSchema>;
