import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { syncText } from '../../../src/edit/sync-text.js'
import { fixText } from '../../../src/lint/fix-text.js'
import { findGarbled } from '../../../src/lint/rules/mojibake.js'
import { garble, garblingEncodings } from '../../../src/parse/symbols.js'
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

  it('chooses the encoding that explains the most characters', () => {
    // Two garbled euro signs side by side make one Mac Roman spot, while
    // Windows-1252 reads two shorter spots into them.
    const text = garble('Paid €€ (5 min)', 'macintosh')

    expect(findGarbled(text)).toEqual([
      {
        start: 5,
        end: 11,
        found: '‚Ç¨‚Ç¨',
        repaired: '€€',
        encoding: 'macintosh'
      }
    ])
  })

  it('repairs garbled text wherever it stands among intact symbols', () => {
    // Intact text next to garbled text, with symbols that no garbling
    // makes. Each meant symbol garbles the same way in one encoding only
    // (`é` does not: `Ã©` also reads as Mac Roman).
    const intact = ['a', ' ', '\n', '⏱️', '✓', '🎯', 'ｘ']
    const meant = ['✓', '—', '⏱️', '🎯', '→', '½', '€']

    fc.assert(
      fc.property(
        fc.constantFrom(...garblingEncodings),
        fc.array(
          fc.oneof(
            fc.constantFrom(...intact).map((text) => ({ text, meant: text })),
            fc.constantFrom(...meant).map((text) => ({ text, meant: null }))
          ),
          { maxLength: 30 }
        ),
        (encoding, parts) => {
          const text = parts
            .map((part) => part.meant ?? garble(part.text, encoding))
            .join('')
          const expected = parts.map((part) => part.text).join('')

          let repaired = text
          for (const spot of findGarbled(text).reverse()) {
            repaired =
              repaired.slice(0, spot.start) +
              spot.repaired +
              repaired.slice(spot.end)
          }

          expect(repaired).toBe(expected)
        }
      ),
      { numRuns: 500 }
    )
  })

  it('fixes the garbled seed into the bytes sync makes of the seed', () => {
    for (const today of ['2026-12-06', '2026-12-10', '2027-01-05']) {
      const fixed = fixText(garbledSeed, { today })

      expect(fixed.text).toBe(syncText(seedText, { today }).text)
    }
  })
})
