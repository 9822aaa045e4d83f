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
  if (!match) return false

  const [year, month, day] = match.slice(1).map(Number) as [
    number,
    number,
    number
  ]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  )
}
