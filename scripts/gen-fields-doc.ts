/**
 * Writes docs/fields.md: the columns Chipscreen understands, generated from the field table in
 * src/rules/model/fields.ts so the reference cannot drift. Run: npx tsx scripts/gen-fields-doc.ts
 */
import { writeFileSync } from "node:fs";
import { CANONICAL_FIELDS, CHECK_FAMILIES, FIELD_SPECS, type FieldKind } from "../src/rules";

function kindText(kind: FieldKind): string {
  switch (kind.type) {
    case "enum":
      return `one of: ${kind.values.join(", ")}`;
    case "number":
      return kind.unit ? `number (${kind.unit.toUpperCase()}; other units converted)` : "number";
    case "yes_no":
      return "yes/no";
    case "yes_no_or_ratio":
      return "yes/no, or a ratio (2, 2x, 200%)";
    case "end_use":
      return "end use(s), separated by ; or ,";
    default:
      return kind.type;
  }
}

export function fieldsDoc(): string {
  const usedBy = new Map<string, Set<string>>();
  for (const family of CHECK_FAMILIES) {
    for (const [id, groups] of Object.entries(family.requires)) {
      for (const group of groups ?? [])
        for (const f of group) usedBy.set(f, (usedBy.get(f) ?? new Set()).add(id));
    }
  }
  const lines = [
    "# The columns Chipscreen reads",
    "",
    "Generated from `src/rules/model/fields.ts` by `scripts/gen-fields-doc.ts`; do not edit by hand.",
    "",
    "A header is matched to a field by the field's own name or by one of the headings below, ignoring",
    "case, spaces and punctuation. Columns that match nothing are kept and passed through. A field",
    "whose column is missing makes the checks that need it `not_assessed`; a blank or unreadable cell",
    "makes them `needs_review` for that row.",
    "",
    "| field | value | headings recognised | checks that read it as a required column |",
    "|---|---|---|---|",
  ];
  for (const field of CANONICAL_FIELDS) {
    const spec = FIELD_SPECS[field];
    const ids = [...(usedBy.get(field) ?? [])].sort().join(", ");
    lines.push(`| \`${field}\` | ${kindText(spec.kind)} | ${spec.synonyms.join(", ")} | ${ids} |`);
  }
  return lines.join("\n") + "\n";
}

if (require.main === module) {
  writeFileSync("docs/fields.md", fieldsDoc());
  console.log("docs/fields.md written");
}
