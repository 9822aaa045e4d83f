import { monthAbbreviation } from '../parse/month-names.js'

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/**
 * Write an ISO date for people, in English: `Thu 10 Dec 2026`.
 *
 * Computed in UTC from the date alone, so the time zone cannot shift it.
 *
 * @param iso A date as `YYYY-MM-DD`.
 */
export function formatDate(iso: string): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))

  return `${weekdays[date.getUTCDay()]} ${day} ${monthAbbreviation(month)} ${year}`
}

/**
 * Count the days from one ISO date to another: 1 from a day to the next.
 *
 * @param from The earlier date, `YYYY-MM-DD`.
 * @param to The later date, `YYYY-MM-DD`.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
}
