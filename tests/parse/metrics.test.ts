import type { Table } from 'mdast'
import { describe, expect, it } from 'vitest'
import { LineIndex } from '../../src/parse/line-index.js'
import { parseMarkdown } from '../../src/parse/markdown.js'
import { readMetrics, splitRow } from '../../src/parse/metrics.js'
import { at } from './helpers.js'

function cells(row: string): string[] {
  return splitRow(row, 0, row.length).map(([start, end]) =>
    row.slice(start, end)
  )
}

describe('splitRow', () => {
  it('splits a row at its pipes, dropping the outer empty cells', () => {
    expect(cells('| Total Days | 30 |')).toEqual([' Total Days ', ' 30 '])
    expect(cells('Total Days | 30')).toEqual(['Total Days ', ' 30'])
  })

  it('keeps an empty value cell', () => {
    expect(cells('| Papers Read |  |')).toEqual([' Papers Read ', '  '])
  })

  it('does not split at escaped pipes or pipes in code', () => {
    expect(cells('| a \\| b | `x|y` |')).toEqual([' a \\| b ', ' `x|y` '])
  })
})

describe('readMetrics', () => {
  const text = [
    '| Metric | Value |',
    '|--------|-------|',
    '| Total Days | 30 |',
    '| Actual Hours | ____ |',
    '| Papers Read |  |',
    '| Week 1 Hours | ____ (Target: 30) |',
    '| Overall Project Rating | 7/10 |'
  ].join('\n')

  it('reads each row: name, value text and the value place', () => {
    const table = parseMarkdown(text).children[0] as Table
    const metrics = readMetrics(table, {
      text,
      lines: new LineIndex(text),
      base: 0
    })

    expect(
      metrics.rows.map((row) => [
        row.name,
        row.value.text,
        row.value.value,
        row.place.start.line
      ])
    ).toEqual([
      ['Total Days', '30', '30', 3],
      ['Actual Hours', '', null, 4],
      ['Papers Read', '', null, 5],
      ['Week 1 Hours', '(Target: 30)', '(Target: 30)', 6],
      ['Overall Project Rating', '7/10', '7/10', 7]
    ])
    expect(at(text, metrics.rows[0]!.value.place)).toBe('30')
    expect(at(text, metrics.rows[1]!.value.place)).toBe('____')
    const empty = metrics.rows[2]!.value.place
    expect(empty.start.line).toBe(5)
    // The empty cell's place lies between its two pipes.
    expect(empty.start.column).toBeGreaterThan(15)
    expect(empty.end.column).toBeLessThanOrEqual(18)
    expect(metrics.place.start.line).toBe(1)
    expect(metrics.place.end.line).toBe(7)
  })
})
