/**
 * English month names, January first. The one list the parser reads dates
 * with and the reports write them with.
 */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

/**
 * A month's three-letter name, `Dec`.
 *
 * @param month 1-12.
 */
export function monthAbbreviation(month: number): string {
  return (monthNames[month - 1] ?? '').slice(0, 3)
}
