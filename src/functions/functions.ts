/**
 * Chipscreen's Excel custom functions (namespace CHIP). Thin wrappers: each reads its arguments with
 * coerce-args, asks the rule core, and words the answer. The JSDoc here is the help Excel shows, and
 * custom-functions-metadata-plugin turns it into functions.json at build time; it also appends the
 * `CustomFunctions.associate(...)` calls that register each function.
 *
 * Errors: bad input → #VALUE! with a message naming the value; cannot be determined or no rule in
 * force → #N/A with the reason (see excel-errors.ts).
 */
import {
  classifyChip,
  defaultPack,
  explain,
  findChip,
  groupsOf,
  partyScreeningChecks,
  partyScreeningPack,
  performanceDensity,
  totalProcessingPerformance,
} from "../rules";
import {
  asOfArg,
  describe,
  optionalBoolean,
  optionalCountry,
  optionalEndUse,
  optionalNumber,
  optionalText,
  requiredCountry,
  requiredNumber,
  requiredText,
} from "./coerce-args";
import { guarded, invalidValue, notAvailable } from "./excel-errors";
import { guardedAsync } from "./async-guard";
import { partiesCells, partiesTable, partyText } from "./party-answers";
import {
  aiTrainingText,
  gp10Text,
  licenceAnswer,
  licenceBasisText,
  powerCheckText,
  screenOne,
  type LicenceQuestion,
} from "./single-answers";
import { hasNameColumns, redFlagCells, screenCells, tableAsOf } from "./table-answers";
import { currentListEntry } from "../lists/list-store";

// Outside Office (the standalone workbench page, or office.js blocked) there is no CustomFunctions
// runtime; a no-op stand-in keeps the registration calls appended to this file from throwing.
if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}

/**
 * Red flags of BIS's May 2025 diversion guidance for each data row: the flags raised ("RF05, RF09"), else the ones needing review ("review: RF01"), else "none". One call screens a whole table.
 * @customfunction REDFLAGS
 * @helpurl https://localhost:3000/docs/functions.md#chipredflags
 * @param headers The table's header row, e.g. Deals[#Headers]. Column names are matched to Chipscreen's fields, in English or Chinese.
 * @param rows One or more data rows as wide as the header row, e.g. Deals[@] for this row or Deals for all of them.
 * @param [asOf] Date the rules are applied as of: an Excel date or text like 2025-06-30. Leave empty for today's date; type "row" to use each row's transaction date.
 * @returns One cell per data row.
 */
export function redFlags(headers: unknown[][], rows: unknown[][], asOf?: unknown): string[][] {
  return guarded("REDFLAGS", () =>
    redFlagCells(
      headers,
      rows,
      tableAsOf(asOf, (v) => asOfArg(v)),
    ),
  );
}

/**
 * Screens each data row and spills five columns: status, licence required (TRUE, FALSE or "?"), licence bases, classification, other findings. Names are checked against the restricted-party list in use, locally.
 * @customfunction SCREEN
 * @helpurl https://localhost:3000/docs/functions.md#chipscreen
 * @param headers The table's header row, e.g. Deals[#Headers]. Column names are matched to Chipscreen's fields, in English or Chinese.
 * @param rows One or more data rows as wide as the header row. Screening the whole table in one call is much faster than one call per row.
 * @param [asOf] Date the rules are applied as of: an Excel date or text like 2025-06-30. Leave empty for today's date; type "row" to use each row's transaction date.
 * @returns Five columns per data row.
 */
export async function screenRange(
  headers: unknown[][],
  rows: unknown[][],
  asOf?: unknown,
): Promise<unknown[][]> {
  return guardedAsync("SCREEN", async () => {
    const rule = tableAsOf(asOf, (v) => asOfArg(v));
    // Names are screened against the list in use (LIC-LISTED), as in the task pane and the CLI.
    const extraChecks = hasNameColumns(headers)
      ? [
          partyScreeningChecks({
            loaded: (await currentListEntry()).loaded,
            partyPack: partyScreeningPack,
          }),
        ]
      : [];
    return screenCells(headers, rows, rule, extraChecks);
  });
}

function licenceQuestion(
  eccnOrItem: unknown,
  destination: unknown,
  hqCountry: unknown,
  parentCountry: unknown,
  endUse: unknown,
  asOf: unknown,
): LicenceQuestion {
  return {
    eccnOrItem: requiredText(eccnOrItem, "eccnOrItem"),
    destination: requiredCountry(destination, "destination"),
    hqCountry: optionalCountry(hqCountry, "hqCountry"),
    parentCountry: optionalCountry(parentCountry, "parentCountry"),
    endUse: optionalEndUse(endUse, "endUse"),
    asOf: asOfArg(asOf),
  };
}

/**
 * Whether exporting the item to the destination needs a BIS licence under the advanced-computing rules: TRUE or FALSE. Gives #N/A, with the reason, when the inputs do not decide it.
 * @customfunction REQUIRESLICENSE
 * @helpurl https://localhost:3000/docs/functions.md#chiprequireslicense
 * @param eccnOrItem The ECCN (e.g. 3A090.a, 4A090.a, EAR99) or a chip or system name from the catalog (e.g. H100 SXM5, HGX H20).
 * @param destination Country the item ships to: a name in English or Chinese, or an ISO code.
 * @param [hqCountry] Country of the customer's headquarters, if known.
 * @param [parentCountry] Country of the customer's ultimate parent, if known.
 * @param [endUse] Stated end use, e.g. ai_training, military, hpc; several may be separated by ";".
 * @param [asOf] Date the rules are applied as of: an Excel date or text like 2025-06-30. Leave empty for today's date.
 * @returns TRUE when a licence is required.
 */
export function requiresLicense(
  eccnOrItem: unknown,
  destination: unknown,
  hqCountry?: unknown,
  parentCountry?: unknown,
  endUse?: unknown,
  asOf?: unknown,
): boolean {
  return guarded(
    "REQUIRESLICENSE",
    () =>
      licenceAnswer(
        licenceQuestion(eccnOrItem, destination, hqCountry, parentCountry, endUse, asOf),
      ).required,
  );
}

/**
 * The reasons a licence is required, each with the regulation it rests on, as text; "none: …" when no requirement applies. Gives #N/A, with the reason, when the inputs do not decide it.
 * @customfunction LICENSEBASIS
 * @helpurl https://localhost:3000/docs/functions.md#chiplicensebasis
 * @param eccnOrItem The ECCN (e.g. 3A090.a, 4A090.a, EAR99) or a chip or system name from the catalog (e.g. H100 SXM5, HGX H20).
 * @param destination Country the item ships to: a name in English or Chinese, or an ISO code.
 * @param [hqCountry] Country of the customer's headquarters, if known.
 * @param [parentCountry] Country of the customer's ultimate parent, if known.
 * @param [endUse] Stated end use, e.g. ai_training, military, hpc; several may be separated by ";".
 * @param [asOf] Date the rules are applied as of: an Excel date or text like 2025-06-30. Leave empty for today's date.
 * @returns The licence bases with their citations.
 */
export function licenseBasis(
  eccnOrItem: unknown,
  destination: unknown,
  hqCountry?: unknown,
  parentCountry?: unknown,
  endUse?: unknown,
  asOf?: unknown,
): string {
  return guarded("LICENSEBASIS", () =>
    licenceBasisText(
      licenceAnswer(
        licenceQuestion(eccnOrItem, destination, hqCountry, parentCountry, endUse, asOf),
      ),
    ),
  );
}

/**
 * Checks a destination data centre's power: ENHANCED REVIEW when its capacity reaches the guidance's threshold (DD7), SHORTFALL when it cannot power the accelerators ordered (RF10), else OK. Uses today's rules.
 * @customfunction DC_POWER_CHECK
 * @helpurl https://localhost:3000/docs/functions.md#chipdc_power_check
 * @param capacityMw The data centre's power capacity in megawatts; text such as "12000 kW" is converted.
 * @param [quantity] Number of chips, boards or systems ordered.
 * @param [item] The chip or system ordered, e.g. H100 SXM5 or DGX H100; its power comes from the catalog when chipPowerKw is empty.
 * @param [chipPowerKw] Power per accelerator in kilowatts, including its share of the server.
 * @returns The verdict and the figures behind it.
 */
export function dcPowerCheck(
  capacityMw: unknown,
  quantity?: unknown,
  item?: unknown,
  chipPowerKw?: unknown,
): string {
  return guarded("DC_POWER_CHECK", () =>
    powerCheckText({
      capacityMw: requiredNumber(capacityMw, "capacityMw", { unit: "mw" }),
      quantity: optionalNumber(quantity, "quantity"),
      item: optionalText(item, "item"),
      chipPowerKw: optionalNumber(chipPowerKw, "chipPowerKw", { unit: "kw" }),
      asOf: asOfArg(null),
    }),
  );
}

/**
 * Classifies a chip under ECCN 3A090 from its datasheet figures, as the rule stood on the date: "3A090.a", "3A090.b" or "not-3A090". Gives #N/A, with the reason, when the figures do not decide it.
 * @customfunction CLASSIFY
 * @helpurl https://localhost:3000/docs/functions.md#chipclassify
 * @param tops Dense peak TOPS or TFLOPS at the bit length below, as on the datasheet, without sparsity.
 * @param bitLength Operand bit length of that figure, e.g. 8 for FP8/INT8, 16 for FP16/BF16.
 * @param [dieAreaMm2] Applicable die area in mm²; needed when TPP alone does not decide the class.
 * @param [datacenter] TRUE if the chip is designed or marketed for data centres, FALSE if not; leave empty if unknown.
 * @param [asOf] Date the rules are applied as of: an Excel date or text like 2025-06-30. Leave empty for today's date.
 * @returns The ECCN.
 */
export function classify(
  tops: unknown,
  bitLength: unknown,
  dieAreaMm2?: unknown,
  datacenter?: unknown,
  asOf?: unknown,
): string {
  return guarded("CLASSIFY", () => {
    const date = asOfArg(asOf);
    const result = classifyChip(
      {
        tops: requiredNumber(tops, "tops"),
        bitLength: requiredNumber(bitLength, "bitLength", { positive: true }),
        dieAreaMm2: optionalNumber(dieAreaMm2, "dieAreaMm2", { positive: true }),
        datacenter: optionalBoolean(datacenter, "datacenter"),
      },
      date,
    );
    const eccn = result.classification?.eccn;
    if (!eccn)
      throw notAvailable(
        `Cannot classify as of ${date}: ${result.classification?.basis ?? "the figures do not decide it."}`,
      );
    return eccn;
  });
}

/**
 * The classification of a chip, board or system named in Chipscreen's catalog (e.g. "H100 SXM5", "HGX H20", "Ascend 910B"), as the rules stood on the date. Gives #N/A when the item is not in the catalog.
 * @customfunction CLASSIFYITEM
 * @helpurl https://localhost:3000/docs/functions.md#chipclassifyitem
 * @param item Product or model name as written on the order; spacing, case and vendor prefixes do not matter.
 * @param [asOf] Date the rules are applied as of: an Excel date or text like 2025-06-30. Leave empty for today's date.
 * @returns The ECCN, e.g. 3A090.a or 4A090.a.
 */
export function classifyItem(item: unknown, asOf?: unknown): string {
  return guarded("CLASSIFYITEM", () => {
    const name = requiredText(item, "item");
    const date = asOfArg(asOf);
    if (!findChip(defaultPack, name))
      throw notAvailable(
        `"${name}" is not in Chipscreen's chip catalog; use CHIP.CLASSIFY with its datasheet figures.`,
      );
    const classification = screenOne({ item: name }, date).classification;
    if (!classification?.eccn)
      throw notAvailable(
        `Cannot classify "${name}" as of ${date}: ${classification?.basis ?? "the catalog figures do not decide it."}`,
      );
    return classification.eccn;
  });
}

/**
 * Total processing performance (TPP) of a chip: dense TOPS times bit length, the figure 3A090 is measured by.
 * @customfunction TPP
 * @helpurl https://localhost:3000/docs/functions.md#chiptpp
 * @param tops Dense peak TOPS or TFLOPS at the bit length below, as on the datasheet, without sparsity.
 * @param bitLength Operand bit length of that figure, e.g. 8 for FP8/INT8, 16 for FP16/BF16.
 * @returns The TPP.
 */
export function tpp(tops: unknown, bitLength: unknown): number {
  return guarded("TPP", () =>
    totalProcessingPerformance(
      requiredNumber(tops, "tops"),
      requiredNumber(bitLength, "bitLength", { positive: true }),
    ),
  );
}

/**
 * Performance density (PD) of a chip: TPP divided by its applicable die area in mm².
 * @customfunction PD
 * @helpurl https://localhost:3000/docs/functions.md#chippd
 * @param tpp Total processing performance, e.g. from CHIP.TPP.
 * @param dieAreaMm2 Applicable die area in mm² (must be more than 0).
 * @returns The performance density.
 */
export function pd(tpp: unknown, dieAreaMm2: unknown): number {
  return guarded("PD", () =>
    performanceDensity(
      requiredNumber(tpp, "tpp"),
      requiredNumber(dieAreaMm2, "dieAreaMm2", { positive: true }),
    ),
  );
}

/**
 * The EAR country groups a country belonged to on the date, e.g. "D:1 D:3 D:4 D:5"; "none" when it is in none of them. Hong Kong is read as China, as the EAR does.
 * @customfunction COUNTRYGROUPS
 * @helpurl https://localhost:3000/docs/functions.md#chipcountrygroups
 * @param country A country name in English or Chinese, or an ISO code.
 * @param [asOf] Date the rules are applied as of: an Excel date or text like 2025-06-30. Leave empty for today's date.
 * @returns The groups, separated by spaces.
 */
export function countryGroups(country: unknown, asOf?: unknown): string {
  return guarded("COUNTRYGROUPS", () => {
    const code = requiredCountry(country, "country");
    const groups = groupsOf(defaultPack, code, asOfArg(asOf));
    return groups.length > 0 ? groups.join(" ") : "none";
  });
}

/**
 * Checks an item against General Prohibition 10 for PRC advanced-computing chips (Huawei Ascend 910B/910C/910D and products built on them): "GP10 RISK: …", "exempt: …", "review: …" or "none".
 * @customfunction GP10
 * @helpurl https://localhost:3000/docs/functions.md#chipgp10
 * @param item Product or model name, e.g. Ascend 910B or Atlas 800T A2.
 * @param [manufacturer] Designer or maker, e.g. Huawei (HiSilicon).
 * @param [endUse] Stated end use, e.g. ai_training, technical_analysis; several may be separated by ";".
 * @param [asOf] Date the rules are applied as of: an Excel date or text like 2025-06-30. Leave empty for today's date.
 * @returns The outcome and the reason.
 */
export function gp10(
  item: unknown,
  manufacturer?: unknown,
  endUse?: unknown,
  asOf?: unknown,
): string {
  return guarded("GP10", () =>
    gp10Text(
      requiredText(item, "item"),
      optionalText(manufacturer, "manufacturer"),
      optionalEndUse(endUse, "endUse"),
      asOfArg(asOf),
    ),
  );
}

/**
 * Whether compute would train AI models for a party headquartered in Country Group D:5 or Macau (the AI-TRAIN concern): "HIT: …", "REVIEW: …" or "CLEAR: …" with the reason.
 * @customfunction AITRAINING
 * @helpurl https://localhost:3000/docs/functions.md#chipaitraining
 * @param hqCountry Country of the customer's headquarters.
 * @param [parentCountry] Country of the customer's ultimate parent, if known.
 * @param [endUse] Stated end use, e.g. ai_training; several may be separated by ";".
 * @param [trainingOps] Operations used to train the model, e.g. 1e26 or "10^26".
 * @param [asOf] Date the rules are applied as of: an Excel date or text like 2025-06-30. Leave empty for today's date.
 * @returns The outcome and the reason.
 */
export function aiTraining(
  hqCountry: unknown,
  parentCountry?: unknown,
  endUse?: unknown,
  trainingOps?: unknown,
  asOf?: unknown,
): string {
  return guarded("AITRAINING", () =>
    aiTrainingText({
      hqCountry: requiredCountry(hqCountry, "hqCountry"),
      parentCountry: optionalCountry(parentCountry, "parentCountry"),
      endUse: optionalEndUse(endUse, "endUse"),
      trainingOps: optionalNumber(trainingOps, "trainingOps"),
      asOf: asOfArg(asOf),
    }),
  );
}

/**
 * What a finding id means: its title, a plain-English description and the rule or guidance it rests on. Works for every id CHIP.SCREEN and CHIP.REDFLAGS show (LIC-DEST, RF05, DD7, GP10, AI-TRAIN…).
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/docs/functions.md#chipexplain
 * @param id A finding id, e.g. RF05 or LIC-HQ; case does not matter.
 * @returns The explanation as text.
 */
export function explainId(id: unknown): string {
  return guarded("EXPLAIN", () => {
    const text = requiredText(id, "id");
    const found = explain(text);
    if (!found)
      throw invalidValue(
        `id: ${describe(text)} is not a Chipscreen finding id (e.g. LIC-DEST, RF05, DD7, GP10, AI-TRAIN).`,
      );
    return `${found.id} — ${found.title}: ${found.description} (${found.citation})`;
  });
}

/**
 * Screens a name against the restricted-party lists (Entity List, SDN…): "HIT 0.97: …", "REVIEW 0.84: …" or "none", with the list's date. Uses the bundled dated demo list unless one was loaded in the task pane; no name leaves this computer.
 * @customfunction PARTY
 * @helpurl https://localhost:3000/docs/functions.md#chipparty
 * @param name The customer, consignee or end-user name, as written on the order.
 * @param [country] The party's country, if known: a name in English or Chinese, or an ISO code. A listed entry in other countries scores a little lower.
 * @param [address] The party's street address, compared with listed addresses (RF07) when the list carries them.
 * @param [asOf] Date the list's age and thresholds are taken as of: an Excel date or text like 2025-06-30. Leave empty for today's date.
 * @returns The best match, its list and score, and the list's date.
 */
export async function party(
  name: unknown,
  country?: unknown,
  address?: unknown,
  asOf?: unknown,
): Promise<string> {
  return guardedAsync("PARTY", async () => {
    const question = {
      name: requiredText(name, "name"),
      country: optionalCountry(country, "country"),
      address: optionalText(address, "address"),
      asOf: asOfArg(asOf),
    };
    return partyText(await currentListEntry(), question);
  });
}

/**
 * Screens each data row's customer, consignee and end-user names (LIC-LISTED) and customer address (RF07) against the restricted-party lists. Uses the bundled dated demo list unless one was loaded in the task pane; no name leaves this computer.
 * @customfunction PARTIES
 * @helpurl https://localhost:3000/docs/functions.md#chipparties
 * @param headers The table's header row, e.g. Deals[#Headers]. Name columns such as Customer, Consignee or End user are recognised, in English or Chinese.
 * @param rows One or more data rows as wide as the header row. Screening the whole table in one call is much faster than one call per row.
 * @param [asOf] Date the list's age and thresholds are taken as of: an Excel date or text like 2025-06-30. Leave empty for today's date; type "row" to use each row's transaction date.
 * @returns One cell per data row.
 */
export async function parties(
  headers: unknown[][],
  rows: unknown[][],
  asOf?: unknown,
): Promise<string[][]> {
  return guardedAsync("PARTIES", async () => {
    const rule = tableAsOf(asOf, (v) => asOfArg(v));
    // The ranges are read before the list, so bad input is a #VALUE! without waiting for it.
    const table = partiesTable(headers, rows);
    return partiesCells(await currentListEntry(), table, rule);
  });
}
