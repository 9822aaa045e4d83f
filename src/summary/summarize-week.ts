import type { DayFacts, Week } from '../model.js'
import type { WeekProgress } from './summary.js'
import { type DaysTally, emptyTally, tallyDay } from './tally-days.js'

/**
 * Compute the progress of one week over the days under its heading, the
 * same figures as `summarize` gives for it, one week at a time.
 *
 * @param week The week to summarise.
 * @param days Every day of the tracker; those of other weeks are ignored.
 */
export function summarizeWeek(
  week: Week,
  days: readonly DayFacts[]
): WeekProgress {
  const tally = emptyTally()

  for (const day of days) {
    if (day.week === week.number) tallyDay([tally], day)
  }

  return weekProgress(week, tally)
}

/**
 * The progress of a week from the tally of its days.
 *
 * @param week The week.
 * @param tally What the days under it add up to.
 */
export function weekProgress(week: Week, tally: DaysTally): WeekProgress {
  return {
    week: week.number,
    title: week.title,
    tasks: tally.tasks,
    plannedMinutes: tally.plannedMinutes,
    days: tally.days,
    deliverables: tally.deliverables,
    actualHours: countableHours(week.actualHours?.value ?? null),
    targetHours: week.targetHours
  }
}

/**
 * Hours that can go into totals: a negative figure is a typo that lint's
 * `field-value` reports, so it counts as blank rather than lowering sums.
 */
function countableHours(hours: number | null): number | null {
  return hours !== null && hours >= 0 ? hours : null
}
