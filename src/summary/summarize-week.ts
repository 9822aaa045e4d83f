import type { Day, Week } from '../model.js'
import { isDayComplete } from './is-day-complete.js'
import { plannedMinutes } from './planned-minutes.js'
import type { WeekProgress } from './summary.js'

/**
 * Compute the progress of one week over the days under its heading.
 *
 * @param week The week to summarise.
 * @param days Every day of the tracker; those of other weeks are ignored.
 */
export function summarizeWeek(week: Week, days: readonly Day[]): WeekProgress {
  const progress: WeekProgress = {
    week: week.number,
    title: week.title,
    tasks: { done: 0, total: 0 },
    plannedMinutes: { done: 0, total: 0 },
    days: { done: 0, total: 0 },
    deliverables: { done: 0, total: 0 },
    actualHours: countableHours(week.actualHours?.value ?? null),
    targetHours: week.targetHours
  }

  // One pass with counters rather than a list per count: it runs for every
  // week on every save. Minutes are added in document order, as a sum over
  // the week's tasks would, so the totals are the same to the last bit.
  for (const day of days) {
    if (day.week !== week.number) continue

    for (const task of day.tasks) {
      const minutes = plannedMinutes(task)

      progress.tasks.total += 1
      progress.plannedMinutes.total += minutes
      if (task.done) {
        progress.tasks.done += 1
        progress.plannedMinutes.done += minutes
      }
    }

    progress.days.total += 1
    if (isDayComplete(day)) progress.days.done += 1

    if (day.deliverable !== null) {
      progress.deliverables.total += 1
      if (day.deliverable.done) progress.deliverables.done += 1
    }
  }

  return progress
}

/**
 * Hours that can go into totals: a negative figure is a typo that lint's
 * `field-value` reports, so it counts as blank rather than lowering sums.
 */
function countableHours(hours: number | null): number | null {
  return hours !== null && hours >= 0 ? hours : null
}
