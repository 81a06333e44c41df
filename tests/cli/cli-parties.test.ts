import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runCli } from "./run-cli";

const tmp = mkdtempSync(join(tmpdir(), "chipscreen-parties-"));
const EXAMPLE = join(ROOT, "examples/deals.xlsx");

interface Output {
  notes: string[];
  rows: {
    row: number;
    status: string;
    license: { bases: string[] };
    findings: { id: string; outcome: string; message: string }[];
  }[];
}
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Output;
const listed = (out: Output, row: number) =>
  out.rows.find((r) => r.row === row)?.findings.find((f) => f.id === "LIC-LISTED");

describe("restricted-party screening through the command line", () => {
  const out = join(tmp, "deals.json");
  const run = runCli(["screen", EXAMPLE, "--out", out, "--as-of", "2026-11-28"]);
  const json = read(out);

  test("the bundled demo list is used, with its date and age called out", () => {
    expect(run.stdout).toMatch(/LIST DATED 2026-07-31: \d+ DAYS OLD/);
    expect(json.notes.join(" ")).toContain("bundled DEMO snapshot");
  });

  test("an Entity List customer gives LIC-LISTED with its list and consequence", () => {
    const f = listed(json, 22); // deal D-1021, customer "Inspur Group"
    expect(f?.outcome).toBe("hit");
    expect(f?.message).toMatch(/Inspur Group.*Entity List.*footnote 4/);
    expect(json.rows.find((r) => r.row === 22)?.license.bases).toContain("LIC-LISTED");
  });

  test("--no-lists screens no names", () => {
    const noLists = join(tmp, "nolists.json");
    runCli(["screen", EXAMPLE, "--out", noLists, "--as-of", "2026-11-28", "--no-lists"]);
    expect(listed(read(noLists), 27)?.outcome).toBe("clear");
  });

  test("a list file missing sources is refused and nothing is screened", () => {
    const r = runCli([
      "screen",
      EXAMPLE,
      "--lists",
      join(ROOT, "tests/fixtures/lists/csl-sample-13.csv"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/was refused: .*no .* entries.*Nothing was screened/);
  });

  test("a reviewer's clearance silences a false positive on the next screening", () => {
    const input = join(tmp, "tan.csv");
    writeFileSync(input, "Customer,Destination,Product\nTan Wei,SG,Server rack\n");
    const before = join(tmp, "tan-before.json");
    runCli(["screen", input, "--out", before, "--as-of", "2026-11-28"]);
    const hit = listed(read(before), 2);
    expect(hit?.outcome).toBe("hit");
    const entry = /list entry (\S+?),/.exec(hit?.message ?? "")?.[1] ?? "";
    const cleared = join(tmp, "cleared.json");
    const clear = runCli([
      "clear",
      "--party",
      "Tan Wei",
      "--entry",
      entry,
      "--reason",
      "Different person: a Singapore retail buyer",
      "--reviewer",
      "A. Analyst",
      "--cleared",
      cleared,
      "--date",
      "2026-11-28",
    ]);
    expect(clear.code).toBe(0);
    expect(JSON.parse(readFileSync(cleared, "utf8")).clearances[0]).toMatchObject({
      party: "Tan Wei",
      listEntryId: entry,
    });
    const after = join(tmp, "tan-after.json");
    runCli(["screen", input, "--out", after, "--as-of", "2026-11-28", "--cleared", cleared]);
    const result = read(after);
    expect(listed(result, 2)?.outcome).not.toBe("hit");
  });
});
