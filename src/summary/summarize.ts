import type { DayFacts, TrackerFacts } from '../model.js'
import { countStreak } from './count-streak.js'
import { findCurrentDay } from './find-current-day.js'
import { isDayMissed } from './is-day-missed.js'
import { sumKnown } from './sum.js'
import type { Summary } from './summary.js'
import { weekProgress } from './summarize-week.js'
import { type DaysTally, emptyTally, tallyDay } from './tally-days.js'

/** Options of `summarize`. */
export interface SummarizeOptions {
  /** The date to judge by, as `YYYY-MM-DD`; the caller reads the clock. */
  today: string
}

/**
 * Compute the summary of a tracker as of a given date.
 *
 * Pure: no clock and no disk, so the same tracker and date always give the
 * same summary.
 *
 * @param tracker The tracker, its days' tasks counted (see `trackerFacts`).
 * @param options `today`, the date to judge missed days and streaks by.
 */
export function summarize(
  tracker: TrackerFacts,
  options: SummarizeOptions
): Summary {
  const { today } = options
  const { days } = tracker
  const counts = countDays(days, today)
  const milestones = tracker.checkpoints.filter(
    (checkpoint) =>
      checkpoint.items.length > 0 && checkpoint.items.every((item) => item.done)
  )
  // Two weeks of one number share its days, as a week's own count would.
  const weeks = tracker.weeks.map((week) =>
    weekProgress(week, copyTally(counts.byWeek.get(week.number)))
  )

  return {
    today,
    totalDays: days.length,
    tasks: counts.tasks,
    plannedMinutes: counts.plannedMinutes,
    deliverablesDone: counts.deliverables.done,
    deliverablesTotal: counts.deliverables.total,
    milestonesDone: milestones.length,
    milestonesTotal: tracker.checkpoints.length,
    completeDays: counts.completeDays,
    missedDays: counts.missedDays,
    streak: countStreak(days, today),
    current: findCurrentDay(days, today),
    weeks,
    actualHours: sumKnown(weeks.map((week) => week.actualHours)),
    targetHours:
      sumKnown(weeks.map((week) => week.targetHours)) ??
      sumKnown(days.map((day) => day.plannedHours))
  }
}

/** What `countDays` counts. */
interface DayCounts {
  tasks: { done: number; total: number }
  plannedMinutes: { done: number; total: number }
  deliverables: { done: number; total: number }
  completeDays: number[]
  missedDays: number[]
  /** The tally of each week number's days. */
  byWeek: Map<number | null, DaysTally>
}

/**
 * Counts the tasks, minutes, deliverables, complete and missed days of all
 * days, and of each week, in one pass over the days, where filtering and
 * mapping made an array per count (a plan may have 10,000 days).
 */
function countDays(days: readonly DayFacts[], today: string): DayCounts {
  const total = emptyTally()
  const byWeek = new Map<number | null, DaysTally>()
  const completeDays: number[] = []
  const missedDays: number[] = []

  for (const day of days) {
    let week = byWeek.get(day.week)
    if (!week) {
      week = emptyTally()
      byWeek.set(day.week, week)
    }

    if (tallyDay([total, week], day)) completeDays.push(day.number)
    if (isDayMissed(day, today)) missedDays.push(day.number)
  }

  return {
    tasks: total.tasks,
    plannedMinutes: total.plannedMinutes,
    deliverables: total.deliverables,
    completeDays,
    missedDays,
    byWeek
  }
}

/** A week's own copy of a tally, or an empty one for a week of no days. */
function copyTally(tally: DaysTally | undefined): DaysTally {
  if (!tally) return emptyTally()

  return {
    tasks: { ...tally.tasks },
    plannedMinutes: { ...tally.plannedMinutes },
    days: { ...tally.days },
    deliverables: { ...tally.deliverables }
  }
}
