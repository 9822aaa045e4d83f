import { describe, expect, it } from 'vitest'
import { planCookies } from '../../src/edit/cookies.js'
import { applyEdits } from '../../src/edit/edit.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { trackerFacts } from '../../src/summary/tracker-facts.js'

const today = '2026-12-07'

/** The text's model as `planCookies` reads it. */
function factsOf(text: string) {
  return trackerFacts(parseTracker(text, { today }))
}

function syncCookies(text: string): string {
  return applyEdits(text, planCookies(text, factsOf(text)))
}

describe('planCookies', () => {
  // The heading counts every task item below it, sub-tasks included.
  it('fills a percent cookie in a heading and a fraction in an item', () => {
    const text = [
      '## Day 1 - Dec 6 | Setup | ⏱️ 2 hours',
      '',
      '- [x] Install tools (20 min)',
      '',
      '## Reading list [%]',
      '',
      '- [x] Paper one',
      '- [ ] Paper two [/]',
      '  - [x] Abstract',
      '  - [x] Method',
      '  - [ ] Results',
      '- [ ] Paper three',
      ''
    ].join('\n')

    const synced = syncCookies(text)

    expect(synced).toContain('## Reading list [50%]\n')
    expect(synced).toContain('- [ ] Paper two [2/3]\n')
    expect(planCookies(synced, factsOf(synced))).toEqual([])
  })

  it('updates a filled cookie and rounds the percentage down', () => {
    const text = [
      '## Day 1 - Dec 6 | Setup [0%] | ⏱️ 2 hours',
      '',
      '- [x] One',
      '- [x] Two',
      '- [ ] Three',
      ''
    ].join('\n')

    const edits = planCookies(text, factsOf(text))

    expect(edits.map((edit) => [edit.label, edit.text])).toEqual([
      ['Cookie on line 1', '[66%]']
    ])
  })
})
