import { aiTrainingChecks } from "./ai-training";
import type { CheckFamily } from "./check-family";
import { dataCenterChecks } from "./datacenter";
import { diligenceChecks } from "./diligence";
import { gp10Checks } from "./gp10";
import { licenseChecks } from "./license";
import { redFlagChecks } from "./red-flags";

/**
 * Every check family screenRow runs, in the order their findings are listed.
 * A new family is one file exporting a CheckFamily, added here.
 */
export const CHECK_FAMILIES: readonly CheckFamily[] = [
  licenseChecks,
  redFlagChecks,
  dataCenterChecks,
  diligenceChecks,
  gp10Checks,
  aiTrainingChecks,
];
