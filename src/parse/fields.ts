import type { Field } from '../model.js'
import type { LineIndex } from './line-index.js'
import { readDecimal } from './decimal.js'

/** A bold label in a line, `**Blockers:**`, and the value typed after it. */
export interface Label {
  name: string
  /** Offset of the label's first character. */
  start: number
  /** Offsets of the value: from after the label to the next label or EOL. */
  valueStart: number
  valueEnd: number
}

const labelPattern = /(\*\*|__)([^*_\n]+?)\s*:\s*\1|(\*\*|__)([^*_\n]+?)\3\s*:/g

/**
 * The bold labels of one line and the text between them, such as
 * `**Deliverable:** x ✓ ___  **Blockers:** ___`.
 *
 * @param line The line, without its line ending.
 * @param offset The offset of the line in the file.
 */
export function findLabels(line: string, offset: number): Label[] {
  const found: Array<{ name: string; start: number; end: number }> = []

  for (const match of line.matchAll(labelPattern)) {
    found.push({
      name: (match[2] ?? match[4] ?? '').trim(),
      start: match.index,
      end: match.index + match[0].length
    })
  }

  return found.map((label, index) => {
    const next = found[index + 1]?.start ?? line.length
    let valueEnd = next

    // A `|` between two labels separates them and is not part of the value.
    const between = line.slice(label.end, next)
    const pipe = /\|\s*$/.exec(between)
    if (pipe && next !== line.length) valueEnd = label.end + pipe.index

    return {
      name: label.name,
      start: offset + label.start,
      valueStart: offset + label.end,
      valueEnd: offset + valueEnd
    }
  })
}

/** Whether a text is an untouched blank: only underscores and spaces. */
export function isBlank(text: string): boolean {
  return /^[\s_\\]*$/.test(text)
}

/**
 * A field over a stretch of the text: the stretch without the spaces around
 * it, and its text without the underscores of the blank.
 *
 * @param text The whole file.
 * @param start Offset where the stretch starts.
 * @param end Offset where it ends.
 * @param lines The file's line index.
 * @param read Turns the typed text into a value, or null when it cannot.
 */
export function readField<Value>(
  text: string,
  start: number,
  end: number,
  lines: LineIndex,
  read: (typed: string) => Value | null
): Field<Value> {
  const raw = text.slice(start, end)
  const leading = raw.length - raw.trimStart().length
  const trimmed = raw.trim()
  const from =
    trimmed === '' ? start + Math.min(1, raw.length) : start + leading
  const to = from + trimmed.length
  const typed = trimmed.replace(/^[\s_\\]+|[\s_\\]+$/g, '')

  return {
    text: typed,
    value: typed === '' ? null : read(typed),
    place: lines.place(from, to)
  }
}

/** Reads typed text as itself. */
export function readText(typed: string): string {
  return typed
}

/**
 * Reads a number such as `27.5`, allowing a unit of hours after it, or
 * hours and minutes such as `1h 30m`.
 *
 * @param typed The text typed in a blank.
 */
export function readNumber(typed: string): number | null {
  // `1h 30m`: hours and minutes, as hours.
  const both =
    /^(\d+)\s*(?:h|hrs?|hours?)\s*,?\s*(\d+)\s*(?:m|mins?|minutes?)$/i.exec(
      typed
    )
  if (both) {
    const hours = readDecimal(both[1] ?? '')
    const minutes = readDecimal(both[2] ?? '')
    return hours === null || minutes === null ? null : hours + minutes / 60
  }

  const match = /^([-+]?\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?|%)?$/i.exec(typed)

  // A decimal comma (`27,5`) is how much of the world writes decimals.
  return match ? readDecimal(match[1]?.replace(',', '.') ?? '') : null
}
