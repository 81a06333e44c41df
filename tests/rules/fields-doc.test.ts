import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fieldsDoc } from "../../scripts/gen-fields-doc";

test("docs/fields.md is the generated field reference (run scripts/gen-fields-doc.ts after changing fields)", () => {
  expect(readFileSync(join(__dirname, "../../docs/fields.md"), "utf8")).toBe(fieldsDoc());
});
