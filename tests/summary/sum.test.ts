import { describe, expect, it } from 'vitest'
import { sum, sumKnown } from '../../src/summary/sum.js'

describe('sum and sumKnown', () => {
  it('adds numbers, and known numbers only', () => {
    expect(sum([])).toBe(0)
    expect(sum([1, 2, 3])).toBe(6)
    expect(sumKnown([null, 2, null, 5])).toBe(7)
    expect(sumKnown([null, null])).toBeNull()
    expect(sumKnown([0])).toBe(0)
  })
})
