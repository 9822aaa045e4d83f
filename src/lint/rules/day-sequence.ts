import type { DayFacts, TrackerFacts, Week } from '../../model.js'
import { nameDay, shortDate } from '../describe-day.js'
import { placeOf } from '../place-of.js'
import { defineRule, type Report } from '../rule.js'

/**
 * `day-sequence`: day numbers go up by one, dates go forward, and each day
 * stands under the week whose `(Days a-b)` range holds it.
 */
export const rule = defineRule<Record<string, never>>({
  id: 'day-sequence',
  description:
    'Day numbers go up by one, dates go forward, days sit in their week',
  defaultSeverity: 'error',
  fixable: false,
  defaultOptions: {},
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ tracker }) {
    return [...checkOrder(tracker.days), ...checkWeeks(tracker)].sort(
      (a, b) => a.place.offset - b.place.offset
    )
  }
})

function checkOrder(days: readonly DayFacts[]): Report[] {
  const reports: Report[] = []
  let dated: DayFacts | null = null

  days.forEach((day, index) => {
    const previous = days[index - 1]

    if (previous && day.number !== previous.number + 1) {
      reports.push({
        message:
          `Found Day ${day.number} after Day ${previous.number}, ` +
          `expected Day ${previous.number + 1}`,
        place: placeOf(day.heading)
      })
    }

    if (day.date === null) return

    if (dated?.date && day.date <= dated.date) {
      reports.push({
        message:
          `${nameDay(day)} is dated on or before ` +
          `${nameDay(dated)}, expected a date after ${shortDate(dated)}`,
        place: placeOf(day.heading)
      })
    }

    dated = day
  })

  return reports
}

function checkWeeks(tracker: TrackerFacts): Report[] {
  const reports: Report[] = []
  // The first week of each number, as a search from the top finds it.
  const weeks = new Map<number, Week>()

  for (const week of tracker.weeks) {
    if (!weeks.has(week.number)) weeks.set(week.number, week)
  }

  for (const day of tracker.days) {
    const week = day.week === null ? undefined : weeks.get(day.week)
    if (!week || week.firstDay === null || week.lastDay === null) continue
    if (day.number >= week.firstDay && day.number <= week.lastDay) continue

    reports.push({
      message:
        `Found Day ${day.number} under Week ${week.number} ` +
        `(Days ${week.firstDay}-${week.lastDay}), expected a day from ` +
        `${week.firstDay} to ${week.lastDay}`,
      place: placeOf(day.heading)
    })
  }

  return reports
}
