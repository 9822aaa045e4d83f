import type { Place } from '../model.js'
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
 * @param text The whole text.
 * @param start Offset of the first character.
 * @param end Offset just after the last character.
 */
export function placeBetween(
  text: string,
  start: number,
  end: number
): FindingPlace {
  const from = pointAt(text, start)
  const to = pointAt(text, end)

  return {
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    offset: start
  }
}

function pointAt(
  text: string,
  offset: number
): { line: number; column: number } {
  let line = 1
  let lineStart = 0

  for (let index = text.indexOf('\n'); index !== -1 && index < offset;) {
    line += 1
    lineStart = index + 1
    index = text.indexOf('\n', lineStart)
  }

  return { line, column: offset - lineStart + 1 }
}
