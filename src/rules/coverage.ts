import type { CheckFamily } from "./checks/check-family";
import { CHECK_FAMILIES } from "./checks/families";
import type { CanonicalField } from "./model/fields";
import type { FindingId } from "./model/finding";

/** A check that cannot run on this sheet, and the columns it lacks (any one of each group would do). */
export interface CoverageGap {
  id: FindingId;
  missing: string[];
}

/** Which checks the sheet's columns cannot feed. */
export function coverageGaps(
  present: ReadonlySet<CanonicalField>,
  extraChecks: readonly CheckFamily[] = [],
): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const family of [...CHECK_FAMILIES, ...extraChecks]) {
    for (const [id, groups] of Object.entries(family.requires) as [
      FindingId,
      readonly (readonly CanonicalField[])[],
    ][]) {
      const missing = groups
        .filter((group) => !group.some((f) => present.has(f)))
        .map((group) => group.join(" or "));
      if (missing.length > 0 && !gaps.some((g) => g.id === id)) gaps.push({ id, missing });
    }
  }
  return gaps;
}
