import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildPartyIndex,
  screeningListFromCompact,
  type ListEntry,
  type PartyIndex,
} from "../../../src/rules/checks/parties";

export const FIXTURES = join(__dirname, "../../fixtures/lists");
export const readFixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");

let demo: PartyIndex | null = null;
/** The bundled demo snapshot (in the repo, not /work/shared), indexed once per test file. */
export function demoIndex(): PartyIndex {
  if (demo) return demo;
  const file = join(__dirname, "../../../src/rules/packs/lists/csl-demo-2026-07-31.json");
  const { list, problems } = screeningListFromCompact(JSON.parse(readFileSync(file, "utf8")));
  if (!list) throw new Error(`demo snapshot unreadable: ${JSON.stringify(problems)}`);
  demo = buildPartyIndex(list);
  return demo;
}

export function entry(over: Partial<ListEntry> & Pick<ListEntry, "id" | "name">): ListEntry {
  return {
    source: "EL",
    aliases: [],
    type: null,
    countries: [],
    entityNumber: null,
    licenseRequirement: null,
    licensePolicy: null,
    programs: [],
    frNotice: null,
    footnotes: [],
    ...over,
  };
}
