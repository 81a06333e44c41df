/**
 * Step 5: counts per status, finding id and destination, the coverage gaps; a finding id filters
 * the rows; a row selects it in the sheet and shows its findings with messages and citations.
 */
import { useMemo, useState } from "react";
import {
  Badge,
  Button,
  Link,
  makeStyles,
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
  explain,
  type FindingId,
  type HeaderMapping,
  type RowStatus,
  type ScreenedRow,
} from "../../rules";
import type { TableRead } from "../data/data-source";
import type { RunOutcome } from "../engine/run-screening";
import { STATUS_COLOURS, STATUS_NAMES } from "../../report/status-colours";
import { findingsText } from "../../report/result-columns";
import { RowDetail, type Clearing } from "./RowDetail";

const LIST_LIMIT = 200;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  count: { minWidth: "88px", justifyContent: "flex-start" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  gaps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  wide: { width: "55%" },
  narrow: { width: "15%" },
  title: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

type Filter =
  { kind: "all" } | { kind: "status"; status: RowStatus } | { kind: "finding"; id: FindingId };

function matches(row: ScreenedRow, filter: Filter): boolean {
  if (filter.kind === "status") return row.status === filter.status;
  if (filter.kind === "finding")
    return row.findings.some(
      (f) => f.id === filter.id && (f.outcome === "hit" || f.outcome === "needs_review"),
    );
  return true;
}

export interface ResultsProps {
  outcome: RunOutcome;
  table: TableRead;
  mapping: HeaderMapping | undefined;
  mode: "excel" | "file";
  onSelect: (row: number) => void;
  clearing?: Clearing | undefined;
  onDownload: () => void;
  onRestart: () => void;
}

export function Results(props: ResultsProps) {
  const { outcome, mode, onSelect, onDownload, onRestart } = props;
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>({ kind: "all" });
  const [selected, setSelected] = useState<ScreenedRow | undefined>();
  const { summary } = outcome;
  const gaps = outcome.coverage;
  const rows = useMemo(() => outcome.results.filter((r) => matches(r, filter)), [outcome, filter]);
  const findings = Object.entries(summary.byFinding)
    .filter(([, c]) => c.hit + c.needs_review > 0)
    .sort((a, b) => b[1].hit - a[1].hit || b[1].needs_review - a[1].needs_review) as [
    FindingId,
    { hit: number; needs_review: number; clear: number; not_assessed: number },
  ][];
  const destinations = Object.entries(summary.byDestination).sort(
    (a, b) => b[1].hit - a[1].hit || a[0].localeCompare(b[0]),
  );
  const filterLabel =
    filter.kind === "all"
      ? "all rows"
      : filter.kind === "status"
        ? `status ${filter.status}`
        : `finding ${filter.id}`;

  return (
    <section className={styles.section} aria-labelledby="results-title">
      <Subtitle2 as="h2" id="results-title">
        5. Results
      </Subtitle2>
      <Text>
        {summary.rows.toLocaleString("en-US")} rows screened as of {outcome.asOfRule}. Licence
        required: {summary.licenceRequired}; undetermined: {summary.licenceUndetermined}; rows with
        input issues: {summary.rowsWithIssues}.
      </Text>
      {outcome.listNotes.length > 0 && (
        <ul className={styles.gaps} aria-label="Restricted-party list" data-testid="list-notes">
          {outcome.listNotes.map((n) => (
            <li key={n}>
              <Text size={200}>{n}</Text>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.counts} role="group" aria-label="Rows per status (select to filter)">
        {STATUS_NAMES.map((status) => (
          <Button
            key={status}
            className={styles.count}
            aria-pressed={filter.kind === "status" && filter.status === status}
            onClick={() => setFilter({ kind: "status", status })}
            data-testid={`count-${status}`}
            data-count={summary.byStatus[status]}
          >
            <span
              className={styles.swatch}
              style={{ background: STATUS_COLOURS[status] }}
              aria-hidden="true"
            />
            {status}: {summary.byStatus[status].toLocaleString("en-US")}
          </Button>
        ))}
        <Button aria-pressed={filter.kind === "all"} onClick={() => setFilter({ kind: "all" })}>
          Show all
        </Button>
      </div>

      <Subtitle2 as="h3">Findings</Subtitle2>
      {findings.length === 0 ? (
        <Text>No finding was a hit or needs review.</Text>
      ) : (
        <Table size="small" aria-label="Rows per finding">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.wide}>Finding</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>hit</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>review</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>not run</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {findings.map(([id, c]) => (
              <TableRow key={id}>
                <TableCell>
                  <Link
                    as="button"
                    onClick={() => setFilter({ kind: "finding", id })}
                    aria-label={`Show rows with ${id}`}
                    data-testid={`finding-${id}`}
                  >
                    {id}
                  </Link>
                  <span className={styles.title}>{explain(id)?.title ?? ""}</span>
                </TableCell>
                <TableCell>{c.hit}</TableCell>
                <TableCell>{c.needs_review}</TableCell>
                <TableCell>{c.not_assessed}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Subtitle2 as="h3">Destinations</Subtitle2>
      <Table size="small" aria-label="Rows per destination">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.wide}>Destination</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>hit</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>review</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>clear</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {destinations.map(([dest, c]) => (
            <TableRow key={dest}>
              <TableCell>{dest}</TableCell>
              <TableCell>{c.hit}</TableCell>
              <TableCell>{c.needs_review}</TableCell>
              <TableCell>{c.clear}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Subtitle2 as="h3">Checks that could not run</Subtitle2>
      {gaps.length === 0 ? (
        <Text>None: every check had its columns.</Text>
      ) : (
        <ul className={styles.gaps}>
          {gaps.map((g) => (
            <li key={g.id}>
              <strong>{g.id}</strong> — missing {g.missing.join("; ")}
            </li>
          ))}
        </ul>
      )}

      <Subtitle2 as="h3">
        Rows: {filterLabel} ({rows.length.toLocaleString("en-US")})
      </Subtitle2>
      {rows.length > LIST_LIMIT && (
        <Text size={200}>Showing the first {LIST_LIMIT}; the sheet has every row.</Text>
      )}
      <Table size="small" aria-label="Screened rows (select one for its findings)">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: "15%" }}>Row</TableHeaderCell>
            <TableHeaderCell style={{ width: "30%" }}>Status</TableHeaderCell>
            <TableHeaderCell>Findings</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, LIST_LIMIT).map((r) => (
            <TableRow key={r.row} aria-selected={selected?.row === r.row}>
              <TableCell>
                <Link
                  as="button"
                  onClick={() => {
                    setSelected(r);
                    onSelect(r.row);
                  }}
                  aria-label={`Row ${r.row}: show findings`}
                >
                  {r.row}
                </Link>
              </TableCell>
              <TableCell>
                <Badge
                  appearance="filled"
                  style={{
                    background: STATUS_COLOURS[r.status],
                    color: tokens.colorNeutralForeground1,
                  }}
                >
                  {r.status}
                </Badge>
              </TableCell>
              <TableCell>{findingsText(r) || "—"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {selected && (
        <RowDetail
          row={selected}
          clearing={props.clearing}
          onClose={() => setSelected(undefined)}
        />
      )}
      <div className={styles.buttons}>
        {mode === "file" && (
          <Button appearance="primary" onClick={onDownload}>
            Download the screened workbook
          </Button>
        )}
        <Button onClick={onRestart}>Screen again</Button>
      </div>
    </section>
  );
}
