import type { Minutes } from '../model.js'
import { asFigure, readDecimal } from './decimal.js'

const number = String.raw`(\d+(?:\.\d+)?)`
// `~20 min`, `approx. 20 min`, `about 20 min`.
const about = String.raw`(?:~|approx\.?|about|around|ca\.)?\s*`
const durationPattern = new RegExp(
  String.raw`\(\s*${about}${number}(?:\s*(?:-|–|—|to)\s*${number})?\s*` +
    String.raw`(minutes?|mins?|m|hours?|hrs?|h)\b([^()]*)\)`,
  'i'
)
// `(1h 30m)`, `(1 hour 30 minutes)`, `(1h30m)`: hours and minutes.
const hoursAndMinutesPattern = new RegExp(
  String.raw`\(\s*${about}(\d+)\s*(?:hours?|hrs?|h)\s*,?\s*(?:and\s+)?` +
    String.raw`(\d+)\s*(?:minutes?|mins?|m)\b([^()]*)\)`,
  'i'
)

// A duration standing alone, as brackets or the end of a task hold it:
// `20 min`, `60-90 min`, `30 - 45 min`, `1h 30m`, `45 min each`,
// `30 min per paper`. A lone `m` is metres there (`Swim: 400 m`).
const bareDuration =
  String.raw`(?:(?:~|approx\.?|about|around|ca\.) ?)?` +
  String.raw`\d+(?:\.\d+)?(?: ?(?:[-–—]|to) ?\d+(?:\.\d+)?)? ?` +
  String.raw`(?:minutes?|mins?|hours?|hrs?|h)\b` +
  String.raw`(?: ?,? ?(?:and )?\d+ ?(?:minutes?|mins?|m)\b)?` +
  String.raw`(?: (?:each|per \w+))?`
const bracketedDuration = new RegExp(String.raw`\[ ?(${bareDuration}) ?\]`, 'i')
// What a duration ending a task may follow: a dash, pipe or dot with
// spaces around it, a colon, or a comma after a word (not `4, 5 — 30 min`
// as 5 to 30). Not a duration's own dash: `9h - 12h` are clock times, and
// `1h - 2h` a range. A figure alone before the dash may start the range
// (`rangeStart`).
const afterFigure = String.raw`(?<!\d ?(?:h|hrs?|hours?|mins?|minutes?))`
const trailingDuration = new RegExp(
  String.raw`(?:${afterFigure} [-–—|·•] |: |(?<=[^\d\s]), )` +
    String.raw`(${bareDuration})(?: ?[.!])? ?$`,
  'i'
)

/**
 * The duration a task plans: from the first parenthesis that starts with
 * one, `(20 min)`, `(60-90 min depending on size)`, `(45 min each)`,
 * `(30 min per paper)`, `(1.5 hours)`, `(1h 30m)`, `(approx. 20 min)`;
 * else from brackets, `[20 min]`; else from the end of the text, after a
 * dash, pipe, dot, colon or comma: `Read chapter 3 — 30 min`,
 * `Lecture 2: 90 min`.
 *
 * @param text A task's text.
 */
export function parseMinutes(text: string): Minutes | null {
  const spaced = oneSpaced(text)

  const inParentheses = parseParenthesized(spaced)
  if (inParentheses || !/\d/.test(spaced)) return inParentheses

  const bracketed = bracketedDuration.exec(spaced)
  const trailing = bracketed ? null : trailingDuration.exec(spaced)
  const bare = bracketed ?? trailing
  if (!bare) return null

  const duration = bare[1] ?? ''
  const start =
    trailing && rangeStart(spaced.slice(0, trailing.index), duration)
  const minutes = parseParenthesized(`(${start ?? ''}${duration})`)

  // Past twelve hours, a time ending a task is a clock time (`— 14h`).
  return minutes && minutes.high <= maxBareMinutes ? minutes : null
}

const maxBareMinutes = 12 * 60

/** Words that a figure after them numbers: `Chapter 3 - 30 min`. */
const numberedWord = new RegExp(
  '^(?:#.*|ch(?:apter)?s?|lectures?|lessons?|parts?|units?|modules?|' +
    'weeks?|days?|steps?|sections?|exercises?|problems?|episodes?|' +
    'videos?|pages?|pp?|levels?|rounds?|labs?|sprints?|tasks?|issues?|' +
    'no|vol|v(?:ersion)?)\\.?$',
  'i'
)

/**
 * The start of a range whose dash is the one before a duration ending a
 * task, `Read 30 - 45 min`, as `30-`; or null when the figure before the
 * dash numbers a word (`Chapter 3 - 30 min`) or is too far below the
 * duration to start its range (`Python 3 - 30 min`).
 *
 * @param before The task's text before the dash.
 * @param duration The duration after it.
 */
function rangeStart(before: string, duration: string): string | null {
  const figure = /(?:^|(\S+) )(\d+(?:\.\d+)?)$/.exec(before)
  const end = /^\d+(?:\.\d+)?/.exec(duration)
  if (!figure || !end || /^\d+(?:\.\d+)? ?(?:[-–—]|to)/.test(duration)) {
    return null
  }

  const [, word = '', low = ''] = figure
  const ratio = Number(end[0]) / Number(low)
  const isRange = !numberedWord.test(word) && ratio > 1 && ratio <= 4

  return isRange ? `${low}-` : null
}

/**
 * A text with one space for each run of spaces, so that no pattern here
 * meets a long run, where it would try each split of the run between its
 * `\s*`s: 100,000 spaces took seconds.
 */
function oneSpaced(text: string): string {
  return /\s\s/.test(text) ? text.replace(/\s+/g, ' ') : text
}

/** The upper end of a range after hours and minutes: `- 2h`, `to 2h 15m`. */
const upperEnd = new RegExp(
  String.raw`^\s*(?:-|–|—|to)\s*${number}\s*` +
    String.raw`(minutes?|mins?|m|hours?|hrs?|h)\b` +
    String.raw`(?:\s*,?\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?|m)\b)?`,
  'i'
)

/** The minutes an `upperEnd` match says, or null when too large. */
function minutesOf(match: RegExpExecArray): number | null {
  const [, figure = '', unit = '', minutes = '0'] = match
  const value = readDecimal(figure)
  if (value === null) return null

  return asFigure(/^h/i.test(unit) ? value * 60 + Number(minutes) : value)
}

/** The duration of the first parenthesis that starts with one. */
function parseParenthesized(text: string): Minutes | null {
  const match = durationPattern.exec(text)
  const compound = hoursAndMinutesPattern.exec(text)

  // Whichever parenthesis comes first; `(1h 30m)` is also `(1h` followed
  // by more, which the simple pattern cannot take (it stops at `)`).
  if (compound && (!match || compound.index <= match.index)) {
    const [, hours = '', minutes = '', rest = ''] = compound
    const total = asFigure(Number(hours) * 60 + Number(minutes))
    if (total === null) return null

    // `(1h 30m - 2h)`: a range whose upper end follows.
    const upper = upperEnd.exec(rest)
    const high = upper ? minutesOf(upper) : null

    return {
      low: total,
      high: Math.max(total, high ?? total),
      each: /\b(each|per)\b/i.test(rest)
    }
  }

  if (!match) return null

  const [, low = '', high, unit = '', rest = ''] = match
  const factor = /^h/i.test(unit) ? 60 : 1
  const lowFigure = readDecimal(low)
  const highFigure = high === undefined ? lowFigure : readDecimal(high)
  // A figure too large to be a number plans nothing that can be added.
  const lowMinutes = asFigure((lowFigure ?? Infinity) * factor)
  const highMinutes = asFigure((highFigure ?? Infinity) * factor)
  if (lowMinutes === null || highMinutes === null) return null

  return {
    low: Math.min(lowMinutes, highMinutes),
    high: Math.max(lowMinutes, highMinutes),
    each: /\b(each|per)\b/i.test(rest)
  }
}

// Each starts at the first digit of a figure only (the look behind), not
// at each of its digits, which took seconds on thousands of digits.
const hoursPattern = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b/i
const hoursAndMinutes = new RegExp(
  String.raw`(?<!\d)(\d+)\s*(?:hours?|hrs?|h)\s*,?\s*(?:and\s+)?` +
    String.raw`(\d+)\s*(?:minutes?|mins?|m)\b`,
  'i'
)

/**
 * A section's title without the planned hours in parentheses at its end:
 * `Morning Study (2 hours)` is `Morning Study`.
 *
 * @param label The section's label or heading.
 */
export function sectionTitle(label: string): string {
  return oneSpaced(label).replace(/\s*\(\s*~?\s*\d[^)]*\)\s*$/, '')
}

/**
 * Planned hours written as `6 hours`, `1.5 hrs`, `2h`, `1h 30m`, or null.
 *
 * @param typed Part of a heading or a label.
 */
export function parseHours(typed: string): number | null {
  const text = oneSpaced(typed)
  const compound = hoursAndMinutes.exec(text)
  const match = hoursPattern.exec(text)

  if (compound && (!match || compound.index <= match.index)) {
    return asFigure(Number(compound[1]) + Number(compound[2]) / 60)
  }

  return match ? readDecimal(match[1] ?? '') : null
}
