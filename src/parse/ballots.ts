import type { Ballot, BallotOption } from '../model.js'
import { readField, readText } from './fields.js'
import type { LineIndex } from './line-index.js'
import { ballotBox, chosenBox, emptyBox } from './symbols.js'

const boxPattern = new RegExp(`(${emptyBox})|(${chosenBox})|\\[( |x|X)\\]`, 'g')
const emptyPattern = new RegExp(`^(?:${emptyBox})$`)
const ballotBoxPattern = new RegExp(ballotBox)
const detailPattern = /\(([^():]+):([^()]*)\)\s*$/

/**
 * Reads a line of ballot boxes, `☐ On Track  ☐ Behind (days behind: ___)`,
 * or returns null when the line is not one: it needs two boxes or more,
 * ballot boxes (`☐`, `☑`, `☒`) or brackets (`[ ]`, `[x]`), so that prose
 * with a stray check mark is left alone.
 *
 * @param text The whole file.
 * @param start Offset of the line.
 * @param end Offset of the line's end, before its line ending.
 * @param label The bold label the ballot stands under.
 * @param lines The file's line index.
 */
export function readBallot(
  text: string,
  start: number,
  end: number,
  label: string,
  lines: LineIndex
): Ballot | null {
  const line = text.slice(start, end)
  const boxes = [...line.matchAll(boxPattern)]
  // Two `[ ]` boxes on a line outside a list are a ballot written with
  // brackets; a stray check mark in prose is not.
  const isBallot =
    boxes.some((box) => ballotBoxPattern.test(box[0])) ||
    boxes.every((box) => box[0].startsWith('['))

  if (boxes.length < 2 || !isBallot) return null

  const options: BallotOption[] = boxes.map((box, index) => {
    const boxStart = start + box.index
    const boxEnd = boxStart + box[0].length
    const next = boxes[index + 1]
    const optionEnd = next ? start + next.index : end
    const optionText = text.slice(boxEnd, optionEnd)
    const detail = detailPattern.exec(optionText)
    const labelText = detail ? optionText.slice(0, detail.index) : optionText

    return {
      label: labelText.trim(),
      chosen: isChosen(box[0]),
      box: lines.place(boxStart, boxEnd),
      detail: detail
        ? {
            label: (detail[1] ?? '').trim(),
            field: readField(
              text,
              boxEnd + detail.index + 1 + (detail[1] ?? '').length + 1,
              boxEnd + detail.index + detail[0].trimEnd().length - 1,
              lines,
              readText
            )
          }
        : null
    }
  })

  return { label, options, place: lines.place(start, end) }
}

function isChosen(box: string): boolean {
  if (box.startsWith('[')) return box !== '[ ]'

  return !emptyPattern.test(box)
}
