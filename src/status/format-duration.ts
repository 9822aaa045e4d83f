import { formatNumber } from '../edit/format-number.js'

/**
 * Write minutes for people: `45 min`, `2 h`, `4 h 35 min`.
 *
 * @param minutes A whole number of minutes.
 */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = Math.round(minutes - hours * 60)

  if (hours === 0) return `${rest} min`
  if (rest === 0) return `${hours} h`
  return `${hours} h ${rest} min`
}

/**
 * Write hours with at most one decimal and no trailing `.0`: `17.5`, `3`.
 *
 * @param hours The hours.
 */
export function formatHours(hours: number): string {
  return formatNumber(hours, 1)
}
