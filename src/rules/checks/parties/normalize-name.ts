import { canonicalLegalForm, LEGAL_FORM_PHRASES } from "./legal-forms";

/**
 * Name normalisation shared by the list side and the query side, so both meet in one form:
 * Unicode folded to plain Latin where we can, lower case, punctuation gone, legal forms spelled
 * one way, common business abbreviations expanded, filler words dropped.
 *
 * Idempotent by construction: every output token maps to itself (tested with fast-check).
 */

/** Letters NFKD does not decompose. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŀ: "l",
};

/** Russian/Ukrainian Cyrillic, a plain BGN/PCGN-like romanisation (enough to line up with OFAC spellings). */
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "e",
  є: "ye",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "yi",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ў: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/**
 * Business abbreviations and plural/singular variants folded to one word. Listed names and
 * customer sheets abbreviate differently ("Guangzhou Haige Comm Grp"); see party-screening.md §3.5.
 * Pinyin company words map to their English counterparts (§3.5, Chinese names).
 */
const WORD_FORMS: Record<string, string> = {
  intl: "international",
  int: "international",
  internat: "international",
  tech: "technology",
  techn: "technology",
  technol: "technology",
  technologies: "technology",
  keji: "technology",
  grp: "group",
  jituan: "group",
  comm: "communication",
  comms: "communication",
  communications: "communication",
  telecom: "telecommunication",
  telecommunications: "telecommunication",
  mfg: "manufacturing",
  manuf: "manufacturing",
  eng: "engineering",
  engg: "engineering",
  engr: "engineering",
  svc: "service",
  svcs: "service",
  srvc: "service",
  srvces: "service",
  servs: "service",
  services: "service",
  elec: "electronic",
  electr: "electronic",
  electronics: "electronic",
  dianzi: "electronic",
  maoyi: "trading",
  trade: "trading",
  inst: "institute",
  univ: "university",
  sci: "science",
  sciences: "science",
  ind: "industry",
  inds: "industry",
  indus: "industry",
  industries: "industry",
  industrial: "industry",
  natl: "national",
  nat: "national",
  assn: "association",
  assoc: "association",
  mgmt: "management",
  mgt: "management",
  hldg: "holding",
  hldgs: "holding",
  holdings: "holding",
  equip: "equipment",
  sys: "system",
  systems: "system",
  res: "research",
  dev: "development",
  devt: "development",
  ent: "enterprise",
  enterprises: "enterprise",
  ctr: "center",
  centre: "center",
  dept: "department",
  bros: "brothers",
  mach: "machinery",
  machine: "machinery",
  aero: "aerospace",
  avn: "aviation",
  shpg: "shipping",
  petrol: "petroleum",
  chem: "chemical",
  chemicals: "chemical",
  pharm: "pharmaceutical",
  pharma: "pharmaceutical",
  pharmaceuticals: "pharmaceutical",
  mtrl: "material",
  materials: "material",
  instr: "instrument",
  instruments: "instrument",
  semicon: "semiconductor",
  semiconductors: "semiconductor",
  logistic: "logistics",
  st: "saint",
  mt: "mount",
};

/** Filler words dropped from names before scoring. */
const STOPWORDS = new Set<string>([
  "the",
  "of",
  "and",
  "for",
  "de",
  "del",
  "la",
  "le",
  "les",
  "des",
  "du",
  "da",
  "do",
  "et",
  "y",
  "und",
  "von",
  "van",
  "mr",
  "mrs",
  "ms",
  "dr",
  "aka",
  "fka",
  "nka",
]);

/**
 * Folds any text to lower-case Latin letters, digits and single spaces.
 * Letters of other scripts (CJK, Arabic) are kept as they are: they still compare equal to
 * themselves, though they will not meet a romanised list name.
 */
export function foldText(text: string): string {
  let out = "";
  const decomposed = text.normalize("NFKD").toLowerCase();
  for (const ch of decomposed) {
    const mapped = SPECIAL_LETTERS[ch] ?? CYRILLIC[ch];
    if (mapped !== undefined) out += mapped;
    else out += ch;
  }
  return (
    out
      // combining marks left over from NFKD (accents)
      .replace(/\p{M}+/gu, "")
      // apostrophes join ("O'Brien" -> "obrien"); "&" is "and", a stopword
      .replace(/['’‘`´ʼ]/g, "")
      .replace(/&/g, " and ")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/** Runs of single letters ("l l c", "u s a") written with dots or spaces become one token. */
function joinInitials(tokens: string[]): string[] {
  const out: string[] = [];
  let run = "";
  for (const t of tokens) {
    if (t.length === 1 && /[a-z]/.test(t)) {
      run += t;
      continue;
    }
    if (run) out.push(run);
    run = "";
    out.push(t);
  }
  if (run) out.push(run);
  return out;
}

function replacePhrases(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  outer: while (i < tokens.length) {
    for (const phrase of LEGAL_FORM_PHRASES) {
      const n = phrase.words.length;
      if (n === 0 || i + n > tokens.length) continue;
      let same = true;
      for (let k = 0; k < n; k++) {
        if (tokens[i + k] !== phrase.words[k]) {
          same = false;
          break;
        }
      }
      if (same) {
        out.push(...phrase.replacement);
        i += n;
        continue outer;
      }
    }
    const t = tokens[i];
    if (t !== undefined) out.push(t);
    i++;
  }
  return out;
}

/** Maps one token to its kept spelling: legal form, expanded abbreviation, or itself. */
export function canonicalToken(token: string): string {
  return canonicalLegalForm(token) ?? WORD_FORMS[token] ?? token;
}

/** The name as the matcher sees it: folded tokens, legal forms canonical, fillers dropped. */
export function normalizeName(text: string): string[] {
  const folded = foldText(text);
  if (!folded) return [];
  const raw = folded.split(" ").filter((t) => t.length > 0);
  const phrased = replacePhrases(joinInitials(raw));
  let out = canonicalTokens(phrased);
  // dropping fillers can bring single letters together ("a de c" -> "a c"); join them again
  // until nothing changes, so normalising the output gives the output back
  for (;;) {
    const again = canonicalTokens(joinInitials(out));
    if (again.length === out.length && again.every((t, i) => t === out[i])) return out;
    out = again;
  }
}

function canonicalTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (STOPWORDS.has(t)) continue;
    const c = canonicalToken(t);
    if (c && !STOPWORDS.has(c)) out.push(c);
  }
  return out;
}

/** A compact comparison key: the normalised tokens joined by single spaces. */
export function nameKey(text: string): string {
  return normalizeName(text).join(" ");
}
