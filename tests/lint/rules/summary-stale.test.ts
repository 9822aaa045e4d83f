import { describe, expect, it } from 'vitest'
import { syncText } from '../../../src/edit/sync-text.js'
import { fixText } from '../../../src/lint/fix-text.js'
import { findingsOf, smallPlan } from '../../helpers/lint-findings.js'

const withCookie = smallPlan([
  '- [ ] Write code (60 min)',
  '- [ ] Write code (60 min) [/]\n  - [x] Parse\n  - [ ] Print'
])

describe('summary-stale', () => {
  it('reports a computed cell that differs from what sync writes', () => {
    expect(findingsOf('summary-stale', withCookie)).toEqual([
      '14:27 Cookie on line 14 reads `[/]`, expected `[1/2]`'
    ])
  })

  it('passes a synced file', () => {
    const synced = syncText(withCookie, { today: '2026-12-10', year: 2026 })

    expect(findingsOf('summary-stale', synced.text)).toEqual([])
  })

  it('is fixed by syncing', () => {
    const fixed = fixText(withCookie, { today: '2026-12-10', year: 2026 })

    expect(fixed.text).toBe(
      syncText(withCookie, { today: '2026-12-10', year: 2026 }).text
    )
  })
})
