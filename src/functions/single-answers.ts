/**
 * The one-question answers behind CHIP.REQUIRESLICENSE, LICENSEBASIS, DC_POWER_CHECK, GP10 and
 * AITRAINING. Each builds a one-row table of the fields the question needs and asks the rule core's
 * screenRow, then reads the findings that answer it. The core decides; this file only words it.
 */
import {
  controlLevel,
  defaultPack,
  findChip,
  screenRow,
  type Finding,
  type FindingId,
  type IsoDate,
  type RawRow,
  type RowResult,
} from "../rules";
import { notAvailable } from "./excel-errors";

export function screenOne(raw: RawRow, asOf: IsoDate): RowResult {
  return screenRow(raw, { asOf });
}

function finding(result: RowResult, id: FindingId): Finding | undefined {
  return result.findings.find((f) => f.id === id);
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
  const raw: RawRow = { ...itemFields(q.eccnOrItem), destination_country: q.destination };
  if (q.hqCountry !== undefined) raw.hq_country = q.hqCountry;
  if (q.parentCountry !== undefined) raw.parent_country = q.parentCountry;
  if (q.endUse !== undefined) raw.end_use = q.endUse;
  const result = screenOne(raw, q.asOf);
  const licence = result.findings.filter((f) => f.id.startsWith("LIC-"));
  if (result.license.required === null) {
    const reasons = [
      ...licence
        .filter((f) => f.outcome === "needs_review")
        .map((f) => `${f.id}: ${sentence(f.message)}`),
      ...result.issues.map((i) => sentence(i.message)),
    ];
    const why = reasons.length > 0 ? reasons.join(" ") : "the rules in force do not decide it.";
    throw notAvailable(`Cannot determine whether a licence is required as of ${q.asOf}: ${why}`);
  }
  const bases = licence.filter((f) => f.outcome === "hit");
  return { required: result.license.required, bases };
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

/** "ENHANCED REVIEW: …" (DD7), "SHORTFALL: …" (RF10), "REVIEW: …" or "OK: …". */
export function powerCheckText(q: PowerQuestion): string {
  const raw: RawRow = { dc_power_mw: q.capacityMw };
  if (q.quantity !== undefined) raw.quantity = q.quantity;
  if (q.item !== undefined) raw.item = q.item;
  if (q.chipPowerKw !== undefined) raw.chip_power_kw = q.chipPowerKw;
  const result = screenOne(raw, q.asOf);
  const dd7 = finding(result, "DD7");
  const rf10 = finding(result, "RF10");
  if (!dd7 && !rf10) missingCheck("data-centre power (DD7, RF10)");
  const parts: string[] = [];
  if (dd7?.outcome === "hit") parts.push(`ENHANCED REVIEW: ${sentence(dd7.message)} (DD7)`);
  if (rf10?.outcome === "hit") parts.push(`SHORTFALL: ${sentence(rf10.message)} (RF10)`);
  if (parts.length > 0) return parts.join(" ");
  const review = [dd7, rf10].filter((f): f is Finding => f?.outcome === "needs_review");
  if (review.length > 0)
    return `REVIEW: ${review.map((f) => `${sentence(f.message)} (${f.id})`).join(" ")}`;
  const clear = [dd7, rf10].filter((f): f is Finding => f?.outcome === "clear");
  return `OK: ${clear.map((f) => `${sentence(f.message)} (${f.id})`).join(" ") || "no power concern found."}`;
}

/** "GP10 RISK: …", "exempt: …", "review: …" or "none". */
export function gp10Text(
  item: string,
  manufacturer: string | undefined,
  endUse: string | undefined,
  asOf: IsoDate,
): string {
  const raw: RawRow = { item };
  if (manufacturer !== undefined) raw.manufacturer = manufacturer;
  if (endUse !== undefined) raw.end_use = endUse;
  const result = screenOne(raw, asOf);
  const f = finding(result, "GP10");
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
      const exemption = result.notes.find((n) => n.startsWith("GP10:") && /enforcement/i.test(n));
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
  const raw: RawRow = {};
  if (q.hqCountry !== undefined) raw.hq_country = q.hqCountry;
  if (q.parentCountry !== undefined) raw.parent_country = q.parentCountry;
  if (q.endUse !== undefined) raw.end_use = q.endUse;
  if (q.trainingOps !== undefined) raw.model_training_ops = q.trainingOps;
  const f = finding(screenOne(raw, q.asOf), "AI-TRAIN");
  if (!f) missingCheck("AI-training (AI-TRAIN)");
  return `${OUTCOME_WORDS[f.outcome]}: ${withoutLead(f.message)}`;
}
