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
