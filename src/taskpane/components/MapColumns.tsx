/** Step 2: each column's canonical field, with sample values; the user corrects any; what the sheet lacks, and which checks that disables. */
import { useMemo } from "react";
import {
  Badge,
  Button,
  makeStyles,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  CANONICAL_FIELDS,
  coverageGaps,
  explain,
  type CanonicalField,
  type HeaderMapping,
} from "../../rules";
import type { TableRead } from "../data/data-source";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  samples: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  gaps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

function samples(table: TableRead, column: number): string {
  const seen: string[] = [];
  for (const row of table.rows) {
    const v = row[column];
    if (v === null || v === undefined || v === "") continue;
    const text = String(v);
    if (!seen.includes(text)) seen.push(text.length > 30 ? text.slice(0, 29) + "…" : text);
    if (seen.length === 3) break;
  }
  return seen.join(" · ");
}

const HOW_LABEL: Record<string, string> = {
  key: "exact name",
  synonym: "recognised",
  user: "your choice",
};

export interface MapColumnsProps {
  table: TableRead;
  mapping: HeaderMapping;
  onChange: (header: string, field: CanonicalField | null) => void;
  onBack: () => void;
  onNext: () => void;
}

export function MapColumns({ table, mapping, onChange, onBack, onNext }: MapColumnsProps) {
  const styles = useStyles();
  const gaps = useMemo(
    () => coverageGaps(new Set(mapping.fields.filter((f): f is CanonicalField => f !== null))),
    [mapping],
  );
  const mapped = mapping.fields.filter((f) => f !== null).length;
  return (
    <section className={styles.section} aria-labelledby="map-title">
      <Subtitle2 as="h2" id="map-title">
        2. Map the columns
      </Subtitle2>
      <Text>
        {mapped} of {table.headers.length} columns are used. Correct any row below; columns set to
        "not used" are kept in the sheet untouched.
      </Text>
      <Table size="small" aria-label="Column mapping">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Column</TableHeaderCell>
            <TableHeaderCell>Field</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.headers.map((header, i) => {
            const field = mapping.fields[i] ?? null;
            const how = mapping.how[i];
            const duplicate = mapping.duplicates.find((d) => d.column === i);
            return (
              <TableRow key={header}>
                <TableCell>
                  <div>
                    <strong>{header}</strong>
                  </div>
                  <div className={styles.samples}>{samples(table, i) || "(blank)"}</div>
                </TableCell>
                <TableCell>
                  <Select
                    aria-label={`Field for column ${header}`}
                    value={field ?? ""}
                    onChange={(_, d) =>
                      onChange(header, d.value === "" ? null : (d.value as CanonicalField))
                    }
                  >
                    <option value="">(not used)</option>
                    {CANONICAL_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </Select>
                  {how && (
                    <Badge appearance="tint" color={how === "user" ? "brand" : "informative"}>
                      {HOW_LABEL[how]}
                    </Badge>
                  )}
                  {duplicate && (
                    <Badge appearance="tint" color="warning">
                      {duplicate.field} already taken by an earlier column
                    </Badge>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Subtitle2 as="h3">Checks this sheet cannot run</Subtitle2>
      {gaps.length === 0 ? (
        <Text>Every check has the columns it needs.</Text>
      ) : (
        <>
          <Text>
            These checks will say "not assessed" for every row unless a column is mapped to what
            they need:
          </Text>
          <ul className={styles.gaps} aria-label="Coverage gaps">
            {gaps.map((g) => (
              <li key={g.id}>
                <strong>{g.id}</strong> {explain(g.id)?.title ?? ""} — needs {g.missing.join("; ")}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.buttons}>
        <Button onClick={onBack}>Back</Button>
        <Button appearance="primary" onClick={onNext} disabled={mapped === 0}>
          Continue
        </Button>
      </div>
    </section>
  );
}
