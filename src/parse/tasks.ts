import type { List, ListItem, Nodes, Paragraph } from 'mdast'
import type { Cookie, Task, Unparsed } from '../model.js'
import type { LineIndex } from './line-index.js'
import { lineSpans } from './line-spans.js'
import { parseMinutes } from './minutes.js'

/** The text of one block and where it stands in the file. */
export interface Source {
  /** The whole file, with non-breaking spaces read as spaces. */
  text: string
  lines: LineIndex
  /** Offset of the block in the file: mdast offsets are relative to it. */
  base: number
}

/** The offsets of a node in the file. */
export function offsets(node: Nodes, source: Source): [number, number] {
  return [
    source.base + (node.position?.start.offset ?? 0),
    source.base + (node.position?.end.offset ?? 0)
  ]
}

/** What a list holds: its tasks and the items that only look like tasks. */
export interface ListContents {
  tasks: Task[]
  /** Items that are not tasks, for ratings: their first lines. */
  plain: Array<{ text: string; start: number; end: number }>
  /** Statistics cookies in the items, counting the tasks nested in each. */
  cookies: Cookie[]
  /** Offsets of the items' paragraph lines after their first. */
  laterLines: Array<[number, number]>
  unparsed: Unparsed[]
}

/** A statistics cookie: `[/]`, `[2/5]`, `[%]` or `[40%]`. */
export const cookiePattern = /\[(?:\d*\/\d*|\d*%)\]/g

/**
 * Inline syntax whose brackets are no cookie: code spans, HTML tags, link
 * destinations and titles, and escaped brackets.
 */
const notCookieText = /(`+)[^`]*?\1|<[^>\n]*>|\]\([^)\n]*\)|\\\[/g

/**
 * The statistics cookies typed in a line, `[/]`, `[2/5]`, `[%]` or `[40%]`,
 * counting the given tasks. Brackets in code, HTML, links or escaped are
 * text; so is a filled cookie with no tasks below it (`part [1/2] of the
 * notes`), while an empty one (`[/]`) was asked for and always counts.
 *
 * @param text The line.
 * @param offset The line's offset in the file.
 * @param tasks The tasks the cookies count.
 * @param source The block the line stands in.
 */
export function findCookies(
  text: string,
  offset: number,
  tasks: Task[],
  source: Source
): Cookie[] {
  // Every cookie has a bracket, and most lines none: skip the regexes.
  if (!text.includes('[')) return []

  // Blanked with spaces of the same length, so offsets stay true.
  const plain = text.replace(notCookieText, (match) => ' '.repeat(match.length))
  const found: Cookie[] = []

  for (const match of plain.matchAll(cookiePattern)) {
    const isLinkText = /^[([]/.test(plain.slice(match.index + match[0].length))
    const isFilled = /\d/.test(match[0])

    if (isLinkText || (isFilled && tasks.length === 0)) continue

    found.push({
      kind: match[0].includes('%') ? 'percent' : 'fraction',
      place: source.lines.place(
        offset + match.index,
        offset + match.index + match[0].length
      ),
      tasks: {
        done: tasks.filter((task) => task.done).length,
        total: tasks.length
      }
    })
  }

  return found
}

/**
 * Collects the task items of a list, nested ones included, each once.
 *
 * @param list The list node.
 * @param source The block it stands in.
 * @param depth The nesting depth of the list's own items.
 */
export function readList(list: List, source: Source, depth = 0): ListContents {
  const contents: ListContents = {
    tasks: [],
    plain: [],
    cookies: [],
    laterLines: [],
    unparsed: []
  }

  for (const item of list.children) {
    readItem(item, source, depth, contents)
  }

  return contents
}

function readItem(
  item: ListItem,
  source: Source,
  depth: number,
  contents: ListContents
): void {
  const [itemStart] = offsets(item, source)
  const first = item.children[0]
  const firstLine = first?.type === 'paragraph' ? lineOf(first, source) : null

  if (item.checked !== null && item.checked !== undefined && firstLine) {
    const box = findBox(source.text, itemStart)
    const task = box ? lineAfterBox(source.text, box.end) : firstLine
    const [boxStart, boxEnd] = box
      ? [box.start, box.end]
      : [firstLine.start, firstLine.start]

    contents.tasks.push({
      text: task.text,
      done: item.checked,
      minutes: parseMinutes(task.text),
      depth,
      checkbox: source.lines.place(boxStart, boxEnd),
      place: source.lines.place(itemStart, task.end)
    })
  } else if (firstLine) {
    const problem = malformedBox(firstLine.text)

    if (problem) {
      contents.unparsed.push({
        kind: 'task',
        reason: problem,
        text: firstLine.text,
        place: source.lines.place(itemStart, firstLine.end)
      })
    } else {
      contents.plain.push(firstLine)
    }
  }

  const below: Task[] = []

  for (const child of item.children) {
    if (child.type === 'list') {
      const nested = readList(child, source, depth + 1)
      below.push(...nested.tasks)
      contents.tasks.push(...nested.tasks)
      contents.cookies.push(...nested.cookies)
      contents.laterLines.push(...nested.laterLines)
      contents.unparsed.push(...nested.unparsed)
    } else if (child.type === 'paragraph') {
      contents.unparsed.push(...malformedLines(child, source, child === first))
      contents.laterLines.push(...laterLinesOf(child, source))
    }
  }

  // Without a bracket the line has neither a leading box nor a cookie.
  if (firstLine?.text.includes('[')) {
    // `[/]` at the very start of an item is a task state, not a cookie.
    const line = firstLine.text.replace(leadingBox, (box) =>
      ' '.repeat(box.length)
    )

    contents.cookies.push(...findCookies(line, firstLine.start, below, source))
  }
}

// GFM takes a tab or a line ending inside the box as well as a space.
const bulletAndBox = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(\[(?:[ \txX]|\r\n?|\n)\])/

/**
 * Where a task item's checkbox stands, read from the item's own line: the
 * paragraph after the box starts past it only when plain text follows it
 * (remark-gfm leaves it at the `[` before code, a link or emphasis), so
 * the paragraph cannot tell. Null if not found.
 */
function findBox(
  text: string,
  itemStart: number
): { start: number; end: number } | null {
  const match = bulletAndBox.exec(text.slice(itemStart, itemStart + 32))
  if (!match) return null

  const end = itemStart + match[0].length
  return { start: end - (match[1]?.length ?? 0), end }
}

/** The text after a checkbox to the end of its line, without the spaces. */
function lineAfterBox(
  text: string,
  boxEnd: number
): { text: string; start: number; end: number } {
  let start = boxEnd

  while (text[start] === ' ' || text[start] === '\t') start++

  const newline = text.indexOf('\n', start)
  const line = text.slice(start, newline === -1 ? text.length : newline)
  const typed = line.replace(/\r$/, '').trimEnd()

  return { text: typed, start, end: start + typed.length }
}

/** The lines of a paragraph after its first, as offsets. */
function laterLinesOf(
  paragraph: Paragraph,
  source: Source
): Array<[number, number]> {
  const [start, end] = offsets(paragraph, source)

  return lineSpans(source.text, start, end).slice(1)
}

/** The first line of a paragraph, as typed. */
function lineOf(
  paragraph: Paragraph,
  source: Source
): { text: string; start: number; end: number } {
  const [start, end] = offsets(paragraph, source)
  const newline = source.text.indexOf('\n', start)
  const lineEnd = newline === -1 || newline > end ? end : newline
  const text = source.text.slice(start, lineEnd).replace(/\r$/, '').trimEnd()

  return { text, start, end: start + text.length }
}

/**
 * Why an item's text that starts with brackets is not a task, or null.
 * GFM wants exactly `[ ]`, `[x]` or `[X]`, then a space and some text.
 */
function malformedBox(text: string): string | null {
  const box = leadingBox.exec(text)
  if (!box) return null

  const inside = box[1] ?? ''
  if (inside !== ' ' && inside.toLowerCase() !== 'x') {
    return `expected a checkbox \`[ ]\` or \`[x]\`, found \`[${inside}]\``
  }

  if (box[2] === '') return 'expected text after the checkbox, found none'

  return `expected a space after \`[${inside}]\`, found \`${box[2]}\``
}

/**
 * Brackets at the start of an item that were meant as a checkbox: spaces
 * and an `x` in the wrong places (`[]`, `[ x]`), or one symbol that other
 * tools use for a task's state (`[/]`, `[-]`, `[>]`, `[✓]`).
 */
const leadingBox = /^\[(\s*[xX]?\s*|[^\p{L}\p{N}\s\]]\uFE0F?)\](.?)/u

const strayTaskLine = /^\s{0,3}((?:[-*+]|\d+[.)])?)(\[[ xX]?\s*[xX]?\])/

/**
 * Lines of a paragraph that look like tasks but were read as text, such as
 * `-[ ] Read` (no space after the bullet) or `[ ] Read` (no bullet).
 *
 * @param paragraph The paragraph.
 * @param source The block it stands in.
 * @param skipFirst Whether its first line is a list item's (checked there).
 */
export function malformedLines(
  paragraph: Paragraph,
  source: Source,
  skipFirst = false
): Unparsed[] {
  const [start, end] = offsets(paragraph, source)
  const found: Unparsed[] = []
  let lineStart = start

  // A stray task line has a bracket, and most paragraphs none. (A search
  // of the whole text from `start` could run far past `end`.)
  const typed = source.text.slice(start, end)
  if (!typed.includes('[')) return found

  for (const raw of typed.split('\n')) {
    const line = raw.replace(/\r$/, '')
    const match = strayTaskLine.exec(line)

    if (match && !(skipFirst && lineStart === start)) {
      const marker = match[1] ?? ''
      const reason = marker
        ? `expected a space between \`${marker}\` and the checkbox, found none`
        : 'expected a list marker such as `- ` before the checkbox, found none'

      found.push({
        kind: 'task',
        reason,
        text: line.trim(),
        place: source.lines.place(lineStart, lineStart + line.length)
      })
    }

    lineStart += raw.length + 1
  }

  return found
}
