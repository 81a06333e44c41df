/**
 * functions.json — what Excel registers — pinned by a golden file. Function ids and parameters are a
 * public API (a renamed function breaks every workbook that uses it), so a change here must be made
 * on purpose: on a mismatch the test writes tests/golden/actual.functions.json beside the golden
 * file; copy it over tests/golden/functions.json when the change is intended.
 *
 * The metadata is generated here by the same library the webpack plugin uses (the build only
 * rewrites the help URLs to ADDIN_URL), so this test needs no build.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  anchorOf,
  formattedFunctionsDoc,
  type FunctionMetadata,
} from "../../scripts/gen-functions-doc";

const REPO = join(__dirname, "..", "..");
const GOLDEN = join(REPO, "tests", "golden", "functions.json");
const ACTUAL = join(REPO, "tests", "golden", "actual.functions.json");
const DOC = join(REPO, "docs", "functions.md");

const EXPECTED_IDS = [
  "REDFLAGS",
  "SCREEN",
  "REQUIRESLICENSE",
  "LICENSEBASIS",
  "DC_POWER_CHECK",
  "CLASSIFY",
  "CLASSIFYITEM",
  "TPP",
  "PD",
  "COUNTRYGROUPS",
  "GP10",
  "AITRAINING",
  "EXPLAIN",
  "PARTY",
  "PARTIES",
];

let functions: FunctionMetadata[];
let metadata: unknown;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    join(REPO, "src", "functions", "functions.ts"),
    true,
  );
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as unknown;
  functions = (metadata as { functions: FunctionMetadata[] }).functions;
}, 60_000);

test("functions.json matches the golden file (tests/golden/functions.json)", () => {
  const golden = existsSync(GOLDEN)
    ? (JSON.parse(readFileSync(GOLDEN, "utf8")) as unknown)
    : undefined;
  try {
    expect(metadata).toEqual(golden);
    rmSync(ACTUAL, { force: true });
  } catch (error: unknown) {
    writeFileSync(ACTUAL, `${JSON.stringify(metadata, null, 2)}\n`);
    throw error;
  }
});

test("every function of the issue is there, once, under its stable id", () => {
  expect(functions.map((f) => f.id)).toEqual(EXPECTED_IDS);
  expect(functions.map((f) => f.name)).toEqual(EXPECTED_IDS);
});

test("every function and parameter has help an analyst can read, within Excel's 255 characters", () => {
  for (const f of functions) {
    expect(f.description?.length ?? 0).toBeGreaterThan(30);
    expect(f.description?.length ?? 0).toBeLessThanOrEqual(255);
    expect(f.helpUrl).toBe(
      `https://localhost:3000/docs/functions.md#${anchorOf(`CHIP.${f.name}`)}`,
    );
    for (const p of f.parameters) {
      expect(p.description?.length ?? 0).toBeGreaterThan(10);
      expect(p.description?.length ?? 0).toBeLessThanOrEqual(255);
    }
  }
});

test("every asOf is optional and says that empty means today", () => {
  for (const f of functions) {
    const asOf = f.parameters.find((p) => p.name === "asOf");
    if (!asOf) continue;
    expect(asOf.optional).toBe(true);
    expect(asOf.description).toMatch(/empty for today's date/);
  }
});

test("ranges are matrices of any value; scalars are typed any so an empty cell is not turned into 0", () => {
  const screen = functions.find((f) => f.id === "SCREEN");
  expect(screen?.parameters.slice(0, 2).map((p) => [p.name, p.type, p.dimensionality])).toEqual([
    ["headers", "any", "matrix"],
    ["rows", "any", "matrix"],
  ]);
  expect(screen?.result).toEqual({ dimensionality: "matrix" });
  const tppFn = functions.find((f) => f.id === "TPP");
  expect(tppFn?.parameters.map((p) => p.type)).toEqual(["any", "any"]);
  expect(tppFn?.result).toEqual({ type: "number" });
});

test("docs/functions.md is the page generated from this metadata (npm run docs:functions)", () => {
  const expected = formattedFunctionsDoc(functions, DOC);
  expect(readFileSync(DOC, "utf8")).toBe(expected);
  for (const f of functions) expect(expected).toContain(`## CHIP.${f.name}\n`);
});
