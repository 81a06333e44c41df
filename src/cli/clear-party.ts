import { basename } from "node:path";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { entryHash, loadScreeningList, parseDate } from "../rules";
import { writeTextAtomically } from "./atomic-write";
import { InputError } from "./input-error";
import { BUNDLED_LIST, clearanceFileText, readClearances } from "./lists";

/**
 * `chipscreen clear`: records a reviewer's decision that a party is not a listed entry. The entry's
 * current content hash is stored with it, so the clearance lapses when the list entry changes.
 */
export async function clearParty(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      party: { type: "string" },
      entry: { type: "string" },
      reason: { type: "string" },
      reviewer: { type: "string" },
      cleared: { type: "string" },
      lists: { type: "string" },
      date: { type: "string" },
    },
  });
  const missing = (["party", "entry", "reason", "reviewer", "cleared"] as const).filter(
    (k) => !values[k]?.trim(),
  );
  if (missing.length > 0)
    throw new InputError(`clear needs ${missing.map((m) => `--${m}`).join(", ")}.`);
  const date =
    values.date === undefined ? new Date().toISOString().slice(0, 10) : parseDate(values.date);
  const day = typeof date === "string" ? date : date?.ok ? date.value : undefined;
  if (!day) throw new InputError(`--date "${values.date}" is not a date; write it as YYYY-MM-DD.`);
  const listPath = values.lists ?? BUNDLED_LIST;
  const load = loadScreeningList({
    text: await readFile(listPath, "utf8"),
    fileName: basename(listPath),
    fallbackListDate: day,
  });
  if (!load.ok)
    throw new InputError(
      `${listPath} was refused: ${load.problems.map((p) => p.message).join(" ")}`,
    );
  const entry = load.loaded.list.entries.find((e) => e.id === values.entry);
  if (!entry)
    throw new InputError(
      `no entry "${values.entry}" on the list dated ${load.loaded.list.listDate}; use the list entry id printed in the finding.`,
    );
  const path = values.cleared ?? "";
  const clearances = await readClearances(path);
  clearances.push({
    party: values.party ?? "",
    listEntryId: entry.id,
    entryHash: entryHash(entry),
    reason: values.reason ?? "",
    reviewer: values.reviewer ?? "",
    date: day,
  });
  await writeTextAtomically(path, clearanceFileText(clearances));
  out.write(
    `Cleared "${values.party}" against "${entry.name}" (${entry.id}); ${path} now holds ${clearances.length} clearance(s).\n`,
  );
  return 0;
}
