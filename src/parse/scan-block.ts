import type { BlockTree } from './block-tree.js'
import { delimiterLine, scanTableHead, scanTableRow } from './scan-table.js'

/** A place in the block, as micromark gives it. */
export interface Point {
  line: number
  offset: number
}

/** A node of the reduced tree, with the fields micromark's reading has. */
export interface ScannedNode {
  type: string
  position: { start: Point; end: Point }
  depth?: number
  checked?: boolean | null
  children?: ScannedNode[]
}

/** An open list and the item of it that takes nested lists. */
interface Level {
  list: ScannedNode
  bullet: number
  /** The column of the bullet; the item's content starts two further on. */
  indent: number
  item: ScannedNode
}

/** What a line is, as far as the scanner can tell. */
type Shape =
  'blank' | 'heading' | 'break' | 'item' | 'text' | 'underline' | 'unsure'

const space = 0x20
const hash = 0x23
const dash = 0x2d
const asterisk = 0x2a
const plus = 0x2b
const underscore = 0x5f
const equals = 0x3d
const bracket = 0x5b
const pipe = 0x7c

// Tabs change the columns that decide indentation; a lone CR ends a line;
// other control characters and a BOM are rare and not worth proving.
const unsureCharacter = /[\0-\t\v\f\x0e-\x1f\ufeff]|\r(?!\n)/
const headingLine = /^#{1,6}(?: |$)/
const breakLine = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/
// Setext underlines turn the paragraph above them into a heading.
const underlineLine = /^(?:=+|-+) *$/
const orderedStart = /^\d{1,9}[.)]/
const box = /^\[([ xX])\]/
// A bracket that closes on its line and is not followed by a colon cannot
// open a link reference or footnote definition.
const plainBracket = /^\[[^[\]\\]*\](?!:)/

/**
 * Reads one block of a tracker with a line scan, for blocks made only of
 * the simple lines trackers are mostly made of: ATX headings, paragraphs,
 * bullet lists of plain and task items (nested at two columns), thematic
 * breaks, blank lines and plain pipe tables (see `scanTableRow`). Gives
 * what `parseWithMicromark` gives, at a fraction of the cost.
 *
 * @param text The block's text; positions are relative to it.
 * @returns The block's tree, or null when a line has a shape the scan does
 *   not prove, and the block must go to `parseWithMicromark`.
 */
export function scanBlock(text: string): BlockTree | null {
  if (unsureCharacter.test(text)) return null

  const scanner = new BlockScanner(text)
  let start = 0
  let line = 1

  while (start < text.length) {
    const end = findLineEnd(text, start)

    if (!scanner.add(text.slice(start, end), start, line)) return null

    const newline = text.indexOf('\n', end)
    start = newline === -1 ? text.length : newline + 1
    line++
  }

  return scanner.tree as BlockTree
}

/** Where the line at `start` ends, before its line ending. */
function findLineEnd(text: string, start: number): number {
  let newline = text.indexOf('\n', start)
  if (newline === -1) newline = text.length

  // A CR before the LF belongs to the line ending, not to the line.
  return text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline
}

/**
 * Builds the tree one line at a time, keeping the lists that are open and
 * the table that is.
 */
class BlockScanner {
  tree: ScannedNode[] = []
  private levels: Level[] = []
  /** The paragraph the next text line continues, if any. */
  private paragraph: ScannedNode | null = null
  /** How many levels hold that paragraph. */
  private paragraphDepth = 0
  /** The table the next line belongs to, if any. */
  private table: ScannedNode | null = null
  /** Whether that next line is the table's delimiter row. */
  private isDelimiterNext = false

  /** @param text The whole block, to look one line ahead in. */
  constructor(private readonly text: string) {}

  /**
   * Adds a line; false when its shape or its place is not one the scan
   * proves.
   */
  add(line: string, offset: number, number: number): boolean {
    let indent = 0
    while (line.charCodeAt(indent) === space) indent++

    const shape = classify(line, indent)
    const end = { line: number, offset: offset + line.length }

    if (shape === 'blank') {
      this.paragraph = null
      this.table = null
      return true
    }

    if (this.table) return this.addTableLine(line, offset, end)

    if (indent > 0) return this.addIndented(line, shape, indent, offset, end)

    const start = { line: number, offset }

    switch (shape) {
      case 'heading':
        this.addLeaf({
          type: 'heading',
          position: { start, end },
          depth: headingLine.exec(line)?.[0].trim().length ?? 1,
          children: []
        })
        return true
      case 'break':
        // Under a paragraph, dashes are a setext underline.
        if (line.charCodeAt(0) === dash && this.paragraph) return false
        this.addLeaf({ type: 'thematicBreak', position: { start, end } })
        return true
      case 'item':
        return this.addItem(line, 0, 0, offset, end)
      case 'underline':
        if (this.paragraph) return false
        return this.addText(start, end)
      case 'text':
        if (line.charCodeAt(0) === pipe)
          return this.addPipeLine(line, start, end)
        return this.addText(start, end)
      default:
        return false
    }
  }

  /**
   * A line that starts with a pipe: the header row of a table when the next
   * line is its delimiter row, else text.
   */
  private addPipeLine(line: string, start: Point, end: Point): boolean {
    const next = this.text.indexOf('\n', end.offset) + 1
    const following =
      next === 0 ? '' : this.text.slice(next, findLineEnd(this.text, next))

    if (!delimiterLine.test(following)) return this.addText(start, end)

    // A table may interrupt a paragraph of its own, but one in a list item
    // takes the header row as a lazy line, which the scan does not follow.
    if (this.paragraph && this.paragraphDepth > 0) return false

    const table = scanTableHead(line, following, start)
    if (!table) return false

    this.addLeaf(table)
    this.table = table
    this.isDelimiterNext = true
    return true
  }

  /**
   * A line after the header row of a table and before a blank line: the
   * delimiter row, which ends the table when no body row follows, or a body
   * row. A line without a leading pipe may be a body row or may end the
   * table and start another block, so the scan leaves it.
   */
  private addTableLine(line: string, offset: number, end: Point): boolean {
    const table = this.table
    if (!table) return false

    if (this.isDelimiterNext) {
      this.isDelimiterNext = false
      table.position.end = end
      return true
    }

    const row = scanTableRow(line, { line: end.line, offset })
    if (!row) return false

    table.children?.push(row)
    table.position.end = { ...end }
    return true
  }

  /**
   * An indented line: a nested item at the content column of an open item,
   * or the continuation of an open paragraph.
   */
  private addIndented(
    line: string,
    shape: Shape,
    indent: number,
    offset: number,
    end: Point
  ): boolean {
    if (shape === 'item') {
      const depth = this.levels.findIndex(
        (level) => level.indent + 2 === indent
      )
      if (depth === -1) return false
      return this.addItem(line, indent, depth + 1, offset, end)
    }

    if (shape === 'text' && this.paragraph) {
      this.continueParagraph(end)
      return true
    }

    return false
  }

  /** A heading or thematic break: it ends the lists and the paragraph. */
  private addLeaf(node: ScannedNode): void {
    this.levels.length = 0
    this.paragraph = null
    this.tree.push(node)
  }

  /**
   * A text line at the first column: it continues the open paragraph, even
   * one in a list item (a lazy line), or starts a paragraph after the lists.
   */
  private addText(start: Point, end: Point): boolean {
    if (this.paragraph) {
      this.continueParagraph(end)
      return true
    }

    const paragraph = createParagraph(start, end)
    this.addLeaf(paragraph)
    this.paragraph = paragraph
    this.paragraphDepth = 0
    return true
  }

  private continueParagraph(end: Point): void {
    if (this.paragraph) this.paragraph.position.end = { ...end }
    this.extendLevels(this.paragraphDepth, end)
  }

  /**
   * A list item with one space after its bullet. It joins the open list at
   * its depth when the bullet is the same, else it starts a new list.
   */
  private addItem(
    line: string,
    indent: number,
    depth: number,
    offset: number,
    end: Point
  ): boolean {
    const content = readItemContent(line, indent)
    if (!content) return false

    const bullet = line.charCodeAt(indent)
    const open = this.levels[depth]
    let list = open?.list

    if (!open || open.bullet !== bullet) {
      list = {
        type: 'list',
        position: { start: { line: end.line, offset: offset + indent }, end },
        children: []
      }

      if (depth === 0) this.tree.push(list)
      else this.levels[depth - 1]?.item.children?.push(list)
    }

    if (!list) return false

    const paragraph = createParagraph(
      { line: end.line, offset: offset + indent + content.skip },
      { ...end }
    )
    const item: ScannedNode = {
      type: 'listItem',
      position: { start: { line: end.line, offset: offset + indent }, end },
      checked: content.checked,
      children: [paragraph]
    }

    list.children?.push(item)
    this.levels.length = depth
    this.levels.push({ list, bullet, indent, item })
    this.extendLevels(this.levels.length, end)
    this.paragraph = paragraph
    this.paragraphDepth = this.levels.length
    return true
  }

  /** Moves the end of the outer `count` lists and items to `end`. */
  private extendLevels(count: number, end: Point): void {
    for (let index = 0; index < count; index++) {
      const level = this.levels[index]
      if (!level) break
      level.list.position.end = { ...end }
      level.item.position.end = { ...end }
    }
  }
}

function createParagraph(start: Point, end: Point): ScannedNode {
  return { type: 'paragraph', position: { start, end }, children: [] }
}

/**
 * How far an item's paragraph starts after its bullet, and its task state;
 * null when the content is not plain text the scan proves.
 */
function readItemContent(
  line: string,
  indent: number
): { skip: number; checked: boolean | null } | null {
  const from = indent + 2

  if (line.charCodeAt(from) !== bracket) {
    return classify(line, from) === 'text' ? { skip: 2, checked: null } : null
  }

  const rest = line.slice(from)
  const check = box.exec(rest)
  const after = line.charCodeAt(from + 3)

  // A box followed by a space and some text makes a task, whose paragraph
  // starts one past the space; with nothing after the box it is no task.
  if (check && (Number.isNaN(after) || after === space)) {
    if (!/\S/.test(line.slice(from + 4))) return null
    return { skip: 6, checked: check[1] !== ' ' }
  }

  return plainBracket.test(rest) ? { skip: 2, checked: null } : null
}

/**
 * The shape of the line from `from` on, where `from` is past the indent.
 * `text` is only given where no block can start: no quote, HTML, fence,
 * table row, definition, ordered item or escape.
 */
function classify(line: string, from: number): Shape {
  if (from === line.length) return 'blank'

  const code = line.charCodeAt(from)
  const rest = from === 0 ? line : line.slice(from)

  switch (code) {
    case hash:
      return headingLine.test(rest) ? 'heading' : 'text'
    case dash:
    case asterisk:
    case underscore:
    case plus:
    case equals:
      return classifyMarker(rest, code)
    case 0x3e: // `>`
    case 0x3c: // `<`
    case bracket:
    case 0x5c: // `\`
    case space:
      return 'unsure'
    case 0x60: // `` ` ``
      return rest.startsWith('```') ? 'unsure' : 'text'
    case 0x7e: // `~`
      return rest.startsWith('~~~') ? 'unsure' : 'text'
    case 0x7c: // `|`
    case 0x3a: // `:`
      return delimiterLine.test(rest) ? 'unsure' : 'text'
    default:
      if (code >= 0x30 && code <= 0x39 && orderedStart.test(rest)) {
        return 'unsure'
      }

      return 'text'
  }
}

/** The shape of a line that starts with a bullet or break character. */
function classifyMarker(rest: string, code: number): Shape {
  if (breakLine.test(rest)) return 'break'
  if (delimiterLine.test(rest)) return 'unsure'

  if (code === dash || code === asterisk || code === plus) {
    const next = rest.charCodeAt(1)

    // An empty item, or content set off by more than one space, changes
    // where the item's content starts.
    if (Number.isNaN(next)) return 'unsure'
    if (next === space) {
      const after = rest.charCodeAt(2)
      return Number.isNaN(after) || after === space ? 'unsure' : 'item'
    }
  }

  return underlineLine.test(rest) ? 'underline' : 'text'
}
