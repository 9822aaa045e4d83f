import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyEdits, type Edit } from '../../src/edit/edit.js'
import { encodeEdits } from '../../src/edit/encode-edits.js'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('encodeEdits', () => {
  it('encodes the edits and copies the bytes around them', () => {
    const text = '\uFEFF| ⏱️ Total | 0 min |\n- [x] 😀 (5 min)\n| ✓ | 0 |\n'
    const edits: Edit[] = [
      {
        start: text.indexOf('0 |'),
        end: text.indexOf('0 |') + 1,
        text: '1',
        label: 'b'
      },
      {
        start: text.indexOf('0 min'),
        end: text.indexOf('0 min') + 5,
        text: '5 min ✓',
        label: 'a'
      }
    ]
    const bytes = encodeEdits({ text, bytes: encode(text) }, edits)

    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFF| ⏱️ Total | 5 min ✓ |\n- [x] 😀 (5 min)\n| ✓ | 1 |\n'
    )
  })

  it('refuses overlapping edits', () => {
    const edit = { start: 0, end: 2, text: 'x', label: 'a' }

    expect(() =>
      encodeEdits({ text: 'abc', bytes: encode('abc') }, [edit, edit])
    ).toThrow('Overlapping edits at offset 0')
  })

  it('gives the bytes of applyEdits for any edits', () => {
    const piece = fc.constantFrom('a', '\n', '✓', '⏱️', '😀', 'é', '|')
    const text = fc
      .array(piece, { minLength: 1, maxLength: 40 })
      .map((pieces) => pieces.join(''))

    fc.assert(
      fc.property(
        text,
        fc.array(
          fc.record({
            at: fc.nat(),
            cut: fc.nat(4),
            insert: fc.array(piece, { maxLength: 3 })
          }),
          { maxLength: 4 }
        ),
        (before, wanted) => {
          // Edits fall between code points, as the planner's do.
          const points = [...before].reduce<number[]>(
            (offsets, point) => [
              ...offsets,
              (offsets.at(-1) ?? 0) + point.length
            ],
            [0]
          )
          const edits: Edit[] = []
          let free = 0
          for (const { at, cut, insert } of [...wanted].sort(
            (a, b) => a.at - b.at
          )) {
            const from = Math.max(at % points.length, free)
            const to = Math.min(from + cut, points.length - 1)
            if (from >= points.length) break
            const start = points[from] ?? 0
            const end = points[Math.max(to, from)] ?? start
            edits.push({ start, end, text: insert.join(''), label: 'x' })
            free = Math.max(to, from) + 1
          }

          expect(
            Buffer.from(
              encodeEdits(
                { text: before, bytes: encode(before) },
                edits.reverse()
              )
            )
          ).toEqual(Buffer.from(applyEdits(before, edits), 'utf8'))
        }
      ),
      { numRuns: 1000 }
    )
  })
})
