import { describe, expect, it } from 'vitest'
import { formatGithub } from '../../src/report/format-github.js'
import { sampleResults } from '../helpers/sample-results.js'

describe('formatGithub', () => {
  it('writes one workflow command per finding, escaped', () => {
    expect(formatGithub(sampleResults).split('\n')).toEqual([
      '::error file=tracker.md,line=7,col=1,endLine=7,endColumn=5,title=malformed-task::Found `- []`, not read as a task: expected a checkbox',
      '::warning file=tracker.md,line=91,col=1,endLine=91,endColumn=60,title=missed-day::Day 4 (Dec 9) was missed: 100%25, all open',
      '::notice file=tracker.md,line=140,col=3,endLine=140,endColumn=50,title=done-with-open-tasks::Day 5 (Dec 10) has its deliverable marked done',
      ''
    ])
  })

  it('escapes commas and colons in the file name', () => {
    const results = [
      {
        ...sampleResults[1]!,
        findings: sampleResults[0]!.findings.slice(0, 1)
      }
    ]

    expect(formatGithub(results)).toContain('file=other%2C 2.md,')
  })

  it('writes nothing for clean files', () => {
    expect(formatGithub([sampleResults[1]!])).toBe('')
  })
})
