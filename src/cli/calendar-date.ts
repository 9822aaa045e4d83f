import { dateExists } from '../parse/dates.js'
import { UsageError } from './usage-error.js'

/**
 * Give the local calendar date of a moment as `YYYY-MM-DD`: the date on the
 * person's wall calendar, not in UTC.
 *
 * @param moment The moment, usually now.
 */
export function localDate(moment: Date): string {
  const year = String(moment.getFullYear()).padStart(4, '0')
  const month = String(moment.getMonth() + 1).padStart(2, '0')
  const day = String(moment.getDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}

/**
 * Tell whether a text is a real calendar date written as `YYYY-MM-DD`, so
 * that `2026-02-30` is refused.
 *
 * @param text The text to check.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)

  return match !== null && dateExists(...toNumbers(match))
}

function toNumbers(match: RegExpExecArray): [number, number, number] {
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

/**
 * The check of a flag that takes a date as `YYYY-MM-DD`.
 *
 * @param flag The flag's name, for the message.
 */
export function checkDateFlag(flag: string): (raw: unknown) => string {
  return (raw) => {
    const text = String(raw)

    if (!isCalendarDate(text)) {
      throw new UsageError(
        `\`--${flag}\` expects a date that exists, as YYYY-MM-DD, ` +
          `got \`${text}\``
      )
    }

    return text
  }
}
