import type { Day } from '../model.js'
import { isDayComplete } from './is-day-complete.js'
import { plannedMinutes } from './planned-minutes.js'
import type { Count } from './summary.js'

/** What the days of a tracker, or of one week, add up to. */
export interface Tally {
  tasks: Count
  plannedMinutes: Count
  /** Complete days out of all days. */
  days: Count
  /** Days whose deliverable is done, out of days that have one. */
  deliverables: Count
}

/** A tally of no days. */
export function emptyTally(): Tally {
  return {
    tasks: { done: 0, total: 0 },
    plannedMinutes: { done: 0, total: 0 },
    days: { done: 0, total: 0 },
    deliverables: { done: 0, total: 0 }
  }
}

/**
 * Adds one day to each of several tallies, going over its tasks once: the
 * whole tracker's and its week's are counted in the same pass. Minutes are
 * added task by task in document order, so a sum is the same to the last
 * bit as one over the tasks listed.
 *
 * @param tallies The tallies to add to.
 * @param day The day.
 * @returns Whether the day is complete.
 */
export function tallyDay(tallies: readonly Tally[], day: Day): boolean {
  for (const task of day.tasks) {
    const minutes = plannedMinutes(task)

    for (const tally of tallies) {
      tally.tasks.total += 1
      tally.plannedMinutes.total += minutes
      if (task.done) {
        tally.tasks.done += 1
        tally.plannedMinutes.done += minutes
      }
    }
  }

  const isComplete = isDayComplete(day)

  for (const tally of tallies) {
    tally.days.total += 1
    if (isComplete) tally.days.done += 1

    if (day.deliverable !== null) {
      tally.deliverables.total += 1
      if (day.deliverable.done) tally.deliverables.done += 1
    }
  }

  return isComplete
}
