import type { Day, DayListing } from '../model.js'

/**
 * What `export` lists of a day besides its facts.
 *
 * @param day The day as parsed, with its task list.
 */
export function listDay(day: Day): DayListing {
  const headingLine = day.heading.start.line

  return {
    tasks: day.tasks.map((task) => ({
      text: task.text,
      done: task.done,
      lineInDay: task.place.start.line - headingLine,
      minutes: task.minutes && {
        low: task.minutes.low,
        high: task.minutes.high
      }
    })),
    deliverable: day.deliverable?.text ?? null,
    blockers: day.blockers?.text ?? ''
  }
}
