import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import {
  createIncrementalParser,
  type KeyedText,
  prepareAgain,
  type TextChange
} from '../../src/parse/incremental-parser.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { splitBlocks } from '../../src/parse/split-blocks.js'
import { fixture } from './helpers.js'

const today = '2026-12-03'

describe('createIncrementalParser', () => {
  it('parses only the edited block and gives what parseTracker gives', () => {
    const parser = createIncrementalParser()
    const text = fixture('seed/tracker.md')
    const blocks = splitBlocks(text).blocks.length

    expect(parser.parse(text, { today })).toEqual(parseTracker(text, { today }))
    expect(parser.lastRun).toEqual({ reused: 0, parsed: blocks })

    const ticked = text.replace(
      '- [ ] Study computational graphs',
      '- [x] Study computational graphs'
    )

    expect(parser.parse(ticked, { today })).toEqual(
      parseTracker(ticked, { today })
    )
    expect(parser.lastRun).toEqual({ reused: blocks - 1, parsed: 1 })
  })

  it('reuses blocks that moved, and forgets blocks no longer there', () => {
    const parser = createIncrementalParser()
    const { text } = generateTracker(14)
    const grown = text.replace(
      '## DAY 2 ',
      '## DAY 1 - Dec 6 | Extra | ⏱️ 1 hours\n\n- [ ] New (5 min)\n\n## DAY 2 '
    )

    parser.parse(text, { today })
    expect(parser.parse(grown, { today })).toEqual(
      parseTracker(grown, { today })
    )
    expect(parser.lastRun.parsed).toBe(1)

    parser.parse(text, { today })
    expect(parser.lastRun.parsed).toBe(0)

    parser.clear()
    parser.parse(text, { today })
    expect(parser.lastRun.reused).toBe(0)
  })

  it('reads a block repeated in one text once', () => {
    const parser = createIncrementalParser()
    const day = '## DAY 1 - Dec 6 | Same | ⏱️ 1 hours\n\n- [ ] Task (5 min)\n\n'
    const text = day + day

    expect(parser.parse(text, { today })).toEqual(parseTracker(text, { today }))
    expect(parser.lastRun).toEqual({ reused: 1, parsed: 1 })
  })

  it('remembers the blocks of a text it will see next', () => {
    const parser = createIncrementalParser()
    const { text } = generateTracker(14)
    const written = text.replace('## DAY 2 ', '## DAY 2  ')
    const saved = written.replace('- [ ] ', '- [x] ')

    parser.parse(text, { today })
    parser.remember(written)

    expect(parser.parse(saved, { today })).toEqual(
      parseTracker(saved, { today })
    )
    expect(parser.lastRun.parsed).toBe(1)
  })

  it('keeps the blocks of a full text past a text read half-written', () => {
    const parser = createIncrementalParser()
    const { text } = generateTracker(14)
    const half = text.slice(0, text.indexOf('## DAY 8 '))

    parser.parse(text, { today })
    parser.parse(half, { today })
    parser.parse(text, { today })

    expect(parser.lastRun.parsed).toBeLessThanOrEqual(1)
  })
})

/** What `prepareText` decides about blocks, for comparison. */
function blocksOf(keyed: KeyedText): unknown {
  const { split, blockTexts, text, normal } = keyed.prepared
  return { split, blockTexts, text, normal, keys: keyed.keys }
}

function prepareWhole(text: string): KeyedText {
  return prepareAgain(null, text, null)
}

// Snippets that make or break block boundaries: headings, fences, HTML and
// comments left open or closed, front matter fences and line breaks.
const snippets = [
  '',
  '\n',
  '\n## DAY 3 - Dec 8 | Extra | ⏱️ 1 hours\n',
  '## ',
  '#',
  '\n```\n',
  '```',
  '\n~~~\n',
  '<!--',
  '-->',
  '\n<div>\n',
  '\n<pre>\n',
  '</pre>',
  '---\n',
  '\uFEFF',
  '- [x] Done (5 min)\n',
  '\r\n',
  '\u00a0'
]

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  cut: fc.nat(40),
  insert: fc.constantFrom(...snippets)
})

/** Applies edits at fractions of the text, with the changes they make. */
function applyRandom(
  text: string,
  edits: ReadonlyArray<{ at: number; cut: number; insert: string }>
): { text: string; changes: TextChange[] } {
  const spans = edits
    .map(({ at, cut, insert }) => {
      const start = Math.floor(at * text.length)
      return { start, end: Math.min(text.length, start + cut), insert }
    })
    .sort((a, b) => a.start - b.start)
    .filter(
      (span, index, all) =>
        index === 0 || span.start >= (all[index - 1]?.end ?? 0) + 1
    )

  let result = ''
  let at = 0
  for (const span of spans) {
    result += text.slice(at, span.start) + span.insert
    at = span.end
  }
  result += text.slice(at)

  return {
    text: result,
    changes: spans.map((span) => ({
      start: span.start,
      end: span.end,
      length: span.insert.length
    }))
  }
}

describe('prepareAgain', () => {
  const { text } = generateTracker(21)
  const before = prepareWhole(text)

  it('splits and keys an edited text as a whole prepare does', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const edited = applyRandom(text, edits)
        const whole = blocksOf(prepareWhole(edited.text))

        expect(blocksOf(prepareAgain(before, edited.text, null))).toEqual(whole)
        expect(
          blocksOf(prepareAgain(before, edited.text, edited.changes))
        ).toEqual(whole)
      }),
      { numRuns: 300 }
    )
  })

  it('reuses the keys of the blocks no change touched', () => {
    const ticked = text.replace('- [ ] ', '- [x] ')
    const again = prepareAgain(before, ticked, null)
    const kept = again.keys.filter((key) => before.keys.includes(key))

    expect(blocksOf(again)).toEqual(blocksOf(prepareWhole(ticked)))
    expect(kept.length).toBe(before.keys.length - 1)
  })

  it('joins a block to the one before when its heading is typed away', () => {
    const day = text.indexOf('## DAY 3 ')
    const joined = text.slice(0, day + 2) + text.slice(day + 3)
    const changes = [{ start: day + 2, end: day + 3, length: 0 }]

    for (const again of [
      prepareAgain(before, joined, null),
      prepareAgain(before, joined, changes)
    ]) {
      expect(blocksOf(again)).toEqual(blocksOf(prepareWhole(joined)))
      expect(again.prepared.split.blocks.length).toBe(
        before.prepared.split.blocks.length - 1
      )
    }
  })

  it('falls back on a whole prepare when a fence is left open', () => {
    const day = text.indexOf('## DAY 3 ')
    const opened = `${text.slice(0, day)}\`\`\`\n${text.slice(day)}`
    const again = prepareAgain(before, opened, null)

    expect(blocksOf(again)).toEqual(blocksOf(prepareWhole(opened)))
    expect(again.prepared.split.blocks.length).toBeLessThan(
      before.prepared.split.blocks.length
    )
  })
})

describe('remember with changes', () => {
  it('parses next only what the person changed since the written text', () => {
    const parser = createIncrementalParser()
    const { text } = generateTracker(21)
    const day = text.indexOf('## DAY 9 ')
    const written = applyRandom(text, [
      { at: (day + 3) / text.length, cut: 0, insert: '#' },
      { at: 0.9, cut: 0, insert: '\n' }
    ])
    const saved = written.text.replace('- [ ] ', '- [x] ')

    parser.parse(text, { today })
    parser.remember(written.text, written.changes)

    expect(parser.parse(saved, { today })).toEqual(
      parseTracker(saved, { today })
    )
    expect(parser.lastRun.parsed).toBe(1)
  })
})
