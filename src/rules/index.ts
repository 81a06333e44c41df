/**
 * Chipscreen's rule core: the one module every adapter (command line, custom functions, task pane)
 * imports. Pure: no Office, DOM, Node APIs or clock; every answer is computed "as of" a given date.
 */
export * from "./model/enums";
export * from "./model/fields";
export * from "./model/finding";
export * from "./model/pack";
export * from "./model/result";
export * from "./model/row";
export { defaultPack, loadRulePack, packIdentity, type PackIdentity } from "./packs/default-pack";
export { contentHash } from "./packs/content-hash";
export {
  citationText,
  groupsOf,
  isInForce,
  parameterList,
  parameterNumber,
  parameterRow,
  ruleCountry,
  windowsInForce,
} from "./packs/as-of";
export { parseCountry, countryName } from "./normalize/country";
export { parseDate } from "./normalize/date";
export { parseNumber } from "./normalize/number";
export { parseYesNo } from "./normalize/yes-no";
export { parseEndUses } from "./normalize/enum-value";
export { daysBetween, excelSerialFromIso, isoFromExcelSerial } from "./normalize/civil-date";
export { fieldForHeader, mapHeaders, type HeaderMapping } from "./normalize/headers";
export { normalizeRow, type RawRow } from "./normalize/row";
export {
  EXCEL_ERROR_VALUES,
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  isExcelError,
  NO_RESULT,
} from "./normalize/header-row";
export {
  classifyChip,
  performanceDensity,
  totalProcessingPerformance,
  type ChipSpecs,
} from "./checks/classify";
export { findChip, icOf } from "./checks/chip-catalog";
export { controlLevel } from "./checks/license";
export type { CheckContext, CheckFamily, CheckOutput } from "./checks/check-family";
export { CHECK_FAMILIES } from "./checks/families";
export {
  columnLetter,
  screenRow,
  screenTable,
  screenTypedRow,
  type AsOfRule,
  type ScreenOptions,
  type ScreenedRow,
  type TableOptions,
} from "./screen";
export { coverageGaps, type CoverageGap } from "./coverage";
export { summarizeResults, type TableSummary } from "./summary";
export { explain, type Explanation } from "./explain";
export { redFlags, type RedFlagsResult } from "./helpers/red-flags";
export {
  requiresLicense,
  type RequiresLicenseArgs,
  type RequiresLicenseResult,
} from "./helpers/requires-license";
export { dcPowerCheck, type DcPowerArgs, type DcPowerResult } from "./helpers/dc-power-check";
export { gp10Check, type Gp10CheckResult } from "./helpers/gp10-check";
export {
  aiTrainingCheck,
  type AiTrainingArgs,
  type AiTrainingCheckResult,
} from "./helpers/ai-training-check";
export type { HelperResult } from "./helpers/helper-run";
export {
  loadScreeningList,
  partyScreeningChecks,
  type ListFile,
  type ListLoad,
  type LoadedList,
  type PartyScreeningSetup,
} from "./checks/party-screening";
export {
  ClearanceFileSchema,
  ClearanceSchema,
  parseClearances,
  partyParamsFromPack,
  entryHash,
  listStats,
  matchName,
  consequenceOf,
  SOURCE_NAMES,
  type Clearance,
  type ListProblem,
  type ListStats,
  type NameMatch,
  type ScreeningList,
  type PartyScreeningParams,
} from "./checks/parties";
export { default as partyScreeningPack } from "./packs/party-screening.json";
