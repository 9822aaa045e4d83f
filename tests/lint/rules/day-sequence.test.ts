import { describe, expect, it } from 'vitest'
import { findingsOf, smallPlan } from '../../helpers/lint-findings.js'
import { seedText } from '../../helpers/tracker-texts.js'

describe('day-sequence', () => {
  it('reports a skipped number, a date out of order and a day outside its week', () => {
    const text = smallPlan(['## Day 2 - Dec 7', '## Day 3 - Dec 5'])

    expect(findingsOf('day-sequence', text)).toEqual([
      '11:1 Found Day 3 after Day 1, expected Day 2',
      '11:1 Day 3 (Dec 5) is dated on or before Day 1 (Dec 6), expected a date after Dec 6',
      '11:1 Found Day 3 under Week 1 (Days 1-2), expected a day from 1 to 2'
    ])
  })

  it('passes days in order inside their week', () => {
    expect(findingsOf('day-sequence', smallPlan())).toEqual([])
    expect(findingsOf('day-sequence', seedText)).toEqual([])
  })
})
