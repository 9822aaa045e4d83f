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
  const isDated = days.some((day) => day.date !== null)

  if (!isDated) {
    const open = days.findIndex((day) => !isDayComplete(day))
    return currentDay('undated', days, open)
  }

  const current = days.findIndex((day) => day.date === today)
  if (current !== -1) return currentDay('today', days, current)

  // The earliest date after today, not the first in document order: a plan
  // may list days out of order and lint reports that separately.
  let next = -1
  days.forEach((day, index) => {
    const date = day.date
    if (date === null || date <= today) return
    if (next === -1 || date < (days[next]?.date ?? '')) next = index
  })

  if (next !== -1) return currentDay('upcoming', days, next)

  return { kind: 'finished', day: null, index: null }
}

/** The current day at an index of the days; none at -1. */
function currentDay(
  kind: CurrentDay['kind'],
  days: readonly DayFacts[],
  index: number
): CurrentDay {
  const day = days[index]
  return day
    ? { kind, day: day.number, index }
    : { kind, day: null, index: null }
}
