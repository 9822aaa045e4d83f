import type { Day, Week } from '../model.js'
import { isDayComplete } from './is-day-complete.js'
import { plannedMinutes } from './planned-minutes.js'
import { sum } from './sum.js'
import type { WeekProgress } from './summary.js'

/**
 * Compute the progress of one week over the days under its heading.
 *
 * @param week The week to summarise.
 * @param days Every day of the tracker; those of other weeks are ignored.
 */
export function summarizeWeek(week: Week, days: readonly Day[]): WeekProgress {
  const own = days.filter((day) => day.week === week.number)
  const tasks = own.flatMap((day) => day.tasks)
  const ticked = tasks.filter((task) => task.done)
  const withDeliverable = own.filter((day) => day.deliverable !== null)

  return {
    week: week.number,
    title: week.title,
    tasks: { done: ticked.length, total: tasks.length },
    plannedMinutes: {
      done: sum(ticked.map(plannedMinutes)),
      total: sum(tasks.map(plannedMinutes))
    },
    days: { done: own.filter(isDayComplete).length, total: own.length },
    deliverables: {
      done: withDeliverable.filter((day) => day.deliverable?.done).length,
      total: withDeliverable.length
    },
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
