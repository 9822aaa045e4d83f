import { addDays } from 'date-fns/addDays'
import { format } from 'date-fns/format'
import type { Tracker } from '../model.js'
import { daysBetween, readDate } from '../parse/dates.js'
import type { Edit } from './edit.js'

const dayPrefix = /^\s*#+\s*\W*day\s*\d+\s*(?:[-–—:,.]\s*)?/iu

/**
 * Edits that move Day 1 to a new date and every later day with it, each
 * keeping its distance from Day 1 and the way its date was written
 * (`Dec 8`, `December 8`, `8 Dec` or `2026-12-08`).
 *
 * @param text The file's text.
 * @param tracker The tracker read from it, with its dates resolved.
 * @param start The new date of the first dated day, `YYYY-MM-DD`.
 */
export function planRedate(
  text: string,
  tracker: Tracker,
  start: string
): Edit[] {
  const first = tracker.days.find((day) => day.date !== null)?.date
  if (!first) return []

  const [year = 0, month = 1, date = 1] = start.split('-').map(Number)
  const origin = new Date(year, month - 1, date)

  return tracker.days.flatMap((day): Edit[] => {
    if (day.date === null) return []

    const headingStart = day.heading.start.offset
    const heading = text.slice(headingStart, day.heading.end.offset)
    const prefix = dayPrefix.exec(heading)
    if (!prefix) return []

    const written = readDate(heading.slice(prefix[0].length))
    if (!written) return []

    const oldText = heading.slice(
      prefix[0].length,
      prefix[0].length + written.length
    )
    const moved = addDays(origin, daysBetween(first, day.date))
    const at = headingStart + prefix[0].length

    return [
      {
        start: at,
        end: at + written.length,
        text: format(moved, dateStyle(oldText)),
        label: `Day ${day.number}`
      }
    ]
  })
}

/** The date-fns pattern that writes a date the way `example` was. */
function dateStyle(example: string): string {
  if (/^\d{4}-/.test(example)) return 'yyyy-MM-dd'
  if (/^\d/.test(example))
    return /\d{4}$/.test(example) ? 'd MMM yyyy' : 'd MMM'

  const month = /^(?:[a-z]+\.?,?\s+)?([a-z]+)/i.exec(example)?.[1] ?? ''
  const style = month.length > 3 ? 'MMMM d' : 'MMM d'

  return /\d{4}$/.test(example) ? `${style}, yyyy` : style
}
