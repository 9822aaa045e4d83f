import type { Place } from '../model.js'
import type { LineIndex } from '../parse/line-index.js'
import type { FindingPlace } from './rule.js'

/**
 * The place of a finding over a model element: its start and end.
 *
 * @param place Where the element stands in the source.
 */
export function placeOf(place: Place): FindingPlace {
  return {
    line: place.start.line,
    column: place.start.column,
    endLine: place.end.line,
    endColumn: place.end.column,
    offset: place.start.offset
  }
}

/**
 * The place of a finding over a stretch of text given by offsets.
 *
 * @param lines The file's line index.
 * @param start Offset of the first character.
 * @param end Offset just after the last character.
 */
export function placeBetween(
  lines: LineIndex,
  start: number,
  end: number
): FindingPlace {
  return placeOf(lines.place(start, end))
}
