import type { DayFacts } from '../model.js'
import { isDayComplete } from './is-day-complete.js'
import type { CurrentDay } from './summary.js'

/**
 * Find the day a person works on at `today`.
 *
 * The day dated today; else the first dated day after today (`upcoming`);
 * else `finished` when every dated day is past. A plan without dates points
 * at its first day that is not complete (`undated`).
 *
 * @param days The days of the tracker, in document order.
 * @param today The date to look from, as `YYYY-MM-DD`.
 */
export function findCurrentDay(
  days: readonly DayFacts[],
  today: string
): CurrentDay {
  const dated = days.filter((day) => day.date !== null)

  if (dated.length === 0) {
    const open = days.find((day) => !isDayComplete(day))
    return { kind: 'undated', day: open?.number ?? null }
  }

  const current = dated.find((day) => day.date === today)
  if (current) return { kind: 'today', day: current.number }

  // The earliest date after today, not the first in document order: a plan
  // may list days out of order and lint reports that separately.
  let next: DayFacts | undefined
  for (const day of dated) {
    const date = day.date ?? ''
    if (date > today && (!next || date < (next.date ?? ''))) next = day
  }

  if (next) return { kind: 'upcoming', day: next.number }

  return { kind: 'finished', day: null }
}
