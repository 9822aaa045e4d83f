import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import { createIncrementalParser } from '../../src/parse/incremental-parser.js'
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
