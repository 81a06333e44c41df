/** Step 4: rows done of total, and Cancel (the rows already screened keep complete results). */
import {
  Button,
  Field,
  makeStyles,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function RunProgress({
  done,
  total,
  onCancel,
}: {
  done: number;
  total: number;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const label = `${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows screened`;
  return (
    <section className={styles.section} aria-labelledby="run-title">
      <Subtitle2 as="h2" id="run-title">
        4. Screening
      </Subtitle2>
      <Field label={label} validationState="none">
        <ProgressBar value={done / Math.max(1, total)} aria-label={label} />
      </Field>
      <div role="status" aria-live="polite" data-testid="progress-text">
        {label}
      </div>
      <div>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
