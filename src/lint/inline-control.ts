import type { DayFacts, InlineControl } from '../model.js'

/** A stretch of text where a rule is silenced; `*` silences every rule. */
export interface SilencedRange {
  rule: string
  /** Offset of the first character silenced. */
  start: number
  /** Offset just after the last one. */
  end: number
}

/**
 * Read `<!-- trackmd-disable RULE -->` and `<!-- trackmd-enable RULE -->`
 * comments into the ranges they silence. Without a rule id a comment
 * applies to every rule; several ids may be separated by spaces or commas.
 *
 * Outside days a disable comment lasts until an enable comment for the same
 * rule, or the end of the file. Inside a day with no enable comment after it
 * in the same day, it covers the whole day, heading included, so that a
 * rest day is not reported as missed; with one, it covers the stretch
 * between the two.
 *
 * The comments come from the parser, which reads them only where they are
 * HTML: a comment shown inside code is text and silences nothing.
 *
 * @param controls The file's disable and enable comments.
 * @param days The days read from it, for their places.
 * @param length The length of the file.
 */
export function findSilencedRanges(
  controls: readonly InlineControl[],
  days: readonly Pick<DayFacts, 'place'>[],
  length: number
): SilencedRange[] {
  const comments = controls.map((control) => ({
    kind: control.kind,
    rules: control.rules,
    start: control.place.start.offset,
    end: control.place.end.offset
  }))
  const ranges: SilencedRange[] = []

  comments.forEach((comment, index) => {
    if (comment.kind !== 'disable') return

    const later = comments.slice(index + 1)
    const day = days.find(
      (each) =>
        each.place.start.offset <= comment.start &&
        comment.start < each.place.end.offset
    )

    for (const rule of comment.rules) {
      const enable = later.find(
        (each) =>
          each.kind === 'enable' &&
          (each.rules.includes(rule) || each.rules.includes('*')) &&
          (!day || each.start < day.place.end.offset)
      )

      if (enable) {
        ranges.push({ rule, start: comment.end, end: enable.start })
      } else if (day) {
        ranges.push({
          rule,
          start: day.place.start.offset,
          end: day.place.end.offset
        })
      } else {
        ranges.push({ rule, start: comment.end, end: length })
      }
    }
  })

  return ranges
}

/**
 * Tell whether a finding of a rule at an offset is silenced.
 *
 * @param ranges The silenced ranges of the file.
 * @param rule The rule id.
 * @param offset Where the finding starts.
 */
export function isSilenced(
  ranges: readonly SilencedRange[],
  rule: string,
  offset: number
): boolean {
  return ranges.some(
    (range) =>
      (range.rule === rule || range.rule === '*') &&
      range.start <= offset &&
      offset < range.end
  )
}
