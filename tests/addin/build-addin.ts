/**
 * Builds the add-in for a test into a folder of its own (not dist/, which people rebuild while the
 * tests run), and reuses that build while nothing it is made from has changed. The task pane is left
 * out (TASKPANE=none): these tests are about the functions, the manifest and the build.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const REPO = resolve(__dirname, "..", "..");

/** The sources a build is made from; a build older than any of them is stale. */
const INPUTS = [
  "src/functions",
  "src/lists",
  "src/rules",
  "manifest.xml",
  "assets",
  "docs/excel.md",
  "webpack.config.js",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

export interface AddinBuild {
  dir: string;
  addinUrl: string;
  /** False when an up-to-date build was reused. */
  built: boolean;
}

function run(args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [join(REPO, "node_modules", "webpack", "bin", "webpack.js"), ...args],
      {
        cwd: REPO,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`webpack ${args.join(" ")} failed (exit ${code}):\n${output}`));
    });
  });
}

/** Builds (or reuses) the add-in for `addinUrl` into a temporary folder named after it. */
export async function buildAddin(addinUrl: string): Promise<AddinBuild> {
  const key = addinUrl.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");
  const dir = join(tmpdir(), `chipscreen-addin-build-${key}`);
  const stamp = join(dir, "build-info.json");
  const fresh =
    existsSync(stamp) &&
    statSync(stamp).mtimeMs > Math.max(...INPUTS.map((p) => newestMtime(join(REPO, p))));
  if (fresh) return { dir, addinUrl, built: false };
  await run([
    "--mode",
    "production",
    "--env",
    `ADDIN_URL=${addinUrl}`,
    "--env",
    `OUTPUT_DIR=${dir}`,
    "--env",
    "TASKPANE=none",
    "--env",
    "OFFICE_JS=local",
  ]);
  return { dir, addinUrl, built: true };
}
