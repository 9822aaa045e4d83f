import type { MonthDay, Tracker } from '../model.js'
import { daysBetween, isoDate, nearestYear, readDate } from './dates.js'

/** What decides the year of Day 1. */
export interface YearSources {
  /** Today's local date, `YYYY-MM-DD`. */
  today: string
  /** The year set in configuration or front matter. */
  year: number | null
}

/**
 * Gives every day with a month and day a full date, in place.
 *
 * The first dated day takes its year from, in order: a filled
 * `Project Start Date`, the configured year, else the year that puts it
 * nearest to today. Each later day takes the year of the day before it, and
 * the next year when its month and day come earlier in the calendar, so a
 * plan that crosses New Year runs on into January. A day that writes its
 * year keeps it.
 *
 * @param tracker The tracker whose days to date.
 * @param sources What decides the year of the first day.
 */
export function resolveDates(tracker: Tracker, sources: YearSources): void {
  let previous: string | null = null

  for (const day of tracker.days) {
    const written = day.written
    if (!written) continue

    let year: number

    if (written.year !== null) {
      year = written.year
    } else if (previous === null) {
      year = firstYear(written, tracker, sources)
    } else {
      year = Number(previous.slice(0, 4))
      if (
        daysBetween(previous, isoDate(year, written.month, written.day)) < 0
      ) {
        year += 1
      }
    }

    day.date = isoDate(year, written.month, written.day)
    previous = day.date
  }
}

function firstYear(
  date: MonthDay,
  tracker: Tracker,
  sources: YearSources
): number {
  const start = tracker.dates.find((field) => /start/i.test(field.label))
  const startDate = start ? readDate(start.field.text) : null

  if (startDate?.date.year) {
    const reference = isoDate(
      startDate.date.year,
      startDate.date.month,
      startDate.date.day
    )
    return nearestYear(date, reference)
  }

  if (sources.year !== null) return sources.year

  return nearestYear(date, sources.today)
}
