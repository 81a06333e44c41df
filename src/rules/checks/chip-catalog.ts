import type { Chip, RulePack } from "../model/pack";

interface CatalogIndex {
  /** [spaced alias, compact alias, chip], longest compact alias first. */
  aliases: [string, string, Chip][];
  byId: Map<string, Chip>;
}

const catalogs = new WeakMap<RulePack, CatalogIndex>();

/** Lower case, NFKC, punctuation to spaces, single spaces: "HGX-H20 (8 GPU)" → "hgx h20 8 gpu". */
export function spacedForm(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function catalogOf(pack: RulePack): CatalogIndex {
  let index = catalogs.get(pack);
  if (!index) {
    const aliases: CatalogIndex["aliases"] = [];
    for (const chip of pack.chips) {
      for (const alias of [chip.name, ...chip.aliases]) {
        const spaced = spacedForm(alias);
        aliases.push([spaced, spaced.replace(/ /g, ""), chip]);
      }
    }
    aliases.sort((a, b) => b[1].length - a[1].length);
    index = { aliases, byId: new Map(pack.chips.map((c) => [c.id, c])) };
    catalogs.set(pack, index);
  }
  return index;
}

/**
 * The catalog entry an item text names: the longest alias found in it, either between word
 * boundaries ("nvidia h100 sxm5 80gb") or, for model-like aliases with letters and digits, run
 * together ("NVIDIAH100SXM5"). Undefined when no alias fits: an unknown item is never guessed.
 */
export function findChip(pack: RulePack, item: string): Chip | undefined {
  const spaced = ` ${spacedForm(item)} `;
  const compact = spaced.replace(/ /g, "");
  for (const [alias, aliasCompact, chip] of catalogOf(pack).aliases) {
    if (spaced.includes(` ${alias} `)) return chip;
    if (
      aliasCompact.length >= 4 &&
      /\d/.test(aliasCompact) &&
      /\p{L}/u.test(aliasCompact) &&
      compact.includes(aliasCompact)
    ) {
      return chip;
    }
  }
  return undefined;
}

/** The IC a board or system is built on (the chip itself for an IC). */
export function icOf(pack: RulePack, chip: Chip): Chip | undefined {
  if (chip.kind === "ic") return chip;
  return chip.basedOn ? catalogOf(pack).byId.get(chip.basedOn) : undefined;
}
