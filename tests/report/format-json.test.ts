import { describe, expect, it } from 'vitest'
import { formatJson } from '../../src/report/format-json.js'
import { sampleResults } from '../helpers/sample-results.js'

describe('formatJson', () => {
  it('prints ESLint’s JSON shape, field by field', () => {
    const output = formatJson(sampleResults)
    const parsed = JSON.parse(output) as unknown[]

    expect(output.endsWith('\n')).toBe(true)
    expect(parsed).toHaveLength(2)
    expect(parsed[0]).toEqual({
      filePath: '/work/plans/tracker.md',
      messages: [
        {
          ruleId: 'malformed-task',
          severity: 2,
          message: 'Found `- []`, not read as a task: expected a checkbox',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 5
        },
        {
          ruleId: 'missed-day',
          severity: 1,
          message: 'Day 4 (Dec 9) was missed: 100%, all open',
          line: 91,
          column: 1,
          endLine: 91,
          endColumn: 60
        },
        {
          ruleId: 'done-with-open-tasks',
          severity: 0,
          message: 'Day 5 (Dec 10) has its deliverable marked done',
          line: 140,
          column: 3,
          endLine: 140,
          endColumn: 50
        }
      ],
      errorCount: 1,
      warningCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 0
    })
    expect(parsed[1]).toEqual({
      filePath: '/work/plans/other, 2.md',
      messages: [],
      errorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0
    })
  })
})
