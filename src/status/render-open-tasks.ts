import type { Minutes, Task } from '../model.js'
import { fitLine, padStart } from './fit-line.js'
import { formatMinutes } from './format-duration.js'
import type { Palette } from './palette.js'

/** Options of `renderOpenTasks`. */
export interface OpenTasksOptions {
  palette: Palette
  /** The most tasks to list before summing up the rest. */
  limit: number
  /** The line width to fit. */
  width: number
}

/**
 * List a day's open tasks with their minutes in a column on the left, the
 * rest summed up in one line when there are more than `limit`.
 *
 * @param tasks The open tasks, in document order.
 * @param options Palette, how many to list and the width to fit.
 * @returns The lines, indented by two spaces.
 */
export function renderOpenTasks(
  tasks: readonly Task[],
  options: OpenTasksOptions
): string[] {
  const { palette, limit, width } = options

  // Listing all but one would use the summary line to hide a single task.
  const shown = tasks.length <= limit + 1 ? tasks : tasks.slice(0, limit)
  const hidden = tasks.slice(shown.length)
  const labels = shown.map((task) => describeMinutes(task.minutes))
  const column = Math.max(0, ...labels.map((label) => label.length))

  const lines = shown.map((task, index) => {
    // Without a single figure the column and its gap are left out.
    const gutter = column === 0 ? 2 : column + 4
    const text = fitLine(withoutMinutes(task.text), width - gutter)
    if (column === 0) return `  ${text}`

    return `  ${palette.dim(padStart(labels[index] ?? '', column))}  ${text}`
  })

  if (hidden.length > 0) {
    const minutes = hidden.reduce(
      (total, task) => total + (task.minutes?.low ?? 0),
      0
    )
    const planned = minutes > 0 ? `, ${formatMinutes(minutes)}` : ''
    lines.push(palette.dim(`  … ${hidden.length} more${planned}`))
  }

  return lines
}

/** Write a task's minutes as planned: `20 min`, `60–90 min`, `45 min each`. */
export function describeMinutes(minutes: Minutes | null): string {
  if (!minutes) return ''

  const range =
    minutes.high > minutes.low ? `${minutes.low}–${minutes.high}` : minutes.low
  return `${range} min${minutes.each ? ' each' : ''}`
}

/**
 * Take the planned-time note out of a task's text, since the column beside
 * it shows the minutes already.
 */
function withoutMinutes(text: string): string {
  return text
    .replace(/\s*\(\s*\d+(?:\s*[-–]\s*\d+)?\s*min\b[^)]*\)/i, '')
    .trim()
}
