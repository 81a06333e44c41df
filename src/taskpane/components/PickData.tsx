/** Step 1: which data to screen — the table, the selection or the sheet in Excel; a file and sheet in the workbench. */
import { useEffect, useId } from "react";
import {
  Button,
  Field,
  makeStyles,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ScopeOption } from "../data/data-source";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  file: { fontSize: tokens.fontSizeBase300 },
});

export interface PickDataProps {
  mode: "excel" | "file";
  scopes: ScopeOption[];
  scopeId: string;
  fileName: string;
  busy: boolean;
  progress: { done: number; total: number; phase: string };
  onLoadScopes: () => Promise<ScopeOption[]>;
  onScope: (id: string) => void;
  onFile: (file: File) => void;
  onRead: () => void;
}

export function PickData(props: PickDataProps) {
  const styles = useStyles();
  const fileId = useId();
  const { mode, onLoadScopes } = props;
  useEffect(() => {
    if (mode === "excel") void onLoadScopes();
    // Scopes of a file arrive when it is opened.
  }, [mode, onLoadScopes]);

  return (
    <section className={styles.section} aria-labelledby="pick-title">
      <Subtitle2 as="h2" id="pick-title">
        1. Pick the data
      </Subtitle2>
      {mode === "file" && (
        <Field
          label="Workbook or CSV file"
          hint="An .xlsx or .csv with one header row. The file stays on this computer."
        >
          <input
            id={fileId}
            className={styles.file}
            type="file"
            data-testid="data-file"
            aria-label="Workbook or CSV file"
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={props.busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onFile(file);
            }}
          />
        </Field>
      )}
      {mode === "excel" && (
        <Field label="Screen">
          <RadioGroup value={props.scopeId} onChange={(_, d) => props.onScope(d.value)}>
            {props.scopes.map((s) => (
              <Radio key={s.id} value={s.id} label={s.label} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {mode === "file" && props.scopes.length > 0 && (
        <Field label="Sheet">
          <Select value={props.scopeId} onChange={(_, d) => props.onScope(d.value)}>
            {props.scopes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {props.busy && props.progress.total > 0 && (
        <Field
          label={`${props.progress.phase}: ${props.progress.done.toLocaleString("en-US")} of ${props.progress.total.toLocaleString("en-US")} rows`}
        >
          <ProgressBar value={props.progress.done / Math.max(1, props.progress.total)} />
        </Field>
      )}
      {mode === "file" && props.fileName === "" && !props.busy && (
        <Text>Choose a file to begin.</Text>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={props.busy || (mode === "file" && props.scopes.length === 0)}
          onClick={props.onRead}
        >
          Read the data
        </Button>
      </div>
    </section>
  );
}
