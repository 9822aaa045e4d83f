import type { DayFacts } from '../model.js'

/**
 * Tell whether a day is complete.
 *
 * A day with a deliverable line is complete when the deliverable is marked
 * done, whatever its tasks say: some days list alternatives that nobody does
 * all of. A day without a deliverable line is complete when every one of its
 * tasks is ticked; a day with neither tasks nor a deliverable is complete,
 * since there was nothing to do.
 *
 * @param day The day to check.
 */
export function isDayComplete(day: DayFacts): boolean {
  if (day.deliverable) return day.deliverable.done

  return day.tasks.done === day.tasks.total
}
