/**
 * Party-matching benchmark (npm run bench:parties). Prints figures, asserts nothing.
 *
 * Evaluation set, generated from the bundled 2026-07-31 CSL snapshot with a fixed seed:
 * - positives: listed names perturbed one way each (typo, token order, legal-form variant,
 *   dropped word, extra word, case, diacritics, abbreviation); found = the right entry scores at
 *   or above the threshold;
 * - negatives: realistic company names that are not on the list (synthetic regional names built
 *   from common business words, plus well-known unlisted companies); alert = anything scores at or
 *   above the threshold.
 * Speed: ms per name through the index, index build time and heap, and a full-scan baseline
 * (same scorer, every name scored) over a sample in the same run.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  buildPartyIndex,
  DEFAULT_PARTY_PARAMS,
  matchName,
  normalizeName,
  scoreTokens,
  screeningListFromCompact,
  type PartyIndex,
} from "../src/rules/checks/parties";
import { tokenWeight } from "../src/rules/checks/parties/party-index";

let seed = 20260731;
function rand(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)] as T;
}

const KINDS = [
  "typo",
  "token_order",
  "legal_form",
  "dropped_word",
  "extra_word",
  "case",
  "diacritics",
  "abbreviation",
] as const;
type Kind = (typeof KINDS)[number];

const LEGAL_SWAPS: [RegExp, string][] = [
  [/\bCo\.?,? Ltd\.?$/i, "Company Limited"],
  [/\bCompany Limited$/i, "Co., Ltd."],
  [/\bLimited$/i, "Ltd"],
  [/\bLtd\.?$/i, "Limited"],
  [/\bLLC$/i, "L.L.C."],
  [/\bInc\.?$/i, "Incorporated"],
  [/\bCorporation$/i, "Corp."],
  [/\bCorp\.?$/i, "Corporation"],
  [/\bJSC$/i, "Joint Stock Company"],
  [/\bGmbH$/i, "G.m.b.H."],
];
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bInternational\b/i, "Intl"],
  [/\bTechnology\b/i, "Tech"],
  [/\bTechnologies\b/i, "Tech"],
  [/\bCompany\b/i, "Co"],
  [/\bCorporation\b/i, "Corp"],
  [/\bLimited\b/i, "Ltd"],
  [/\bGroup\b/i, "Grp"],
  [/\bEngineering\b/i, "Eng"],
  [/\bManufacturing\b/i, "Mfg"],
  [/\bIndustries\b/i, "Inds"],
  [/\bElectronics\b/i, "Elec"],
  [/\bCommunications?\b/i, "Comm"],
  [/\bInstitute\b/i, "Inst"],
  [/\bServices\b/i, "Svcs"],
];
const ACCENTS: Record<string, string> = { a: "á", e: "é", i: "í", o: "ö", u: "ü", c: "ç", n: "ñ" };
const EXTRA_WORDS = [
  "Trading",
  "Group",
  "International",
  "Holdings",
  "Technology",
  "Import Export",
];

function words(name: string): string[] {
  return name.split(/\s+/).filter((w) => w.length > 0);
}

function perturb(name: string, kind: Kind): string | null {
  const ws = words(name);
  switch (kind) {
    case "typo": {
      const longIdx = ws.map((w, i) => (/^[A-Za-z]{5,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
      if (longIdx.length === 0) return null;
      const i = pick(longIdx);
      const w = ws[i] ?? "";
      const p = 1 + Math.floor(rand() * (w.length - 2));
      const op = Math.floor(rand() * 3);
      const nw =
        op === 0
          ? w.slice(0, p) + w.slice(p + 1) // deletion
          : op === 1
            ? w.slice(0, p) + (w[p + 1] ?? "") + (w[p] ?? "") + w.slice(p + 2) // transposition
            : w.slice(0, p) + pick("aeiourstn".split("")) + w.slice(p + 1); // substitution
      ws[i] = nw;
      return ws.join(" ");
    }
    case "token_order":
      return ws.length >= 2 ? [...ws.slice(1), ws[0]].join(" ") : null;
    case "legal_form": {
      for (const [re, rep] of LEGAL_SWAPS) if (re.test(name)) return name.replace(re, rep);
      return ws.length >= 2 ? `${name} Co., Ltd.` : null;
    }
    case "dropped_word": {
      const distinct = ws.filter((w) => normalizeName(w).length > 0);
      if (distinct.length < 3) return null;
      const i = 1 + Math.floor(rand() * (ws.length - 1));
      return ws.filter((_, k) => k !== i).join(" ");
    }
    case "extra_word":
      return ws.length >= 1 ? `${name} ${pick(EXTRA_WORDS)}` : null;
    case "case":
      return name
        .split("")
        .map((c) => (rand() < 0.5 ? c.toUpperCase() : c.toLowerCase()))
        .join("");
    case "diacritics": {
      let changed = false;
      const out = name
        .split("")
        .map((c) => {
          const a = ACCENTS[c];
          if (a && rand() < 0.5) {
            changed = true;
            return a;
          }
          return c;
        })
        .join("");
      return changed ? out : null;
    }
    case "abbreviation": {
      for (const [re, rep] of ABBREVIATIONS) if (re.test(name)) return name.replace(re, rep);
      return null;
    }
  }
}

const PLACES = [
  "Shenzhen",
  "Dongguan",
  "Hangzhou",
  "Suzhou",
  "Xiamen",
  "Dubai",
  "Istanbul",
  "Almaty",
  "Tashkent",
  "Yerevan",
  "Singapore",
  "Kuala Lumpur",
  "Mumbai",
  "Bangalore",
  "Hong Kong",
  "Taipei",
  "Seoul",
  "Berlin",
  "Austin",
  "Toronto",
  "Warsaw",
  "Milan",
  "Lyon",
  "Osaka",
  "Hanoi",
  "Bangkok",
  "Jakarta",
  "Sao Paulo",
];
const SYLL = [
  "ka",
  "lo",
  "mi",
  "ra",
  "ven",
  "tor",
  "sun",
  "xin",
  "hua",
  "tek",
  "nova",
  "del",
  "mar",
  "bri",
  "sol",
  "zen",
  "quan",
  "li",
  "ber",
  "on",
  "tas",
  "gal",
  "rio",
  "vex",
  "pra",
  "lum",
  "sky",
  "star",
  "ori",
  "ken",
];
const INDUSTRY = [
  "Electronics",
  "Technology",
  "Trading",
  "Logistics",
  "Semiconductor",
  "Computer",
  "Data Systems",
  "Precision Machinery",
  "Import and Export",
  "Components",
  "Networks",
  "Cloud Services",
  "Software",
  "Instruments",
  "Supply Chain",
  "Microelectronics",
  "Digital",
  "Engineering",
];
const FORMS = [
  "Co., Ltd.",
  "Ltd",
  "LLC",
  "Inc.",
  "GmbH",
  "FZE",
  "Pte Ltd",
  "S.A.",
  "Limited",
  "Corporation",
  "JSC",
  "",
];
const FIRST = [
  "John",
  "Maria",
  "Wei",
  "Ahmed",
  "Olga",
  "Rahul",
  "Chen",
  "Anna",
  "Carlos",
  "Yuki",
  "Fatima",
  "Peter",
  "Li",
  "Sergei",
  "Aisha",
];
const LAST = [
  "Smith",
  "Garcia",
  "Wang",
  "Khan",
  "Petrova",
  "Sharma",
  "Liu",
  "Muller",
  "Rossi",
  "Tanaka",
  "Haddad",
  "Johnson",
  "Zhang",
  "Ivanov",
  "Okafor",
];
const WELL_KNOWN = [
  "Dell Technologies Inc.",
  "Siemens AG",
  "Robert Bosch GmbH",
  "Samsung Electronics Co., Ltd.",
  "Taiwan Semiconductor Manufacturing Company Limited",
  "ASML Holding N.V.",
  "Lenovo Group Limited",
  "Foxconn Industrial Internet Co., Ltd.",
  "Infosys Limited",
  "Tata Consultancy Services",
  "Accenture plc",
  "Hewlett Packard Enterprise",
  "Super Micro Computer, Inc.",
  "Advanced Micro Devices, Inc.",
  "NVIDIA Corporation",
  "Microsoft Corporation",
  "Amazon Web Services, Inc.",
  "Oracle Corporation",
  "Wistron Corporation",
  "Quanta Computer Inc.",
  "Inventec Corporation",
  "Arrow Electronics, Inc.",
  "Avnet, Inc.",
  "WPG Holdings Limited",
  "Ingram Micro Inc.",
  "Equinix, Inc.",
  "Digital Realty Trust",
  "G42 Cloud",
  "Nokia Oyj",
  "Ericsson AB",
  "SAP SE",
  "Toshiba Corporation",
  "Fujitsu Limited",
  "NEC Corporation",
  "Hitachi, Ltd.",
  "Sony Group Corporation",
  "LG Electronics Inc.",
  "SK Hynix Inc.",
  "Micron Technology, Inc.",
  "Intel Corporation",
];

function syntheticCompany(): { name: string; kind: string } {
  const r = rand();
  if (r < 0.15) return { name: `${pick(FIRST)} ${pick(LAST)}`, kind: "person" };
  if (r < 0.2) return { name: pick(WELL_KNOWN), kind: "well_known" };
  const brand = pick(SYLL) + pick(SYLL) + (rand() < 0.4 ? pick(SYLL) : "");
  const Brand = brand.charAt(0).toUpperCase() + brand.slice(1);
  const place = rand() < 0.6 ? `${pick(PLACES)} ` : "";
  return { name: `${place}${Brand} ${pick(INDUSTRY)} ${pick(FORMS)}`.trim(), kind: "company" };
}

function fmt(x: number, d = 3): string {
  return x.toFixed(d);
}

function main(): void {
  const file = resolve(__dirname, "../src/rules/packs/lists/csl-demo-2026-07-31.json");
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  const t0 = performance.now();
  const { list, problems } = screeningListFromCompact(raw);
  const t1 = performance.now();
  if (!list) {
    console.log("could not load the snapshot", problems);
    return;
  }
  const heap0 = process.memoryUsage().heapUsed;
  const index = buildPartyIndex(list);
  const t2 = performance.now();
  const heap1 = process.memoryUsage().heapUsed;
  console.log(
    `snapshot ${list.listDate}: ${list.entries.length} entries, ${index.names.length} indexed spellings`,
  );
  console.log(
    `parse ${fmt(t1 - t0, 0)} ms, index build ${fmt(t2 - t1, 0)} ms, heap growth during build ~${fmt((heap1 - heap0) / 1048576, 1)} MiB (rss ${fmt(process.memoryUsage().rss / 1048576, 0)} MiB)`,
  );

  // positives: per kind, sample entries until 300 perturbations apply
  const positives: { query: string; entry: number; kind: Kind }[] = [];
  for (const kind of KINDS) {
    let made = 0;
    let tries = 0;
    while (made < 300 && tries < 20000) {
      tries++;
      const entryNo = Math.floor(rand() * list.entries.length);
      const e = list.entries[entryNo];
      if (!e) continue;
      const name = rand() < 0.7 || e.aliases.length === 0 ? e.name : pick(e.aliases);
      const q = perturb(name, kind);
      if (!q || q === name) continue;
      positives.push({ query: q, entry: entryNo, kind });
      made++;
    }
  }
  // token sets, so "Wei Wang" counts as listed when "WANG Wei" is: such names are real hits
  const tokenSet = (tokens: readonly string[]): string => [...tokens].sort().join(" ");
  const listedKeys = new Set(index.names.map((n) => tokenSet(n.tokens)));
  const negatives: { query: string; kind: string }[] = [];
  while (negatives.length < 2400) {
    const n = syntheticCompany();
    if (listedKeys.has(tokenSet(normalizeName(n.name)))) continue;
    negatives.push({ query: n.name, kind: n.kind });
  }

  const params = DEFAULT_PARTY_PARAMS;
  const thresholds = [0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.95];
  // score of the right entry for positives; best score of anything for negatives
  const posScores: { kind: Kind; score: number }[] = [];
  const negScores: { kind: string; score: number; query: string; top: string }[] = [];
  const tq0 = performance.now();
  for (const p of positives) {
    const m = matchName(index, p.query, { minScore: 0.5, limit: 50 });
    posScores.push({ kind: p.kind, score: m.find((x) => x.entryIndex === p.entry)?.score ?? 0 });
  }
  for (const n of negatives) {
    const m = matchName(index, n.query, { minScore: 0.5, limit: 1 });
    negScores.push({
      kind: n.kind,
      score: m[0]?.score ?? 0,
      query: n.query,
      top: m[0]?.alias ?? "",
    });
  }
  const tq1 = performance.now();
  const queries = positives.length + negatives.length;
  const msPerName = (tq1 - tq0) / queries;

  console.log(
    `\nevaluation: ${positives.length} perturbed listed names, ${negatives.length} unlisted names`,
  );
  console.log(
    `defaults: hit >= ${params.nameHitThreshold}, review >= ${params.nameReviewThreshold}`,
  );
  console.log("\nrecall (right entry at or above threshold) by perturbation:");
  console.log(
    ["kind".padEnd(14), "n".padStart(5), "@review".padStart(8), "@hit".padStart(8)].join(" "),
  );
  const rec = (xs: { score: number }[], th: number): number =>
    xs.filter((x) => x.score >= th).length / Math.max(1, xs.length);
  for (const kind of KINDS) {
    const xs = posScores.filter((x) => x.kind === kind);
    console.log(
      [
        kind.padEnd(14),
        String(xs.length).padStart(5),
        fmt(rec(xs, params.nameReviewThreshold)).padStart(8),
        fmt(rec(xs, params.nameHitThreshold)).padStart(8),
      ].join(" "),
    );
  }
  console.log(
    [
      "overall".padEnd(14),
      String(posScores.length).padStart(5),
      fmt(rec(posScores, params.nameReviewThreshold)).padStart(8),
      fmt(rec(posScores, params.nameHitThreshold)).padStart(8),
    ].join(" "),
  );

  console.log("\nfalse-positive rate (any entry at or above threshold) by kind of unlisted name:");
  for (const kind of ["company", "person", "well_known", "all"]) {
    const xs = kind === "all" ? negScores : negScores.filter((x) => x.kind === kind);
    console.log(
      [
        kind.padEnd(14),
        String(xs.length).padStart(5),
        fmt(rec(xs, params.nameReviewThreshold)).padStart(8),
        fmt(rec(xs, params.nameHitThreshold)).padStart(8),
      ].join(" "),
    );
  }

  console.log("\nthreshold sweep (recall / FPR):");
  for (const th of thresholds)
    console.log(
      `  ${fmt(th, 2)}: recall ${fmt(rec(posScores, th))}  FPR ${fmt(rec(negScores, th))}`,
    );

  const worstNeg = [...negScores].sort((a, b) => b.score - a.score).slice(0, 8);
  console.log("\nhighest-scoring unlisted names:");
  for (const w of worstNeg) console.log(`  ${fmt(w.score)}  ${w.query}  ->  ${w.top}`);

  // full-scan baseline over a sample: same scorer, no index
  const sample = [
    ...positives.filter((_, i) => i % 40 === 0),
    ...negatives.filter((_, i) => i % 40 === 0),
  ];
  const tb0 = performance.now();
  let baselineFound = 0;
  let indexedFound = 0;
  for (const s of sample) {
    const best = fullScan(index, s.query);
    const idx = matchName(index, s.query, { minScore: 0, limit: 1 })[0]?.score ?? 0;
    if (best >= params.nameReviewThreshold) baselineFound++;
    if (idx >= params.nameReviewThreshold) indexedFound++;
  }
  const tb1 = performance.now();
  // time the indexed path on the same sample separately
  const ti0 = performance.now();
  for (const s of sample) matchName(index, s.query, { minScore: 0.5, limit: 5 });
  const ti1 = performance.now();
  const baselineMs = (tb1 - tb0 - (ti1 - ti0)) / sample.length;
  const indexedMs = (ti1 - ti0) / sample.length;
  console.log(
    `\nspeed: ${fmt(msPerName)} ms per name through the index over ${queries} names (${fmt(1000 / msPerName, 0)} names/s)`,
  );
  console.log(
    `full-scan baseline (token-aligned JW against all ${index.names.length} spellings), ${sample.length} names: ${fmt(baselineMs, 1)} ms per name vs ${fmt(indexedMs)} ms indexed (x${fmt(baselineMs / indexedMs, 0)})`,
  );
  console.log(
    `names at or above review threshold on that sample: full scan ${baselineFound}, index ${indexedFound}`,
  );
}

function fullScan(index: PartyIndex, text: string): number {
  const tokens = normalizeName(text);
  const weights = tokens.map((t) => tokenWeight(index, t));
  let best = 0;
  for (const n of index.names) {
    const s = scoreTokens(tokens, weights, n.tokens, n.weights).score;
    if (s > best) best = s;
  }
  return best;
}

main();
