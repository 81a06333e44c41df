import type { ListEntry } from "./list-model";
import { nameKey } from "./normalize-name";

/**
 * 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. Not cryptographic: it tells a changed
 * list entry (or a changed list) from an unchanged one, which is all clearances and caches need.
 * Computed with four 16-bit limbs so it stays exact without BigInt.
 */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325 as limbs, most significant first
  let h3 = 0xcbf2;
  let h2 = 0x9ce4;
  let h1 = 0x8422;
  let h0 = 0x2325;
  for (let i = 0; i < text.length; i++) {
    // low byte first, then the high byte when there is one (plain ASCII hashes as bytes)
    const code = text.charCodeAt(i);
    h0 ^= code & 0xff;
    const hi = code >>> 8;
    // FNV prime 0x00000100000001b3 = 2^40 + 0x1b3
    ({ h0, h1, h2, h3 } = multiplyByPrime(h0, h1, h2, h3));
    if (hi !== 0) {
      h0 ^= hi;
      ({ h0, h1, h2, h3 } = multiplyByPrime(h0, h1, h2, h3));
    }
  }
  return [h3, h2, h1, h0].map((x) => x.toString(16).padStart(4, "0")).join("");
}

function multiplyByPrime(
  h0: number,
  h1: number,
  h2: number,
  h3: number,
): { h0: number; h1: number; h2: number; h3: number } {
  // h * 0x1b3
  let t0 = h0 * 0x1b3;
  let t1 = h1 * 0x1b3;
  let t2 = h2 * 0x1b3;
  let t3 = h3 * 0x1b3;
  // + h << 40: limb k moves to limb k+2 shifted by 8 bits
  t2 += h0 << 8;
  t3 += h1 << 8;
  t1 += t0 >>> 16;
  t0 &= 0xffff;
  t2 += t1 >>> 16;
  t1 &= 0xffff;
  t3 = (t3 + (t2 >>> 16)) & 0xffff;
  t2 &= 0xffff;
  return { h0: t0, h1: t1, h2: t2, h3: t3 };
}

/**
 * The text a listed entry is hashed over: what a reviewer looked at when clearing it. Ids are left
 * out (trade.gov re-hashes Entity List ids on every amendment) and names are normalised, so
 * re-spacing or re-casing the file does not re-open cleared alerts, while a new alias, country,
 * licence requirement, FR notice or footnote does.
 */
export function entryFingerprint(entry: ListEntry): string {
  const aliases = entry.aliases.map(nameKey).sort();
  return JSON.stringify([
    entry.source,
    nameKey(entry.name),
    aliases,
    [...entry.countries].sort(),
    entry.entityNumber ?? "",
    (entry.licenseRequirement ?? "").replace(/\s+/g, " ").trim(),
    entry.frNotice ?? "",
    [...entry.programs].sort(),
    [...entry.footnotes].sort(),
  ]);
}

export function entryHash(entry: ListEntry): string {
  return fnv1a64(entryFingerprint(entry));
}

/** Hash of a whole list, independent of entry order. */
export function listHash(entries: readonly ListEntry[]): string {
  const parts = entries.map(entryHash).sort();
  return fnv1a64(parts.join("\n"));
}
