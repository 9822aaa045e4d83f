import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeAgain, type DecodedAgain } from '../../src/read/decode-again.js'
import { decodeText, type DecodeResult } from '../../src/read/decode-text.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

/** The bytes with `[start, start + cut)` replaced by `insert`. */
function splice(
  bytes: Uint8Array,
  start: number,
  cut: number,
  insert: Uint8Array
): Uint8Array {
  const at = Math.min(start, bytes.length)
  const end = Math.min(at + cut, bytes.length)
  return Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(end)])
}

/**
 * The result without where it changed, to compare with `decodeText`'s;
 * checking first that the change it names, made to the earlier text,
 * gives its text.
 */
function checked(result: DecodedAgain): DecodeResult {
  if (!result.ok) return result

  const { since, ...decoded } = result
  const rebuilt = (since?.changes ?? []).reduceRight(
    (text, change) =>
      text.slice(0, change.start) +
      result.text.slice(change.start, change.start + change.length) +
      text.slice(change.end),
    since?.text ?? ''
  )
  expect(rebuilt).toBe(result.text)
  return decoded
}

describe('decodeAgain', () => {
  it('reuses the shared ends around a changed character', () => {
    const before = '\uFEFF# Plan ⏱️\n- [ ] 😀 task (5 min)\n✓ done\n'
    const after = before.replace('😀', '🚀')

    const at = before.indexOf('😀')

    expect(
      decodeAgain({ text: before, bytes: encode(before) }, encode(after))
    ).toEqual({
      ok: true,
      text: after,
      since: { text: before, changes: [{ start: at, end: at + 2, length: 2 }] }
    })
  })

  it('gives the earlier text itself for the same bytes', () => {
    const text = 'Día 1 ✓\n'
    const result = decodeAgain({ text, bytes: encode(text) }, encode(text))

    expect(result).toEqual({ ok: true, text, since: { text, changes: [] } })
  })

  it('finds a NUL and a bad sequence in the middle as a whole decode does', () => {
    const text = 'ab✓cd'.repeat(10)
    const bytes = encode(text)

    expect(
      decodeAgain({ text, bytes }, splice(bytes, 21, 1, Uint8Array.of(0)))
    ).toEqual({ ok: false, problem: 'binary', offset: 21 })
    // The second byte of a `✓` cut away leaves a sequence cut short.
    expect(
      decodeAgain({ text, bytes }, splice(bytes, 3, 1, new Uint8Array()))
    ).toEqual({ ok: false, problem: 'not-utf8' })
  })

  it('reads large texts in stretches and at any alignment', () => {
    const line = '- [ ] Task ⏱️ 😀 (10 min) día\n'
    const text = line.repeat(12_000)
    // A view that starts one byte into its buffer, as a pooled one may.
    const padded = encode(` ${text}`).subarray(1)
    const at = padded.length - 70_000
    const edited = splice(padded, at, 3, encode('x'))
    const expected = decodeText(edited)

    expect(expected.ok).toBe(true)
    expect(checked(decodeAgain({ text, bytes: padded }, edited))).toEqual(
      expected
    )
  })

  it('gives what a whole decode gives for any edit of the bytes', () => {
    const piece = fc.constantFrom(
      'a',
      '\n',
      '✓',
      '⏱️',
      '😀',
      '\uFEFF',
      'é',
      '\u0000',
      '\r\n'
    )
    const text = fc
      .array(piece, { maxLength: 60 })
      .map((pieces) => pieces.join('').replaceAll('\u0000', ''))

    fc.assert(
      fc.property(
        text,
        fc.nat(400),
        fc.nat(8),
        fc.oneof(
          fc.uint8Array({ maxLength: 6 }),
          fc
            .array(piece, { maxLength: 4 })
            .map((pieces) => encode(pieces.join('')))
        ),
        (before, start, cut, insert) => {
          const bytes = encode(before)
          const after = splice(bytes, start, cut, insert)

          expect(checked(decodeAgain({ text: before, bytes }, after))).toEqual(
            decodeText(after)
          )
        }
      ),
      { numRuns: 2000 }
    )
  })
})
