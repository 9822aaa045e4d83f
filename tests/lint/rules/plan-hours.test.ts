import { describe, expect, it } from 'vitest'
import { findingsOf, smallPlan } from '../../helpers/lint-findings.js'
import { seedText } from '../../helpers/tracker-texts.js'

describe('plan-hours', () => {
  it('reports a day whose hours differ from its sections', () => {
    const text = smallPlan(['Setup | ⏱️ 2 hours', 'Setup | ⏱️ 4 hours'])

    expect(findingsOf('plan-hours', text)).toEqual([
      '1:1 Week 1 states a total of 5 hours, expected 7, the sum of its days',
      '3:1 Day 1 states 4 hours, expected 2, the sum of its sections'
    ])
  })

  it('passes hours that add up', () => {
    expect(findingsOf('plan-hours', smallPlan())).toEqual([])
  })

  it('allows a difference up to the `tolerance` option', () => {
    const text = smallPlan(['Total: 5 Hours', 'Total: 5.5 Hours'])

    expect(
      findingsOf('plan-hours', text, {
        rules: { 'plan-hours': ['warn', { tolerance: 0.5 }] }
      })
    ).toEqual([])
  })

  it('reports weeks 2, 3 and 4 of the seed with both numbers, and Day 4', () => {
    expect(findingsOf('plan-hours', seedText)).toEqual([
      '91:1 Day 4 states 5 hours, expected 5.5, the sum of its sections',
      '157:1 Week 2 states a total of 51 hours, expected 55, the sum of its days',
      '388:1 Week 3 states a total of 50 hours, expected 56, the sum of its days',
      '602:1 Week 4 states a total of 42 hours, expected 54, the sum of its days'
    ])
  })
})
