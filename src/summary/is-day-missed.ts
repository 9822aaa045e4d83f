import type { DayFacts } from '../model.js'
import { isDayComplete } from './is-day-complete.js'

/** The rule id that, disabled inside a day, marks it as never missed. */
export const missedDayRule = 'missed-day'

/**
 * Tell whether a day is missed: dated before `today` and not complete.
 *
 * A day without a date is never missed, and neither is a day that silences
 * the `missed-day` rule, or every rule (a rest day).
 *
 * @param day The day to check.
 * @param today The date to judge by, as `YYYY-MM-DD`.
 */
export function isDayMissed(day: DayFacts, today: string): boolean {
  const isExcused = day.disabled.some(
    (rule) => rule === missedDayRule || rule === '*'
  )
  if (day.date === null || isExcused) return false

  // ISO dates of the same width sort as strings.
  return day.date < today && !isDayComplete(day)
}
