import { describe, expect, it } from 'vitest'
import { scanTableHead, scanTableRow } from '../../src/parse/scan-table.js'

/** The text of each cell of the row read from `line`. */
function cellTexts(line: string): string[] | null {
  const read = scanTableRow(line, { line: 1, offset: 0 })

  return (
    read?.children?.map((cell) =>
      line.slice(cell.position.start.offset, cell.position.end.offset)
    ) ?? null
  )
}

describe('scanTableRow', () => {
  it.each<[string, string[]]>([
    ['| a | b |', ['| a ', '| b |']],
    ['|a|b|', ['|a', '|b|']],
    ['| a | b |  ', ['| a ', '| b |  ']],
    ['| a | b', ['| a ', '| b']],
    ['| a | b |\u00a0', ['| a ', '| b ', '|\u00a0']],
    ['| 0 (Target: 30) | ____/10 |', ['| 0 (Target: 30) ', '| ____/10 |']],
    ['| | |', ['| ', '| |']],
    ['|||', ['|', '||']],
    ['||', ['||']],
    ['|', ['|']],
    ['|  ', ['|  ']]
  ])('cuts %j into cells at its pipes', (line, cells) => {
    expect(cellTexts(line)).toEqual(cells)
  })

  it('places the row and its cells in the block', () => {
    expect(scanTableRow('| a |b', { line: 3, offset: 10 })).toStrictEqual({
      type: 'tableRow',
      position: {
        start: { line: 3, offset: 10 },
        end: { line: 3, offset: 16 }
      },
      children: [
        {
          type: 'tableCell',
          position: {
            start: { line: 3, offset: 10 },
            end: { line: 3, offset: 14 }
          },
          children: []
        },
        {
          type: 'tableCell',
          position: {
            start: { line: 3, offset: 14 },
            end: { line: 3, offset: 16 }
          },
          children: []
        }
      ]
    })
  })

  it.each([
    ['no leading pipe', 'a | b |'],
    ['an indent', ' | a |'],
    ['an escaped pipe', '| a \\| b |'],
    ['a code span', '| `a` |'],
    ['a tab', '| a\t|']
  ])('leaves a row with %s', (_, line) => {
    expect(scanTableRow(line, { line: 1, offset: 0 })).toBeNull()
  })
})

describe('scanTableHead', () => {
  it('reads a header row whose cells the delimiter row matches', () => {
    const start = { line: 2, offset: 4 }

    expect(scanTableHead('| a | b |', '| :-- | --: |', start)).toStrictEqual({
      type: 'table',
      position: { start, end: { line: 2, offset: 13 } },
      children: [scanTableRow('| a | b |', start)]
    })
  })

  it.each([
    ['a header row without a trailing pipe', '| a | b', '|---|---|'],
    ['a delimiter row without a trailing pipe', '| a | b |', '|---|---'],
    ['a delimiter row without a leading pipe', '| a | b |', '---|---|'],
    ['fewer delimiter cells', '| a | b |', '|---|'],
    ['more delimiter cells', '| a |', '|---|---|'],
    ['an empty delimiter cell', '| a | b |', '|---||'],
    ['a lone colon', '| a |', '| : |'],
    ['two colons', '| a |', '|::|'],
    ['a space inside the dashes', '| a |', '|- -|'],
    ['an escape in the header row', '| a \\| b |', '|---|'],
    ['a header row of one pipe', '|', '|-|']
  ])('leaves %s', (_, header, delimiter) => {
    expect(scanTableHead(header, delimiter, { line: 1, offset: 0 })).toBeNull()
  })
})
