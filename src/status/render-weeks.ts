import type { Count, WeekProgress } from '../summary/summary.js'
import { padEnd, padStart } from './fit-line.js'
import { formatHours } from './format-duration.js'
import type { Palette } from './palette.js'
import { formatPercent, renderBar } from './render-bar.js'

/** One row of the progress table, before it is padded and painted. */
export interface ProgressRow {
  label: string
  tasks: Count
  plannedMinutes: Count
  days: Count
  actualHours: number | null
  targetHours: number | null
}

const barWidth = 12

/**
 * Draw the progress table: a row per week with a bar of tasks done, planned
 * hours of ticked tasks out of all, complete days and logged hours.
 *
 * @param rows The rows, one per week (or one for a plan without weeks).
 * @param palette The styles to use.
 * @returns The lines, the first one the column headings.
 */
export function renderProgressTable(
  rows: readonly ProgressRow[],
  palette: Palette
): string[] {
  const headings = ['Week', 'Tasks', 'Planned h', 'Days', 'Logged h']
  const cells = rows.map((row) => [
    row.label,
    `${row.tasks.done}/${row.tasks.total}`,
    `${formatHours(row.plannedMinutes.done / 60)}/` +
      formatHours(row.plannedMinutes.total / 60),
    `${row.days.done}/${row.days.total}`,
    `${row.actualHours === null ? '–' : formatHours(row.actualHours)}/` +
      (row.targetHours === null ? '–' : formatHours(row.targetHours))
  ])
  const widths = headings.map((heading, column) =>
    Math.max(
      Array.from(heading).length,
      ...cells.map((row) => Array.from(row[column] ?? '').length)
    )
  )
  const [labelWidth = 0, tasksWidth = 0, ...restWidths] = widths

  // The tasks column holds the bar and the percentage before the count.
  const graphWidth = barWidth + 7
  const head = [
    padEnd(headings[0] ?? '', labelWidth),
    padEnd(headings[1] ?? '', graphWidth + tasksWidth),
    ...restWidths.map((width, index) =>
      padEnd(headings[index + 2] ?? '', width)
    )
  ]

  const lines = rows.map((row, index) => {
    const [label = '', tasks = '', ...rest] = cells[index] ?? []
    const bar = renderBar(row.tasks.done, row.tasks.total, barWidth)
    const complete = row.tasks.total > 0 && row.tasks.done === row.tasks.total
    const paintBar = complete ? palette.green : palette.cyan
    const percent = padStart(formatPercent(row.tasks.done, row.tasks.total), 4)
    const graph =
      paintBar(bar.filled) + palette.dim(bar.empty) + ` ${percent}  `

    return [
      padEnd(label, labelWidth),
      graph + padEnd(tasks, tasksWidth),
      ...rest.map((cell, column) => padEnd(cell, restWidths[column] ?? 0))
    ]
      .join('  ')
      .trimEnd()
  })

  return [palette.dim(head.join('  ').trimEnd()), ...lines]
}

/**
 * Turn the week summaries into table rows.
 *
 * @param weeks The weeks' progress.
 */
export function toProgressRows(weeks: readonly WeekProgress[]): ProgressRow[] {
  return weeks.map((week) => ({
    label: String(week.week),
    tasks: week.tasks,
    plannedMinutes: week.plannedMinutes,
    days: week.days,
    actualHours: week.actualHours,
    targetHours: week.targetHours
  }))
}
