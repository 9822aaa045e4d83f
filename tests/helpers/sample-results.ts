/** File results with one finding of each severity, for the format tests. */
import type { FileResult } from '../../src/report/file-result.js'

/** Two files: one with an error, a fixable warning and an info, one clean. */
export const sampleResults: FileResult[] = [
  {
    filePath: '/work/plans/tracker.md',
    path: 'tracker.md',
    findings: [
      {
        ruleId: 'malformed-task',
        severity: 'error',
        message: 'Found `- []`, not read as a task: expected a checkbox',
        place: { line: 7, column: 1, endLine: 7, endColumn: 5, offset: 90 },
        fix: { edits: [{ start: 90, end: 94, text: '- [ ]', label: 'Task' }] }
      },
      {
        ruleId: 'missed-day',
        severity: 'warn',
        message: 'Day 4 (Dec 9) was missed: 100%, all open',
        place: {
          line: 91,
          column: 1,
          endLine: 91,
          endColumn: 60,
          offset: 1000
        }
      },
      {
        ruleId: 'done-with-open-tasks',
        severity: 'info',
        message: 'Day 5 (Dec 10) has its deliverable marked done',
        place: {
          line: 140,
          column: 3,
          endLine: 140,
          endColumn: 50,
          offset: 2000
        }
      }
    ]
  },
  { filePath: '/work/plans/other, 2.md', path: 'other, 2.md', findings: [] }
]
