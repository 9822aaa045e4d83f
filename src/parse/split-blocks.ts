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
const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/
const commentOpen = /^ {0,3}<!--/
const rawOpen = /^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i
// Other HTML blocks run to the next blank line (CommonMark kinds 6 and 7).
const htmlOpen = /^ {0,3}<\/?[a-z][\w-]*(?:[\s/>]|$)/i
const blankLine = /^[ \t]*$/

/**
 * Splits a tracker at its headings with a line scan, so that each block can
 * go through the Markdown parser alone.
 *
 * An ATX heading at the document's top level always starts a new block in
 * CommonMark: it interrupts paragraphs, lists, quotes and tables. Where the
 * scan cannot be sure (inside a fence, an HTML block, or at an indented
 * heading), it does not split, which costs speed but never changes what is
 * parsed.
 *
 * @param text The whole file, BOM included.
 */
export function splitBlocks(text: string): Blocks {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const front = findFrontMatter(text, start)

  if (front) start = front.block.end

  const blocks: Block[] = []
  let blockStart = start
  let fence: { marker: string; length: number } | null = null
  let closing: RegExp | null = null
  let lineStart = start

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

    if (fence) {
      if (closesFence(line, fence)) fence = null
    } else if (closing) {
      if (closing.test(line)) closing = null
    } else {
      const opened = fenceOpen.exec(line)

      if (opened && !(opened[1]?.startsWith('`') && opened[2]?.includes('`'))) {
        fence = {
          marker: opened[1]?.[0] ?? '`',
          length: opened[1]?.length ?? 3
        }
      } else if (commentOpen.test(line)) {
        if (!line.includes('-->', line.indexOf('<!--') + 4)) closing = /-->/
      } else if (rawOpen.test(line)) {
        const tag = rawOpen.exec(line)?.[1] ?? ''
        const end = new RegExp(`</${tag}>`, 'i')
        if (!end.test(line)) closing = end
      } else if (htmlOpen.test(line)) {
        closing = blankLine
      } else if (headingLine.test(line) && lineStart > blockStart) {
        blocks.push({ start: blockStart, end: lineStart })
        blockStart = lineStart
      }
    }

    lineStart = lineEnd
  }

  if (text.length > blockStart || blocks.length === 0) {
    blocks.push({ start: blockStart, end: text.length })
  }

  return {
    blocks,
    frontMatter: front?.block ?? null,
    frontMatterText: front?.yaml ?? null
  }
}

/** Whether a line may start a heading, a fence or an HTML block. */
function mayOpen(text: string, lineStart: number): boolean {
  let at = lineStart

  while (at < lineStart + 3 && text.charCodeAt(at) === 0x20) at++

  const code = text.charCodeAt(at)

  // `#`, a backtick, `~` and `<`.
  return code === 0x23 || code === 0x60 || code === 0x7e || code === 0x3c
}

function closesFence(
  line: string,
  fence: { marker: string; length: number }
): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)

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
