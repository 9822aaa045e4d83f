import type { DayFacts, MetricRow, TrackerFacts } from '../model.js'
import { isDayComplete } from '../summary/is-day-complete.js'
import type { Summary } from '../summary/summary.js'
import { editIfChanged, type Edit } from './edit.js'
import { formatNumber } from './format-number.js'

/**
 * The value the tool writes into a metrics row, or null when the row is
 * the person's (`Papers Read`, `Overall Project Rating`).
 *
 * - `Actual Hours`: the sum of the weeks' `Actual Hours` blanks.
 * - `Avg Hours/Day`: actual hours over the days dated up to today, one
 *   decimal; 0 before the plan starts.
 * - `Week N Hours`: that week's actual hours, then `(Target: N)` from the
 *   week's heading.
 * - `Improvements Implemented`: complete days whose title starts with
 *   `Improvement #`, out of all such days.
 * - `Deliverables Created`: the deliverables marked done, and out of how
 *   many when the cell was written as a fraction (`____/30`, `3/30`).
 *
 * @param name The metric's name, as in its first cell.
 * @param tracker The tracker.
 * @param summary Its summary.
 * @param cell The value cell's text as it stands.
 */
export function metricValue(
  name: string,
  tracker: TrackerFacts,
  summary: Summary,
  cell: string
): string | null {
  const key = name.toLowerCase().replace(/\s+/g, ' ').trim()
  const week = /^week (\d+) hours$/.exec(key)

  if (week) return weekHours(Number(week[1]), summary)

  switch (key) {
    case 'total days': {
      return String(summary.totalDays)
    }

    case 'target hours': {
      return summary.targetHours === null
        ? null
        : formatNumber(summary.targetHours)
    }

    case 'actual hours': {
      return formatNumber(summary.actualHours ?? 0)
    }

    case 'avg hours/day':
    case 'average hours/day':
    case 'avg hours per day': {
      return averageHours(tracker.days, summary)
    }

    case 'major milestones complete':
    case 'milestones complete': {
      return `${summary.milestonesDone}/${summary.milestonesTotal}`
    }

    case 'improvements implemented': {
      const improvements = tracker.days.filter((day) =>
        /^improvement\s*#/i.test(day.title)
      )
      const done = improvements.filter(isDayComplete).length

      return `${done}/${improvements.length}`
    }

    case 'deliverables created':
    case 'deliverables done': {
      const done = String(summary.deliverablesDone)
      return isFraction(cell) ? `${done}/${summary.deliverablesTotal}` : done
    }

    default: {
      return null
    }
  }
}

/**
 * Whether a cell holds a fraction, `3/30`, `____/30` or `**3/30** ✅`;
 * `N/A` is no fraction.
 */
function isFraction(cell: string): boolean {
  return /(?:\d+|_+)\s*\/\s*(?:\d+|_+)/.test(cell.replace(/\\_/g, '_'))
}

function weekHours(number: number, summary: Summary): string | null {
  const week = summary.weeks.find((entry) => entry.week === number)
  if (!week) return null

  const actual = formatNumber(week.actualHours ?? 0)

  return week.targetHours === null
    ? actual
    : `${actual} (Target: ${formatNumber(week.targetHours)})`
}

function averageHours(days: readonly DayFacts[], summary: Summary): string {
  const elapsed = days.filter(
    (day) => day.date !== null && day.date <= summary.today
  ).length

  return elapsed === 0
    ? '0'
    : formatNumber((summary.actualHours ?? 0) / elapsed, 1)
}

/**
 * A value for an empty cell with a space on each side where the cell had
 * none to keep (`| |` becomes `| 55 |`, not `| 55|`).
 */
function padded(text: string, start: number, end: number, value: string) {
  if (start !== end) return value

  const before = text[start - 1] === '|' ? ' ' : ''
  const after = text[end] === '|' ? ' ' : ''

  return `${before}${value}${after}`
}

/**
 * Edits that bring the computed cells of the metrics table up to date. Only
 * the text inside a cell changes: its padding and every other cell stay.
 *
 * @param text The file's text.
 * @param tracker The tracker read from it.
 * @param summary Its summary.
 */
export function planMetricCells(
  text: string,
  tracker: TrackerFacts,
  summary: Summary
): Edit[] {
  const rows: readonly MetricRow[] = tracker.metrics?.rows ?? []

  return rows.flatMap((row) => {
    const { start, end } = row.value.place
    const cell = text.slice(start.offset, end.offset)
    const wanted = metricValue(row.name, tracker, summary, cell)
    if (wanted === null) return []

    return editIfChanged(
      text,
      start.offset,
      end.offset,
      padded(text, start.offset, end.offset, wanted),
      row.name
    )
  })
}
