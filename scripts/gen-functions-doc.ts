/**
 * Writes docs/functions.md, the function reference, from the built functions.json (which the
 * metadata plugin generates from the JSDoc in src/functions/functions.ts), so the page cannot drift
 * from what Excel shows. tests/functions/metadata.test.ts checks the committed page is up to date.
 *
 * Usage: tsx scripts/gen-functions-doc.ts [dist/functions.json] [docs/functions.md]
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const NAMESPACE = "CHIP";

export interface FunctionParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: FunctionParameter[];
  result?: { type?: string; dimensionality?: string };
}

/** A worked example per function: the formula and what it gives. Kept beside the generator on purpose. */
const EXAMPLES: Record<string, [string, string][]> = {
  REDFLAGS: [
    ["=CHIP.REDFLAGS(Deals[#Headers], Deals[@])", "RF05, RF09"],
    ["=CHIP.REDFLAGS(A1:AZ1, A2:AZ5001)", "one cell per row, spilled down"],
  ],
  SCREEN: [
    [
      '=CHIP.SCREEN(Deals[#Headers], Deals, "row")',
      "hit | TRUE | LIC-DEST | 3A090.a | RF05; review: DD2",
    ],
  ],
  REQUIRESLICENSE: [
    ['=CHIP.REQUIRESLICENSE("3A090.a", "China")', "TRUE"],
    ['=CHIP.REQUIRESLICENSE("H100 SXM5", "France", "China")', "TRUE (headquarters in D:5)"],
  ],
  LICENSEBASIS: [
    ['=CHIP.LICENSEBASIS("H100", "Malaysia", "China")', "LIC-HQ: … [15 CFR 744.23(a)(3) …]"],
  ],
  DC_POWER_CHECK: [
    ["=CHIP.DC_POWER_CHECK(12)", "ENHANCED REVIEW: 12 MW ≥ 10 MW (DD7)"],
    ['=CHIP.DC_POWER_CHECK(1.5, 2000, "H100")', "SHORTFALL: needs 3.8 MW, has 1.5 MW (RF10)"],
  ],
  CLASSIFY: [["=CHIP.CLASSIFY(989, 16, 814, TRUE)", "3A090.a"]],
  CLASSIFYITEM: [['=CHIP.CLASSIFYITEM("H100 SXM5")', "3A090.a"]],
  TPP: [["=CHIP.TPP(989, 16)", "15824"]],
  PD: [["=CHIP.PD(15824, 814)", "19.44…"]],
  COUNTRYGROUPS: [['=CHIP.COUNTRYGROUPS("中国")', "D:1 D:3 D:4 D:5"]],
  GP10: [['=CHIP.GP10("Ascend 910B", "Huawei")', "GP10 RISK: …"]],
  AITRAINING: [['=CHIP.AITRAINING("United States", , "ai_training")', "CLEAR: …"]],
  EXPLAIN: [['=CHIP.EXPLAIN("RF05")', "RF05 — Unknown delivery address or ownership: …"]],
  PARTY: [
    [
      '=CHIP.PARTY("Huawei Technologies Co., Ltd.")',
      'HIT 1.00: "Huawei Technologies Co., Ltd. (Huawei)" … — Entity List (744.11, footnote 1/2) … — demo list dated 2026-07-31, … days old',
    ],
    ['=CHIP.PARTY("Sakura Compute KK", "Japan")', "none (demo list dated 2026-07-31, … days old)"],
  ],
  PARTIES: [["=CHIP.PARTIES(Deals[#Headers], Deals)", "one cell per row: HIT customer …; none …"]],
};

/** GitHub's anchor for a heading: lower case, punctuation other than - and _ dropped. */
export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function signature(f: FunctionMetadata): string {
  const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `=${NAMESPACE}.${f.name}(${params})`;
}

function kindOf(p: FunctionParameter): string {
  if (p.dimensionality === "matrix") return "range";
  return p.type === "any" || p.type === undefined ? "value" : p.type;
}

function returns(f: FunctionMetadata): string {
  const type = f.result?.type ?? "any";
  const words: Record<string, string> = {
    string: "text",
    number: "a number",
    boolean: "TRUE or FALSE",
    any: "values",
  };
  const what = words[type] ?? type;
  return f.result?.dimensionality === "matrix"
    ? `a block of ${what === "values" ? "values" : what} that spills`
    : what;
}

/** The whole page, from the functions' metadata. */
export function functionsDoc(functions: readonly FunctionMetadata[]): string {
  const lines: string[] = [];
  lines.push("# Chipscreen functions in Excel");
  lines.push("");
  lines.push(
    "<!-- Generated from dist/functions.json by scripts/gen-functions-doc.ts (`npm run docs:functions`). Do not edit by hand: change the JSDoc in src/functions/functions.ts. -->",
  );
  lines.push("");
  lines.push(
    `Once the add-in is loaded (see [excel.md](excel.md)), type \`=${NAMESPACE}.\` in any cell to see these functions.`,
  );
  lines.push("");
  lines.push("Conventions shared by every function:");
  lines.push("");
  lines.push(
    "- **`asOf`** is the date the rules are applied as of: an Excel date or text such as `2025-06-30`. Left empty, it is **today's date** on your computer, so a sheet recalculated later may give a different answer once a rule changes. Fix the date when you need a result that does not move.",
  );
  lines.push(
    '- **Empty cells** are treated as "not given", never as the number 0. Countries can be written in English or Chinese, or as ISO codes; numbers may carry units (`12 MW`, `12000 kW`) or thousands separators.',
  );
  lines.push(
    "- **`#VALUE!`** means an input could not be read; hover the cell to see which value and why. **`#N/A`** means the inputs were read but do not decide the question (for example, no rule was in force on that date, or an item is not in the catalog); the message says why.",
  );
  lines.push(
    "- **`REDFLAGS` and `SCREEN`** take a whole table in one call (a header row and the data rows). Screening the whole table at once is much faster than one formula per row.",
  );
  lines.push("");
  lines.push("| Function | Returns |");
  lines.push("|---|---|");
  for (const f of functions) {
    const heading = `${NAMESPACE}.${f.name}`;
    lines.push(`| [\`${signature(f)}\`](#${anchorOf(heading)}) | ${cell(returns(f))} |`);
  }
  for (const f of functions) {
    lines.push("");
    lines.push(`## ${NAMESPACE}.${f.name}`);
    lines.push("");
    lines.push("```");
    lines.push(signature(f));
    lines.push("```");
    lines.push("");
    if (f.description) {
      lines.push(f.description);
      lines.push("");
    }
    if (f.parameters.length > 0) {
      lines.push("| Argument | Required | Kind | What to give |");
      lines.push("|---|---|---|---|");
      for (const p of f.parameters) {
        lines.push(
          `| \`${p.name}\` | ${p.optional ? "optional" : "required"} | ${kindOf(p)} | ${cell(p.description ?? "")} |`,
        );
      }
      lines.push("");
    }
    lines.push(`Returns ${returns(f)}.`);
    const examples = EXAMPLES[f.id] ?? [];
    if (examples.length > 0) {
      lines.push("");
      lines.push("| Example | Gives |");
      lines.push("|---|---|");
      for (const [formula, result] of examples)
        lines.push(`| \`${cell(formula)}\` | ${cell(result)} |`);
    }
  }
  lines.push("");
  return lines.join("\n");
}

/**
 * The page as committed: run through Prettier with the repository's settings, so `npm run lint`
 * agrees. (Prettier runs as a child process: its API loads itself with a dynamic import that Jest's
 * CommonJS runtime refuses.)
 */
export function formattedFunctionsDoc(
  functions: readonly FunctionMetadata[],
  outputPath: string,
): string {
  const prettier = require.resolve("prettier/bin/prettier.cjs");
  return execFileSync(process.execPath, [prettier, "--stdin-filepath", outputPath], {
    input: functionsDoc(functions),
    encoding: "utf8",
  });
}

export function readFunctions(path: string): FunctionMetadata[] {
  const json = JSON.parse(readFileSync(path, "utf8")) as { functions?: FunctionMetadata[] };
  if (!Array.isArray(json.functions)) throw new Error(`${path} has no "functions" list.`);
  return json.functions;
}

function main(): void {
  const input = resolve(process.argv[2] ?? "dist/functions.json");
  const output = resolve(process.argv[3] ?? "docs/functions.md");
  writeFileSync(output, formattedFunctionsDoc(readFunctions(input), output));
  console.log(`wrote ${output} from ${input}`);
}

if (require.main === module) {
  main();
}
