import { describe, expect, it } from 'vitest'
import {
  ballotBox,
  checkMark,
  chosenBox,
  emptyBox,
  garble,
  garbledDecoration
} from '../../src/parse/symbols.js'

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'u')

describe('garble', () => {
  it('gives the Mac Roman forms found in the garbled seed', () => {
    expect(garble('✓', 'macintosh')).toBe('‚úì')
    expect(garble('☐', 'macintosh')).toBe('‚òê')
    expect(garble('⏱️', 'macintosh')).toBe('‚è±Ô∏è')
    expect(garble('β', 'macintosh')).toBe('Œ≤')
    expect(garble('plain', 'macintosh')).toBe('plain')
  })
})

describe('symbol patterns', () => {
  it('match the intact and the garbled check marks', () => {
    for (const mark of ['✓', '‚úì', '✔', '☑', '✅']) {
      expect(whole(checkMark).test(mark)).toBe(true)
    }
    expect(whole(checkMark).test('x')).toBe(false)
  })

  it('tell empty boxes from chosen ones', () => {
    for (const box of ['☐', '‚òê', garble('☐', 'windows-1252')]) {
      expect(whole(emptyBox).test(box)).toBe(true)
      expect(whole(ballotBox).test(box)).toBe(true)
      expect(whole(chosenBox).test(box)).toBe(false)
    }
    for (const box of ['☑', '☒', '✓', garble('☑', 'macintosh')]) {
      expect(whole(chosenBox).test(box)).toBe(true)
      expect(whole(emptyBox).test(box)).toBe(false)
    }
  })

  it('match heading decoration garbled, and leave intact pictographs', () => {
    for (const encoding of ['macintosh', 'windows-1252'] as const) {
      for (const symbol of ['⏱️', '✅', '🎉', '📅']) {
        const garbled = garble(symbol, encoding)
        expect(whole(`(?:${garbledDecoration})+`).test(garbled)).toBe(true)
      }
    }
    expect(whole(`(?:${garbledDecoration})+`).test('✅')).toBe(false)
  })
})
