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
}

/**
 * Reads the labelled fields of one line into the model: a day's
 * deliverable and blockers, a week's score and actual hours (which share
 * the score's line), and dates.
 *
 * @param labels The labels of the line.
 * @param scope Where the line stands.
 * @param source The block it stands in.
 */
export function readLineFields(
  labels: Label[],
  scope: FieldScope,
  source: Source
): void {
  const { tracker, day } = scope
  let scored: Week | undefined

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
      scored = tracker.weeks.find((week) => week.number === Number(score[1]))
      if (scored) scored.score = numberBefore(/\/\s*\d+/, label, source)
    } else if (/^actual\s*hours$/i.test(name)) {
      const week = scored ?? scope.week
      const goal = /\((?:goal|target)[^)]*\)/i
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
}

/**
 * A number field typed before a fixed suffix, as in `____ / 100` or
 * `____ (Goal: 30)`.
 */
function numberBefore(
  suffix: RegExp,
  label: Label,
  source: Source
): Field<number> {
  const value = source.text.slice(label.valueStart, label.valueEnd)
  const found = new RegExp(String.raw`\s*${suffix.source}\s*$`, 'i').exec(value)
  const end = found ? label.valueStart + found.index : label.valueEnd

  return readField(source.text, label.valueStart, end, source.lines, readNumber)
}
