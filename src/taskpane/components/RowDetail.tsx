/**
 * One row's result: status, licence, classification, and each finding that matters with its message
 * and citation; a LIC-LISTED name match can be cleared as a false positive (reason and reviewer).
 */
import { useState } from "react";
import {
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { Clearance, LoadedList, ScreenedRow } from "../../rules";
import { classificationText, licenceCell } from "../../report/result-columns";
import { draftClearance, isCleared, nameMatches, type NameMatchRef } from "../engine/clearances";

/** What the row view needs to clear a name match. */
export interface Clearing {
  /** The list the results were screened against (entry ids are stable within one list only). */
  loaded: LoadedList | undefined;
  clearances: readonly Clearance[];
  today: string;
  onClear: (clearance: Clearance) => Promise<void>;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  cite: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

function ClearMatch({ match, clearing }: { match: NameMatchRef; clearing: Clearing }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reviewer, setReviewer] = useState("");
  const [error, setError] = useState<
    { field: "reason" | "reviewer" | "other"; message: string } | undefined
  >();
  const [saving, setSaving] = useState(false);
  const done = isCleared(clearing.clearances, clearing.loaded, match);
  const label = `"${match.party}" against "${match.listed}" (${match.entryId})`;
  if (done)
    return (
      <Text data-testid="cleared-note">
        {label} was cleared by {done.reviewer} on {done.date}: {done.reason.replace(/\.$/, "")}. The
        next screening honours it, whatever the row&apos;s date, while the entry is unchanged.
      </Text>
    );
  if (!open)
    return (
      <div>
        <Button
          size="small"
          onClick={() => setOpen(true)}
          aria-label={`Clear ${label} as false positive`}
        >
          Clear as false positive: {match.party} ≠ {match.listed}
        </Button>
      </div>
    );
  const save = async () => {
    if (!clearing.loaded) {
      setError({ field: "other", message: "The list is not loaded." });
      return;
    }
    const draft = draftClearance(clearing.loaded, match, reason, reviewer, clearing.today);
    if (!draft.ok) {
      const field = !reason.trim() ? "reason" : !reviewer.trim() ? "reviewer" : "other";
      setError({ field, message: draft.message });
      return;
    }
    setSaving(true);
    try {
      await clearing.onClear(draft.clearance);
      setOpen(false);
    } catch (e: unknown) {
      setError({
        field: "other",
        message: `The clearance could not be saved (${e instanceof Error ? e.message : String(e)}).`,
      });
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className={styles.form} role="group" aria-label={`Clear ${label}`}>
      <Text weight="semibold">
        Clear {match.role.toLowerCase()} {label} as a false positive
      </Text>
      <Field
        label="Reason"
        required
        {...(error?.field === "reason" ? { validationMessage: error.message } : {})}
      >
        <Textarea
          value={reason}
          onChange={(_, d) => {
            setReason(d.value);
            setError(undefined);
          }}
          resize="vertical"
        />
      </Field>
      <Field
        label="Reviewer"
        required
        {...(error?.field === "reviewer" ? { validationMessage: error.message } : {})}
      >
        <Input
          value={reviewer}
          onChange={(_, d) => {
            setReviewer(d.value);
            setError(undefined);
          }}
        />
      </Field>
      {error?.field === "other" && <Text role="alert">{error.message}</Text>}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={saving} onClick={() => void save()}>
          Save clearance
        </Button>
        <Button onClick={() => setOpen(false)}>Cancel</Button>
      </div>
    </div>
  );
}

export function RowDetail({
  row,
  onClose,
  clearing,
}: {
  row: ScreenedRow;
  onClose: () => void;
  clearing?: Clearing | undefined;
}) {
  const styles = useStyles();
  const matchesToClear = clearing ? nameMatches(row) : [];
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
      {clearing && matchesToClear.length > 0 && (
        <>
          <Text weight="semibold">Name matches</Text>
          {matchesToClear.map((m) => (
            <ClearMatch key={`${m.party}-${m.entryId}`} match={m} clearing={clearing} />
          ))}
        </>
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
