/**
 * The deepest quotes and lists may nest for trackmd to read them. micromark
 * and the builder read containers recursively, so much deeper nesting runs
 * out of stack (at about 2,400 quotes, where Node may abort outright), and
 * micromark's time grows with the square of the depth: 20,000 quote
 * markers on one line take seconds.
 */
export const maxNesting = 1000

/**
 * The furthest a list marker or quote may be indented, in columns (a tab
 * to the next multiple of four). Lists nested by indentation, a level a
 * line, cost micromark time that grows faster than the square of the
 * depth: 400 levels (800 columns of bullets) took about 2 s, 1,200 about
 * 45 s. No plan indents an item a hundred levels deep. Lines inside a
 * fenced code block are code, and not looked at.
 */
export const maxIndent = 800

/**
 * Thrown by `checkNesting`; `guardDepth` turns it into the one-line error
 * it gives for running out of stack. A `RangeError`, as running out of
 * stack is, so that it crosses from a worker thread as one; its message
 * says which limit was passed.
 */
export class NestingError extends RangeError {
  constructor(kind: 'depth' | 'indent') {
    super(
      kind === 'depth'
        ? `Nesting deeper than ${maxNesting} levels`
        : `Nesting indented past ${maxIndent} columns`
    )
  }
}

/**
 * Which limit a `NestingError` passed, here or from a worker thread, or
 * null when the error is not one.
 */
export function nestingErrorKind(error: unknown): 'depth' | 'indent' | null {
  if (!(error instanceof RangeError)) return null
  if (/^Nesting deeper than/.test(error.message)) return 'depth'
  if (/^Nesting indented past/.test(error.message)) return 'indent'
  return null
}

/**
 * Refuses a text in which one line opens or continues more than
 * `maxNesting` containers (each `>`, and each list marker, before its
 * content), or has a list marker or quote indented past `maxIndent`
 * columns. Checked before micromark reads a block, rather than waiting
 * for it to take minutes or run out of stack.
 *
 * @param text A block's text.
 * @throws {NestingError} When a line nests deeper than that.
 */
export function checkNesting(text: string): void {
  // A line that deep or that far in has at least this many characters
  // (a tab indents up to four columns): short blocks are passed over.
  if (text.length <= maxIndent / 4) return

  // Found only for a line that passes a limit, which almost none does.
  let code: Set<number> | null = null
  let lineStart = 0
  for (let line = 0; lineStart < text.length; line++) {
    const newline = text.indexOf('\n', lineStart)
    const kind = passedLimit(text, lineStart)
    if (kind !== null) {
      code ??= fencedLines(text)
      if (!code.has(line)) throw new NestingError(kind)
    }

    lineStart = newline === -1 ? text.length : newline + 1
  }
}

/** Which limit the line at `at` passes, if any. */
function passedLimit(text: string, at: number): 'indent' | 'depth' | null {
  if (isIndentedPast(text, at)) return 'indent'
  return prefixDepth(text, at) > maxNesting ? 'depth' : null
}

/**
 * The numbers of the lines inside fenced code blocks at the left margin
 * that a closing fence ends. A fence left open is not counted: one inside
 * a list item ends with the item, and the lines after it are read.
 */
function fencedLines(text: string): Set<number> {
  const lines = text.split('\n')
  const code = new Set<number>()
  let open: { fence: string; line: number } | null = null

  lines.forEach((line, index) => {
    const fence = fenceOf(line)
    if (open === null) {
      if (fence?.opens) open = { fence: fence.marker, line: index }
      return
    }

    if (fence?.closes && fence.marker.startsWith(open.fence)) {
      for (let inside = open.line + 1; inside < index; inside++) {
        code.add(inside)
      }
      open = null
    }
  })

  return code
}

/**
 * The fence (three or more backticks or tildes) a line starts with, at
 * most three spaces in, and whether it may open a block (a backtick fence
 * has no backtick after it) or close one (nothing but spaces after it).
 */
function fenceOf(
  line: string
): { marker: string; opens: boolean; closes: boolean } | null {
  const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
  if (!match) return null

  const [, marker = '', rest = ''] = match
  return {
    marker,
    opens: !(marker.startsWith('`') && rest.includes('`')),
    closes: /^\s*$/.test(rest)
  }
}

/**
 * Whether the line at `at` starts with more than `maxIndent` columns of
 * spaces and tabs followed by a list marker or a quote: a line of code or
 * prose indented so far is read at no such cost.
 */
function isIndentedPast(text: string, at: number): boolean {
  let columns = 0

  for (; isSpace(text.charCodeAt(at)); at++) {
    columns =
      text.charCodeAt(at) === 0x09 ? columns - (columns % 4) + 4 : columns + 1
  }

  return columns > maxIndent && prefixDepth(text, at) > 0
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
