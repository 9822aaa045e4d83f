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

    const date = isoDate(year, written.month, written.day)

    if (!exists(date)) {
      tracker.unparsed.push({
        kind: 'heading',
        reason: `expected a date that exists, found \`${date}\``,
        text: date,
        place: day.heading
      })
      continue
    }

    day.date = date
    previous = date
  }
}

/** Whether an ISO date names a real day: not February 29 of 2026. */
function exists(iso: string): boolean {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))

  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
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
