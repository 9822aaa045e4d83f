import { describe, expect, it } from 'vitest'
import { changedTextIncludes } from '../../src/parse/changed-text.js'

describe('changedTextIncludes', () => {
  // `ab|cd|ef|gh`: `cd` became `X\r` and `gh` became `\u00a0`, so the new
  // text is `abX\ref\u00a0`; the second stretch moved by nothing.
  const text = 'abX\ref\u00a0'
  const changes = [
    { start: 2, end: 4, length: 2 },
    { start: 6, end: 8, length: 1 }
  ]

  it('finds what a changed stretch holds, each where it now stands', () => {
    expect(changedTextIncludes(text, changes, '\r')).toBe(true)
    expect(changedTextIncludes(text, changes, '\u00a0')).toBe(true)
    expect(changedTextIncludes(text, changes, 'X')).toBe(true)
  })

  it('does not look outside the changed stretches', () => {
    expect(changedTextIncludes(text, changes, 'a')).toBe(false)
    expect(changedTextIncludes(text, changes, 'f')).toBe(false)
  })

  it('places a later stretch after an earlier one that grew', () => {
    // `ab` became `abcd`, then `e` (at 2 before) became `Z`.
    const grown = 'abcdZ'
    const later = [
      { start: 0, end: 2, length: 4 },
      { start: 2, end: 3, length: 1 }
    ]

    expect(changedTextIncludes(grown, later, 'Z')).toBe(true)
    expect(changedTextIncludes('abcdeZ', later, 'Z')).toBe(false)
  })
})
