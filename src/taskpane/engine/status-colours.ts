/** Status colours, the same as the command line's screened workbook (fill, ARGB without alpha for Excel). */
export const STATUS_COLOURS = {
  hit: "#F4B6B6",
  needs_review: "#FFE699",
  clear: "#C6EFCE",
} as const;

export type StatusName = keyof typeof STATUS_COLOURS;
export const STATUS_NAMES = Object.keys(STATUS_COLOURS) as StatusName[];
