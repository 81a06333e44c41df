import { END_USES, type EndUse } from "../model/enums";
import { cellText, foldKey } from "./fold-text";
import { END_USE_PHRASES } from "./value-synonyms";
import type { Parsed } from "./yes-no";

/** Reads one value of an enum: the canonical value itself, or a synonym from `synonyms`. */
export function parseEnumValue<T extends string>(
  value: unknown,
  allowed: readonly T[],
  synonyms: Record<string, T>,
): Parsed<T> | undefined {
  const text = cellText(value);
  if (text === undefined) return undefined;
  const key = foldKey(text);
  const direct = allowed.find((v) => foldKey(v) === key);
  if (direct) return { ok: true, value: direct };
  const synonym = synonyms[key];
  return synonym ? { ok: true, value: synonym } : { ok: false, text };
}

const SORTED_PHRASES = [...END_USE_PHRASES].sort((a, b) => b[0].length - a[0].length);

/**
 * Reads end uses: one or several values separated by ";", ",", "/" or "、", each either a canonical
 * value or free text containing a known phrase ("AI model training for a defence lab").
 */
export function parseEndUses(value: unknown): Parsed<EndUse[]> | undefined {
  const text = cellText(value);
  if (text === undefined) return undefined;
  const found = new Set<EndUse>();
  for (const part of text.split(/[;,/、；，]+/)) {
    const key = foldKey(part);
    if (key === "") continue;
    const direct = END_USES.find((v) => foldKey(v) === key);
    if (direct) {
      found.add(direct);
      continue;
    }
    let rest = key;
    let matched = false;
    for (const [phrase, use] of SORTED_PHRASES) {
      if (rest.includes(phrase)) {
        found.add(use);
        rest = rest.split(phrase).join(" ");
        matched = true;
      }
    }
    if (!matched) return { ok: false, text };
  }
  if (found.size === 0) return { ok: false, text };
  return { ok: true, value: END_USES.filter((u) => found.has(u)) };
}
