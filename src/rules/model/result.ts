import { z } from "zod";
import { FindingSchema, LicenseId, LICENSE_IDS, RowIssueSchema } from "./finding";
import { IsoDateSchema } from "./row";

export const ROW_STATUSES = ["hit", "needs_review", "clear"] as const;
export const RowStatusSchema = z.enum(ROW_STATUSES);
export type RowStatus = z.infer<typeof RowStatusSchema>;

export const ECCN_VALUES = [
  "3A090.a",
  "3A090.b",
  "3A090.c",
  "4A090.a",
  "4A090.b",
  "not-3A090",
] as const;
export const EccnValueSchema = z.enum(ECCN_VALUES);
export type EccnValue = z.infer<typeof EccnValueSchema>;

export const ClassificationSchema = z.object({
  /** Computed ECCN, or null when the inputs do not decide it. */
  eccn: EccnValueSchema.nullable(),
  tpp: z.number().nullable(),
  pd: z.number().nullable(),
  /** Where the figures came from: the row's own specs, or the chip catalog entry named. */
  source: z.string(),
  /** Why this value: the paragraph and thresholds applied. */
  basis: z.string(),
});
export type Classification = z.infer<typeof ClassificationSchema>;

export const LicenseSchema = z.object({
  /** true: a licence is required; false: none of the bases applies; null: cannot be determined. */
  required: z.boolean().nullable(),
  bases: z.array(z.enum(LICENSE_IDS)),
  /** What license_on_file says, if anything. */
  authorization: z.string().nullable(),
});
export type License = z.infer<typeof LicenseSchema>;
export type { LicenseId };

/** Evidence for one name or address match against a restricted-party list (what a clearance refers to). */
export const PartyMatchSchema = z.object({
  role: z.enum(["customer", "consignee", "end user"]),
  party: z.string(),
  channel: z.enum(["name", "address"]),
  entryId: z.string(),
  entryHash: z.string(),
  listed: z.string(),
  alias: z.string(),
  list: z.string(),
  score: z.number(),
  outcome: z.enum(["hit", "needs_review"]),
});
export type PartyMatch = z.infer<typeof PartyMatchSchema>;

export const RowResultSchema = z.object({
  asOf: IsoDateSchema,
  status: RowStatusSchema,
  license: LicenseSchema,
  classification: ClassificationSchema.nullable(),
  findings: z.array(FindingSchema),
  notes: z.array(z.string()),
  issues: z.array(RowIssueSchema),
  /** Restricted-party matches behind LIC-LISTED / RF07, when names were screened against a list. */
  partyMatches: z.array(PartyMatchSchema).optional(),
});
export type RowResult = z.infer<typeof RowResultSchema>;
