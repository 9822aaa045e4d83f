import { describe, expect, it } from 'vitest'
import { syncText } from '../../src/edit/sync-text.js'

const plan = [
  '## Day 1 - Dec 6 | A | 1 hour',
  '- [x] a',
  '',
  '## OVERALL PROJECT METRICS',
  '',
  '| Metric | Value |',
  '|---|---|',
  '| Total Days | |',
  '| Deliverables Created ||',
  '| Actual Hours |  |',
  '| Papers Read | ____ |',
  ''
].join('\n')

describe('planMetricCells', () => {
  it('fills empty cells with a space on each side, as the others have', () => {
    const { text } = syncText(plan, { today: '2026-12-03' })

    expect(text.split('\n').slice(7, 11)).toEqual([
      '| Total Days | 1 |',
      '| Deliverables Created | 0 |',
      '| Actual Hours | 0 |',
      '| Papers Read | ____ |'
    ])
    expect(syncText(text, { today: '2026-12-03' }).edits).toEqual([])
  })
})

describe('Deliverables Created', () => {
  const withDeliverables = (cell: string) =>
    [
      '## Day 1 - Dec 6',
      '**Deliverable:** `a.py` ✓ done',
      '## Day 2 - Dec 7',
      '**Deliverable:** `b.py` ✓ ____',
      '## OVERALL PROJECT METRICS',
      '| Metric | Value |',
      '|---|---|',
      `| Deliverables Created | ${cell} |`,
      ''
    ].join('\n')

  it.each([
    ['____', '1'],
    ['0', '1'],
    ['____/2', '1/2'],
    ['0/30', '1/2'],
    ['0 / 2', '1/2'],
    ['N/A', '1'],
    ['0 of 2', '1'],
    ['/', '1'],
    ['**0/2**', '1/2'],
    ['0/2 ✅', '1/2'],
    ['\\_\\_/2', '1/2']
  ])('rewrites %j as %j, a fraction when it was one', (cell, value) => {
    const { text } = syncText(withDeliverables(cell), { today: '2026-12-08' })

    expect(text.split('\n')[7]).toBe(`| Deliverables Created | ${value} |`)
    expect(syncText(text, { today: '2026-12-08' }).edits).toEqual([])
  })
})
