import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { syncText } from '../../../src/edit/sync-text.js'
import { fixText } from '../../../src/lint/fix-text.js'
import { findGarbled } from '../../../src/lint/rules/mojibake.js'
import { garble } from '../../../src/parse/symbols.js'
import { findingsOf, smallPlan } from '../../helpers/lint-findings.js'
import { repositoryRoot } from '../../helpers/run-main.js'
import { seedText } from '../../helpers/tracker-texts.js'

const garbledSeed = readFileSync(
  path.join(repositoryRoot, 'fixtures', 'seed-mojibake', 'tracker.md'),
  'utf8'
)

describe('mojibake', () => {
  it('reports the first garbled spot with what it should read', () => {
    const text = garble(smallPlan(), 'macintosh')

    expect(findingsOf('mojibake', text)).toEqual([
      '3:28 Found `‚è±Ô∏è`, UTF-8 read as Mac Roman, expected `⏱️` (and 3 more in the file)'
    ])
  })

  it('reads Windows-1252 garbling too', () => {
    const text = smallPlan(['Setup', 'Setup â€” cafÃ©'])

    expect(findingsOf('mojibake', text)).toEqual([
      '3:26 Found `â€”`, UTF-8 read as Windows-1252, expected `—` (and 1 more in the file)'
    ])
  })

  it('passes intact text, accents and symbols included', () => {
    expect(findingsOf('mojibake', smallPlan(['Setup', 'Café ✓ Ω']))).toEqual([])
    expect(findingsOf('mojibake', seedText)).toEqual([])
  })

  it('finds every garbled spot of the fixture, and repairs it to the seed', () => {
    const spots = findGarbled(garbledSeed)

    expect(spots).toHaveLength(126)
    expect(findingsOf('mojibake', garbledSeed)[0]).toBe(
      '10:64 Found `‚è±Ô∏è`, UTF-8 read as Mac Roman, expected `⏱️` (and 125 more in the file)'
    )
  })

  it('fixes the garbled seed into the bytes sync makes of the seed', () => {
    for (const today of ['2026-12-06', '2026-12-10', '2027-01-05']) {
      const fixed = fixText(garbledSeed, { today })

      expect(fixed.text).toBe(syncText(seedText, { today }).text)
    }
  })
})
