/**
 * How a custom function says "no": the only two Excel errors Chipscreen raises, each with a message
 * Excel shows when the user hovers the cell.
 *
 * - `#VALUE!` — the input is bad (a country nobody knows, text where a number belongs); the message
 *   names the value.
 * - `#N/A` — the input is fine but no answer can be given (no rule in force on that date, an item
 *   the catalog does not know, a licence question the data does not decide).
 *
 * Anything else thrown inside a function body is a bug; `guarded` turns it into `#VALUE!` with a
 * message, so nothing reaches Excel as a bare error.
 */

export const VALUE_ERROR = "#VALUE!";
export const NA_ERROR = "#N/A";
export type ChipErrorCode = typeof VALUE_ERROR | typeof NA_ERROR;

/** The shape Excel reads: `CustomFunctions.Error` has exactly these two fields. */
export interface ExcelErrorLike {
  code: string;
  message?: string | undefined;
}

/** Used where the Office runtime is absent (unit tests, the plain-browser workbench). */
export class ChipFunctionError extends Error implements ExcelErrorLike {
  constructor(
    readonly code: ChipErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ChipFunctionError";
  }
}

interface RuntimeWithErrors {
  Error?: new (code: string, message?: string) => ExcelErrorLike;
}

function runtime(): RuntimeWithErrors | undefined {
  return (globalThis as { CustomFunctions?: RuntimeWithErrors }).CustomFunctions;
}

/** Excel's own error object when the Office runtime is loaded, else a ChipFunctionError. */
export function excelError(code: ChipErrorCode, message: string): ExcelErrorLike {
  const ExcelError = runtime()?.Error;
  // The runtime's ErrorCode enum values are these very strings ("#VALUE!", "#N/A").
  if (ExcelError) return new ExcelError(code, message);
  return new ChipFunctionError(code, message);
}

/** Bad input: `#VALUE!` with a message naming the value. */
export function invalidValue(message: string): ExcelErrorLike {
  return excelError(VALUE_ERROR, message);
}

/** Cannot be determined, or nothing in force: `#N/A` with the reason. */
export function notAvailable(message: string): ExcelErrorLike {
  return excelError(NA_ERROR, message);
}

export function isExcelError(value: unknown): value is ExcelErrorLike {
  if (value instanceof ChipFunctionError) return true;
  const ExcelError = runtime()?.Error;
  return ExcelError !== undefined && value instanceof ExcelError;
}

/** Runs a function body; an unexpected failure becomes `#VALUE!` with a message instead of a bare error. */
export function guarded<T>(name: string, body: () => T): T {
  try {
    return body();
  } catch (error: unknown) {
    if (isExcelError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw invalidValue(
      `CHIP.${name} could not compute an answer (${detail}). Please report this with the inputs used.`,
    );
  }
}
