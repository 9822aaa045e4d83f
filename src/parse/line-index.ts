import type { Place, Point } from '../model.js'

/**
 * Turns offsets into line and column numbers for one text.
 *
 * Built once per file so that every element can be located with a binary
 * search instead of a scan from the top.
 */
export class LineIndex {
  readonly #starts: number[]

  /**
   * @param text The whole file as read.
   */
  constructor(text: string) {
    // Editors do not count a byte order mark, so line 1 starts after it.
    const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0]
    const lineEnding = /\r\n?|\n/g

    // CommonMark ends lines at LF, CRLF or a lone CR (old Mac files).
    for (const match of text.matchAll(lineEnding)) {
      starts.push(match.index + match[0].length)
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
    let low = 0
    let high = starts.length - 1

    while (low < high) {
      const middle = (low + high + 1) >> 1

      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }

    const column = Math.max(1, offset - (starts[low] ?? 0) + 1)

    return { line: low + 1, column, offset }
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
