/**
 * The deepest quotes and lists may nest for trackmd to read them. micromark
 * and the builder read containers recursively, so much deeper nesting runs
 * out of stack (at about 2,400 quotes, where Node may abort outright), and
 * micromark's time grows with the square of the depth: 20,000 quote
 * markers on one line take seconds.
 */
export const maxNesting = 1000

/**
 * Thrown by `checkNesting`; `guardDepth` turns it into the one-line error
 * it gives for running out of stack. A `RangeError`, as running out of
 * stack is, so that it crosses from a worker thread as one.
 */
export class NestingError extends RangeError {
  constructor() {
    super(`Nesting deeper than ${maxNesting} levels`)
  }
}

/** Whether an error is a `NestingError`, here or from a worker thread. */
export function isNestingError(error: unknown): boolean {
  return (
    error instanceof RangeError && /^Nesting deeper than/.test(error.message)
  )
}

/**
 * Refuses a text in which one line opens or continues more than
 * `maxNesting` containers: each `>`, and each list marker, before its
 * content. Checked before micromark reads a block, rather than waiting
 * for it to take minutes or run out of stack.
 *
 * @param text A block's text.
 * @throws {NestingError} When a line nests deeper than that.
 */
export function checkNesting(text: string): void {
  // A line that deep has at least that many characters: most blocks are
  // passed over at once.
  if (text.length <= maxNesting) return

  let lineStart = 0
  while (lineStart < text.length) {
    if (prefixDepth(text, lineStart) > maxNesting) throw new NestingError()

    const newline = text.indexOf('\n', lineStart)
    lineStart = newline === -1 ? text.length : newline + 1
  }
}

/** How many container markers start the line at `at`. */
function prefixDepth(text: string, at: number): number {
  let depth = 0

  for (;;) {
    while (isSpace(text.charCodeAt(at))) at++

    const code = text.charCodeAt(at)
    let after = at

    if (code === 0x3e) {
      // `>` needs no space after it.
      depth++
      at++
      continue
    }

    if (code === 0x2d || code === 0x2a || code === 0x2b) after = at + 1
    else {
      // An ordered marker: up to nine digits, then `.` or `)`.
      while (after - at < 9 && isDigit(text.charCodeAt(after))) after++
      const mark = text.charCodeAt(after)
      if (after === at || (mark !== 0x2e && mark !== 0x29)) return depth
      after++
    }

    // A list marker is followed by a space, a tab or the end of the line.
    const next = text.charCodeAt(after)
    if (!(isSpace(next) || isLineEnd(next))) return depth

    depth++
    at = after
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** A line end, or past the end of the text (`charCodeAt` gives NaN). */
function isLineEnd(code: number): boolean {
  return code === 0x0a || code === 0x0d || Number.isNaN(code)
}
