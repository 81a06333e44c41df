/**
 * The one-question answers behind CHIP.REQUIRESLICENSE, LICENSEBASIS, DC_POWER_CHECK, GP10 and
 * AITRAINING. Each asks the rule core's helper for that question (requiresLicense, dcPowerCheck,
 * gp10Check, aiTrainingCheck) and words the answer for a cell. The core decides; this file only
 * maps its answer to a value, #VALUE! or #N/A.
 */
import {
  aiTrainingCheck,
  controlLevel,
  dcPowerCheck,
  defaultPack,
  findChip,
  gp10Check,
  requiresLicense,
  screenRow,
  type Finding,
  type IsoDate,
  type RawRow,
  type RowIssue,
  type RowResult,
} from "../rules";
import { invalidValue, notAvailable } from "./excel-errors";

export function screenOne(raw: RawRow, asOf: IsoDate): RowResult {
  return screenRow(raw, { asOf });
}

/** Arguments were checked before the helper ran; an issue it still reports is bad input all the same. */
function rejectIssues(issues: readonly RowIssue[]): void {
  if (issues.length > 0) throw invalidValue(issues.map((i) => sentence(i.message)).join(" "));
}

/** A finding message without a leading "Not assessed:" (the outcome word says it already). */
function withoutLead(text: string): string {
  const plain = text
    .replace(/^not assessed:\s*/i, "")
    .replace(/the sheet has no (.+?) column/i, "no $1 was given");
  return sentence(plain);
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Puts an ECCN in `eccn` and anything else in `item`; an item the catalog does not know is #N/A. */
export function itemFields(eccnOrItem: string): Pick<RawRow, "eccn" | "item"> {
  if (controlLevel(eccnOrItem) !== "unknown") return { eccn: eccnOrItem };
  if (!findChip(defaultPack, eccnOrItem)) {
    throw notAvailable(
      `"${eccnOrItem}" is neither an ECCN nor a chip or system in Chipscreen's catalog; give its ECCN (e.g. 3A090.a) instead.`,
    );
  }
  return { item: eccnOrItem };
}

export interface LicenceQuestion {
  eccnOrItem: string;
  destination: string;
  hqCountry?: string | undefined;
  parentCountry?: string | undefined;
  endUse?: string | undefined;
  asOf: IsoDate;
}

export interface LicenceAnswer {
  required: boolean;
  /** The licence findings that require it (empty when not required). */
  bases: Finding[];
}

/** Licence required or not; #N/A (with the reasons) when the inputs do not decide it. */
export function licenceAnswer(q: LicenceQuestion): LicenceAnswer {
  itemFields(q.eccnOrItem); // an item the catalog does not know is #N/A, not a silent "?"
  const answer = requiresLicense(
    {
      eccnOrItem: q.eccnOrItem,
      destination: q.destination,
      hqCountry: q.hqCountry,
      parentCountry: q.parentCountry,
      endUse: q.endUse,
    },
    q.asOf,
  );
  if (answer.required === null) {
    const reasons = [
      ...answer.findings
        .filter((f) => f.outcome === "needs_review")
        .map((f) => `${f.id}: ${sentence(f.message)}`),
      ...answer.issues.map((i) => sentence(i.message)),
    ];
    const why = reasons.length > 0 ? reasons.join(" ") : "the rules in force do not decide it.";
    throw notAvailable(`Cannot determine whether a licence is required as of ${q.asOf}: ${why}`);
  }
  const bases = answer.findings.filter((f) => f.outcome === "hit" && f.id.startsWith("LIC-"));
  return { required: answer.required, bases };
}

/** The bases with their citations, as one text: "LIC-DEST: … [15 CFR 742.6(a)(6) …]; LIC-HQ: …". */
export function licenceBasisText(answer: LicenceAnswer): string {
  if (!answer.required) return "none: no licence requirement applies to these inputs";
  return answer.bases.map((f) => `${f.id}: ${sentence(f.message)} [${f.citation}]`).join("; ");
}

function missingCheck(ids: string): never {
  throw notAvailable(
    `The ${ids} check is not part of this build of the rules yet, so it cannot be answered.`,
  );
}

export interface PowerQuestion {
  capacityMw: number;
  quantity?: number | undefined;
  item?: string | undefined;
  chipPowerKw?: number | undefined;
  asOf: IsoDate;
}

/** "ENHANCED REVIEW: 12 MW ≥ 10 MW (DD7)", "SHORTFALL: needs 2.2 MW, has 1.5 MW (RF10)", "REVIEW: …" or "OK: …". */
export function powerCheckText(q: PowerQuestion): string {
  const answer = dcPowerCheck(
    {
      capacityMw: q.capacityMw,
      quantity: q.quantity,
      item: q.item,
      chipPowerKw: q.chipPowerKw,
    },
    q.asOf,
  );
  rejectIssues(answer.issues);
  if (answer.findings.length === 0) missingCheck("data-centre power (DD7, RF10)");
  return answer.verdict;
}

/** "GP10 RISK: …", "exempt: …", "review: …" or "none". */
export function gp10Text(
  item: string,
  manufacturer: string | undefined,
  endUse: string | undefined,
  asOf: IsoDate,
): string {
  const answer = gp10Check(item, manufacturer, endUse, asOf);
  rejectIssues(answer.issues);
  const f = answer.findings[0];
  if (!f) missingCheck("GP10");
  switch (f.outcome) {
    case "hit":
      return `GP10 RISK: ${sentence(f.message)}`;
    case "needs_review":
      return `review: ${sentence(f.message)}`;
    case "not_assessed":
      throw notAvailable(`GP10 could not be assessed: ${withoutLead(f.message)}`);
    case "clear": {
      // A named chip cleared only by its end use carries the guidance's non-enforcement note.
      const exemption = answer.notes.find((n) => n.startsWith("GP10:") && /enforcement/i.test(n));
      return exemption
        ? `exempt: ${sentence(f.message)} ${exemption.slice("GP10:".length).trim()}`
        : "none";
    }
  }
}

export interface TrainingQuestion {
  hqCountry?: string | undefined;
  parentCountry?: string | undefined;
  endUse?: string | undefined;
  trainingOps?: number | undefined;
  asOf: IsoDate;
}

const OUTCOME_WORDS: Record<Finding["outcome"], string> = {
  hit: "HIT",
  needs_review: "REVIEW",
  clear: "CLEAR",
  not_assessed: "NOT ASSESSED",
};

/** "HIT: …", "REVIEW: …", "CLEAR: …" for the AI-training concern (AI-TRAIN). */
export function aiTrainingText(q: TrainingQuestion): string {
  const answer = aiTrainingCheck(
    {
      hqCountry: q.hqCountry,
      parentCountry: q.parentCountry,
      endUse: q.endUse,
      trainingOps: q.trainingOps,
    },
    q.asOf,
  );
  rejectIssues(answer.issues);
  const f = answer.findings[0];
  if (!f) missingCheck("AI-training (AI-TRAIN)");
  return `${OUTCOME_WORDS[f.outcome]}: ${withoutLead(f.message)}`;
}
