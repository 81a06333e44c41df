import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that readers never see half of it: the bytes go to a temporary file beside the
 * target, which is renamed over the target only once complete. On failure the temporary file is removed.
 */
export async function writeAtomically(
  path: string,
  write: (tempPath: string) => Promise<void>,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(temp);
    await rename(temp, path);
  } catch (error: unknown) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function writeTextAtomically(path: string, text: string): Promise<void> {
  await writeAtomically(path, (temp) => writeFile(temp, text, "utf8"));
}
