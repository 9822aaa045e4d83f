import type { Deliverable } from '../model.js'
import { readField, readText, type Label } from './fields.js'
import type { LineIndex } from './line-index.js'
import { checkMark } from './symbols.js'

const markPattern = new RegExp(checkMark, 'gu')
const trailingBlank = /_{2,}[\s_]*$/

/**
 * Reads `**Deliverable:** day1_tensors.py ✓ _____`: what is due, and the
 * blank after the check mark that the person fills in when it is done. With
 * no check mark, a trailing run of underscores is the blank.
 *
 * @param text The whole file.
 * @param label The `Deliverable` label and its value's offsets.
 * @param lines The file's line index.
 */
export function readDeliverable(
  text: string,
  label: Label,
  lines: LineIndex
): Deliverable {
  const value = text.slice(label.valueStart, label.valueEnd)
  const mark = findMark(value)
  const blank = mark ? null : trailingBlank.exec(value)
  const textEnd = mark?.index ?? blank?.index ?? value.length
  const markStart = mark ? mark.index + mark[0].length : textEnd
  const field = readField(
    text,
    label.valueStart + markStart,
    label.valueEnd,
    lines,
    readText
  )

  return {
    text: value.slice(0, textEnd).trim(),
    done: field.text !== '',
    mark: field,
    place: lines.place(label.start, label.valueEnd)
  }
}

/**
 * The check mark that stands before the blank: the last one, unless nothing
 * follows it, in which case the person filled the blank with a check mark
 * of their own (`✓ ✅`) and the one before it is the template's.
 */
function findMark(value: string): RegExpExecArray | null {
  const marks = [...value.matchAll(markPattern)]
  const last = marks.at(-1)
  if (!last) return null

  const after = value.slice(last.index + last[0].length)
  const previous = marks.at(-2)

  return after.trim() === '' && previous ? previous : last
}
