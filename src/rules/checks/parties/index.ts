/** Restricted-party screening against the Consolidated Screening List: the public API. */
export * from "./list-model";
export { normalizeName, nameKey, foldText } from "./normalize-name";
export { isLegalForm, canonicalLegalForm } from "./legal-forms";
export { jaroWinkler } from "./jaro-winkler";
export { parseCslCsv, CSL_CSV_COLUMNS } from "./parse-csl-csv";
export { parseCslJson, type ParsedCslJson } from "./parse-csl-json";
export {
  parseCompactList,
  screeningListFromCompact,
  type ParsedCompactList,
} from "./parse-compact-list";
export { parseOfacSdn, type OfacFiles } from "./parse-ofac-sdn";
export {
  validateList,
  listStats,
  DEFAULT_VALIDATE_OPTIONS,
  type ListValidation,
  type ValidateListOptions,
} from "./validate-list";
export { fnv1a64, entryHash, listHash } from "./content-hash";
export { buildPartyIndex, findCandidates, type PartyIndex, type IndexedName } from "./party-index";
export {
  scoreTokens,
  DEFAULT_NAME_SCORE_OPTIONS,
  type NameScore,
  type NameScoreOptions,
} from "./score-name";
export { matchName, type NameMatch, type MatchNameOptions } from "./match-name";
export { matchAddress, normalizeAddressTokens, type AddressMatch } from "./match-address";
export { consequenceOf, readFootnotes, FOOTNOTE_RULES, type Consequence } from "./consequence";
export {
  ClearanceSchema,
  ClearanceFileSchema,
  parseClearances,
  clearanceFor,
  type Clearance,
  type ClearanceStatus,
} from "./clearances";
export {
  partyParamsFromPack,
  DEFAULT_PARTY_PARAMS,
  PartyPackSchema,
  type PartyScreeningParams,
  type PartyParamsResult,
} from "./party-params";
export { daysBetween } from "./day-count";
export {
  screenParties,
  type PartyRowFields,
  type ScreenPartiesInput,
  type PartyScreeningResult,
  type PartyMatchReport,
} from "./screen-parties";
