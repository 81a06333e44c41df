import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import zh from "i18n-iso-countries/langs/zh.json";
import { cellText, editDistance, foldKey } from "./fold-text";

countries.registerLocale(en);
countries.registerLocale(zh);

/**
 * Names users write that the ISO tables do not carry. Hong Kong stays HK here: the rule pack says the
 * EAR treats it as China, so results can still show what the user wrote.
 */
const EXTRA_NAMES: Record<string, string> = {
  prc: "CN",
  mainlandchina: "CN",
  chinamainland: "CN",
  peoplesrepublicofchina: "CN",
  中华人民共和国: "CN",
  中国大陆: "CN",
  内地: "CN",
  hongkongsar: "HK",
  hongkongchina: "HK",
  hksar: "HK",
  中国香港: "HK",
  香港特别行政区: "HK",
  macao: "MO",
  macau: "MO",
  macausar: "MO",
  macaosar: "MO",
  中国澳门: "MO",
  澳門: "MO",
  澳门特别行政区: "MO",
  burma: "MM",
  myanmar: "MM",
  turkiye: "TR",
  turkey: "TR",
  uae: "AE",
  emirates: "AE",
  usa: "US",
  us: "US",
  america: "US",
  unitedstatesofamerica: "US",
  uk: "GB",
  britain: "GB",
  greatbritain: "GB",
  england: "GB",
  southkorea: "KR",
  korea: "KR",
  northkorea: "KP",
  dprk: "KP",
  russia: "RU",
  russianfederation: "RU",
  俄罗斯: "RU",
  台湾: "TW",
  taiwan: "TW",
  vietnam: "VN",
  laos: "LA",
  iran: "IR",
  syria: "SY",
  drc: "CD",
  drcongo: "CD",
  czechia: "CZ",
  holland: "NL",
};

let lookup: Map<string, string> | undefined;

function nameLookup(): Map<string, string> {
  if (lookup) return lookup;
  const table = new Map<string, string>();
  for (const lang of ["en", "zh"]) {
    const names = countries.getNames(lang, { select: "all" });
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) table.set(foldKey(name), code);
    }
  }
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    table.set(foldKey(code), code);
    const alpha3 = countries.alpha2ToAlpha3(code);
    if (alpha3) table.set(foldKey(alpha3), code);
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) table.set(foldKey(name), code);
  lookup = table;
  return table;
}

export type CountryParse =
  { ok: true; code: string } | { ok: false; text: string; suggestion: string | undefined };

/**
 * Reads a country from a cell: ISO-2, ISO-3, English or Chinese name, or a common variant.
 * Returns the ISO 3166-1 alpha-2 code, or the closest known name as a suggestion.
 */
export function parseCountry(value: unknown): CountryParse | undefined {
  const text = cellText(value);
  if (text === undefined) return undefined;
  // Sheets repeat the same few countries thousands of times: remember recent answers.
  const cached = recentParses.get(text);
  if (cached) return cached;
  const parsed = parseCountryText(text);
  if (recentParses.size >= RECENT_LIMIT) recentParses.clear();
  recentParses.set(text, parsed);
  return parsed;
}

const RECENT_LIMIT = 5000;
const recentParses = new Map<string, CountryParse>();

function parseCountryText(text: string): CountryParse {
  const key = foldKey(text);
  const code = nameLookup().get(key);
  if (code) return { ok: true, code };
  return { ok: false, text, suggestion: suggestCountry(key) };
}

function suggestCountry(key: string): string | undefined {
  if (key.length < 3) return undefined;
  let best: { code: string; distance: number } | undefined;
  for (const [name, code] of nameLookup()) {
    if (name.length < 3 || Math.abs(name.length - key.length) > 2) continue;
    const distance = editDistance(key, name);
    if (!best || distance < best.distance) best = { code, distance };
  }
  if (!best || best.distance > Math.max(1, Math.floor(key.length / 4))) return undefined;
  return countryName(best.code);
}

/** The English short name of an ISO-2 code ("CN" → "China"). */
const DISPLAY_NAMES: Record<string, string> = {
  KR: "South Korea",
  KP: "North Korea",
  MO: "Macau",
  HK: "Hong Kong",
  TW: "Taiwan",
  IR: "Iran",
  SY: "Syria",
  VE: "Venezuela",
  MM: "Burma",
  LA: "Laos",
  CD: "Congo (DRC)",
  TR: "Türkiye",
  US: "United States",
  GB: "United Kingdom",
};

let englishNames: Record<string, string> | undefined;

export function countryName(code: string): string {
  if (DISPLAY_NAMES[code]) return DISPLAY_NAMES[code];
  englishNames ??= countries.getNames("en", { select: "alias" });
  return englishNames[code] ?? code;
}
