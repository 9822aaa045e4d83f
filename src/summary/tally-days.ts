import type { DayFacts } from '../model.js'
import { isDayComplete } from './is-day-complete.js'
import type { Count } from './summary.js'

/** What the days of a tracker, or of one week, add up to. */
export interface DaysTally {
  tasks: Count
  plannedMinutes: Count
  /** Complete days out of all days. */
  days: Count
  /** Days whose deliverable is done, out of days that have one. */
  deliverables: Count
}

/** A tally of no days. */
export function emptyTally(): DaysTally {
  return {
    tasks: { done: 0, total: 0 },
    plannedMinutes: { done: 0, total: 0 },
    days: { done: 0, total: 0 },
    deliverables: { done: 0, total: 0 }
  }
}

/**
 * Adds one day to each of several tallies, so that the whole tracker's and
 * its week's are counted in the same pass over the days.
 *
 * Minutes are added a day at a time, each day's own sum taken in document
 * order (see `dayFacts`). With whole minutes, as plans write them, that is
 * the sum over all tasks to the last bit; a fraction such as `(0.1 hours)`
 * may round the two differently in the last bit, far below what is shown.
 *
 * @param tallies The tallies to add to.
 * @param day The day, its tasks counted.
 * @returns Whether the day is complete.
 */
export function tallyDay(
  tallies: readonly DaysTally[],
  day: DayFacts
): boolean {
  const isComplete = isDayComplete(day)

  for (const tally of tallies) {
    addCount(tally.tasks, day.tasks)
    addCount(tally.plannedMinutes, day.minutes)

    tally.days.total += 1
    if (isComplete) tally.days.done += 1

    if (day.deliverable !== null) {
      tally.deliverables.total += 1
      if (day.deliverable.done) tally.deliverables.done += 1
    }
  }

  return isComplete
}

/** Add a part of a whole to a running count. */
function addCount(count: Count, part: Count): void {
  count.done += part.done
  count.total += part.total
}
