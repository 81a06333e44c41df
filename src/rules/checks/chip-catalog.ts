import type { Chip, RulePack } from "../model/pack";

interface CatalogIndex {
  /** [spaced alias, compact alias, chip], longest compact alias first. */
  aliases: [string, string, Chip][];
  byId: Map<string, Chip>;
  /** Items already looked up (sheets repeat a handful of products). */
  recent: Map<string, Chip | null>;
}

const catalogs = new WeakMap<RulePack, CatalogIndex>();

/** Lower case, NFKC, punctuation to spaces, single spaces: "HGX-H20 (8 GPU)" → "hgx h20 8 gpu", "昇腾910B" → "昇 腾 910b". */
export function spacedForm(text: string): string {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      // Chinese has no spaces between words: each character counts as a word of its own.
      .replace(/(\p{Script=Han})/gu, " $1 ")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
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
    index = { aliases, byId: new Map(pack.chips.map((c) => [c.id, c])), recent: new Map() };
    catalogs.set(pack, index);
  }
  return index;
}

/**
 * The catalog entry an item text names: the longest alias found in it, either between word
 * boundaries ("nvidia h100 sxm5 80gb") or, for model-like aliases with letters and digits, run
 * together from the start of a word ("Ascend910B", "H100SXM5"). Undefined when no alias fits:
 * an unknown item is never guessed.
 */
export function findChip(pack: RulePack, item: string): Chip | undefined {
  const catalog = catalogOf(pack);
  const known = catalog.recent.get(item);
  if (known !== undefined) return known ?? undefined;
  const found = searchCatalog(catalog, item);
  if (catalog.recent.size >= 5000) catalog.recent.clear();
  catalog.recent.set(item, found ?? null);
  return found;
}

function searchCatalog(catalog: CatalogIndex, item: string): Chip | undefined {
  const tokens = spacedForm(item).split(" ").filter(Boolean);
  const spaced = ` ${tokens.join(" ")} `;
  const compact = tokens.join("");
  // Offsets in `compact` where a word of the item starts: a run-together alias must start at one,
  // so "Ascend910B" matches "ascend 910b" but "PRIMERGY SX910B" does not match "910b".
  const starts = new Set<number>();
  let offset = 0;
  for (const t of tokens) {
    starts.add(offset);
    offset += t.length;
  }
  for (const [alias, aliasCompact, chip] of catalog.aliases) {
    if (spaced.includes(` ${alias} `)) return chip;
    if (aliasCompact.length >= 4 && /\d/.test(aliasCompact) && /\p{L}/u.test(aliasCompact)) {
      for (
        let at = compact.indexOf(aliasCompact);
        at >= 0;
        at = compact.indexOf(aliasCompact, at + 1)
      ) {
        if (starts.has(at)) return chip;
      }
    }
  }
  return undefined;
}

/** The IC a board or system is built on (the chip itself for an IC). */
export function icOf(pack: RulePack, chip: Chip): Chip | undefined {
  if (chip.kind === "ic") return chip;
  return chip.basedOn ? catalogOf(pack).byId.get(chip.basedOn) : undefined;
}
