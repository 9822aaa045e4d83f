import { formatNumber } from '../../edit/format-number.js'
import type { Field, TrackerFacts } from '../../model.js'
import { placeOf } from '../place-of.js'
import { defineRule, type Report } from '../rule.js'

/**
 * `field-value`: a blank filled with something the tool cannot use: a week
 * score outside 0-100, a rating outside its scale, actual hours that are not
 * a number, a date that cannot be read, a day heading whose date cannot be
 * read.
 */
export const rule = defineRule<Record<string, never>>({
  id: 'field-value',
  description:
    'A score, rating, hours, date or day heading that cannot be used',
  defaultSeverity: 'error',
  fixable: false,
  defaultOptions: {},
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ tracker }) {
    return [
      ...checkWeeks(tracker),
      ...checkRatings(tracker),
      ...checkDates(tracker),
      ...checkUnparsed(tracker)
    ].sort((a, b) => a.place.offset - b.place.offset)
  }
})

function checkWeeks(tracker: TrackerFacts): Report[] {
  return tracker.weeks.flatMap((week) => [
    ...checkNumber(week.score, `Week ${week.number} Score`, 0, 100),
    ...checkNumber(
      week.actualHours,
      `Week ${week.number} Actual Hours`,
      0,
      null
    )
  ])
}

function checkRatings(tracker: TrackerFacts): Report[] {
  return tracker.ratings.flatMap((rating) =>
    checkNumber(
      rating.field,
      `Rating \`${rating.name}\``,
      rating.scale?.low ?? null,
      rating.scale?.high ?? null
    )
  )
}

function checkDates(tracker: TrackerFacts): Report[] {
  return tracker.dates.flatMap(({ label, field }) =>
    field.text !== '' && field.value === null
      ? [
          {
            message:
              `${label} is \`${field.text}\`, expected a date such as ` +
              '`2026-12-06` or `Dec 6, 2026`',
            place: placeOf(field.place)
          }
        ]
      : []
  )
}

/** Day headings and other elements the parser could not read. */
function checkUnparsed(tracker: TrackerFacts): Report[] {
  return tracker.unparsed
    .filter((entry) => entry.kind !== 'task')
    .map((entry) => ({
      message: `Could not read \`${entry.text}\`: ${entry.reason}`,
      place: placeOf(entry.place)
    }))
}

/**
 * A number blank: filled with something else than a number, or a number
 * outside `low`-`high` (either may be null for no bound).
 */
function checkNumber(
  field: Field<number> | null,
  name: string,
  low: number | null,
  high: number | null
): Report[] {
  if (!field || field.text === '') return []

  const range =
    low !== null && high !== null
      ? `a number from ${formatNumber(low)} to ${formatNumber(high)}`
      : low !== null
        ? `a number of at least ${formatNumber(low)}`
        : 'a number'
  const { value } = field

  if (
    value !== null &&
    (low === null || value >= low) &&
    (high === null || value <= high)
  ) {
    return []
  }

  return [
    {
      message: `${name} is \`${field.text}\`, expected ${range}`,
      place: placeOf(field.place)
    }
  ]
}
