import { describe, expect, it } from 'vitest'
import { lintText } from '../../../src/lint/lint-text.js'
import { findingsOf, smallPlan } from '../../helpers/lint-findings.js'
import { seedText, seedWithProgress } from '../../helpers/tracker-texts.js'

/** The numbers of the days `missed-day` reports. */
function missedDays(text: string, today: string): number[] {
  return lintText(text, { today })
    .findings.filter((finding) => finding.ruleId === 'missed-day')
    .map((finding) => Number(/^Day (\d+)/.exec(finding.message)?.[1]))
}

describe('missed-day', () => {
  it('reports a day before today that is not complete, at its heading', () => {
    expect(
      findingsOf('missed-day', smallPlan(), { today: '2026-12-07' })
    ).toEqual([
      '3:1 Day 1 (Dec 6) was missed: 1 of 2 tasks open, deliverable not marked done'
    ])
  })

  it('names the open tasks alone for a day without a deliverable', () => {
    const text = smallPlan([
      '**Deliverable:** `setup.sh` ✓ _____  **Blockers:** ____\n',
      ''
    ])

    expect(findingsOf('missed-day', text, { today: '2026-12-07' })).toEqual([
      '3:1 Day 1 (Dec 6) was missed: 1 of 2 tasks open'
    ])
  })

  it('passes a day whose deliverable is marked done, and today itself', () => {
    const text = smallPlan(['`setup.sh` ✓ _____', '`setup.sh` ✓ done'])

    expect(findingsOf('missed-day', text, { today: '2026-12-07' })).toEqual([])
  })

  it('passes a rest day that disables the rule inside it', () => {
    const text = smallPlan([
      '**Morning (2 hours)**',
      '<!-- trackmd-disable missed-day -->\n\n**Morning (2 hours)**'
    ])

    expect(findingsOf('missed-day', text, { today: '2026-12-08' })).toEqual([
      '13:1 Day 2 (Dec 7) was missed: 1 of 1 task open, deliverable not marked done'
    ])
  })

  describe('on the seed', () => {
    it('reports exactly Days 1 to 4 on 2026-12-10', () => {
      expect(missedDays(seedText, '2026-12-10')).toEqual([1, 2, 3, 4])
    })

    it('reports none on 2026-12-06, the day of Day 1', () => {
      expect(missedDays(seedText, '2026-12-06')).toEqual([])
    })

    it('reports all 30 days on 2027-01-05', () => {
      expect(missedDays(seedText, '2027-01-05')).toEqual(
        Array.from({ length: 30 }, (_, index) => index + 1)
      )
    })

    it('reports exactly Day 4 when Days 1-3 are done and Day 4 half', () => {
      const text = seedWithProgress().replace(
        /(## DAY 4 [\s\S]*?)((?:- \[ \][^\n]*\n){5})/,
        (_, before: string, open: string) =>
          before + open.replace(/- \[ \]/g, '- [x]')
      )
      const result = lintText(text, { today: '2026-12-10' })
      const messages = result.findings
        .filter((finding) => finding.ruleId === 'missed-day')
        .map(
          (finding) =>
            `${finding.place.line}:${finding.place.column} ${finding.message}`
        )

      expect(messages).toEqual([
        '91:1 Day 4 (Dec 9) was missed: 11 of 16 tasks open, deliverable not marked done'
      ])
    })
  })
})
