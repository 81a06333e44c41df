/**
 * How the pane remembers a sheet's mapping, date rule and result placement: a JSON document kept
 * in the workbook (Excel: workbook settings; file mode: a hidden sheet of the downloaded workbook),
 * keyed by the sheet's header row so a re-screened sheet with the same columns needs no clicks.
 */
import { z } from "zod";
import { CANONICAL_FIELDS, type CanonicalField, type HeaderMapping } from "../../rules";
import type { SavedSettings } from "../data/data-source";

export const SETTINGS_PREFIX = "chipscreen.settings.";
/** Name of the hidden sheet that carries settings in file mode. */
export const SETTINGS_SHEET = "Chipscreen settings";

const FieldOrNull = z.union([
  z.enum(CANONICAL_FIELDS as [CanonicalField, ...CanonicalField[]]),
  z.null(),
]);

const SettingsSchema = z.object({
  version: z.literal(1),
  headers: z.array(z.string()),
  explicit: z.record(z.string(), FieldOrNull),
  asOf: z
    .union([
      z.object({ kind: z.literal("today") }),
      z.object({ kind: z.literal("date"), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
      z.object({ kind: z.literal("fromRow") }),
    ])
    .optional(),
  target: z.enum(["right", "sheet"]).optional(),
});

/** FNV-1a of the header row: short, stable, and the same in Excel and in the browser. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** The settings key of a sheet layout: the same headers in the same order give the same key, whatever the sheet is called. */
export function settingsKey(headers: readonly string[]): string {
  return SETTINGS_PREFIX + fnv1a(headers.map((h) => h.trim().toLowerCase()).join("\u0001"));
}

export function serializeSettings(headers: readonly string[], settings: SavedSettings): string {
  const doc: z.input<typeof SettingsSchema> = {
    version: 1,
    headers: [...headers],
    explicit: settings.explicit,
  };
  if (settings.asOf) doc.asOf = settings.asOf;
  if (settings.target) doc.target = settings.target;
  return JSON.stringify(doc);
}

/** Reads a stored document; undefined when absent, unreadable, or saved for other headers. */
export function parseSettings(
  json: unknown,
  headers: readonly string[],
): SavedSettings | undefined {
  if (typeof json !== "string" || json === "") return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = SettingsSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const doc = parsed.data;
  if (
    doc.headers.length !== headers.length ||
    doc.headers.some((h, i) => h.trim().toLowerCase() !== (headers[i] ?? "").trim().toLowerCase())
  ) {
    return undefined;
  }
  const settings: SavedSettings = { explicit: doc.explicit };
  if (doc.asOf) settings.asOf = doc.asOf;
  if (doc.target) settings.target = doc.target;
  return settings;
}

/** The whole mapping as explicit choices, so a later automatic mapping change cannot move a column. */
export function explicitFromMapping(
  headers: readonly string[],
  mapping: HeaderMapping,
): Record<string, CanonicalField | null> {
  const explicit: Record<string, CanonicalField | null> = {};
  headers.forEach((h, i) => {
    explicit[h] = mapping.fields[i] ?? null;
  });
  return explicit;
}
