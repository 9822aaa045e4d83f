import { describe, expect, it } from 'vitest'
import { findingsOf, smallPlan } from '../../helpers/lint-findings.js'

describe('done-with-open-tasks', () => {
  it('reports a deliverable marked done while tasks are open', () => {
    const text = smallPlan(['`setup.sh` ✓ _____', '`setup.sh` ✓ done'])

    expect(findingsOf('done-with-open-tasks', text)).toEqual([
      '9:1 Day 1 (Dec 6) has its deliverable marked done with 1 of 2 tasks open'
    ])
  })

  it('passes a done deliverable whose tasks are all ticked', () => {
    const text = smallPlan(
      ['`setup.sh` ✓ _____', '`setup.sh` ✓ done'],
      ['- [ ] Read the guide', '- [x] Read the guide']
    )

    expect(findingsOf('done-with-open-tasks', text)).toEqual([])
  })
})
