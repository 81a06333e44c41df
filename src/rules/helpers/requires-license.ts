import { LICENSE_IDS } from "../model/finding";
import type { LicenseId } from "../model/finding";
import { type HelperResult, pick, rawRowOf, screenForHelper } from "./helper-run";

export interface RequiresLicenseArgs {
  /** An ECCN ("3A090.a", "EAR99") or a product name ("H100 SXM5"). */
  eccnOrItem: unknown;
  destination: unknown;
  hqCountry?: unknown;
  parentCountry?: unknown;
  endUse?: unknown;
}

export interface RequiresLicenseResult extends HelperResult {
  /** true: a licence is required; false: none of the requirements applies; null: cannot decide. */
  required: boolean | null;
  bases: LicenseId[];
  message: string;
}

const ECCN = /^\s*(\d[A-E]\d{3}(\.[A-Za-z0-9.]+)?|EAR99|not-3A090)\s*$/i;

/** Whether shipping `eccnOrItem` to `destination` needs a licence as of `asOf`, and on which bases. */
export function requiresLicense(args: RequiresLicenseArgs, asOf: unknown): RequiresLicenseResult {
  const isEccn = typeof args.eccnOrItem === "string" && ECCN.test(args.eccnOrItem);
  const raw = rawRowOf({
    eccn: isEccn ? args.eccnOrItem : undefined,
    item: isEccn ? undefined : (args.eccnOrItem ?? ""),
    destination_country: args.destination ?? "",
    hq_country: args.hqCountry,
    parent_country: args.parentCountry,
    end_use: args.endUse,
  });
  const { result, issues, asOf: date } = screenForHelper(raw, asOf);
  if (!result) {
    return {
      required: null,
      bases: [],
      findings: [],
      notes: [],
      issues,
      message: "Cannot decide: the as-of date is not readable.",
    };
  }
  const findings = pick(result.findings, LICENSE_IDS);
  const { required, bases } = result.license;
  const first = (outcome: string) => findings.find((f) => f.outcome === outcome)?.message ?? "";
  const message =
    required === true
      ? `Licence required on ${date ?? ""} (${bases.join(", ")}): ${first("hit")}`
      : required === false
        ? `No licence required on ${date ?? ""} by the advanced-computing, end-use or listed-party rules checked.`
        : `Cannot decide: ${first("needs_review") || issues[0]?.message || "the inputs are incomplete."}`;
  return { required, bases, findings, notes: result.notes, issues, message };
}
