import { z } from "zod";
import { IsoDateSchema } from "./row";

/** How sure the pack's authors are of a fact (ear-reference.md's tags). */
export const ConfidenceSchema = z.enum(["C", "S", "D", "UNCONFIRMED"]);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** Where a rule row comes from: the instrument, the section, the date it took effect. */
export const CitationSchema = z.object({
  /** The provision, e.g. "15 CFR 742.6(a)(6)(i)" or "AC/IC guidance, red flag 5". */
  ref: z.string().min(1),
  /** The instrument that wrote it, e.g. "88 FR 73458 (FR Doc 2023-23055)". */
  source: z.string().min(1),
  /** The date the text took effect (or was issued, for guidance). */
  date: IsoDateSchema,
  url: z.string().url().optional(),
  confidence: ConfidenceSchema,
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * Effective dating shared by every pack row: in force on `effectiveFrom` (null: since before the
 * pack's coverage starts) up to but not including `effectiveTo` (null: still in force).
 * Rows are never deleted; a change closes the old row and opens a new one.
 */
const dated = {
  effectiveFrom: IsoDateSchema.nullable(),
  effectiveTo: IsoDateSchema.nullable(),
  /** Key into the pack's citations table. */
  citation: z.string().min(1),
};

export const COUNTRY_GROUPS = [
  "A:5",
  "A:6",
  "D:1",
  "D:2",
  "D:3",
  "D:4",
  "D:5",
  "E:1",
  "E:2",
] as const;
export const CountryGroupSchema = z.enum(COUNTRY_GROUPS);
export type CountryGroup = z.infer<typeof CountryGroupSchema>;

export const MembershipRowSchema = z.object({
  group: CountryGroupSchema,
  country: z.string().regex(/^[A-Z]{2}$/),
  ...dated,
});
export type MembershipRow = z.infer<typeof MembershipRowSchema>;

export const ParameterValueSchema = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.array(z.string()),
]);
export type ParameterValue = z.infer<typeof ParameterValueSchema>;

/** A threshold, date, country list or switch that a check reads as of a date. */
export const ParameterRowSchema = z.object({
  name: z.string().min(1),
  value: ParameterValueSchema,
  unit: z.string().optional(),
  /** Why this value: the paragraph, or for qualitative guidance, why this default was chosen. */
  note: z.string().optional(),
  ...dated,
});
export type ParameterRow = z.infer<typeof ParameterRowSchema>;

/** A dated regulatory regime: when it was written, whether BIS enforces it, what a row screened under it is told. */
export const RuleWindowSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  enforced: z.boolean(),
  note: z.string().min(1),
  ...dated,
});
export type RuleWindow = z.infer<typeof RuleWindowSchema>;

export const ChipSchema = z.object({
  id: z.string().min(1),
  /** The name shown to users. */
  name: z.string().min(1),
  /** Spellings users write, compared after folding case, spaces and punctuation. */
  aliases: z.array(z.string().min(1)),
  manufacturer: z.string().min(1),
  /** ic: a chip; board/system: a product containing the chips of `basedOn` (4A090 when they are 3A090). */
  kind: z.enum(["ic", "board", "system"]),
  basedOn: z.string().optional(),
  /** Accelerators per board or system. */
  accelerators: z.number().int().positive().optional(),
  tops: z.number().positive().nullable(),
  bitLength: z.number().int().positive().nullable(),
  tpp: z.number().positive().nullable(),
  dieAreaMm2: z.number().positive().nullable(),
  datacenter: z.boolean(),
  interconnectGbs: z.number().nonnegative().nullable(),
  /** Accelerator power (TDP) in kW, without the server's share. */
  powerKw: z.number().positive().nullable(),
  /** A PRC advanced-computing IC named by BIS, or a product built on one (GP10 guidance). */
  prcAdvancedIc: z.boolean(),
  note: z.string().optional(),
  source: z.string().min(1),
  confidence: ConfidenceSchema,
});
export type Chip = z.infer<typeof ChipSchema>;

export const FindingDefSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  citation: z.string().min(1),
  /** The paragraph of the cited document this id rests on ("red flag 5"), when the document has several. */
  paragraph: z.string().min(1).optional(),
});
export type FindingDef = z.infer<typeof FindingDefSchema>;

export const RulePackSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  title: z.string().min(1),
  /** The first date the pack can answer for; earlier dates are outside its coverage. */
  coverageFrom: IsoDateSchema,
  /** The last date the pack's authors checked the sources against. */
  reviewedOn: IsoDateSchema,
  citations: z.record(z.string(), CitationSchema),
  countryGroups: z.array(MembershipRowSchema),
  windows: z.array(RuleWindowSchema),
  parameters: z.array(ParameterRowSchema),
  chips: z.array(ChipSchema),
  findings: z.array(FindingDefSchema),
});
export type RulePack = z.infer<typeof RulePackSchema>;
