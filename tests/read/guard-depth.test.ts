import { describe, expect, it } from 'vitest'
import { NestingError } from '../../src/parse/nesting-depth.js'
import { guardDepth } from '../../src/read/guard-depth.js'
import { TrackerFileError } from '../../src/read/tracker-file-error.js'

/** The error a guarded parse that throws `error` gives, or null. */
async function caught(error: Error): Promise<unknown> {
  return guardDepth('plan.md', () => {
    throw error
  }).then(
    () => null,
    (thrown: unknown) => thrown
  )
}

describe('guardDepth', () => {
  it('gives what the parse gives', async () => {
    expect(await guardDepth('plan.md', () => 3)).toBe(3)
    expect(await guardDepth('plan.md', () => Promise.resolve(4))).toBe(4)
  })

  it('turns running out of stack into TOO_DEEP, however it is thrown', async () => {
    const outOfStack = [
      new RangeError('Maximum call stack size exceeded'),
      // What V8 throws when a regular expression is first compiled with
      // too little stack left.
      new SyntaxError(
        'Invalid regular expression: /^(\\*\\*|__)([^*\\n]+?)\\1\\s*$/: ' +
          'Maximum call stack size exceeded'
      ),
      new SyntaxError('Invalid regular expression: /(a|b)+/g: Stack overflow'),
      // Refused before micromark reads it.
      new NestingError('depth')
    ]

    for (const error of outOfStack) {
      const thrown = await caught(error)
      expect(thrown).toBeInstanceOf(TrackerFileError)
      expect((thrown as TrackerFileError).code).toBe('TOO_DEEP')
      expect((thrown as TrackerFileError).message).toBe(
        'plan.md: expected quotes and lists nested at most 1,000 levels ' +
          'deep, found deeper nesting than trackmd can read'
      )
    }
  })

  it('says when list items are indented too far', async () => {
    const thrown = await caught(new NestingError('indent'))

    expect(thrown).toBeInstanceOf(TrackerFileError)
    expect((thrown as TrackerFileError).code).toBe('TOO_DEEP')
    expect((thrown as TrackerFileError).message).toBe(
      'plan.md: expected list items and quotes indented at most 800 ' +
        'columns, found one indented further'
    )
  })

  it('passes any other error on', async () => {
    const other = [
      new RangeError('Invalid array length'),
      new SyntaxError('Unexpected token'),
      new TypeError('Maximum call stack size exceeded, said nobody')
    ]

    for (const error of other) expect(await caught(error)).toBe(error)
  })
})
