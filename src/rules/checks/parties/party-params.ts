import { z } from "zod";
import {
  CitationSchema,
  ParameterRowSchema,
  type Citation,
  type ParameterRow,
} from "../../model/pack";

/** The party-screening pack: dated parameter rows plus the citations they point at. */
export const PartyPackSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  title: z.string().min(1),
  reviewedOn: z.string(),
  citations: z.record(z.string(), CitationSchema),
  parameters: z.array(ParameterRowSchema),
});
export type PartyPack = z.infer<typeof PartyPackSchema>;

export interface PartyScreeningParams {
  nameHitThreshold: number;
  nameReviewThreshold: number;
  addressHitThreshold: number;
  addressReviewThreshold: number;
  countryMismatchPenalty: number;
  listMaxAgeDays: number;
  sourceDropTolerance: number;
  ownershipNotice: string;
}

/** Fallbacks, equal to the pack's undated rows; used only where the pack has no row in force. */
export const DEFAULT_PARTY_PARAMS: PartyScreeningParams = {
  nameHitThreshold: 0.92,
  nameReviewThreshold: 0.8,
  addressHitThreshold: 0.9,
  addressReviewThreshold: 0.7,
  countryMismatchPenalty: 0.05,
  listMaxAgeDays: 30,
  sourceDropTolerance: 0.2,
  ownershipNotice:
    "Ownership is not screened: parties 50 % or more owned by listed entities are not detected by name screening.",
};

function inForce(row: ParameterRow, asOf: string): boolean {
  return (
    (row.effectiveFrom === null || row.effectiveFrom <= asOf) &&
    (row.effectiveTo === null || asOf < row.effectiveTo)
  );
}

export interface PartyParamsResult {
  params: PartyScreeningParams;
  /** Parameter name -> the citation of the row used. */
  citations: Record<string, Citation>;
  problems: string[];
}

/** The parameter values in force on `asOf`; unreadable packs and missing rows become problems. */
export function partyParamsFromPack(input: unknown, asOf: string): PartyParamsResult {
  const parsed = PartyPackSchema.safeParse(input);
  const params: PartyScreeningParams = { ...DEFAULT_PARTY_PARAMS };
  const citations: Record<string, Citation> = {};
  if (!parsed.success) {
    return {
      params,
      citations,
      problems: parsed.error.issues.map((i) => `party pack ${i.path.join(".")}: ${i.message}`),
    };
  }
  const pack = parsed.data;
  const problems: string[] = [];
  const numeric: [keyof PartyScreeningParams, string][] = [
    ["nameHitThreshold", "parties.name_hit_threshold"],
    ["nameReviewThreshold", "parties.name_review_threshold"],
    ["addressHitThreshold", "parties.address_hit_threshold"],
    ["addressReviewThreshold", "parties.address_review_threshold"],
    ["countryMismatchPenalty", "parties.country_mismatch_penalty"],
    ["listMaxAgeDays", "parties.list_max_age_days"],
    ["sourceDropTolerance", "parties.source_drop_tolerance"],
  ];
  const rowFor = (name: string): ParameterRow | undefined =>
    pack.parameters.find((r) => r.name === name && inForce(r, asOf));
  for (const [key, name] of numeric) {
    const row = rowFor(name);
    if (!row || typeof row.value !== "number") {
      problems.push(`No numeric ${name} in force on ${asOf}; using ${String(params[key])}.`);
      continue;
    }
    Object.assign(params, { [key]: row.value });
    const c = pack.citations[row.citation];
    if (c) citations[name] = c;
    else problems.push(`${name} cites "${row.citation}", which the pack does not define.`);
  }
  const notice = rowFor("parties.ownership_notice");
  if (notice && typeof notice.value === "string") params.ownershipNotice = notice.value;
  else problems.push(`No parties.ownership_notice in force on ${asOf}.`);
  return { params, citations, problems };
}
