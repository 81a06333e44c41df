import { z } from "zod";
import { entryFromCslRecord } from "./csl-record";
import type { ListEntry, ListProblem, ParsedList } from "./list-model";

/**
 * trade.gov's consolidated.json: `{results: [...], sources_used: [...]}` with the CSV's field names,
 * `id` for `_id`, and arrays where the CSV joins with "; " (party-screening.md §1.3).
 */
const text = z
  .string()
  .nullish()
  .transform((v) => v ?? "");
const strings = z
  .array(z.string().nullish())
  .nullish()
  .transform((v) =>
    (v ?? [])
      .filter((s): s is string => typeof s === "string" && s.trim().length > 0)
      .map((s) => s.trim()),
  );

const AddressSchema = z.object({
  address: text,
  city: text,
  state: text,
  postal_code: text,
  country: text,
});

const RecordSchema = z.object({
  id: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v == null ? "" : String(v))),
  source: z.string(),
  entity_number: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v == null ? "" : String(v))),
  type: text,
  programs: strings,
  name: z.string(),
  addresses: z
    .array(AddressSchema)
    .nullish()
    .transform((v) => v ?? []),
  federal_register_notice: text,
  license_requirement: text,
  license_policy: text,
  alt_names: strings,
  nationalities: strings,
  citizenships: strings,
});

const SourceUsedSchema = z.object({
  source: z.string(),
  source_last_updated: z.string().nullish(),
});

export interface ParsedCslJson extends ParsedList {
  sourcesUsed: { source: string; lastUpdated: string | null }[];
}

export function parseCslJson(input: unknown): ParsedCslJson {
  const problems: ListProblem[] = [];
  const top = z
    .object({ results: z.array(z.unknown()), sources_used: z.array(z.unknown()).optional() })
    .safeParse(input);
  if (!top.success) {
    return {
      entries: [],
      sourcesUsed: [],
      problems: [
        {
          code: "unreadable_file",
          message: "Not a trade.gov consolidated.json: no results array.",
        },
      ],
    };
  }
  const entries: ListEntry[] = [];
  top.data.results.forEach((raw, i) => {
    const at = `results[${i}]`;
    const r = RecordSchema.safeParse(raw);
    if (!r.success) {
      problems.push({
        code: "missing_value",
        message: `Record ${i} is not readable and was skipped.`,
        at,
      });
      return;
    }
    const d = r.data;
    const out = entryFromCslRecord(
      {
        id: d.id,
        source: d.source,
        entityNumber: d.entity_number,
        type: d.type,
        programs: d.programs,
        name: d.name,
        addresses: d.addresses.map((a) => ({
          street: a.address,
          city: a.city,
          state: a.state,
          postalCode: a.postal_code,
          country: a.country.trim().toUpperCase(),
        })),
        frNotice: d.federal_register_notice,
        licenseRequirement: d.license_requirement,
        licensePolicy: d.license_policy,
        altNames: d.alt_names,
        otherCountries: [...d.nationalities, ...d.citizenships],
      },
      at,
    );
    if ("entry" in out) entries.push(out.entry);
    else problems.push(out.problem);
  });
  const sourcesUsed: ParsedCslJson["sourcesUsed"] = [];
  for (const s of top.data.sources_used ?? []) {
    const p = SourceUsedSchema.safeParse(s);
    if (p.success)
      sourcesUsed.push({ source: p.data.source, lastUpdated: p.data.source_last_updated ?? null });
  }
  return { entries, problems, sourcesUsed };
}
