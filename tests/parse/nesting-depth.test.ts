import { describe, expect, it } from 'vitest'
import {
  checkNesting,
  isNestingError,
  maxNesting,
  NestingError
} from '../../src/parse/nesting-depth.js'

describe('checkNesting', () => {
  it.each([
    ['quotes', '>'.repeat(maxNesting) + ' hi\n'],
    ['spaced quotes', '> '.repeat(maxNesting) + 'hi\n'],
    ['bullets', '- '.repeat(maxNesting) + 'x\n'],
    ['ordered items', '1. '.repeat(maxNesting) + 'x\n'],
    ['quotes and items', '> * '.repeat(maxNesting / 2) + 'x\n']
  ])('lets %s nested as deep as trackmd reads through', (_, text) => {
    expect(() => checkNesting(text)).not.toThrow()
  })

  it.each([
    ['quotes', '>'.repeat(maxNesting + 1) + ' hi\n'],
    ['spaced quotes', ' > '.repeat(maxNesting + 1) + 'hi\n'],
    ['bullets', '+\t'.repeat(maxNesting + 1) + 'x\n'],
    ['ordered items', '12) '.repeat(maxNesting + 1) + 'x\n'],
    ['quotes and items', '>- '.repeat(maxNesting / 2 + 1) + 'x\n'],
    ['markers alone', '- '.repeat(maxNesting) + '-'],
    ['a later line', `# Day\n\n- [ ] ok\n${'>'.repeat(maxNesting + 1)}\n`]
  ])('refuses %s nested one level deeper', (_, text) => {
    expect(() => checkNesting(text)).toThrow(NestingError)
  })

  it('counts no marker after a line starts its content', () => {
    const text = [
      // Dashes without a space are a word, not a marker.
      '-'.repeat(5000),
      `Text ${'> '.repeat(5000)}`,
      `- [ ] ${'- '.repeat(5000)}`,
      `${'1234567890. '.repeat(2000)}`
    ].join('\n')

    expect(() => checkNesting(text)).not.toThrow()
  })
})

describe('isNestingError', () => {
  it('knows the error here and as it comes from a worker thread', () => {
    expect(isNestingError(new NestingError())).toBe(true)
    // A worker's error arrives as a plain RangeError with its message.
    expect(isNestingError(new RangeError(new NestingError().message))).toBe(
      true
    )
    expect(isNestingError(new RangeError('Invalid array length'))).toBe(false)
    expect(isNestingError(new Error(new NestingError().message))).toBe(false)
  })
})
