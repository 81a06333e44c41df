import type {
  Citation,
  CountryGroup,
  MembershipRow,
  ParameterRow,
  ParameterValue,
  RulePack,
  RuleWindow,
} from "../model/pack";
import type { IsoDate } from "../model/row";

interface Dated {
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

/** True when a dated pack row is in force on `asOf` (from inclusive, to exclusive). */
export function isInForce(row: Dated, asOf: IsoDate): boolean {
  return (
    (row.effectiveFrom === null || row.effectiveFrom <= asOf) &&
    (row.effectiveTo === null || asOf < row.effectiveTo)
  );
}

interface PackIndex {
  membershipByCountry: Map<string, MembershipRow[]>;
  parametersByName: Map<string, ParameterRow[]>;
  /** Answers already computed, keyed "name|asOf" and "country|asOf": every row asks the same questions. */
  parameterMemo: Map<string, ParameterRow | null>;
  groupsMemo: Map<string, CountryGroup[]>;
}

const MEMO_LIMIT = 50_000;

function remember<V>(memo: Map<string, V>, key: string, compute: () => V): V {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

const indexes = new WeakMap<RulePack, PackIndex>();

function indexOf(pack: RulePack): PackIndex {
  let index = indexes.get(pack);
  if (!index) {
    index = {
      membershipByCountry: new Map(),
      parametersByName: new Map(),
      parameterMemo: new Map(),
      groupsMemo: new Map(),
    };
    for (const row of pack.countryGroups) {
      const list = index.membershipByCountry.get(row.country) ?? [];
      list.push(row);
      index.membershipByCountry.set(row.country, list);
    }
    for (const row of pack.parameters) {
      const list = index.parametersByName.get(row.name) ?? [];
      list.push(row);
      index.parametersByName.set(row.name, list);
    }
    indexes.set(pack, index);
  }
  return index;
}

/**
 * The country whose group rows apply to `country` on `asOf`: itself, unless the pack says the EAR
 * treats it as another destination (Hong Kong as China since 2020-12-23).
 */
export function ruleCountry(pack: RulePack, country: string, asOf: IsoDate): string {
  const treatedAsChina = parameterList(pack, "country.treated_as_cn", asOf) ?? [];
  return treatedAsChina.includes(country) ? "CN" : country;
}

/** The country groups `country` belongs to on `asOf`, sorted. */
export function groupsOf(pack: RulePack, country: string, asOf: IsoDate): CountryGroup[] {
  const index = indexOf(pack);
  return remember(index.groupsMemo, `${country}|${asOf}`, () => {
    const rows = index.membershipByCountry.get(ruleCountry(pack, country, asOf)) ?? [];
    const groups = new Set<CountryGroup>();
    for (const row of rows) if (isInForce(row, asOf)) groups.add(row.group);
    return [...groups].sort();
  }).slice();
}

/** The membership row that puts `country` in `group` on `asOf`, if any (for citing it). */
export function membershipRow(
  pack: RulePack,
  country: string,
  group: CountryGroup,
  asOf: IsoDate,
): MembershipRow | undefined {
  const rows = indexOf(pack).membershipByCountry.get(ruleCountry(pack, country, asOf)) ?? [];
  return rows.find((row) => row.group === group && isInForce(row, asOf));
}

/** The parameter row named `name` in force on `asOf`, or undefined when none is. */
export function parameterRow(
  pack: RulePack,
  name: string,
  asOf: IsoDate,
): ParameterRow | undefined {
  return indexOf(pack)
    .parametersByName.get(name)
    ?.find((row) => isInForce(row, asOf));
}

export function parameterNumber(pack: RulePack, name: string, asOf: IsoDate): number | undefined {
  const value = parameterRow(pack, name, asOf)?.value;
  return typeof value === "number" ? value : undefined;
}

export function parameterList(pack: RulePack, name: string, asOf: IsoDate): string[] | undefined {
  const value = parameterRow(pack, name, asOf)?.value;
  return Array.isArray(value) ? value : undefined;
}

export function parameterText(pack: RulePack, name: string, asOf: IsoDate): string | undefined {
  const value = parameterRow(pack, name, asOf)?.value;
  return typeof value === "string" ? value : undefined;
}

function missing(pack: RulePack, name: string, asOf: IsoDate, kind: string): never {
  // A check asked for a value the pack must hold on this date: the pack is broken, which is a bug.
  throw new Error(
    `rule pack ${pack.id} ${pack.version} has no ${kind} parameter "${name}" in force on ${asOf}`,
  );
}

/** A number the pack must hold on `asOf`; throws (a broken pack is a bug) rather than guessing. */
export function requiredNumber(pack: RulePack, name: string, asOf: IsoDate): number {
  return parameterNumber(pack, name, asOf) ?? missing(pack, name, asOf, "number");
}

/** A list the pack must hold on `asOf`; throws rather than guessing. */
export function requiredList(pack: RulePack, name: string, asOf: IsoDate): string[] {
  return parameterList(pack, name, asOf) ?? missing(pack, name, asOf, "list");
}

/** A text (e.g. a date) the pack must hold on `asOf`; throws rather than guessing. */
export function requiredText(pack: RulePack, name: string, asOf: IsoDate): string {
  return parameterText(pack, name, asOf) ?? missing(pack, name, asOf, "text");
}

export function parameterValue(
  pack: RulePack,
  name: string,
  asOf: IsoDate,
): ParameterValue | undefined {
  return parameterRow(pack, name, asOf)?.value;
}

/** The rule windows in force on `asOf`. */
export function windowsInForce(pack: RulePack, asOf: IsoDate): RuleWindow[] {
  return pack.windows.filter((w) => isInForce(w, asOf));
}

export function citationOf(pack: RulePack, key: string): Citation {
  const citation = pack.citations[key];
  if (!citation) throw new Error(`rule pack ${pack.id} has no citation "${key}"`);
  return citation;
}

const citationTexts = new WeakMap<RulePack, Map<string, string>>();

/**
 * A citation as one line of text: provision (and, when given, the paragraph within it),
 * instrument, date: "AC/IC guidance, red flag 5 [BIS guidance of 2025-05-13…; from 2025-05-13]".
 */
export function citationText(pack: RulePack, key: string, paragraph?: string): string {
  let texts = citationTexts.get(pack);
  if (!texts) {
    texts = new Map();
    citationTexts.set(pack, texts);
  }
  const memoKey = paragraph ? `${key}\u0001${paragraph}` : key;
  let text = texts.get(memoKey);
  if (text === undefined) {
    const c = citationOf(pack, key);
    text = `${c.ref}${paragraph ? `, ${paragraph}` : ""} [${c.source}; from ${c.date}]`;
    texts.set(memoKey, text);
  }
  return text;
}

/**
 * True when `country` is caught by a "groups or named destinations" test on `asOf`
 * (e.g. "Macau or a destination in D:5"), minus any excluded groups.
 */
export function matchesDestinationTest(
  pack: RulePack,
  country: string,
  asOf: IsoDate,
  test: { groups: readonly string[]; named: readonly string[]; excluded?: readonly string[] },
): boolean {
  const code = ruleCountry(pack, country, asOf);
  const groups = groupsOf(pack, code, asOf);
  const caught = test.named.includes(code) || groups.some((g) => test.groups.includes(g));
  const carvedOut = groups.some((g) => (test.excluded ?? []).includes(g));
  return caught && !carvedOut;
}
