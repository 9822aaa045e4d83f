import { describe, expect, it } from 'vitest'
import { formatStylish } from '../../src/report/format-stylish.js'
import { sampleResults } from '../helpers/sample-results.js'

describe('formatStylish', () => {
  it('groups by file, aligns columns and ends with totals', () => {
    expect(formatStylish(sampleResults)).toBe(
      [
        'tracker.md',
        '  7:1    error    Found `- []`, not read as a task: expected a checkbox  malformed-task',
        '  91:1   warning  Day 4 (Dec 9) was missed: 100%, all open               missed-day',
        '  140:3  info     Day 5 (Dec 10) has its deliverable marked done         done-with-open-tasks',
        '',
        '3 problems (1 error, 1 warning, 1 info) in 2 files',
        '1 problem can be fixed with `trackmd lint --fix`',
        ''
      ].join('\n')
    )
  })

  it('says so when there is nothing, with plurals right', () => {
    expect(formatStylish([{ ...sampleResults[1]!, findings: [] }])).toBe(
      '0 problems (0 errors, 0 warnings) in 1 file\n'
    )
  })
})
