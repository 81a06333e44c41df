/**
 * Sizing reads and writes under Excel's request limit. Excel on the web refuses a request or
 * response over 5 MB (RichApi.Error RequestPayloadSizeLimitExceeded); we stay well under it and
 * count the JSON the values become, in UTF-8 (Chinese text is 3 bytes a character).
 */

/** Bytes of cell values one `context.sync()` may carry; a margin under the 5 MB limit for the request envelope. */
export const PAYLOAD_BUDGET_BYTES = 2_000_000;
/** Rows per chunk whatever their size, so the pane repaints often. */
export const MAX_CHUNK_ROWS = 5_000;

/** UTF-8 length of a string as JSON would carry it (quotes and common escapes included). */
export function jsonBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    else if (c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes one cell value adds to a values array in a request, separator included. */
export function cellBytes(value: unknown): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === "string") return jsonBytes(value) + 1;
  if (typeof value === "boolean") return value ? 5 : 6;
  if (typeof value === "number") return String(value).length + 1;
  return jsonBytes(String(value)) + 1;
}

export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += cellBytes(v);
  return n;
}

/** Splits rows into consecutive chunks, each under `budget` bytes and `maxRows` rows (a lone oversized row still gets its own chunk). */
export function chunkByPayload<T extends readonly unknown[]>(
  rows: readonly T[],
  budget = PAYLOAD_BUDGET_BYTES,
  maxRows = MAX_CHUNK_ROWS,
): { start: number; rows: T[] }[] {
  const chunks: { start: number; rows: T[] }[] = [];
  let current: T[] = [];
  let start = 0;
  let bytes = 2;
  rows.forEach((row, i) => {
    const size = rowBytes(row);
    if (current.length > 0 && (bytes + size > budget || current.length >= maxRows)) {
      chunks.push({ start, rows: current });
      current = [];
      start = i;
      bytes = 2;
    }
    current.push(row);
    bytes += size;
  });
  if (current.length > 0) chunks.push({ start, rows: current });
  return chunks;
}

/**
 * Rows to ask for in the next read: sized from the bytes per row seen so far (or a guess of
 * 40 bytes a cell before the first read), under the budget and the row cap.
 */
export function readChunkRows(
  columnCount: number,
  observedBytesPerRow?: number,
  budget = PAYLOAD_BUDGET_BYTES,
  maxRows = MAX_CHUNK_ROWS,
): number {
  const perRow = Math.max(observedBytesPerRow ?? columnCount * 40, 16);
  // Leave room for a chunk whose rows are twice as wide as those seen so far.
  return Math.max(1, Math.min(maxRows, Math.floor(budget / (perRow * 2))));
}

/** Excel cell text is limited to 32,767 characters. */
export const MAX_CELL_CHARS = 32_767;

export function fitCell<T>(value: T): T | string {
  return typeof value === "string" && value.length > MAX_CELL_CHARS
    ? value.slice(0, MAX_CELL_CHARS - 1) + "…"
    : value;
}
