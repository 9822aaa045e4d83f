import type { DayFacts } from '../model.js'
import { monthAbbreviation } from '../parse/month-names.js'

/**
 * A day's date as lint messages write it, `Dec 9`, or null when it has none.
 *
 * @param day The day.
 */
export function shortDate(day: DayFacts): string | null {
  if (day.date !== null) {
    const [, month = 1, date = 1] = day.date.split('-').map(Number)
    return `${monthAbbreviation(month)} ${date}`
  }

  return day.written
    ? `${monthAbbreviation(day.written.month)} ${day.written.day}`
    : null
}

/**
 * A day as lint messages name it: `Day 4 (Dec 9)`, or `Day 4` undated.
 *
 * @param day The day.
 */
export function nameDay(day: DayFacts): string {
  const date = shortDate(day)
  return date === null ? `Day ${day.number}` : `Day ${day.number} (${date})`
}

/**
 * A count with its noun, singular or plural: `1 task`, `11 tasks`.
 *
 * @param count How many.
 * @param noun The noun, singular.
 * @param plural The plural, when not the noun with an `s`.
 */
export function countOf(count: number, noun: string, plural = `${noun}s`) {
  return `${count} ${count === 1 ? noun : plural}`
}
