import type { Day, DayFacts, Tracker, TrackerFacts } from '../model.js'
import { plannedMinutes } from './planned-minutes.js'

/**
 * Count a day's tasks and planned minutes, ticked and all, and keep the
 * rest of what the summary, the lint rules and sync read of it.
 *
 * One pass over the tasks with counters rather than a filtered list per
 * count: this runs for every day of every command (10,000 days have about
 * 140,000 tasks). Minutes are added in document order.
 *
 * @param day The day as parsed, with its task list.
 */
export function dayFacts(day: Day): DayFacts {
  let done = 0
  let doneMinutes = 0
  let totalMinutes = 0

  for (const task of day.tasks) {
    const minutes = plannedMinutes(task)

    totalMinutes += minutes
    if (task.done) {
      done += 1
      doneMinutes += minutes
    }
  }

  const { deliverable } = day

  return {
    number: day.number,
    week: day.week,
    written: day.written,
    date: day.date,
    title: day.title,
    plannedHours: day.plannedHours,
    sectionHours: day.sections.map((section) => section.plannedHours),
    tasks: { done, total: day.tasks.length },
    minutes: { done: doneMinutes, total: totalMinutes },
    deliverable: deliverable && {
      done: deliverable.done,
      place: deliverable.place
    },
    disabled: day.disabled,
    heading: day.heading,
    place: day.place
  }
}

/**
 * The tracker as the summary, the lint rules and sync read it: every part
 * as parsed, each day with its tasks counted (see `dayFacts`).
 *
 * @param tracker The tracker as parsed.
 */
export function trackerFacts(tracker: Tracker): TrackerFacts {
  return { ...tracker, days: tracker.days.map(dayFacts) }
}
