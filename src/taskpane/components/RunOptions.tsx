/** Step 3: the date the rules are applied as of, where the results go, a reviewer note, and Run. */
import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { ResultTarget } from "../data/data-source";

export type AsOfChoice = { kind: "today" } | { kind: "date"; date: string } | { kind: "fromRow" };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface RunOptionsProps {
  mode: "excel" | "file";
  asOf: AsOfChoice;
  target: ResultTarget;
  note: string;
  busy: boolean;
  hasTransactionDate: boolean;
  onAsOf: (choice: AsOfChoice) => void;
  onTarget: (target: ResultTarget) => void;
  onNote: (note: string) => void;
  onBack: () => void;
  onRun: () => void;
}

export function RunOptions(props: RunOptionsProps) {
  const styles = useStyles();
  const { asOf } = props;
  const dateValue = asOf.kind === "date" ? asOf.date : "";
  const dateInvalid = asOf.kind === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(asOf.date);
  return (
    <section className={styles.section} aria-labelledby="options-title">
      <Subtitle2 as="h2" id="options-title">
        3. Choose the date and run
      </Subtitle2>
      <Field label="Apply the rules in force">
        <RadioGroup
          value={asOf.kind}
          onChange={(_, d) =>
            props.onAsOf(
              d.value === "date"
                ? { kind: "date", date: dateValue || new Date().toISOString().slice(0, 10) }
                : d.value === "fromRow"
                  ? { kind: "fromRow" }
                  : { kind: "today" },
            )
          }
        >
          <Radio value="today" label="Today" />
          <Radio value="date" label="On a date I choose" />
          <Radio
            value="fromRow"
            label={
              props.hasTransactionDate
                ? "On each row's transaction date (today where it is blank)"
                : "On each row's transaction date (no column is mapped to transaction_date, so: today)"
            }
          />
        </RadioGroup>
      </Field>
      {asOf.kind === "date" && (
        <Field
          label="Date"
          {...(dateInvalid ? { validationMessage: "Enter a date as YYYY-MM-DD." } : {})}
        >
          <Input
            type="date"
            value={dateValue}
            onChange={(_, d) => props.onAsOf({ kind: "date", date: d.value })}
          />
        </Field>
      )}
      <Field label="Put the results">
        <RadioGroup
          value={props.target}
          onChange={(_, d) => props.onTarget(d.value === "sheet" ? "sheet" : "right")}
        >
          <Radio value="right" label="In columns right of the data" />
          <Radio value="sheet" label="On a new Screening sheet" />
        </RadioGroup>
      </Field>
      <Field label="Reviewer note (optional)" hint="Saved with this run in the Audit sheet.">
        <Textarea value={props.note} onChange={(_, d) => props.onNote(d.value)} resize="vertical" />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={props.onBack}>Back</Button>
        <Button appearance="primary" disabled={props.busy || dateInvalid} onClick={props.onRun}>
          Run screening
        </Button>
      </div>
    </section>
  );
}
