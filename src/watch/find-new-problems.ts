import type { DayFacts, TrackerFacts, Unparsed } from '../model.js'
import type { Summary } from '../summary/summary.js'
import type { NewProblem } from './watch-event.js'

/** What a good read left behind, to compare the next read with. */
export interface ProblemBaseline {
  missedDays: readonly number[]
  /** One key per unparsed entry, see `unparsedKey`. */
  unparsed: readonly string[]
}

/**
 * Take what later reads are compared with from a tracker and its summary.
 *
 * @param tracker The tracker as read.
 * @param summary Its summary.
 */
export function takeBaseline(
  tracker: TrackerFacts,
  summary: Summary
): ProblemBaseline {
  return {
    missedDays: [...summary.missedDays],
    unparsed: tracker.unparsed.map(unparsedKey)
  }
}

/**
 * List what is wrong now and was not at the baseline: days missed since,
 * and unparsed tasks or headings the person has just typed. Unparsed
 * entries are matched by their kind and text, not their line, so that
 * typing above one does not make it new.
 *
 * @param baseline What the last good read found.
 * @param tracker The tracker as read now.
 * @param summary Its summary.
 */
export function findNewProblems(
  baseline: ProblemBaseline,
  tracker: TrackerFacts,
  summary: Summary
): NewProblem[] {
  const problems: NewProblem[] = []
  // Sets and a map, not searches of lists: a plan of 10,000 days can have
  // thousands of missed days, and this runs on every save.
  const wasMissed = new Set(baseline.missedDays)
  let byNumber: Map<number, DayFacts> | null = null

  for (const number of summary.missedDays) {
    if (wasMissed.has(number)) continue

    byNumber ??= firstDayByNumber(tracker.days)
    const day = byNumber.get(number)
    problems.push({
      line: day?.place.start.line ?? 1,
      kind: 'missed-day',
      message:
        `Day ${number} is missed` +
        (day?.date ? `: not complete by ${day.date}` : '')
    })
  }

  // A multiset: two identical broken lines where there was one is news.
  const known = new Map<string, number>()
  for (const key of baseline.unparsed) {
    known.set(key, (known.get(key) ?? 0) + 1)
  }

  for (const unparsed of tracker.unparsed) {
    const key = unparsedKey(unparsed)
    const left = known.get(key) ?? 0

    if (left > 0) {
      known.set(key, left - 1)
      continue
    }

    problems.push({
      line: unparsed.place.start.line,
      kind: unparsed.kind === 'task' ? 'unparsed-task' : 'unparsed-heading',
      message: `${unparsed.reason}: \`${unparsed.text.trim()}\``
    })
  }

  return problems.sort((a, b) => a.line - b.line)
}

/** Each day number's first day, as `days.find` would give it. */
function firstDayByNumber(days: readonly DayFacts[]): Map<number, DayFacts> {
  const byNumber = new Map<number, DayFacts>()

  for (const day of days) {
    if (!byNumber.has(day.number)) byNumber.set(day.number, day)
  }

  return byNumber
}

function unparsedKey(unparsed: Unparsed): string {
  return `${unparsed.kind}\u0000${unparsed.reason}\u0000${unparsed.text}`
}
