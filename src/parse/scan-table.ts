import type { Point, ScannedNode } from './scan-block.js'

const pipe = 0x7c
const space = 0x20

/**
 * A line of only pipes, colons, dashes and spaces, with at least one pipe
 * or colon: the shape of a table's delimiter row, which turns the line
 * above it into a header row.
 */
export const delimiterLine = /^[|:\- ]*[|:][|:\- ]*$/

// One cell of a delimiter row: dashes, with a colon on either side for the
// alignment. An empty cell or a lone colon makes no table.
const delimiterCell = /^ *:?-+:? *$/
// A backslash can escape a pipe so that it splits no cell, and code spans
// are a common place to meet one; rows with either are left to micromark
// rather than proven. Tabs would be whitespace at the cell edges.
const unsureRow = /[\\`\t]/

/**
 * Reads the header row of a table, given the delimiter row under it.
 *
 * Only the plain shape is read: both rows start at the first column, start
 * and end with a pipe, and have the same number of cells.
 *
 * @param header The header row, without its line ending.
 * @param delimiter The line after it, without its line ending.
 * @param start Where the header row starts.
 * @returns The table with its header row as its one child, ending where the
 *   header row ends, or null when the two lines are not that shape.
 */
export function scanTableHead(
  header: string,
  delimiter: string,
  start: Point
): ScannedNode | null {
  const row = scanTableRow(header, start)
  const count = countDelimiterCells(delimiter)

  // A header row needs a cell between two pipes: a lone pipe makes none.
  if (!row || !endsWithPipe(header) || !hasTwoPipes(header)) return null
  if (count !== row.children?.length) return null

  return {
    type: 'table',
    position: { start: { ...start }, end: { ...row.position.end } },
    children: [row]
  }
}

/**
 * Reads a row of a table: a header row or a body row.
 *
 * Micromark starts each cell at the pipe before it and ends it where the
 * next cell starts, so the pipe and the spaces around the text belong to
 * the cell. The last cell runs to the end of the row, trailing pipe and
 * spaces included; a row that does not end with a pipe has a cell after its
 * last pipe instead. A row keeps the cells it has, more or fewer than the
 * header's, and a row of one pipe has one cell.
 *
 * @param line The row, without its line ending.
 * @param start Where the row starts.
 * @returns The row, or null when it does not start with a pipe or holds a
 *   backslash, a backtick or a tab.
 */
export function scanTableRow(line: string, start: Point): ScannedNode | null {
  if (line.charCodeAt(0) !== pipe || unsureRow.test(line)) return null

  const pipes: number[] = []
  let index = line.indexOf('|')

  while (index !== -1) {
    pipes.push(index)
    index = line.indexOf('|', index + 1)
  }

  // A trailing pipe closes the last cell rather than opening one.
  if (endsWithPipe(line) && pipes.length > 1) pipes.pop()

  const cells = pipes.map((from, at): ScannedNode => {
    const to = pipes[at + 1] ?? line.length

    return {
      type: 'tableCell',
      position: {
        start: { line: start.line, offset: start.offset + from },
        end: { line: start.line, offset: start.offset + to }
      },
      children: []
    }
  })
  const end = { line: start.line, offset: start.offset + line.length }

  return {
    type: 'tableRow',
    position: { start: { ...start }, end },
    children: cells
  }
}

/**
 * How many cells a delimiter row has, or null when it is not one that
 * starts and ends with a pipe and has only well-formed cells.
 */
function countDelimiterCells(line: string): number | null {
  if (line.charCodeAt(0) !== pipe || !endsWithPipe(line)) return null
  if (!hasTwoPipes(line)) return null

  const cells = line.slice(1, findContentEnd(line) - 1).split('|')

  return cells.every((cell) => delimiterCell.test(cell)) ? cells.length : null
}

/** Whether the last character but trailing spaces is a pipe. */
function endsWithPipe(line: string): boolean {
  return line.charCodeAt(findContentEnd(line) - 1) === pipe
}

/**
 * Where the line ends without its trailing spaces. Only the space counts:
 * to micromark, a no-break space is text.
 */
function findContentEnd(line: string): number {
  let end = line.length
  while (line.charCodeAt(end - 1) === space) end--
  return end
}

function hasTwoPipes(line: string): boolean {
  return line.indexOf('|') !== line.lastIndexOf('|')
}
