import type { DayFacts } from '../model.js'
import { isDayComplete } from './is-day-complete.js'
import { missedDayRule } from './is-day-missed.js'

/**
 * Count the current streak of complete days.
 *
 * Counting starts at the latest day dated before `today` and goes back while
 * days are complete; today's day adds one when it is already complete, and
 * does not break the streak while it is still open. Days that silence
 * `missed-day` (rest days) neither count nor break the streak. Undated days
 * are left out.
 *
 * @param days The days of the tracker, in any order.
 * @param today The date to count up to, as `YYYY-MM-DD`.
 */
export function countStreak(days: readonly DayFacts[], today: string): number {
  const past = days
    .filter((day) => day.date !== null && day.date < today)
    .filter((day) => !day.disabled.includes(missedDayRule))
    .sort((left, right) => compareDates(right.date, left.date))

  let streak = 0
  for (const day of past) {
    if (!isDayComplete(day)) break
    streak++
  }

  const todays = days.filter((day) => day.date === today)
  if (todays.length > 0 && todays.every(isDayComplete)) streak++

  return streak
}

function compareDates(left: string | null, right: string | null): number {
  const a = left ?? ''
  const b = right ?? ''
  return a < b ? -1 : a > b ? 1 : 0
}
