import { readFootnotes } from "./consequence";
import {
  entryTypeFromText,
  sourceCodeFromLabel,
  type ListAddress,
  type ListEntry,
  type ListProblem,
} from "./list-model";
import { stableId } from "./parse-compact-list";

/** One CSL record with its fields already split into lists, whichever file it came from. */
export interface CslRecord {
  id: string;
  source: string;
  entityNumber: string;
  type: string;
  programs: string[];
  name: string;
  addresses: ListAddress[];
  frNotice: string;
  licenseRequirement: string;
  licensePolicy: string;
  altNames: string[];
  /** Nationalities and citizenships: countries that are not addresses. */
  otherCountries: string[];
}

const ISO2 = /^[A-Z]{2}$/;

/** Splits trade.gov's "; "-joined lists, dropping BIS's stray "and" joins. */
export function splitList(text: string): string[] {
  return text
    .split(";")
    .map((s) => s.trim().replace(/^and\s+/i, ""))
    .filter((s) => s.length > 0 && s.toLowerCase() !== "and");
}

/**
 * The CSV packs each address as "street, city, state, postal, CC" with empty parts left out, so
 * only the trailing ISO-2 country is certain. Everything before it stays together as the street
 * text; the address matcher compares token sets and does not need the parts apart.
 */
export function parseCsvAddresses(text: string): ListAddress[] {
  return splitList(text).map((one) => {
    const parts = one.split(",").map((p) => p.trim());
    const last = parts[parts.length - 1] ?? "";
    const country = ISO2.test(last) ? last : "";
    const rest = country ? parts.slice(0, -1) : parts;
    return { street: rest.join(", "), city: "", state: "", postalCode: "", country };
  });
}

export function entryFromCslRecord(
  r: CslRecord,
  at: string,
): { entry: ListEntry } | { problem: ListProblem } {
  const source = sourceCodeFromLabel(r.source);
  if (!source) {
    return {
      problem: { code: "unknown_source", message: `Unknown list source "${r.source}".`, at },
    };
  }
  const name = r.name.trim();
  if (!name) return { problem: { code: "missing_value", message: "A record has no name.", at } };
  const countries = new Set<string>();
  for (const a of r.addresses) if (ISO2.test(a.country)) countries.add(a.country);
  for (const c of r.otherCountries)
    if (ISO2.test(c.trim().toUpperCase())) countries.add(c.trim().toUpperCase());
  const entityNumber = r.entityNumber.trim() || null;
  return {
    entry: {
      id: r.id.trim() || stableId(source, entityNumber, name),
      source,
      name,
      aliases: r.altNames,
      type: entryTypeFromText(r.type),
      countries: [...countries],
      addresses: r.addresses,
      entityNumber,
      licenseRequirement: r.licenseRequirement.trim() || null,
      licensePolicy: r.licensePolicy.trim() || null,
      programs: r.programs,
      frNotice: r.frNotice.trim() || null,
      footnotes: readFootnotes(r.licenseRequirement),
    },
  };
}
