import type { CheckFamily } from "./check-family";
import { licenseChecks } from "./license";

/**
 * Every check family screenRow runs, in the order their findings are listed.
 * A new family is one file exporting a CheckFamily, added here.
 */
export const CHECK_FAMILIES: readonly CheckFamily[] = [licenseChecks];
