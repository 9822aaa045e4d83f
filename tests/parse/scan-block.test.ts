import fc from 'fast-check'
import { readdirSync } from 'node:fs'
import { sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import { parseWithMicromark } from '../../src/parse/block-tree.js'
import { scanBlock } from '../../src/parse/scan-block.js'
import { splitBlocks } from '../../src/parse/split-blocks.js'
import { fixture } from './helpers.js'

/** The blocks of a tracker, read as `prepareText` reads them. */
function blocksOf(text: string): string[] {
  const normal = text.replace(/\u00a0/g, ' ')

  return splitBlocks(normal).blocks.map((block) =>
    normal.slice(block.start, block.end)
  )
}

/** The Markdown files under fixtures/, relative to it. */
function fixturePaths(): string[] {
  const folder = fileURLToPath(new URL('../../fixtures/', import.meta.url))

  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .map((path) => path.split(sep).join('/'))
    .sort()
}

/** Whether the scan leaves the block, or gives exactly micromark's tree. */
function agrees(text: string): boolean {
  const scanned = scanBlock(text)
  return (
    scanned === null || isDeepStrictEqual(scanned, parseWithMicromark(text))
  )
}

type Place = [line: number, offset: number]

function position(start: Place, end: Place) {
  return {
    start: { line: start[0], offset: start[1] },
    end: { line: end[0], offset: end[1] }
  }
}

function heading(depth: number, start: Place, end: Place) {
  return {
    type: 'heading',
    position: position(start, end),
    depth,
    children: []
  }
}

function paragraph(start: Place, end: Place) {
  return { type: 'paragraph', position: position(start, end), children: [] }
}

function thematicBreak(start: Place, end: Place) {
  return { type: 'thematicBreak', position: position(start, end) }
}

function list(start: Place, end: Place, children: unknown[]) {
  return { type: 'list', position: position(start, end), children }
}

function item(
  start: Place,
  end: Place,
  checked: boolean | null,
  children: unknown[]
) {
  return { type: 'listItem', position: position(start, end), checked, children }
}

/**
 * An item whose one paragraph runs from `skip` past the item's start to the
 * item's end.
 */
function simpleItem(
  start: Place,
  end: Place,
  checked: boolean | null,
  skip = checked === null ? 2 : 6
) {
  return item(start, end, checked, [
    paragraph([start[0], start[1] + skip], end)
  ])
}

function table(start: Place, end: Place, rows: unknown[]) {
  return { type: 'table', position: position(start, end), children: rows }
}

/** A table row on one line, from `from` to `to`, cut at `cells`. */
function row(line: number, from: number, to: number, cells: number[]) {
  const bounds = [from, ...cells, to]

  return {
    type: 'tableRow',
    position: position([line, from], [line, to]),
    children: bounds.slice(0, -1).map((start, index) => ({
      type: 'tableCell',
      position: position([line, start], [line, bounds[index + 1] ?? to]),
      children: []
    }))
  }
}

// Each rule the scan follows, with the tree written out, so that a change
// in micromark shows here as well as in the comparisons below.
const rules: Array<[rule: string, text: string, tree: unknown[]]> = [
  [
    'a heading with its depth and closing sequence',
    '## DAY 1 - Dec 6 | Tensors ##\n',
    [heading(2, [1, 0], [1, 29])]
  ],
  ['a heading with no text', '#', [heading(1, [1, 0], [1, 1])]],
  ['a hash with no space as text', '#hashtag', [paragraph([1, 0], [1, 8])]],
  [
    'a task, its paragraph starting past the box',
    '- [ ] Read (20 min)\n',
    [list([1, 0], [1, 19], [simpleItem([1, 0], [1, 19], false)])]
  ],
  [
    'boxes with a small or capital x as checked',
    '* [x] a\n+ [X] b',
    [
      list([1, 0], [1, 7], [simpleItem([1, 0], [1, 7], true)]),
      list([2, 8], [2, 15], [simpleItem([2, 8], [2, 15], true)])
    ]
  ],
  [
    // remark-gfm skips one whitespace character after the box, not all.
    'a task with two spaces after the box',
    '- [ ]  a',
    [list([1, 0], [1, 8], [simpleItem([1, 0], [1, 8], false)])]
  ],
  [
    'other brackets as plain items',
    '- [/] x\n- [ ]x',
    [
      list(
        [1, 0],
        [2, 14],
        [simpleItem([1, 0], [1, 7], null), simpleItem([2, 8], [2, 14], null)]
      )
    ]
  ],
  [
    'an item that interrupts a paragraph',
    '**Morning Study (2 hours)**\n- a',
    [
      paragraph([1, 0], [1, 27]),
      list([2, 28], [2, 31], [simpleItem([2, 28], [2, 31], null)])
    ]
  ],
  [
    'lazy and indented lines that continue an item',
    '- a\nmore\n  and more',
    [
      list(
        [1, 0],
        [3, 19],
        [item([1, 0], [3, 19], null, [paragraph([1, 2], [3, 19])])]
      )
    ]
  ],
  [
    'one list over a blank line while the bullet stays',
    '- a\n\n- b\n\n',
    [
      list(
        [1, 0],
        [3, 8],
        [simpleItem([1, 0], [1, 3], null), simpleItem([3, 5], [3, 8], null)]
      )
    ]
  ],
  [
    'a new list at another bullet',
    '- a\n* b',
    [
      list([1, 0], [1, 3], [simpleItem([1, 0], [1, 3], null)]),
      list([2, 4], [2, 7], [simpleItem([2, 4], [2, 7], null)])
    ]
  ],
  [
    'the end of a list at an unindented line after a blank one',
    '- a\n\nText  \n',
    [
      list([1, 0], [1, 3], [simpleItem([1, 0], [1, 3], null)]),
      paragraph([3, 5], [3, 11])
    ]
  ],
  [
    'an item nested at the content column of the one above',
    '- a\n  - [ ] b\n- c',
    [
      list(
        [1, 0],
        [3, 17],
        [
          item([1, 0], [2, 13], null, [
            paragraph([1, 2], [1, 3]),
            list([2, 6], [2, 13], [simpleItem([2, 6], [2, 13], false)])
          ]),
          simpleItem([3, 14], [3, 17], null)
        ]
      )
    ]
  ],
  [
    'thematic breaks after a blank line or under a paragraph',
    '---\n\n* * *  \nText\n___',
    [
      thematicBreak([1, 0], [1, 3]),
      thematicBreak([3, 5], [3, 12]),
      paragraph([4, 13], [4, 17]),
      thematicBreak([5, 18], [5, 21])
    ]
  ],
  [
    'a CR before a LF, counted in offsets but not in line ends',
    '# H\r\n\r\n- [ ] x\r\n',
    [
      heading(1, [1, 0], [1, 3]),
      list([3, 7], [3, 14], [simpleItem([3, 7], [3, 14], false)])
    ]
  ],
  [
    'a table, each cell from its pipe to the next and the last to the end',
    '| Metric | Value |\n|--------|-------|\n' +
      '| Total Days | 30 |\n| Rating | ____/10 |\n',
    [
      table(
        [1, 0],
        [4, 78],
        [row(1, 0, 18, [9]), row(3, 38, 57, [51]), row(4, 58, 78, [67])]
      )
    ]
  ],
  [
    'alignments and trailing spaces, kept by the last cell and the row',
    '| a | b |  \n| :-- | --: |  \n| c | d |  ',
    [table([1, 0], [3, 39], [row(1, 0, 11, [4]), row(3, 28, 39, [32])])]
  ],
  [
    'body rows with fewer or more cells than the header, as they are',
    '| a | b |\n|:-:|---|\n| c |\n| d | e | f\n|',
    [
      table(
        [1, 0],
        [5, 39],
        [
          row(1, 0, 9, [4]),
          row(3, 20, 25, []),
          row(4, 26, 37, [30, 34]),
          row(5, 38, 39, [])
        ]
      )
    ]
  ],
  [
    'a table without body rows, ending with its delimiter row',
    '| a |\n|---|  \n',
    [table([1, 0], [2, 13], [row(1, 0, 5, [])])]
  ],
  [
    'a table that interrupts a paragraph',
    'Text  \n| a |\n|---|\n| b |',
    [
      paragraph([1, 0], [1, 6]),
      table([2, 7], [4, 24], [row(2, 7, 12, []), row(4, 19, 24, [])])
    ]
  ],
  [
    'the end of a table at a blank line, before a paragraph with pipes',
    '| a |\r\n|---|\r\n\r\nx | y\r\n',
    [table([1, 0], [2, 12], [row(1, 0, 5, [])]), paragraph([4, 16], [4, 21])]
  ],
  [
    'a table after a list and a blank line, which ends the list',
    '- a\n\n| b |\n|---|',
    [
      list([1, 0], [1, 3], [simpleItem([1, 0], [1, 3], null)]),
      table([3, 5], [4, 16], [row(3, 5, 10, [])])
    ]
  ]
]

describe('scanBlock', () => {
  it.each(rules)('reads %s', (_, text, tree) => {
    expect(scanBlock(text)).toStrictEqual(tree)
    expect(parseWithMicromark(text)).toStrictEqual(tree)
  })

  it.each([
    ['a tab', '- [ ]\tRead'],
    ['a lone CR', 'a\rb'],
    ['a quote', '> - [ ] a'],
    ['HTML', '<!-- trackmd-disable -->'],
    ['a fence', '```\n- [ ] a\n```'],
    ['an escaped pipe in a header row', '| a \\| b |\n|---|'],
    ['a code span in a body row', '| a |\n|---|\n| `a|b` |'],
    ['a header row without a leading pipe', 'a | b |\n|---|---|'],
    ['a header row without a trailing pipe', '| a | b\n|---|---|'],
    ['a delimiter row without outer pipes', '| a | b |\n---|---'],
    ['a header and delimiter row that disagree', '| a | b |\n|---|'],
    ['a line without a leading pipe after a table', '| a |\n|---|\nmore'],
    ['a heading right after a table', '| a |\n|---|\n# H'],
    ['an indented body row', '| a |\n|---|\n  | b |'],
    ['an indented table', ' | a |\n |---|'],
    ['a table in a list item', '- a\n\n  | b |\n  |---|'],
    ['a header row as a lazy line of an item', '- a\n| b |\n|---|'],
    ['a header row of one pipe', '|\n|-|'],
    ['a header row of two pipes', '||\n|-|'],
    ['a delimiter row with no header row above', '|---|\n| a |'],
    ['a setext underline of dashes', 'Title\n---'],
    ['a setext underline of equals signs', 'Title\n==='],
    ['an ordered item', '1. a'],
    ['a definition', '[a]: https://example.com'],
    ['a footnote definition', '[^1]: note'],
    ['an empty item', '- '],
    ['a box at the end of the line', '- [ ]\nlazy'],
    ['a box with only a space after it', '- [x] '],
    ['indented code', '    code'],
    ['an indented item', ' - a'],
    ['an item at an odd column', '- a\n   - b'],
    ['two spaces after a bullet', '-  a'],
    ['an escape at the start of a line', '\\- a'],
    ['a second paragraph in an item', '- a\n\n  b']
  ])('leaves %s to micromark', (_, text) => {
    expect(scanBlock(text)).toBeNull()
  })

  it.each([
    ['code', '- [ ] `code` (5 min)'],
    ['a URL', '- [x] https://example.com'],
    ['a mailto link', '- [ ] mailto:me@example.com'],
    ['an address', '- [ ] me@example.com (5 min)'],
    ['a link', '* [X] [docs](https://example.com) (5 min)'],
    ['emphasis after two spaces', '- [ ]  *Read* (5 min)']
  ])('reads a task whose text opens with %s', (_, text) => {
    const line = text.length

    expect(scanBlock(text)).toStrictEqual([
      {
        type: 'list',
        position: {
          start: { line: 1, offset: 0 },
          end: { line: 1, offset: line }
        },
        children: [
          {
            type: 'listItem',
            position: {
              start: { line: 1, offset: 0 },
              end: { line: 1, offset: line }
            },
            checked: text[3] !== ' ',
            children: [
              {
                type: 'paragraph',
                // One past the space after the box, whatever follows.
                position: {
                  start: { line: 1, offset: 6 },
                  end: { line: 1, offset: line }
                },
                children: []
              }
            ]
          }
        ]
      }
    ])
    expect(scanBlock(text)).toStrictEqual(parseWithMicromark(text))
  })

  it('gives what parseWithMicromark gives for random blocks', () => {
    let handled = 0
    let tables = 0
    // For a longer run outside the suite, set SCAN_BLOCK_RUNS=100000.
    const runs = Number(process.env.SCAN_BLOCK_RUNS ?? 3000)

    fc.assert(
      fc.property(blockArbitrary(), (text) => {
        const scanned = scanBlock(text)
        if (scanned === null) return true

        handled++
        if (scanned.some((node) => node.type === 'table')) tables++
        expect(scanned).toStrictEqual(parseWithMicromark(text))
        return true
      }),
      { numRuns: runs }
    )

    // The grammar mostly gives lines the scan reads, tables among them, so
    // that the property is not only about bailing out.
    expect(handled).toBeGreaterThan(runs / 10)
    expect(tables).toBeGreaterThan(runs / 10)
  })

  it.each(fixturePaths())(
    'gives what parseWithMicromark gives for the blocks of %s',
    (path) => {
      for (const text of blocksOf(fixture(path))) {
        expect(agrees(text)).toBe(true)
      }
    }
  )

  it('reads every block of the seed, the metrics table too', () => {
    const blocks = blocksOf(fixture('seed/tracker.md'))
    const left = blocks.filter((text) => scanBlock(text) === null)
    const days = blocks.filter((text) => text.startsWith('## DAY'))
    const tables = blocks.filter((text) =>
      scanBlock(text)?.some((node) => node.type === 'table')
    )

    expect(blocks).toHaveLength(49)
    expect(days).toHaveLength(30)
    // Day 19's `- [ ] Split: …` is plain text: no autolink starts so.
    expect(left).toEqual([])
    expect(tables.map((text) => text.split('\n')[0])).toEqual([
      '## OVERALL PROJECT METRICS'
    ])
  })

  it('reads every block of a generated tracker, the table too', () => {
    const blocks = blocksOf(generateTracker(60).text)
    const left = blocks.filter((text) => scanBlock(text) === null)
    const tables = blocks.filter((text) =>
      scanBlock(text)?.some((node) => node.type === 'table')
    )

    for (const text of blocks) expect(agrees(text)).toBe(true)
    expect(blocks).toHaveLength(86)
    expect(left).toEqual([])
    expect(tables).toHaveLength(1)
    expect(tables[0]).toMatch(/^## OVERALL PROJECT METRICS/)
  })
})

/** Blocks from the line shapes of trackers and the ones around them. */
function blockArbitrary(): fc.Arbitrary<string> {
  const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '\t')
  const bullet = fc.constantFrom('-', '*', '+')
  const box = fc.constantFrom(
    '[ ] ',
    '[x] ',
    '[X] ',
    '[/] ',
    '[ ]  ',
    '[ ]\u00a0',
    '[x]:',
    '[]',
    ''
  )
  const plainWord = fc.constantFrom(
    'Read',
    'notes',
    '(20 min)',
    '✓',
    '____',
    '😀',
    '|',
    '#5',
    '=',
    '-x',
    '+',
    '2026',
    '\u00a0'
  )
  const inlineWord = fc.constantFrom(
    '`code`',
    '**bold**',
    '*em*',
    '_em_',
    '[link](u)',
    'https://a.b',
    'www.a.com',
    'a@b.co',
    '<b>',
    '&amp;',
    '\\',
    '\\*',
    'Split:',
    '1.',
    '[^1]',
    '~~s~~'
  )
  const words = fc
    .array(fc.oneof({ arbitrary: plainWord, weight: 3 }, inlineWord), {
      minLength: 1,
      maxLength: 4
    })
    .map((each) => each.join(' '))
  const trailing = fc.constantFrom('', '', ' ', '  ')
  const common = fc.oneof(
    fc
      .tuple(indent, bullet, box, words, trailing)
      .map((parts) => `${parts[0]}${parts[1]} ${parts.slice(2).join('')}`),
    words.map((text) => `**${text} (2 hours)**`),
    fc.tuple(indent, words, trailing).map((parts) => parts.join('')),
    fc.constantFrom(
      ...['', '', '', '  ', '# H', '## H #', '#', '###### H'],
      ...['---', '***', '___', '* * *', '===']
    )
  )
  const rare = fc.constantFrom(
    ...['---', '***', '___', '===', '- - -', '* * *', '--', '=', '-', '----'],
    ...['- ', '-  a', '- [ ]', '- [x] ', '- # a', '- > a', '- 1. a', '- ***'],
    ...['| a | b |', '|---|---|', '| - |', 'a | b', '--- | ---', ':--'],
    ...['> quote', '```', '~~~', '<!-- c -->', '<div>', '[a]: /u', '[^1]: x'],
    ...['1. item', '2) item', '\\# x', '  \t', '####### x', ' ---', '  ===']
  )
  const line = fc.oneof(
    { arbitrary: common, weight: 10 },
    { arbitrary: rare, weight: 1 }
  )
  // The lines around the metrics table of a tracker, which the scan reads,
  // for blocks that are mostly tables.
  const calm = fc.constantFrom(
    ...['', '', '**Final Status:**', '  ☐ On Track  ☐ Behind', '- [ ] Read'],
    ...['Text', '# H', '---', '**Start:** ____  |  **End:** ____', '| x']
  )
  // A piece is one line, or the lines of a table.
  const piece = fc.oneof(
    { arbitrary: line.map((text) => [text]), weight: 4 },
    { arbitrary: tableArbitrary(), weight: 1 }
  )
  const calmPiece = fc.oneof(
    { arbitrary: calm.map((text) => [text]), weight: 1 },
    { arbitrary: tableArbitrary(), weight: 1 }
  )
  const ending = fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\r\n')
  const length = { minLength: 1, maxLength: 10 }
  const pieces = fc.oneof(
    fc.array(fc.tuple(piece, ending), length),
    fc.array(fc.tuple(calmPiece, ending), length)
  )

  return fc
    .tuple(fc.boolean(), pieces, fc.boolean())
    .map(([hasHeading, parts, isEnded]) => {
      const body = parts
        .map(([lines, end]) => lines.map((text) => text + end).join(''))
        .join('')
      const text = (hasHeading ? '## DAY 1 - Dec 6 | x\n' : '') + body
      return isEnded ? text : text.replace(/\r?\n$/, '')
    })
}

/**
 * The lines of a pipe table: a header row, a delimiter row and body rows.
 * Most tables have the plain shape the scan reads; the rest now and then
 * have an escape, a code span, a tab, a missing outer pipe, an indent, a
 * cell count that differs from the header's or a line that is no row.
 */
function tableArbitrary(): fc.Arbitrary<string[]> {
  return fc.oneof(
    { arbitrary: tableOf(false), weight: 3 },
    { arbitrary: tableOf(true), weight: 2 }
  )
}

/** Tables with odd lines and cells now and then, or with none. */
function tableOf(hasOdd: boolean): fc.Arbitrary<string[]> {
  // One of `plain`, or in a table with odd parts, now and then one of them.
  const pick = <T>(plain: T[], ...odd: T[][]): fc.Arbitrary<T> =>
    hasOdd
      ? fc.oneof(
          { arbitrary: fc.constantFrom(...plain), weight: 8 * odd.length },
          ...odd.map((each) => ({
            arbitrary: fc.constantFrom(...each),
            weight: 1
          }))
        )
      : fc.constantFrom(...plain)
  const cell = pick(
    ['Metric', 'Total Days', '30', '0', '____', '____/10', '0/4', ''],
    ['0 (Target: 30)', ' ', 'a  b', '\u00a0', '-', '---', ':-', '✓'],
    ['[x]', '- [ ] a', '# x', '> q', '<b>', '*', '1.', '~~~', '[^1]:'],
    ['\\|', '\\', '`code`', '`a|b`', '\t', 'a|b']
  )
  const delimiterCell = pick(
    ['---', '--------', ':--', '--:', ':-:', '-', ' --- ', ' :---: '],
    ['', ':', '::', '- -', 'x', '\t-']
  )
  const pad = fc.constantFrom('', ' ', ' ', ' ', '  ')
  const lead = pick(['|'], ['', ' |', '  |', '    |', '\\|'])
  const trail = pick(['|', '|', '|', '| ', '|  '], ['', ' ', '|\u00a0'])
  const rowOf = (cells: fc.Arbitrary<string>, count: number) =>
    fc
      .tuple(
        lead,
        fc.array(fc.tuple(pad, cells, pad), {
          minLength: count,
          maxLength: count
        }),
        trail
      )
      .map(
        ([start, parts, end]) =>
          start + parts.map((part) => part.join('')).join('|') + end
      )
  // The number of cells in a row: the header's, or one fewer or more.
  const near = (count: number) =>
    pick([count], [Math.max(count - 1, 1), count + 1])
  // Lines among the body rows: a blank line that ends the table, so that
  // the rows after it start a paragraph or another table, or lines that
  // may end it or be a row.
  const other = fc.constantFrom(
    ...['', 'more text', '# H', '- a', '---', ' | x |', '|---|---|'],
    ...['x | y', '> | a |', '  - | a |']
  )
  // Trackers set tables off with blank lines; without one, a table follows
  // a paragraph or runs into the next line.
  const gap = fc.constantFrom([''], [''], [''], [])

  return fc.integer({ min: 1, max: 4 }).chain((count) => {
    const row = near(count).chain((size) => rowOf(cell, size))
    const bodyRow = hasOdd
      ? fc.oneof({ arbitrary: row, weight: 8 }, { arbitrary: other, weight: 1 })
      : row

    return fc
      .tuple(
        gap,
        rowOf(cell, count),
        near(count).chain((size) => rowOf(delimiterCell, size)),
        fc.array(bodyRow, { maxLength: 5 }),
        gap
      )
      .map(([before, header, delimiter, rows, after]) => [
        ...before,
        header,
        delimiter,
        ...rows,
        ...after
      ])
  })
}
