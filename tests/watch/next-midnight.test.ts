import { describe, expect, it } from 'vitest'
import { untilNextMidnight } from '../../src/watch/next-midnight.js'

describe('untilNextMidnight', () => {
  it('counts to the next local midnight', () => {
    expect(untilNextMidnight(new Date(2026, 11, 10, 23, 59, 59, 500))).toBe(500)
    expect(untilNextMidnight(new Date(2026, 11, 10, 12, 0, 0, 0))).toBe(
      12 * 60 * 60 * 1000
    )
  })

  it('counts a whole day from midnight itself', () => {
    const midnight = new Date(2026, 11, 31, 0, 0, 0, 0)
    const next = new Date(midnight.getTime() + untilNextMidnight(midnight))

    expect([next.getFullYear(), next.getMonth(), next.getDate()]).toEqual([
      2027, 0, 1
    ])
    expect([next.getHours(), next.getMinutes()]).toEqual([0, 0])
  })
})
