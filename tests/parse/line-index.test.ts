import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LineIndex } from '../../src/parse/line-index.js'

describe('LineIndex', () => {
  const text = 'ab\ncd\r\n\nef'
  const lines = new LineIndex(text)

  it('gives 1-based lines and columns for offsets', () => {
    expect(lines.point(0)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(lines.point(2)).toEqual({ line: 1, column: 3, offset: 2 })
    expect(lines.point(3)).toEqual({ line: 2, column: 1, offset: 3 })
    expect(lines.point(5)).toEqual({ line: 2, column: 3, offset: 5 })
    expect(lines.point(7)).toEqual({ line: 3, column: 1, offset: 7 })
    expect(lines.point(8)).toEqual({ line: 4, column: 1, offset: 8 })
    expect(lines.point(10)).toEqual({ line: 4, column: 3, offset: 10 })
  })

  it('gives a place between two offsets', () => {
    expect(lines.place(3, 5)).toEqual({
      start: { line: 2, column: 1, offset: 3 },
      end: { line: 2, column: 3, offset: 5 }
    })
  })

  it('does not count a BOM as a column of line 1', () => {
    expect(new LineIndex('\ufeff# A\nb').point(1)).toEqual({
      line: 1,
      column: 1,
      offset: 1
    })
  })
})

describe('LineIndex with old Mac line endings', () => {
  it('ends lines at a lone CR as CommonMark does', () => {
    const index = new LineIndex('# P\r## Day 1\r- [ ] t\r')

    expect(index.point(6)).toEqual({ line: 2, column: 3, offset: 6 })
    expect(index.point(13)).toEqual({ line: 3, column: 1, offset: 13 })
  })
})

describe('LineIndex with a byte order mark', () => {
  it('counts columns on line 1 from after the mark, as editors do', () => {
    const index = new LineIndex('\uFEFF- [] x\nnext')

    expect(index.point(1)).toEqual({ line: 1, column: 1, offset: 1 })
    expect(index.point(8)).toEqual({ line: 2, column: 1, offset: 8 })
  })
})

describe('LineIndex lookups in any order', () => {
  it('gives the same points forward, backward and at random', () => {
    const text = 'a\n\nbc\r\nd\re\n' + 'line\n'.repeat(50)
    const index = new LineIndex(text)
    const expected = (offset: number) => {
      const before = text.slice(0, offset).split(/\r\n?|\n/)
      return {
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
        offset
      }
    }
    // Offsets inside a CRLF belong to the line it ends, which the simple
    // split above cannot tell.
    const offsets = [...text]
      .map((_, offset) => offset)
      .filter((offset) => !(text[offset - 1] === '\r' && text[offset] === '\n'))
    const shuffled = offsets.map(
      (_, index) => offsets[(index * 37) % offsets.length] ?? 0
    )

    for (const offset of [...offsets, ...offsets.reverse(), ...shuffled]) {
      expect(index.point(offset)).toEqual(expected(offset))
    }
  })
})

describe('LineIndex.afterChanges', () => {
  // Pieces with and without line ends, a CR and a BOM among them, so that
  // both the derived index and the fall-back to a whole one are tried.
  const pieces = ['', 'a', 'bc', '\n', 'x\ny', '\n\n', 'line\n', '\r\n', '\r']
  const piece = fc.constantFrom(...pieces)
  const texts = fc
    .array(fc.constantFrom(...pieces.slice(0, 7)), { maxLength: 30 })
    .map((parts) => parts.join(''))
  const changes = fc.array(
    fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      cut: fc.nat(6),
      insert: piece
    }),
    { maxLength: 4 }
  )

  it('gives the points a whole index of the new text gives', () => {
    fc.assert(
      fc.property(fc.boolean(), texts, changes, (bom, body, edits) => {
        const old = (bom ? '\ufeff' : '') + body
        const { text, spans } = splice(old, edits)
        const derived = LineIndex.afterChanges(
          new LineIndex(old),
          old,
          text,
          spans
        )
        const whole = new LineIndex(text)

        for (let offset = 0; offset <= text.length; offset++) {
          expect(derived.point(offset)).toEqual(whole.point(offset))
        }
      }),
      { numRuns: 500 }
    )
  })
})

/** Applies edits at fractions of a text, as sorted disjoint changes. */
function splice(
  old: string,
  edits: ReadonlyArray<{ at: number; cut: number; insert: string }>
): {
  text: string
  spans: Array<{ start: number; end: number; length: number }>
} {
  const disjoint: Array<{ start: number; end: number; insert: string }> = []
  const spans = edits
    .map(({ at, cut, insert }) => {
      const start = Math.floor(at * old.length)
      return { start, end: Math.min(old.length, start + cut), insert }
    })
    .sort((a, b) => a.start - b.start)

  for (const span of spans) {
    const last = disjoint.at(-1)
    if (!last || span.start > last.end) disjoint.push(span)
  }

  let text = ''
  let at = 0
  for (const span of disjoint) {
    text += old.slice(at, span.start) + span.insert
    at = span.end
  }
  text += old.slice(at)

  return {
    text,
    spans: disjoint.map((span) => ({
      start: span.start,
      end: span.end,
      length: span.insert.length
    }))
  }
}
