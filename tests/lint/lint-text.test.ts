import { describe, expect, it } from 'vitest'
import { fixText } from '../../src/lint/fix-text.js'
import { lintText } from '../../src/lint/lint-text.js'
import { rules } from '../../src/lint/rule-list.js'
import { smallPlan } from '../helpers/lint-findings.js'

const text = smallPlan(
  ['Setup | ⏱️ 2 hours', 'Setup | ⏱️ 9 hours'],
  ['`setup.sh` ✓ _____', '`setup.sh` ✓ done']
)

describe('lintText', () => {
  it('gives each rule its default severity, sorted by place', () => {
    const findings = lintText(text, {
      today: '2026-12-10',
      year: 2026
    }).findings

    expect(
      findings.map((finding) => [
        `${finding.place.line}:${finding.place.column}`,
        finding.severity,
        finding.ruleId
      ])
    ).toEqual([
      ['1:1', 'warn', 'plan-hours'],
      ['3:1', 'warn', 'plan-hours'],
      ['9:1', 'info', 'done-with-open-tasks'],
      ['11:1', 'warn', 'missed-day']
    ])
  })

  it('follows configured severities, `off` included', () => {
    const findings = lintText(text, {
      today: '2026-12-10',
      year: 2026,
      rules: {
        'plan-hours': 'off',
        'missed-day': ['error'],
        'done-with-open-tasks': 'warn'
      }
    }).findings

    expect(
      findings.map((finding) => `${finding.severity} ${finding.ruleId}`)
    ).toEqual(['warn done-with-open-tasks', 'error missed-day'])
  })

  it('has rules whose ids are kebab-case and unique', () => {
    const ids = rules.map((rule) => rule.id)

    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })
})

describe('fixText', () => {
  it('leaves a text with nothing to fix as it is', () => {
    const fixed = fixText(text, {
      today: '2026-12-10',
      year: 2026,
      rules: { 'summary-stale': 'off' }
    })

    expect(fixed.text).toBe(text)
    expect(fixed.edits).toBe(0)
  })
})
