import { describe, expect, it } from 'vitest'
import {
  checkNesting,
  maxIndent,
  maxNesting,
  NestingError,
  nestingErrorKind
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
    expect(() => checkNesting(text)).toThrow(new NestingError('depth'))
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

describe('checkNesting on indentation', () => {
  /** Items each indented `step` columns more, `levels` deep. */
  const ladder = (levels: number, step: number, marker = '- [ ] ') =>
    Array.from(
      { length: levels },
      (_, level) => `${' '.repeat(level * step)}${marker}t${level}`
    ).join('\n')

  it('lets list items indented as far as trackmd reads through', () => {
    expect(() => checkNesting(ladder(maxIndent / 2 + 1, 2))).not.toThrow()
    expect(() => checkNesting(`${'\t'.repeat(maxIndent / 4)}> x`)).not.toThrow()
  })

  it.each([
    ['bullets two columns apart', ladder(maxIndent / 2 + 2, 2)],
    ['ordered items three apart', ladder(maxIndent / 3 + 2, 3, '1. ')],
    ['a quote after tabs', `# Day\n${'\t'.repeat(maxIndent / 4 + 1)}> x`]
  ])('refuses %s, indented one column further', (_, text) => {
    expect(() => checkNesting(text)).toThrow(new NestingError('indent'))
  })

  it('lets lines in a fenced code block be indented any distance', () => {
    const deep = `${' '.repeat(maxIndent + 1)}- item`
    const text = [
      '- [ ] a',
      '```md',
      deep,
      '``` not a closing fence',
      deep,
      '````',
      '~~~',
      `${' '.repeat(maxIndent + 1)}> quote`,
      '~~~',
      ''
    ].join('\n')

    expect(() => checkNesting(text)).not.toThrow()
    expect(() => checkNesting(`${text}${deep}\n`)).toThrow(
      new NestingError('indent')
    )
  })

  it.each([
    ['a backtick fence with a backtick after it', '```x`'],
    ['a fence never closed, as one in a list item ends with it', '  ```']
  ])('counts the lines after %s', (_, line) => {
    const deep = `${' '.repeat(maxIndent + 1)}- item`
    expect(() => checkNesting(`- a\n${line}\n\n${deep}\n`)).toThrow(
      new NestingError('indent')
    )
  })

  it('lets code and prose be indented any distance', () => {
    const text = [
      `${' '.repeat(5000)}code`,
      `${' '.repeat(5000)}`,
      `${'\t'.repeat(2000)}-word`
    ].join('\n')

    expect(() => checkNesting(text)).not.toThrow()
  })
})

describe('nestingErrorKind', () => {
  it('knows the error here and as it comes from a worker thread', () => {
    for (const kind of ['depth', 'indent'] as const) {
      const error = new NestingError(kind)
      expect(nestingErrorKind(error)).toBe(kind)
      // A worker's error arrives as a plain RangeError with its message.
      expect(nestingErrorKind(new RangeError(error.message))).toBe(kind)
      expect(nestingErrorKind(new Error(error.message))).toBeNull()
    }
    expect(nestingErrorKind(new RangeError('Invalid array length'))).toBeNull()
  })
})
