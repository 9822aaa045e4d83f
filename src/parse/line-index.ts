import type { Place, Point } from '../model.js'

/**
 * Turns offsets into line and column numbers for one text.
 *
 * Built once per file so that every element can be located with a binary
 * search instead of a scan from the top.
 */
export class LineIndex {
  readonly #starts: number[]
  /** The line of the last lookup, where the next one most often falls. */
  #last = 0

  /**
   * @param text The whole file as read.
   */
  constructor(text: string) {
    // Editors do not count a byte order mark, so line 1 starts after it.
    const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0]

    // CommonMark ends lines at LF, CRLF or a lone CR (old Mac files). Most
    // files have only LF, which `indexOf` finds several times faster than
    // a regular expression.
    if (text.includes('\r')) {
      for (const match of text.matchAll(/\r\n?|\n/g)) {
        starts.push(match.index + match[0].length)
      }
    } else {
      for (
        let at = text.indexOf('\n');
        at !== -1;
        at = text.indexOf('\n', at + 1)
      ) {
        starts.push(at + 1)
      }
    }

    this.#starts = starts
  }

  /**
   * The point at an offset.
   *
   * @param offset 0-based offset into the text.
   */
  point(offset: number): Point {
    const starts = this.#starts
    const line = this.#lineOf(offset)
    const column = Math.max(1, offset - (starts[line] ?? 0) + 1)

    return { line: line + 1, column, offset }
  }

  /** The 0-based line of an offset. */
  #lineOf(offset: number): number {
    const starts = this.#starts
    const last = this.#last

    // The model is built from the top down, so most lookups fall on the
    // line of the one before or the next: no need to search.
    for (let line = last; line <= last + 1; line++) {
      if (
        (starts[line] ?? Infinity) <= offset &&
        offset < (starts[line + 1] ?? Infinity)
      ) {
        this.#last = line
        return line
      }
    }

    let low = 0
    let high = starts.length - 1

    while (low < high) {
      const middle = (low + high + 1) >> 1

      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }

    this.#last = low
    return low
  }

  /**
   * The place between two offsets.
   *
   * @param start Offset of the first character.
   * @param end Offset after the last character.
   */
  place(start: number, end: number): Place {
    return { start: this.point(start), end: this.point(end) }
  }
}
