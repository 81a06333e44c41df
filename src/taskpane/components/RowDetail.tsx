/** One row's result: status, licence, classification, and each finding that matters with its message and citation. */
import { Button, Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ScreenedRow } from "../../rules";
import { classificationText, licenceCell } from "../../report/result-columns";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  cite: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function RowDetail({ row, onClose }: { row: ScreenedRow; onClose: () => void }) {
  const styles = useStyles();
  const shown = row.findings.filter((f) => f.outcome === "hit" || f.outcome === "needs_review");
  const licence = licenceCell(row.license.required);
  return (
    <Card aria-label={`Findings of row ${row.row}`} data-testid="row-detail">
      <CardHeader
        header={
          <Text weight="semibold">
            Row {row.row}: {row.status}
          </Text>
        }
        action={<Button onClick={onClose}>Close</Button>}
      />
      <Text>
        As of {row.asOf}. Licence required:{" "}
        {licence === true ? "yes" : licence === false ? "no" : "cannot be determined"}
        {row.license.bases.length > 0 ? ` (${row.license.bases.join(", ")})` : ""}. Classification:{" "}
        {classificationText(row) || "not computed"}.
      </Text>
      {shown.length === 0 ? (
        <Text>No finding is a hit or needs review.</Text>
      ) : (
        <ul className={styles.list}>
          {shown.map((f) => (
            <li key={f.id}>
              <strong>
                {f.id} ({f.outcome === "hit" ? "hit" : "needs review"})
              </strong>
              : {f.message}
              <div className={styles.cite}>{f.citation}</div>
            </li>
          ))}
        </ul>
      )}
      {row.issues.length > 0 && (
        <>
          <Text weight="semibold">Input issues</Text>
          <ul className={styles.list}>
            {row.issues.map((i) => (
              <li key={`${i.field}-${i.code}-${i.message}`}>{i.message}</li>
            ))}
          </ul>
        </>
      )}
      {row.notes.length > 0 && (
        <>
          <Text weight="semibold">Notes</Text>
          <ul className={styles.list}>
            {row.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
