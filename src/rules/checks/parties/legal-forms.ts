import table from "./legal-forms.json";

/** Spelling variant -> the one spelling kept for a legal form ("limited" -> "ltd"). */
const TOKEN_FORMS = new Map<string, string>();
for (const [canonical, variants] of Object.entries(table.tokens)) {
  for (const v of variants) TOKEN_FORMS.set(v, canonical);
  TOKEN_FORMS.set(canonical, canonical);
}

/** Canonical legal-form tokens: kept in names, weighted low when scoring. */
const CANONICAL = new Set<string>(Object.keys(table.tokens));

export interface LegalFormPhrase {
  words: readonly string[];
  replacement: readonly string[];
}

/** Multi-word forms, longest first so "public joint stock company" wins over "joint stock company". */
export const LEGAL_FORM_PHRASES: readonly LegalFormPhrase[] = table.phrases
  .map(([words, replacement]) => ({
    words: Array.isArray(words) ? words : [],
    replacement: typeof replacement === "string" ? replacement.split(" ") : [],
  }))
  .sort((a, b) => b.words.length - a.words.length);

/** The canonical spelling of a legal-form token, or null when the token is not a legal form. */
export function canonicalLegalForm(token: string): string | null {
  return TOKEN_FORMS.get(token) ?? null;
}

/** True for a canonical legal-form token ("ltd", "co", "gmbh"). */
export function isLegalForm(token: string): boolean {
  return CANONICAL.has(token);
}
