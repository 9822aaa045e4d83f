import type { Day, Field, Tracker, Week } from '../model.js'
import { readFullDate } from './dates.js'
import { readWholeNumber } from './decimal.js'
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
 * A week's field that a line sets: a score, which names its week, or the
 * actual hours, which go to that week or else to the week open.
 */
export type WeekField =
  | { kind: 'score'; week: number; value: Field<number> }
  | { kind: 'actual-hours'; value: Field<number> }

/**
 * Reads the labelled fields of one line into the model: a day's
 * deliverable and blockers, a week's score and actual hours (which share
 * the score's line), and dates.
 *
 * @param labels The labels of the line.
 * @param scope Where the line stands.
 * @param source The block it stands in.
 * @returns The week fields the line reads, set or not: weeks are read in
 *   blocks of their own, so what they give depends on more than the
 *   line's block (which weeks there are), and changes what an earlier
 *   block read. `setWeekFields` sets them again.
 */
export function readLineFields(
  labels: Label[],
  scope: FieldScope,
  source: Source
): WeekField[] {
  const { tracker, day } = scope
  const weekFields: WeekField[] = []

  for (const label of labels) {
    const { name, valueStart, valueEnd } = label
    const score = /^week\s*(\d+)\s*score$/i.exec(name)
    const scoreWeek = score ? readWholeNumber(score[1] ?? '') : null

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
    } else if (scoreWeek !== null) {
      weekFields.push({
        kind: 'score',
        week: scoreWeek,
        value: numberBefore(outOf, label, source)
      })
    } else if (/^actual\s*hours$/i.test(name)) {
      weekFields.push({
        kind: 'actual-hours',
        value: numberBefore(goal, label, source)
      })
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

  setWeekFields(weekFields, scope)
  return weekFields
}

/**
 * Sets the week fields of one line: a score on the week it names, if there
 * is one yet; the actual hours on that week, or else on the week open.
 *
 * @param fields The line's week fields, in the order typed.
 * @param scope The week open and the weeks read so far.
 */
export function setWeekFields(
  fields: readonly WeekField[],
  scope: Pick<FieldScope, 'week' | 'weekNumbered'>
): void {
  let scored: Week | undefined

  for (const field of fields) {
    if (field.kind === 'score') {
      scored = scope.weekNumbered(field.week)
      if (scored) scored.score = field.value
    } else {
      const week = scored ?? scope.week
      if (week) week.actualHours = field.value
    }
  }
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
