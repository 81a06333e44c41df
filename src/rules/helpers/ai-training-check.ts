import { answerFor, type HelperResult, headline, rawRowOf, UNREADABLE_AS_OF } from "./helper-run";

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
  const { screened, findings, notes, issues } = answerFor(raw, asOf, ["AI-TRAIN"], ["AI-TRAIN"]);
  return { findings, notes, issues, summary: screened ? headline(findings[0]) : UNREADABLE_AS_OF };
}
