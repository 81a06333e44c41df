/**
 * The list manager: the restricted-party list names are screened against (the bundled demo snapshot
 * or a trade.gov Consolidated Screening List file), its date and age, per-source counts and hash, the
 * ownership notice; loading a new file (read in the page, checked against the last list accepted);
 * and the reviewers' clearances kept with the workbook.
 */
import { useId, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
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
import { LIST_MAX_AGE_DAYS, type ListView } from "../engine/list-manager";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hash: { fontFamily: tokens.fontFamilyMonospace },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  file: { fontSize: tokens.fontSizeBase300 },
  count: { textAlign: "right", width: "25%" },
});

/** A list file picked but not yet loaded: a CSV needs its date confirmed first. */
export interface PendingListFile {
  name: string;
  text: string;
  listDate: string;
  isCsv: boolean;
}

export interface ListMessage {
  intent: "error" | "success" | "warning" | "info";
  title: string;
  lines: string[];
}

export interface ListPanelProps {
  view: ListView | undefined;
  /** Past step 1: only the list's date and age (and the warning), so the step below stays in view. */
  compact: boolean;
  loading: boolean;
  busy: boolean;
  /** The last list accepted before this session's (its counts are what a new file is checked against). */
  remembered: { listDate: string; hash: string; total: number } | undefined;
  pending: PendingListFile | undefined;
  message: ListMessage | undefined;
  clearances: number;
  canImportClearances: boolean;
  onPick: (file: File) => void;
  onPendingDate: (date: string) => void;
  onLoad: () => void;
  onCancelPending: () => void;
  onImportClearances: (file: File) => void;
  onExportClearances: () => void;
}

function AgeLine({ view }: { view: ListView }) {
  return (
    <Text data-testid="list-summary">
      Restricted-party list:{" "}
      {view.origin === "bundled" ? "bundled demo snapshot" : view.title.replace(/^.* from /, "")},
      dated <strong data-testid="list-date">{view.listDate}</strong>:{" "}
      <strong data-testid="list-age" data-age={view.ageDays}>
        {view.ageDays} {view.ageDays === 1 ? "day" : "days"} old
      </strong>
      , {view.total.toLocaleString("en-US")} entries.
    </Text>
  );
}

export function ListPanel(props: ListPanelProps) {
  const styles = useStyles();
  const listFileId = useId();
  const clearFileId = useId();
  const [open, setOpen] = useState<string[]>([]);
  const { view, pending } = props;
  const dateInvalid = pending !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(pending.listDate);
  if (props.compact)
    return (
      <section
        className={styles.section}
        aria-label="Restricted-party list"
        data-testid="list-panel"
      >
        {view ? <AgeLine view={view} /> : <Spinner size="tiny" label="Loading the list…" />}
        {view?.stale && (
          <Text weight="semibold" data-testid="list-stale">
            ⚠ Older than {LIST_MAX_AGE_DAYS} days: load a current list in step 1 before relying on
            name results.
          </Text>
        )}
      </section>
    );
  return (
    <section className={styles.section} aria-labelledby="list-title" data-testid="list-panel">
      <Subtitle2 as="h2" id="list-title">
        Restricted-party list
      </Subtitle2>
      {props.loading && !view && <Spinner size="tiny" label="Loading the bundled list…" />}
      {view && <AgeLine view={view} />}
      {view?.stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="list-stale">
          <MessageBarBody>
            <MessageBarTitle>
              List dated {view.listDate}: {view.ageDays} days old
            </MessageBarTitle>
            Older than {LIST_MAX_AGE_DAYS} days: names may have been added or removed since.
            Download a current consolidated.csv or consolidated.json from trade.gov and load it
            below before relying on name results.
          </MessageBarBody>
        </MessageBar>
      )}
      {props.message && (
        <MessageBar
          intent={props.message.intent}
          layout="multiline"
          role={props.message.intent === "error" ? "alert" : "status"}
          data-testid="list-message"
        >
          <MessageBarBody>
            <MessageBarTitle>{props.message.title}</MessageBarTitle>
            {props.message.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        <AccordionItem value="details">
          <AccordionHeader size="small">Counts, hash and ownership notice</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {view ? (
              <>
                <Text>{view.title}.</Text>
                {view.dateNote && <Text className={styles.small}>{view.dateNote}</Text>}
                <Table size="extra-small" aria-label="Entries per source list">
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>Source list</TableHeaderCell>
                      <TableHeaderCell className={styles.count}>Entries</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {view.sources.map((s) => (
                      <TableRow key={s.code} data-testid={`list-source-${s.code}`}>
                        <TableCell>
                          {s.name} ({s.code})
                        </TableCell>
                        <TableCell className={styles.count}>
                          {s.count.toLocaleString("en-US")}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                <Text>
                  Content hash <span className={styles.hash}>{view.hash}</span>
                  {view.skipped > 0 ? `; ${view.skipped} rows of the file were skipped` : ""}.
                </Text>
                <Text className={styles.small}>{view.provenance}</Text>
              </>
            ) : (
              <Text>The list is still loading.</Text>
            )}
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody data-testid="ownership-notice">
                {view?.ownership ??
                  "Ownership is not screened: parties 50 % or more owned by listed entities are not detected by name screening."}
              </MessageBarBody>
            </MessageBar>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="load">
          <AccordionHeader size="small">Load a current list</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Text className={styles.small}>
              trade.gov&apos;s consolidated.csv or consolidated.json, read inside this page. A file
              with a list missing, or a list that shrank by more than 20 % against the last one
              accepted, is refused and the list in use stays.
              {props.remembered
                ? ` Last list accepted: dated ${props.remembered.listDate}, ${props.remembered.total.toLocaleString("en-US")} entries, hash ${props.remembered.hash}.`
                : ""}
            </Text>
            <label htmlFor={listFileId}>Consolidated Screening List file</label>
            <input
              id={listFileId}
              className={styles.file}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              aria-label="Consolidated Screening List file"
              data-testid="list-file"
              disabled={props.busy}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) props.onPick(file);
                e.currentTarget.value = "";
              }}
            />
            {pending && (
              <>
                <Field
                  label={
                    pending.isCsv
                      ? `Date of ${pending.name} (the CSV carries none; this is the file's modification day)`
                      : `Date of ${pending.name}, if the file does not give one (it is the file's modification day)`
                  }
                  {...(dateInvalid ? { validationMessage: "Enter a date as YYYY-MM-DD." } : {})}
                >
                  <Input
                    type="date"
                    value={pending.listDate}
                    onChange={(_, d) => props.onPendingDate(d.value)}
                  />
                </Field>
                <div className={styles.buttons}>
                  <Button
                    appearance="primary"
                    disabled={props.busy || dateInvalid}
                    onClick={props.onLoad}
                  >
                    Use this list
                  </Button>
                  <Button disabled={props.busy} onClick={props.onCancelPending}>
                    Cancel
                  </Button>
                </div>
              </>
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="clearances">
          <AccordionHeader size="small">
            Clearances of false positives ({props.clearances})
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Text className={styles.small}>
              A reviewer clears a name match from a row&apos;s findings. Clearances are kept in the
              workbook and honoured on re-screening until the listed entry changes. A clearance file
              written by the command line (chipscreen clear --cleared FILE) can be imported.
            </Text>
            <label htmlFor={clearFileId}>Clearance file (JSON)</label>
            <input
              id={clearFileId}
              className={styles.file}
              type="file"
              accept=".json,application/json"
              aria-label="Clearance file (JSON)"
              data-testid="clearance-file"
              disabled={props.busy || !props.canImportClearances}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) props.onImportClearances(file);
                e.currentTarget.value = "";
              }}
            />
            <div className={styles.buttons}>
              <Button disabled={props.clearances === 0} onClick={props.onExportClearances}>
                Download clearances (JSON)
              </Button>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
