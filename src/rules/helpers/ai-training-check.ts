import { type HelperResult, headline, pick, rawRowOf, screenForHelper } from "./helper-run";

export interface AiTrainingArgs {
  hqCountry?: unknown;
  parentCountry?: unknown;
  endUse?: unknown;
  /** Operations used to train the model ("1e26", "10^25"). */
  trainingOps?: unknown;
  /** Whether the customer provides IaaS / cloud compute (yes/no). */
  iaasProvider?: unknown;
  /** Whether that IaaS customer confirmed its users are not headquartered in China or Macau. */
  iaasUsersConfirmed?: unknown;
}

export interface AiTrainingCheckResult extends HelperResult {
  summary: string;
}

/** AI-TRAIN: compute for training AI models for a party headquartered in D:5 or Macau. */
export function aiTrainingCheck(args: AiTrainingArgs, asOf: unknown): AiTrainingCheckResult {
  const raw = rawRowOf({
    hq_country: args.hqCountry,
    parent_country: args.parentCountry,
    end_use: args.endUse,
    model_training_ops: args.trainingOps,
    iaas_provider: args.iaasProvider,
    iaas_users_confirmed: args.iaasUsersConfirmed,
  });
  const { result, issues } = screenForHelper(raw, asOf);
  if (!result)
    return {
      findings: [],
      notes: [],
      issues,
      summary: "No result: the as-of date is not readable.",
    };
  const findings = pick(result.findings, ["AI-TRAIN"]);
  const notes = result.notes.filter((n) => n.startsWith("AI-TRAIN"));
  return { findings, notes, issues, summary: headline(findings[0]) };
}
