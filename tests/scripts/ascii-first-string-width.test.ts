import { createRequire } from 'node:module'
import fc from 'fast-check'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const asciiFirst = require('../../scripts/ascii-first-string-width.cjs') as (
  text: string,
  options?: object
) => number

describe('the measure bundled for yargs', () => {
  it('counts printable ASCII without string-width', () => {
    expect(asciiFirst('')).toBe(0)
    expect(asciiFirst('--cache-location')).toBe(16)
    expect(asciiFirst('[boolean]')).toBe(9)
  })

  it('measures other text as string-width does', () => {
    expect(asciiFirst('today’s')).toBe(7)
    expect(asciiFirst('⏱️ 2 hours')).toBe(10)
    expect(asciiFirst('日本')).toBe(4)
    expect(asciiFirst('\u001b[31mred\u001b[39m')).toBe(3)
    expect(asciiFirst('tab\there')).toBe(stringWidth('tab\there'))
  })

  it('agrees with string-width on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(asciiFirst(text)).toBe(stringWidth(text))
      }),
      { numRuns: 2000 }
    )
  })

  it('leaves what is not a string to string-width', () => {
    for (const value of [undefined, null, 42, ['ab']]) {
      expect(asciiFirst(value as unknown as string)).toBe(0)
    }
  })

  it('passes the options on', () => {
    const options = { ambiguousIsNarrow: false }

    expect(asciiFirst('±', options)).toBe(stringWidth('±', options))
    expect(asciiFirst('±', options)).toBe(2)
  })
})
