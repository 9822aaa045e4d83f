import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/lint/lint-text.js'
import { smallPlan } from '../helpers/lint-findings.js'

/** Findings as `line:column rule-id`. */
function found(text: string, today = '2026-12-10'): string[] {
  return lintText(text, { today, year: 2026 }).findings.map(
    (finding) =>
      `${finding.place.line}:${finding.place.column} ${finding.ruleId}`
  )
}

const wrongHours = smallPlan(
  ['Setup | ⏱️ 2 hours', 'Setup | ⏱️ 9 hours'],
  ['Practice | ⏱️ 3 hours', 'Practice | ⏱️ 9 hours']
)

describe('inline control comments', () => {
  it('reports every finding without comments', () => {
    expect(found(wrongHours)).toEqual([
      '1:1 plan-hours',
      '3:1 missed-day',
      '3:1 plan-hours',
      '11:1 missed-day',
      '11:1 plan-hours'
    ])
  })

  it('silences a rule between disable and enable outside days', () => {
    const text = `<!-- trackmd-disable plan-hours -->\n\n${wrongHours.replace(
      '## Day 2',
      '<!-- trackmd-enable plan-hours -->\n\n## Day 2'
    )}`

    expect(found(text)).toEqual([
      '5:1 missed-day',
      '15:1 missed-day',
      '15:1 plan-hours'
    ])
  })

  it('silences a rule over the whole day when disabled inside it', () => {
    const text = wrongHours.replace(
      '**Morning (2 hours)**',
      '<!-- trackmd-disable missed-day, plan-hours -->\n\n**Morning (2 hours)**'
    )

    expect(found(text)).toEqual([
      '1:1 plan-hours',
      '13:1 missed-day',
      '13:1 plan-hours'
    ])
  })

  it('silences every rule when no rule is named, until the end', () => {
    const text = wrongHours.replace(
      '## Day 1',
      '<!-- trackmd-disable -->\n\n## Day 1'
    )

    expect(found(text)).toEqual(['1:1 plan-hours'])
  })

  it('takes no comment shown inside code as a control', () => {
    const fenced = wrongHours.replace(
      '**Morning (2 hours)**',
      '```md\n<!-- trackmd-disable missed-day -->\n```\n\n**Morning (2 hours)**'
    )
    const inline = wrongHours.replace(
      '**Morning (2 hours)**',
      'Write `<!-- trackmd-disable missed-day -->` to rest.\n\n' +
        '**Morning (2 hours)**'
    )

    expect(
      found(fenced).filter((entry) => entry.endsWith('missed-day'))
    ).toHaveLength(2)
    expect(
      found(inline).filter((entry) => entry.endsWith('missed-day'))
    ).toHaveLength(2)
  })
})
