/** Row-status colours, the same in the command line's workbook, the workbench download and Excel. */
export const STATUS_COLOURS = {
  hit: "#F4B6B6",
  needs_review: "#FFE699",
  clear: "#C6EFCE",
} as const;

export type StatusName = keyof typeof STATUS_COLOURS;
export const STATUS_NAMES = Object.keys(STATUS_COLOURS) as StatusName[];

/** "#F4B6B6" → "FFF4B6B6", the opaque ARGB form xlsx files use. */
export function argbOf(hex: string): string {
  return "FF" + hex.replace("#", "").toUpperCase();
}
