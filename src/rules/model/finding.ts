import { z } from "zod";

/** What one check concluded for one row. `clear` is only ever said when the check could decide. */
export const OUTCOMES = ["hit", "clear", "needs_review", "not_assessed"] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Stable finding ids: the product's vocabulary (row-model.md). Wording may change, ids may not. */
export const LICENSE_IDS = [
  "LIC-DEST",
  "LIC-HQ",
  "LIC-HBM",
  "LIC-MEU",
  "LIC-MIEU",
  "LIC-WMD",
  "LIC-LISTED",
] as const;
export const RED_FLAG_IDS = [
  "RF01",
  "RF02",
  "RF03",
  "RF04",
  "RF05",
  "RF06",
  "RF07",
  "RF08",
  "RF09",
  "RF10",
  "RF11",
] as const;
export const DILIGENCE_IDS = ["DD1", "DD2", "DD3", "DD4", "DD5", "DD6", "DD7"] as const;
export const FINDING_IDS = [
  ...LICENSE_IDS,
  ...RED_FLAG_IDS,
  ...DILIGENCE_IDS,
  "GP10",
  "AI-TRAIN",
] as const;
export const FindingIdSchema = z.enum(FINDING_IDS);
export type FindingId = z.infer<typeof FindingIdSchema>;
export type LicenseId = (typeof LICENSE_IDS)[number];

export const FindingSchema = z.object({
  id: FindingIdSchema,
  outcome: OutcomeSchema,
  /** One sentence naming the values the check saw. */
  message: z.string().min(1),
  /** The rule or guidance paragraph it rests on, with the date that text applied from. */
  citation: z.string().min(1),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Bad input, returned beside the result (never thrown). Codes are stable snake_case. */
export const ISSUE_CODES = [
  "unknown_country",
  "unreadable_number",
  "unreadable_date",
  "unreadable_value",
  "unknown_item",
  "eccn_mismatch",
  "assumed_value",
  "missing_field",
  "date_outside_pack",
] as const;
export const IssueCodeSchema = z.enum(ISSUE_CODES);
export type IssueCode = z.infer<typeof IssueCodeSchema>;

export const RowIssueSchema = z.object({
  field: z.string(),
  code: IssueCodeSchema,
  message: z.string(),
});
export type RowIssue = z.infer<typeof RowIssueSchema>;
