/** A function that wraps text in a terminal style, or returns it as is. */
export type Paint = (text: string) => string

/**
 * The styles the status report uses. picocolors' `createColors(enabled)`
 * gives one; `plainPalette` leaves text unstyled.
 */
export interface Palette {
  bold: Paint
  dim: Paint
  green: Paint
  yellow: Paint
  red: Paint
  cyan: Paint
}

const same: Paint = (text) => text

/** A palette that styles nothing, for pipes, files and tests. */
export const plainPalette: Palette = {
  bold: same,
  dim: same,
  green: same,
  yellow: same,
  red: same,
  cyan: same
}
