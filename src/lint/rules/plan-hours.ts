import { formatNumber } from '../../edit/format-number.js'
import type { DayFacts, TrackerFacts } from '../../model.js'
import { placeOf } from '../place-of.js'
import { defineRule, type Report } from '../rule.js'

/** Options of `plan-hours`. */
export interface PlanHoursOptions {
  /** Hours a total may differ from its parts without a finding. Default: 0. */
  tolerance: number
}

/**
 * `plan-hours`: the hours a day heading states against the sum of its
 * sections' hours, and the total a week heading states against the sum of
 * its days' hours.
 */
export const rule = defineRule<PlanHoursOptions>({
  id: 'plan-hours',
  description:
    'Day hours match their sections, and week totals match their days',
  defaultSeverity: 'warn',
  fixable: false,
  defaultOptions: { tolerance: 0 },
  optionsSchema: {
    type: 'object',
    properties: { tolerance: { type: 'number', minimum: 0 } },
    additionalProperties: false
  },
  check({ tracker, options }) {
    const differs = (stated: number, summed: number) =>
      Math.abs(stated - summed) > options.tolerance + 1e-9

    return [
      ...checkDays(tracker.days, differs),
      ...checkWeeks(tracker, differs)
    ]
  }
})

function checkDays(
  days: readonly DayFacts[],
  differs: (stated: number, summed: number) => boolean
): Report[] {
  const reports: Report[] = []

  for (const day of days) {
    const summed = sumAll(day.sectionHours)

    if (day.plannedHours === null || summed === null) continue
    if (!differs(day.plannedHours, summed)) continue

    reports.push({
      message:
        `Day ${day.number} states ${formatNumber(day.plannedHours)} hours, ` +
        `expected ${formatNumber(summed)}, the sum of its sections`,
      place: placeOf(day.heading)
    })
  }

  return reports
}

function checkWeeks(
  tracker: TrackerFacts,
  differs: (stated: number, summed: number) => boolean
): Report[] {
  const reports: Report[] = []
  const daysOf = new Map<number, DayFacts[]>()

  for (const day of tracker.days) {
    if (day.week === null) continue
    const days = daysOf.get(day.week)
    if (days) days.push(day)
    else daysOf.set(day.week, [day])
  }

  for (const week of tracker.weeks) {
    const days = daysOf.get(week.number) ?? []
    const summed = sumAll(days.map((day) => day.plannedHours))

    if (week.targetHours === null || summed === null) continue
    if (!differs(week.targetHours, summed)) continue

    reports.push({
      message:
        `Week ${week.number} states a total of ` +
        `${formatNumber(week.targetHours)} hours, expected ` +
        `${formatNumber(summed)}, the sum of its days`,
      place: placeOf(week.heading)
    })
  }

  return reports
}

/** The sum, or null when there is nothing to add or a part is unknown. */
function sumAll(values: ReadonlyArray<number | null>): number | null {
  if (values.length === 0 || values.some((value) => value === null)) {
    return null
  }

  return (values as readonly number[]).reduce(
    (total, value) => total + value,
    0
  )
}
