import type { Table } from 'mdast'
import type { MetricRow, MetricsTable } from '../model.js'
import { readField, readText } from './fields.js'
import { offsets, type Source } from './tasks.js'

/**
 * The cells of one table row as offsets of their content, without the pipes
 * and the padding around it. Pipes escaped as `\|` or inside code spans do
 * not split cells.
 *
 * @param text The whole file.
 * @param start Offset of the row's first character.
 * @param end Offset of the row's end, before the line ending.
 */
export function splitRow(
  text: string,
  start: number,
  end: number
): Array<[number, number]> {
  const cells: Array<[number, number]> = []
  let cellStart = start
  let inCode = 0

  for (let index = start; index <= end; index++) {
    const char = index < end ? text[index] : '|'

    if (char === '\\') {
      index++
    } else if (char === '`') {
      let run = 1
      while (text[index + run] === '`') run++
      inCode = inCode === run ? 0 : inCode === 0 ? run : inCode
      index += run - 1
    } else if (char === '|' && inCode === 0) {
      cells.push([cellStart, index])
      cellStart = index + 1
    }
  }

  // A leading pipe leaves an empty first cell, a trailing one an empty last.
  const row = text.slice(start, end)
  const isEmpty = (cell: [number, number] | undefined) =>
    cell !== undefined && text.slice(cell[0], cell[1]).trim() === ''

  if (/^\s*\|/.test(row) && isEmpty(cells[0])) cells.shift()
  if (/\|\s*$/.test(row) && isEmpty(cells.at(-1))) cells.pop()

  return cells
}

/**
 * Reads a two-column table of metrics: the first cell names the metric, the
 * second holds its value.
 *
 * @param table The table node.
 * @param source The block it stands in.
 */
export function readMetrics(table: Table, source: Source): MetricsTable {
  const rows: MetricRow[] = []

  for (const row of table.children.slice(1)) {
    const [rowStart, rowEnd] = offsets(row, source)
    const cells = splitRow(source.text, rowStart, rowEnd)
    const [nameCell, valueCell] = cells

    if (!nameCell || !valueCell) continue

    rows.push({
      name: source.text.slice(...nameCell).trim(),
      value: readField(source.text, ...valueCell, source.lines, readText),
      place: source.lines.place(rowStart, rowEnd)
    })
  }

  const [start, end] = offsets(table, source)

  return { rows, place: source.lines.place(start, end) }
}
