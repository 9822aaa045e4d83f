import { describe, expect, it } from 'vitest'
import { fixText } from '../../../src/lint/fix-text.js'
import { repairTask } from '../../../src/lint/rules/malformed-task.js'
import { findingsOf, smallPlan } from '../../helpers/lint-findings.js'

const broken = smallPlan([
  '- [ ] Read the guide (30 min)',
  '- [] Read the guide (30 min)\n- [ x] Take notes\n-[ ] Try it'
])

describe('malformed-task', () => {
  it('reports lines that look like tasks but are not read as tasks', () => {
    expect(findingsOf('malformed-task', broken)).toEqual([
      '7:1 Found `- [] Read the guide (30 min)`, not read as a task: expected a checkbox `[ ]` or `[x]`, found `[]`',
      '8:1 Found `- [ x] Take notes`, not read as a task: expected a checkbox `[ ]` or `[x]`, found `[ x]`',
      '9:1 Found `-[ ] Try it`, not read as a task: expected a space between `-` and the checkbox, found none'
    ])
  })

  it('passes well-formed tasks', () => {
    expect(findingsOf('malformed-task', smallPlan())).toEqual([])
  })

  it('fixes each line to the form the format reads', () => {
    expect(repairTask('- []')).toBe('- [ ]')
    expect(repairTask('- [ x] Done')).toBe('- [x] Done')
    expect(repairTask('-[ ] Open')).toBe('- [ ] Open')
    expect(repairTask('  * [X ] Nested')).toBe('  * [X] Nested')

    const fixed = fixText(broken, {
      today: '2026-12-01',
      year: 2026,
      rules: { 'summary-stale': 'off' }
    })

    expect(fixed.text).toBe(
      smallPlan([
        '- [ ] Read the guide (30 min)',
        '- [ ] Read the guide (30 min)\n- [x] Take notes\n- [ ] Try it'
      ])
    )
    expect(fixed.result.findings).toEqual([])
  })
})
