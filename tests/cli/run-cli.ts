import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line in a child process, as a user would. */
export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
      // Keep the remembered list counts out of the user's home directory.
      env: { ...process.env, XDG_CACHE_HOME: join(ROOT, ".tmp", "test-cache"), ...env },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
