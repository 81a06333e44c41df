import { z } from "zod";
import { EndUseSchema } from "./enums";
import { CANONICAL_FIELDS, FIELD_SPECS, type CanonicalField, type FieldKind } from "./fields";

/** An ISO date, "YYYY-MM-DD". Dates compare correctly as strings. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
export type IsoDate = string;

/** The typed value a field of a given kind holds once its cell has been read. */
type ValueOfKind<K extends FieldKind> = K extends { type: "text" | "country" | "date" }
  ? string
  : K extends { type: "yes_no" }
    ? boolean
    : K extends { type: "number" }
      ? number
      : K extends { type: "enum"; values: readonly (infer V)[] }
        ? V
        : K extends { type: "end_use" }
          ? z.infer<typeof EndUseSchema>[]
          : K extends { type: "yes_no_or_ratio" }
            ? boolean | number
            : never;

/**
 * One screened row after normalisation. A field is undefined when its column is absent, its cell is
 * blank, or the cell could not be read (an issue then says which); `ScreenInput.present` tells those apart.
 */
export type TypedRow = {
  -readonly [F in CanonicalField]?: ValueOfKind<(typeof FIELD_SPECS)[F]["kind"]>;
};

function schemaForKind(kind: FieldKind): z.ZodType {
  switch (kind.type) {
    case "text":
      return z.string();
    case "country":
      return z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code");
    case "date":
      return IsoDateSchema;
    case "yes_no":
      return z.boolean();
    case "number":
      return z.number().finite();
    case "enum":
      return z.enum(kind.values as [string, ...string[]]);
    case "end_use":
      return z.array(EndUseSchema);
    case "yes_no_or_ratio":
      return z.union([z.boolean(), z.number().finite().nonnegative()]);
  }
}

/** zod schema of TypedRow, built from the field table so the two cannot drift. */
export const TypedRowSchema = z
  .object(
    Object.fromEntries(
      CANONICAL_FIELDS.map((f) => [f, schemaForKind(FIELD_SPECS[f].kind).optional()]),
    ),
  )
  .strict() as unknown as z.ZodType<TypedRow>;
