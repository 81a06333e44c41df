/** Asks before results would cover non-empty cells: overwrite, use a new sheet, or stop. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ResultPlacement } from "../data/data-source";

export function OverwriteDialog({
  placement,
  onChoose,
}: {
  placement: ResultPlacement | undefined;
  onChoose: (choice: "overwrite" | "sheet" | "cancel") => void;
}) {
  return (
    <Dialog
      open={placement !== undefined}
      modalType="alert"
      onOpenChange={(_, d) => !d.open && onChoose("cancel")}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Cells are not empty</DialogTitle>
          <DialogContent>
            The result columns would cover cells that already hold something on sheet "
            {placement?.sheet}": {placement?.occupied}. Overwrite them, or put the results on a new
            Screening sheet?
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onChoose("sheet")}>
              Use a new sheet
            </Button>
            <Button onClick={() => onChoose("overwrite")}>Overwrite</Button>
            <Button onClick={() => onChoose("cancel")}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
