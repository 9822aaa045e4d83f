import type { MonthDay, Tracker } from '../model.js'
import { dateExists, isoDate, nearestYear } from './dates.js'

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
 * nearest to today. Each later day takes the year that puts it nearest to
 * the day before it, so a plan that crosses New Year runs on into January.
 * A day that writes its year keeps it.
 *
 * @param tracker The tracker whose days to date.
 * @param sources What decides the year of the first day.
 */
export function resolveDates(tracker: Tracker, sources: YearSources): void {
  let previous: string | null = null

  for (const day of tracker.days) {
    const written = day.written
    if (!written) continue

    // Each later day takes the year that puts it nearest the day before:
    // Jan 1 after Dec 31 runs into the next year, while two days typed in
    // the wrong order stay in theirs (lint reports the order).
    const year =
      written.year ??
      (previous === null
        ? firstYear(written, tracker, sources)
        : nearestYear(written, previous))

    const date = isoDate(year, written.month, written.day)

    if (!dateExists(year, written.month, written.day)) {
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

function firstYear(
  date: MonthDay,
  tracker: Tracker,
  sources: YearSources
): number {
  const start = tracker.dates.find((field) => /start/i.test(field.label))
  const startDate = start?.field.value ?? null

  if (startDate !== null) return nearestYear(date, startDate)

  if (sources.year !== null) return sources.year

  return nearestYear(date, sources.today)
}
