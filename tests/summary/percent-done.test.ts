import { describe, expect, it } from 'vitest'
import { percentDone } from '../../src/summary/percent-done.js'

describe('percentDone', () => {
  it('rounds down, so that a share short of all is never 100', () => {
    expect(percentDone({ done: 3, total: 14 })).toBe(21)
    expect(percentDone({ done: 249, total: 250 })).toBe(99)
    expect(percentDone({ done: 4, total: 4 })).toBe(100)
  })

  it('gives 0 for 0 of 0', () => {
    expect(percentDone({ done: 0, total: 0 })).toBe(0)
  })
})
