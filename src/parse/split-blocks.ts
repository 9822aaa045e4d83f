/**
 * A run of the text that can be parsed on its own: it starts at an ATX
 * heading outside code, comments and front matter (or at the top), and ends
 * where the next one starts.
 */
export interface Block {
  start: number
  end: number
}

/** The blocks of a text, and the front matter that precedes them. */
export interface Blocks {
  blocks: Block[]
  /** Offsets of the front matter with its fences, or null. */
  frontMatter: Block | null
  /** The YAML between the front matter fences, or null. */
  frontMatterText: string | null
}

// Only a heading at the first column is sure to stand at the top level: an
// indented one may belong to a list item.
const headingLine = /^#{1,6}(?:[ \t]|$)/
// A fence, alone or right after a list item's marker, whose content column
// it then keeps.
const fenceOpen = /^( {0,3}(?:(?:[-*+]|\d{1,9}[.)]) {1,4})?)(`{3,}|~{3,})(.*)$/
const listMarker = /^ {0,3}(?:[-*+]|\d{1,9}[.)]) /
const commentOpen = /^ {0,3}<!--/
const rawOpen = /^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i
// Processing instructions, declarations and CDATA (CommonMark kinds 3-5).
const declarationOpen = /^ {0,3}<(\?|![A-Za-z]|!\[CDATA\[)/
const declarationEnd: Record<string, RegExp> = {
  '?': /\?>/,
  '![CDATA[': /\]\]>/
}
// Other HTML blocks run to the next blank line (CommonMark kinds 6 and 7).
const htmlOpen = /^ {0,3}<\/?[a-z][\w-]*(?:[\s/>]|$)/i
const blankLine = /^[ \t]*$/

/** An open fence: its character, its length and the column it sits at. */
interface Fence {
  marker: string
  length: number
  indent: number
  /** Whether it opened in a list item, whose content column is `indent`. */
  inItem: boolean
}

/**
 * Splits a tracker at its headings with a line scan, so that each block can
 * go through the Markdown parser alone.
 *
 * An ATX heading at the document's top level always starts a new block in
 * CommonMark: it interrupts paragraphs, lists, quotes and tables. Where the
 * scan cannot be sure (inside a fence, an HTML block, or at an indented
 * heading), it does not split, which costs speed but never changes what is
 * parsed. Where it cannot tell whether a fence is still open, or the text
 * has lone CR line endings, it stops splitting.
 *
 * @param text The whole file, BOM included.
 */
export function splitBlocks(text: string): Blocks {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const front = findFrontMatter(text, start)

  if (front) start = front.block.end

  const blocks: Block[] = []
  let blockStart = start
  let fence: Fence | null = null
  let closing: RegExp | null = null
  let lineStart = start

  const result = () => {
    if (text.length > blockStart || blocks.length === 0) {
      blocks.push({ start: blockStart, end: text.length })
    }

    return {
      blocks,
      frontMatter: front?.block ?? null,
      frontMatterText: front?.yaml ?? null
    }
  }

  // A lone CR ends a line in CommonMark but not in this scan. Most files
  // have no CR at all, which `includes` tells several times faster.
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return result()

  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline + 1

    // Outside fences and HTML, only a line that starts with `#`, or with a
    // fence or `<` after at most three spaces, can change anything: most
    // lines are passed over without being cut out.
    if (!fence && !closing && !mayOpen(text, lineStart)) {
      lineStart = lineEnd
      continue
    }

    const line = text.slice(lineStart, lineEnd).replace(/\r?\n$/, '')

    // Tabs make columns the scan does not count.
    if (fence && /^ *\t/.test(line)) return result()

    if (fence && !blankLine.test(line) && indentOf(line) < fence.indent) {
      // Code in a list item has no lazy lines: a line left of its column
      // ends the item and the fence. An indented fence may be in an item
      // or at the top level, where the line is code: the scan cannot tell.
      if (!fence.inItem) return result()
      fence = null
    }

    if (fence) {
      if (closesFence(line, fence)) fence = null
    } else if (closing && closing !== blankLine) {
      if (closing.test(line)) closing = null
    } else {
      const opened = fenceOpen.exec(line)
      const prefix = opened?.[1] ?? ''
      const marker = opened?.[2] ?? ''

      const opensFence =
        opened !== null && !(marker.startsWith('`') && opened[3]?.includes('`'))

      // What was taken for an HTML block ending at a blank line may be a
      // paragraph, which a fence or another kind of HTML block interrupts,
      // to run past the blank line: the scan cannot tell which.
      if (closing && (opensFence || isLongHtml(line))) return result()

      if (opensFence) {
        fence = {
          marker: marker[0] ?? '`',
          length: marker.length,
          indent: prefix.length,
          inItem: listMarker.test(prefix)
        }
      } else if (closing) {
        if (closing.test(line)) closing = null
      } else {
        closing = openHtml(line)
        if (!closing && headingLine.test(line) && lineStart > blockStart) {
          blocks.push({ start: blockStart, end: lineStart })
          blockStart = lineStart
        }
      }
    }

    lineStart = lineEnd
  }

  return result()
}

/** Whether the line opens an HTML block that a blank line does not end. */
function isLongHtml(line: string): boolean {
  const end = openHtml(line)
  return end !== null && end !== blankLine
}

/** What ends the HTML block the line opens, or null when it opens none. */
function openHtml(line: string): RegExp | null {
  if (commentOpen.test(line)) {
    return line.includes('-->', line.indexOf('<!--') + 4) ? null : /-->/
  }

  const raw = rawOpen.exec(line)
  if (raw) {
    const end = new RegExp(`</${raw[1] ?? ''}>`, 'i')
    return end.test(line) ? null : end
  }

  const declaration = declarationOpen.exec(line)
  if (declaration) {
    const kind = declaration[1] ?? ''
    const end = declarationEnd[kind] ?? />/
    const rest = line.slice(line.indexOf('<') + 1 + kind.length)
    return end.test(rest) ? null : end
  }

  return htmlOpen.test(line) ? blankLine : null
}

/** Whether a line may start a heading, a fence or an HTML block. */
function mayOpen(text: string, lineStart: number): boolean {
  let at = lineStart

  while (at < lineStart + 3 && text.charCodeAt(at) === 0x20) at++

  const code = text.charCodeAt(at)

  // `#`, a backtick, `~` and `<`.
  if (code === 0x23 || code === 0x60 || code === 0x7e || code === 0x3c) {
    return true
  }

  // A list item's marker, which a fence may follow.
  if (code === 0x2d || code === 0x2a || code === 0x2b) at++
  else if (code >= 0x30 && code <= 0x39) {
    while (text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at++
    at++
  } else return false

  while (text.charCodeAt(at) === 0x20) at++

  const next = text.charCodeAt(at)
  return next === 0x60 || next === 0x7e
}

function indentOf(line: string): number {
  let indent = 0
  while (line.charCodeAt(indent) === 0x20) indent++
  return indent
}

function closesFence(line: string, fence: Fence): boolean {
  const inside = fence.inItem ? line.slice(fence.indent) : line
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(inside)

  return (
    match !== null &&
    match[1]?.[0] === fence.marker &&
    (match[1]?.length ?? 0) >= fence.length
  )
}

/**
 * YAML front matter: `---` on the first line, up to a line of `---` or
 * `...`.
 */
function findFrontMatter(
  text: string,
  start: number
): { block: Block; yaml: string } | null {
  const opening = /^---[ \t]*\r?\n/.exec(text.slice(start, start + 8))
  if (!opening) return null

  const bodyStart = start + opening[0].length
  const closing = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm
  closing.lastIndex = bodyStart

  const match = closing.exec(text)
  if (!match) return null

  return {
    block: { start, end: match.index + match[0].length },
    yaml: text.slice(bodyStart, match.index)
  }
}
