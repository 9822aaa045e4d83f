import { describe, expect, it, vi } from 'vitest'
import { fixText } from '../../src/lint/fix-text.js'
import { lintText } from '../../src/lint/lint-text.js'
import { rules } from '../../src/lint/rule-list.js'
import { LineIndex } from '../../src/parse/line-index.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { garble } from '../../src/parse/symbols.js'
import { trackerFacts } from '../../src/summary/tracker-facts.js'
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

  it('takes the model and the line index the caller read', () => {
    const garbled = garble(text, 'macintosh')
    const options = { today: '2026-12-10', year: 2026 }
    const tracker = trackerFacts(parseTracker(garbled, options))
    const lines = new LineIndex(garbled)
    const place = vi.spyOn(lines, 'place')

    const given = lintText(garbled, { ...options, tracker, lines })

    expect(given.tracker).toBe(tracker)
    expect(place).toHaveBeenCalled()
    expect(given.findings).toEqual(lintText(garbled, options).findings)
    expect(given.findings.map((finding) => finding.ruleId)).toContain(
      'mojibake'
    )
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

  it('reads the text afresh after fixes, not the model it was given', () => {
    const garbled = garble(text, 'macintosh')
    const options = { today: '2026-12-10', year: 2026 }
    const given = fixText(garbled, {
      ...options,
      tracker: trackerFacts(parseTracker(garbled, options)),
      lines: new LineIndex(garbled)
    })
    const fixed = fixText(garbled, options)

    expect(fixed.text).not.toBe(garbled)
    expect(given.text).toBe(fixed.text)
    expect(given.result.findings).toEqual(fixed.result.findings)
  })
})
