import { describe, expect, it } from 'vitest'
import { findingsOf, smallPlan } from '../../helpers/lint-findings.js'
import { seedText } from '../../helpers/tracker-texts.js'

describe('field-value', () => {
  it('reports a score, hours, rating, date and day date that cannot be used', () => {
    const text = smallPlan(
      ['## Day 2 - Dec 7', '## Day 2 - Dex 7'],
      [
        '**Week 1 Score:** ____ / 100 | **Actual Hours:** ____ (Goal: 5)',
        '**Week 1 Score:** 120 / 100 | **Actual Hours:** lots (Goal: 5)\n\n' +
          '# Reflection\n\n**Project Start Date:** someday\n\n' +
          '**Skills Self-Assessment (1-10)**\n- PyTorch Mastery: 12'
      ]
    )

    expect(findingsOf('field-value', text)).toEqual([
      '11:1 Could not read `Dex 7`: expected a date such as `Dec 8` or `2026-12-08`, found `Dex 7`',
      '18:19 Week 1 Score is `120`, expected a number from 0 to 100',
      '18:49 Week 1 Actual Hours is `lots`, expected a number of at least 0',
      '22:25 Project Start Date is `someday`, expected a date such as `2026-12-06` or `Dec 6, 2026`',
      '25:20 Rating `PyTorch Mastery` is `12`, expected a number from 1 to 10'
    ])
  })

  it('passes blanks and values that fit', () => {
    const text = smallPlan([
      '**Week 1 Score:** ____ / 100 | **Actual Hours:** ____ (Goal: 5)',
      '**Week 1 Score:** 85 / 100 | **Actual Hours:** 4.5 (Goal: 5)'
    ])

    expect(findingsOf('field-value', text)).toEqual([])
    expect(findingsOf('field-value', seedText)).toEqual([])
  })
})
