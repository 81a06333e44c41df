/**
 * The spellings under which one listed name should be findable. List text carries extra words
 * that no customer writes: State's "; and any successor, sub-unit, or subsidiary thereof", BIS's
 * bracketed short names ("Huawei Technologies Co., Ltd. (Huawei)") and stray "; and" joins.
 */
const SUCCESSOR_TAIL = /[;,]?\s*(and\s+)?(any\s+)?successors?,?\s*(sub-units?|subunits?)?.*$/i;
const PARENTHESES = /\(([^()]*)\)/g;

export function listedNameVariants(name: string): string[] {
  const out = new Set<string>();
  const base = name
    .replace(SUCCESSOR_TAIL, "")
    .replace(/;\s*and\s*$/i, "")
    .trim();
  if (base) out.add(base);
  const withoutBrackets = base.replace(PARENTHESES, " ").replace(/\s+/g, " ").trim();
  if (withoutBrackets) out.add(withoutBrackets);
  for (const m of base.matchAll(PARENTHESES)) {
    const inner = (m[1] ?? "")
      .replace(/^(a\.?k\.?a\.?|f\.?k\.?a\.?|also known as)[,:]?\s*/i, "")
      .trim();
    // bracketed text that is a real short name, not "(Huawei)" style country tags of one letter
    if (inner.length >= 3 && !/^(formerly|previously|see|the)\b/i.test(inner)) out.add(inner);
  }
  return [...out];
}
