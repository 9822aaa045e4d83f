import type { Day, Tracker } from '../model.js'
import { isDayComplete } from '../summary/is-day-complete.js'
import type { Summary } from '../summary/summary.js'
import { dayFacts } from '../summary/tracker-facts.js'
import { fitLine, padEnd } from './fit-line.js'
import { daysBetween, formatDate } from './format-date.js'
import { formatDayList } from './format-day-list.js'
import { formatHours, formatMinutes } from './format-duration.js'
import type { Palette } from './palette.js'
import { formatPercent } from './render-bar.js'
import { renderOpenTasks } from './render-open-tasks.js'
import { renderProgressTable, toProgressRows } from './render-weeks.js'

/** What `renderStatus` shows. */
export interface StatusInput {
  /** The file as messages show it. */
  path: string
  /** The tracker as parsed: the current day's open tasks are listed. */
  tracker: Tracker
  /** The summary of `tracker`, for the date to report on. */
  summary: Summary
  palette: Palette
}

/** The line width the report fits. */
export const statusWidth = 80

/** How many open tasks of the current day to list by name. */
export const openTaskLimit = 8

/**
 * Write the status report: the current day and its open tasks, progress per
 * week, deliverables, milestones, missed days, streak and logged hours.
 *
 * @param input The tracker, its summary, the file's name and the palette.
 * @returns The report, one line per entry, ending in a line break.
 */
export function renderStatus(input: StatusInput): string {
  const { path, summary, palette } = input

  const lines = [
    palette.bold(`${path} · ${formatDate(summary.today)}`),
    '',
    ...renderCurrentDay(input),
    '',
    ...renderProgressTable(progressRows(input), palette),
    '',
    ...renderTotals(summary, palette)
  ]

  return `${lines.join('\n')}\n`
}

function renderCurrentDay(input: StatusInput): string[] {
  const { tracker, summary, palette } = input
  const { current } = summary
  const day = current.index === null ? undefined : tracker.days[current.index]

  if (current.kind === 'finished') {
    const last = tracker.days
      .map((each) => each.date ?? '')
      .reduce((latest, date) => (date > latest ? date : latest), '')
    return [
      `${palette.bold('Plan finished')}: the last day was ${formatDate(last)}`
    ]
  }

  if (!day) {
    return [palette.bold(`All ${summary.totalDays} days complete`)]
  }

  const label = current.kind === 'today' ? 'Today' : 'Next'
  let when = ''
  if (current.kind === 'upcoming' && day.date) {
    const wait = daysBetween(summary.today, day.date)
    when = ` · ${formatDate(day.date)}, in ${plural(wait, 'day')}`
  }
  // A day heading may have no title: `## Day 3 - Dec 8`.
  const title = day.title === '' ? '' : ` · ${day.title}`
  const heading = fitLine(
    `${label}: Day ${day.number} of ${summary.totalDays}${when}${title}`,
    statusWidth
  )

  return [
    palette.bold(heading),
    describeWork(day, palette),
    ...renderOpenTasks(
      day.tasks.filter((task) => !task.done),
      { palette, limit: openTaskLimit, width: statusWidth }
    )
  ]
}

/** One line on what is left of a day. */
function describeWork(day: Day, palette: Palette): string {
  const open = day.tasks.filter((task) => !task.done)
  const planned =
    day.plannedHours === null
      ? ''
      : `${formatHours(day.plannedHours)} h planned · `

  if (isDayComplete(dayFacts(day))) {
    return palette.green(`${planned}day complete`)
  }
  if (open.length === 0) {
    return `${planned}all tasks ticked, deliverable open`
  }

  const minutes = open.reduce(
    (total, task) => total + (task.minutes?.low ?? 0),
    0
  )
  const time = minutes > 0 ? `, ${formatMinutes(minutes)}` : ''
  return `${planned}${open.length} of ${day.tasks.length} tasks open${time}`
}

function progressRows(input: StatusInput) {
  const { summary } = input
  if (summary.weeks.length > 0) return toProgressRows(summary.weeks)

  // A plan without week headings still gets one row, for all its days.
  return [
    {
      label: 'All',
      tasks: summary.tasks,
      plannedMinutes: summary.plannedMinutes,
      days: { done: summary.completeDays.length, total: summary.totalDays },
      actualHours: summary.actualHours,
      targetHours: summary.targetHours
    }
  ]
}

function renderTotals(summary: Summary, palette: Palette): string[] {
  const missed = summary.missedDays
  const missedText =
    missed.length === 0
      ? palette.green('none')
      : palette.red(
          fitLine(
            `${formatDayList(missed)} (${plural(missed.length, 'day')})`,
            statusWidth - 14
          )
        )

  const hours = describeHours(summary.actualHours, summary.targetHours)

  const rows: [string, string][] = [
    [
      'Deliverables',
      `${summary.deliverablesDone} of ${summary.deliverablesTotal} done`
    ],
    [
      'Milestones',
      `${summary.milestonesDone} of ` +
        `${plural(summary.milestonesTotal, 'checkpoint')} complete`
    ],
    ['Missed days', missedText],
    [
      'Streak',
      (summary.streak > 0 ? palette.green : palette.yellow)(
        plural(summary.streak, 'complete day')
      )
    ],
    ['Hours logged', hours]
  ]

  return rows.map(
    ([label, value]) => `${palette.dim(padEnd(label, 14))}${value}`
  )
}

/** Logged hours against the target: `12 of 173 h (6%)`. */
function describeHours(actual: number | null, target: number | null): string {
  if (actual === null) {
    return target === null
      ? 'none yet'
      : `none yet, target ${formatHours(target)} h`
  }
  if (target === null) return `${formatHours(actual)} h`

  return (
    `${formatHours(actual)} of ${formatHours(target)} h ` +
    `(${formatPercent(actual, target)})`
  )
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
