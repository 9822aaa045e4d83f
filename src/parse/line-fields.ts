import type { Day, Field, Tracker, Week } from '../model.js'
import { readFullDate } from './dates.js'
import { readDeliverable } from './deliverable.js'
import { readField, readNumber, readText, type Label } from './fields.js'
import type { Source } from './tasks.js'

/** Where a line of labelled fields stands. */
export interface FieldScope {
  tracker: Tracker
  /** The day the line stands in, or null. */
  day: Day | null
  /** The week the line stands in, or null. */
  week: Week | null
  /** The first week of a number, which a `Week N Score` label names. */
  weekNumbered: (number: number) => Week | undefined
}

/**
 * Reads the labelled fields of one line into the model: a day's
 * deliverable and blockers, a week's score and actual hours (which share
 * the score's line), and dates.
 *
 * @param labels The labels of the line.
 * @param scope Where the line stands.
 * @param source The block it stands in.
 * @returns Whether the line reads a week's field, set or not: weeks are
 *   read in blocks of their own, so what the line gives depends on more
 *   than its block (which weeks there are) and changes what an earlier
 *   block read.
 */
export function readLineFields(
  labels: Label[],
  scope: FieldScope,
  source: Source
): boolean {
  const { tracker, day } = scope
  let scored: Week | undefined
  let readsWeek = false

  for (const label of labels) {
    const { name, valueStart, valueEnd } = label
    const score = /^week\s*(\d+)\s*score$/i.exec(name)

    if (/^deliverables?$/i.test(name) && day?.deliverable) {
      tracker.unparsed.push({
        kind: 'field',
        reason:
          `expected one deliverable line in Day ${day.number}, ` +
          'found another',
        text: source.text.slice(label.start, valueEnd),
        place: source.lines.place(label.start, valueEnd)
      })
    } else if (/^deliverables?$/i.test(name) && day) {
      day.deliverable = readDeliverable(source.text, label, source.lines)
    } else if (/^blockers?$/i.test(name) && day) {
      day.blockers = readField(
        source.text,
        valueStart,
        valueEnd,
        source.lines,
        readText
      )
    } else if (score) {
      readsWeek = true
      scored = scope.weekNumbered(Number(score[1]))
      if (scored) scored.score = numberBefore(outOf, label, source)
    } else if (/^actual\s*hours$/i.test(name)) {
      readsWeek = true
      const week = scored ?? scope.week
      if (week) week.actualHours = numberBefore(goal, label, source)
    } else if (/\bdate$/i.test(name)) {
      tracker.dates.push({
        label: name,
        field: readField(
          source.text,
          valueStart,
          valueEnd,
          source.lines,
          readFullDate
        )
      })
    }
  }

  return readsWeek
}

// What follows a week's score and its actual hours, with the space around.
const outOf = /\s*\/\s*\d+\s*$/i
const goal = /\s*\((?:goal|target)[^)]*\)\s*$/i

/**
 * A number field typed before a fixed suffix, as in `____ / 100` or
 * `____ (Goal: 30)`.
 *
 * @param suffix The suffix with the space around it, up to the end.
 */
function numberBefore(
  suffix: RegExp,
  label: Label,
  source: Source
): Field<number> {
  const value = source.text.slice(label.valueStart, label.valueEnd)
  const found = suffix.exec(value)
  const end = found ? label.valueStart + found.index : label.valueEnd

  return readField(source.text, label.valueStart, end, source.lines, readNumber)
}
