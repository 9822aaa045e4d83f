import type { MonthDay } from '../model.js'
import { monthNames } from './month-names.js'

// Spelled out once: asking Intl for each name cost about 6% of the time
// to read a 1,000-day tracker.
const fullMonths = monthNames.map((name) => name.toLowerCase())
const months = fullMonths.map((name) => name.slice(0, 3))

/** Every way a month is spelt in full or short, lower case: `dec`, `sept`. */
export const monthSpellings: readonly string[] = [
  ...fullMonths,
  ...months,
  'sept'
]

/**
 * The month number (1-12) of an English month name or its abbreviation
 * (`Dec`, `December`, `Sept`), or null.
 */
function monthNumber(name: string): number | null {
  const lower = name.toLowerCase()
  const index = months.indexOf(lower.slice(0, 3))

  if (index === -1) return null

  const full = fullMonths[index] ?? ''

  return full.startsWith(lower) || lower === 'sept' ? index + 1 : null
}

const weekday = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`
const ordinal = String.raw`(?:st|nd|rd|th)?`
const isoPattern = new RegExp(
  String.raw`^${weekday}(\d{4})-(\d{1,2})-(\d{1,2})\b`,
  'i'
)
const monthFirstPattern = new RegExp(
  String.raw`^${weekday}([a-z]+)\.?\s+(\d{1,2})${ordinal}\b(?:,?\s+(\d{4})\b)?`,
  'i'
)
const dayFirstPattern = new RegExp(
  String.raw`^${weekday}(\d{1,2})${ordinal}\s+([a-z]+)\.?(?:,?\s+(\d{4})\b)?`,
  'i'
)

/** A date read from the start of a text, and how much of it it took. */
export interface WrittenDate {
  date: MonthDay
  length: number
}

/**
 * Reads a date at the start of a text: `Dec 8`, `December 8`, `8 Dec`,
 * `Mon, Dec 8`, `Dec 8, 2026`, `2026-12-08` or `Tue 2026-12-08`.
 *
 * @param text Text that may start with a date.
 * @returns The date and the length of text it took, or null.
 */
export function readDate(text: string): WrittenDate | null {
  const iso = isoPattern.exec(text)

  if (iso) {
    return checked(Number(iso[2]), Number(iso[3]), Number(iso[1]), iso[0])
  }

  const monthFirst = monthFirstPattern.exec(text)
  const monthOfFirst = monthFirst ? monthNumber(monthFirst[1] ?? '') : null

  if (monthFirst && monthOfFirst) {
    const year = monthFirst[3] ? Number(monthFirst[3]) : null
    return checked(monthOfFirst, Number(monthFirst[2]), year, monthFirst[0])
  }

  const dayFirst = dayFirstPattern.exec(text)
  const monthOfDayFirst = dayFirst ? monthNumber(dayFirst[2] ?? '') : null

  if (dayFirst && monthOfDayFirst) {
    const year = dayFirst[3] ? Number(dayFirst[3]) : null
    return checked(monthOfDayFirst, Number(dayFirst[1]), year, dayFirst[0])
  }

  return null
}

function checked(
  month: number,
  day: number,
  year: number | null,
  matched: string
): WrittenDate | null {
  // February 29 is possible in a leap year, so check against one.
  const probe = new Date(Date.UTC(year ?? 2024, month - 1, day))

  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null
  }

  return { date: { month, day, year }, length: matched.length }
}

/**
 * The ISO form of a date typed in full, with its year (`2026-12-06`,
 * `Dec 6, 2026`, `6 December 2026`), or null.
 *
 * @param typed The text typed in a date blank.
 */
export function readFullDate(typed: string): string | null {
  const written = readDate(typed.trim())
  if (!written || written.date.year === null) return null
  if (typed.trim().length !== written.length) return null

  return isoDate(written.date.year, written.date.month, written.date.day)
}

/**
 * The ISO form `YYYY-MM-DD` of a calendar date.
 *
 * @param year Full year.
 * @param month 1-12.
 * @param day 1-31.
 */
export function isoDate(year: number, month: number, day: number): string {
  const pad = (value: number, width: number) =>
    String(value).padStart(width, '0')

  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/**
 * Whole calendar days from one ISO date to another (positive when `to` is
 * later).
 */
export function daysBetween(from: string, to: string): number {
  // Calendar days counted in UTC, where every day has 24 hours: the same
  // count as date-fns' differenceInCalendarDays on local dates, without its
  // time-zone work, which cost a tenth of a second per 10,000 days.
  return Math.round((utcDays(to) - utcDays(from)) / millisecondsPerDay)
}

const millisecondsPerDay = 24 * 60 * 60 * 1000

function utcDays(iso: string): number {
  // Cut by hand rather than split: this runs once for each day of a plan.
  const first = iso.indexOf('-')
  const second = iso.indexOf('-', first + 1)

  return Date.UTC(
    Number(iso.slice(0, first)),
    Number(iso.slice(first + 1, second)) - 1,
    Number(iso.slice(second + 1))
  )
}

/**
 * The year that puts a month and day nearest to a reference date.
 *
 * @param date The month and day.
 * @param reference An ISO date.
 */
export function nearestYear(date: MonthDay, reference: string): number {
  const year = Number(reference.slice(0, 4))
  let best = year
  let bestDistance = Infinity

  const origin = utcDays(reference)

  // Every other date is nearest within a year each way; February 29
  // exists only every fourth year, so look four years each way for it.
  const reach = date.month === 2 && date.day === 29 ? 4 : 1

  for (let candidate = year - reach; candidate <= year + reach; candidate++) {
    if (!dateExists(candidate, date.month, date.day)) continue

    // Milliseconds in UTC, as `daysBetween` counts, without a string for
    // each of the nine candidates of every day.
    const distance = Math.abs(
      Date.UTC(candidate, date.month - 1, date.day) - origin
    )

    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }

  return best
}

/**
 * Whether a calendar date exists: February 29, 2026 does not.
 *
 * @param year Full year.
 * @param month 1-12.
 * @param day 1-31.
 */
export function dateExists(year: number, month: number, day: number): boolean {
  // Counted, not asked of a Date: this runs nine times for each day of a
  // plan, and a Date each time was a tenth of a sync at 10,000 days.
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const length = month === 2 && isLeap ? 29 : (monthLengths[month - 1] ?? 0)

  return Number.isInteger(day) && day >= 1 && day <= length
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
