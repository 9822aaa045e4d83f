import { percentDone } from '../summary/percent-done.js'

/**
 * Draw a progress bar of block characters: `████░░░░░░` for 0.4.
 *
 * @param done The part done.
 * @param total The whole; a bar of nothing is empty.
 * @param width The number of cells.
 * @returns The filled and the empty part, to colour separately.
 */
export function renderBar(
  done: number,
  total: number,
  width: number
): { filled: string; empty: string } {
  const fraction = total > 0 ? Math.min(done / total, 1) : 0

  // Round down, so that a bar looks full only when the work is all done.
  const cells = Math.floor(fraction * width)
  return { filled: '█'.repeat(cells), empty: '░'.repeat(width - cells) }
}

/**
 * Write a part of a whole as a whole percentage, rounded down so that 99.6%
 * does not read as done.
 *
 * @param done The part done.
 * @param total The whole; 0 of 0 reads as 0%.
 */
export function formatPercent(done: number, total: number): string {
  return `${percentDone({ done, total })}%`
}
