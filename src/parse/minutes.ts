import type { Minutes } from '../model.js'
import { readDecimal } from './decimal.js'

const number = String.raw`(\d+(?:\.\d+)?)`
const durationPattern = new RegExp(
  String.raw`\(\s*~?\s*${number}(?:\s*(?:-|–|—|to)\s*${number})?\s*` +
    String.raw`(minutes?|mins?|m|hours?|hrs?|h)\b([^()]*)\)`,
  'i'
)

/**
 * The duration a task plans, from the first parenthesis that starts with one:
 * `(20 min)`, `(60-90 min depending on size)`, `(45 min each)`,
 * `(30 min per paper)`, `(1.5 hours)`.
 *
 * @param text A task's text.
 */
export function parseMinutes(text: string): Minutes | null {
  const match = durationPattern.exec(text)
  if (!match) return null

  const [, low = '', high, unit = '', rest = ''] = match
  const factor = /^h/i.test(unit) ? 60 : 1
  const lowFigure = readDecimal(low)
  const highFigure = high === undefined ? lowFigure : readDecimal(high)
  const lowMinutes = (lowFigure ?? Infinity) * factor
  const highMinutes = (highFigure ?? Infinity) * factor
  // A figure too large to be a number plans nothing that can be added.
  if (!Number.isFinite(lowMinutes) || !Number.isFinite(highMinutes)) {
    return null
  }

  return {
    low: lowMinutes,
    high: Math.max(lowMinutes, highMinutes),
    each: /\b(each|per)\b/i.test(rest)
  }
}

const hoursPattern = /(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b/i

/**
 * A section's title without the planned hours in parentheses at its end:
 * `Morning Study (2 hours)` is `Morning Study`.
 *
 * @param label The section's label or heading.
 */
export function sectionTitle(label: string): string {
  return label.replace(/\s*\(\s*~?\s*\d[^)]*\)\s*$/, '')
}

/**
 * Planned hours written as `6 hours`, `1.5 hrs`, `2h`, or null.
 *
 * @param text Part of a heading or a label.
 */
export function parseHours(text: string): number | null {
  const match = hoursPattern.exec(text)

  return match ? readDecimal(match[1] ?? '') : null
}
