import type { Edit } from '../edit/edit.js'

/**
 * One line per edit for the sync report: `Deliverables Created: 2 → 3`, or
 * `Progress table: updated` for a cell that spans lines.
 *
 * @param edits The edits, in file order.
 * @param before The old text of each edit, in the same order.
 */
export function describeEdits(
  edits: readonly Edit[],
  before: readonly string[]
): string[] {
  return edits.map((edit, index) => {
    const old = before[index] ?? ''

    return /[\r\n]/.test(old) || /[\r\n]/.test(edit.text)
      ? `${edit.label}: updated`
      : `${edit.label}: ${old} → ${edit.text}`
  })
}

/**
 * A count of cells with the right plural: `1 cell`, `3 cells`.
 *
 * @param count How many cells.
 */
export function countCells(count: number): string {
  return `${count} ${count === 1 ? 'cell' : 'cells'}`
}
