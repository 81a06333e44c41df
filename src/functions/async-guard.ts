/**
 * `guarded` for the asynchronous functions (CHIP.PARTY, CHIP.PARTIES, which wait for the
 * restricted-party list to load). The promise always settles — an unsettled one leaves Excel
 * showing #BUSY! — and rejects only with an Excel error:
 *
 * - #VALUE! / #N/A raised by the body pass through unchanged;
 * - the list failing to load becomes #N/A with the reason;
 * - anything else is a bug and becomes #VALUE! with a message, as in `guarded`.
 */
import { isListUnavailable } from "../lists/list-store";
import { invalidValue, isExcelError, notAvailable } from "./excel-errors";

export async function guardedAsync<T>(name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error: unknown) {
    if (isExcelError(error)) throw error;
    if (isListUnavailable(error)) throw notAvailable(error.message);
    const detail = error instanceof Error ? error.message : String(error);
    throw invalidValue(
      `CHIP.${name} could not compute an answer (${detail}). Please report this with the inputs used.`,
    );
  }
}
