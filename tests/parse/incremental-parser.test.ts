import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import {
  createIncrementalParser,
  type KeyedText,
  prepareAgain,
  type TextChange
} from '../../src/parse/incremental-parser.js'
import { parseBlockTree } from '../../src/parse/block-tree.js'
import {
  collectPoints,
  type FragmentStore
} from '../../src/parse/kept-fragment.js'
import { createAssembler, parseTracker } from '../../src/parse/parse-tracker.js'
import { splitBlocks } from '../../src/parse/split-blocks.js'
import { fixture } from './helpers.js'
import { riskyEdit } from './risky-edits.js'

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

  it('takes where the text changed from its caller, for its last text only', () => {
    const parser = createIncrementalParser()
    const text = fixture('seed/tracker.md')
    const at = text.indexOf('- [ ] Study computational graphs')
    const ticked = `${text.slice(0, at)}- [x]${text.slice(at + 5)}`
    const since = { text, changes: [{ start: at, end: at + 5, length: 5 }] }

    parser.parse(text, { today })
    expect(parser.parse(ticked, { today }, since)).toEqual(
      parseTracker(ticked, { today })
    )
    expect(parser.lastRun.parsed).toBe(1)

    // Named against a text that is not the last one, where taken it would
    // keep the ticked task: the blocks are compared instead.
    const stale = { text, changes: [] }
    expect(parser.parse(text, { today }, stale)).toEqual(
      parseTracker(text, { today })
    )
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

describe('createAssembler with kept blocks', () => {
  it('gathers the points of each new day once the read ends', () => {
    const { prepared, keys } = prepareAgain(
      null,
      generateTracker(14).text,
      null
    )
    let kept: FragmentStore = new Map()
    const assembler = createAssembler(
      prepared,
      { today },
      {
        keys,
        kept: new Map(),
        keep: (fragments) => {
          kept = fragments
        }
      }
    )

    for (const blockText of prepared.blockTexts) {
      assembler.add(parseBlockTree(blockText))
    }
    assembler.finish()

    const days = [...kept.values()].filter((each) => each.kind === 'day')
    expect(days).toHaveLength(14)
    for (const fragment of days) {
      expect(fragment.points).toEqual(
        collectPoints([fragment.day, fragment.added])
      )
    }
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
    .reduce<Array<{ start: number; end: number; insert: string }>>(
      (kept, span) => {
        // Disjoint, and apart by a character, measured from the last kept.
        const last = kept.at(-1)
        if (!last || span.start >= last.end + 1) kept.push(span)
        return kept
      },
      []
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

describe('kept days', () => {
  const week = '# WEEK 1: START (Days 1-3) | Total: 3 Hours\n\n'
  const day = (number: number, extra = '') =>
    `## DAY ${number} - Dec ${number + 5} | Day ${number} | ⏱️ 1 hours\n\n` +
    `- [ ] Task of day ${number} (10 min)\n${extra}\n` +
    `**Deliverable:** \`d${number}.py\` ✓ _____  **Blockers:** ____\n\n`
  const text = `# Plan\n\n${week}${day(1)}${day(2)}${day(3)}`

  /** Parses each text in turn, checking each against a whole parse. */
  function parseAll(
    texts: readonly string[]
  ): ReturnType<typeof createIncrementalParser> {
    const parser = createIncrementalParser()
    for (const each of texts) {
      expect(parser.parse(each, { today })).toEqual(
        parseTracker(each, { today })
      )
    }
    return parser
  }

  it('takes a moved day again with its lines and offsets moved', () => {
    const parser = createIncrementalParser()
    const first = parser.parse(text, { today }).days
    const moved = text.replace('# Plan\n', '# Plan\n\nA new line.\n')
    const tracker = parser.parse(moved, { today })

    expect(tracker).toEqual(parseTracker(moved, { today }))
    expect(parser.lastRun).toEqual({ reused: 4, parsed: 1 })
    // The same objects, so not read again, with their places moved.
    expect(tracker.days).toHaveLength(3)
    tracker.days.forEach((each, index) => expect(each).toBe(first[index]))
    expect(tracker.days.map((each) => each.heading.start.line)).toEqual([
      7, 13, 19
    ])
    expect(tracker.days[0]?.tasks[0]?.checkbox.start).toEqual({
      line: 9,
      column: 3,
      offset: moved.indexOf('[ ] Task of day 1')
    })
  })

  it('keeps a day that goes on under `###` headings with those blocks', () => {
    // Each `###` heading starts a block of its own; the day goes on in it.
    const sections = text.replace(
      /(- \[ \] Task of day (\d) \(10 min\)\n)/g,
      '$1\n### Evening\n\n- [ ] Review day $2 (5 min)\n'
    )
    const parser = parseAll([sections])
    const before = parser.parse(sections, { today }).days
    const ticked = sections.replace(
      '- [ ] Review day 2 (5 min)',
      '- [x] Review day 2 (5 min)'
    )
    const after = parser.parse(ticked, { today })

    expect(after).toEqual(parseTracker(ticked, { today }))
    expect(before.map((each) => each.tasks.length)).toEqual([2, 2, 2])
    expect(after.days[0]).toBe(before[0])
    expect(after.days[1]).not.toBe(before[1])
    expect(after.days[1]?.tasks[1]?.done).toBe(true)
    expect(after.days[2]).toBe(before[2])
  })

  it('reads a day again when a block it did not hold adds to it', () => {
    // The second text puts a new section block under Day 1, after the
    // blocks its kept fragment stands for.
    const grown = text.replace(
      '## DAY 2 ',
      '### Extra\n\n- [ ] More (5 min)\n\n## DAY 2 '
    )
    const parser = parseAll([text, grown, text, grown])

    // A model is read before the next parse: that one may reuse its days.
    expect(parser.parse(text, { today }).days[0]?.tasks).toHaveLength(1)
    expect(parser.parse(grown, { today }).days[0]?.tasks).toHaveLength(2)
    expect(parser.parse(text, { today }).days[0]?.tasks).toHaveLength(1)
    expect(parser.parse(text, { today })).toEqual(parseTracker(text, { today }))
  })

  it('gives a day the number of the week it now stands under', () => {
    const renumbered = text.replace('# WEEK 1: ', '# WEEK 2: ')
    parseAll([text, renumbered, text])

    expect(
      parseTracker(renumbered, { today }).days.map((each) => each.week)
    ).toEqual([2, 2, 2])
  })

  it('reads a day again when it sets a week field or a cookie', () => {
    const scored = text.replace(
      '- [ ] Task of day 2 (10 min)\n',
      '- [ ] Task of day 2 (10 min)\n\n**Week 1 Score:** 80 / 100\n'
    )
    const counted = text.replace('# WEEK 1: START', '# WEEK 1: START [/]')
    const parser = parseAll([text, scored, text, scored, counted, text])

    expect(parser.parse(scored, { today }).weeks[0]?.score?.value).toBe(80)
    expect(parser.parse(counted, { today }).cookies[0]?.tasks).toEqual({
      done: 0,
      total: 3
    })
  })

  it('reads a day again when a week it names a score for comes to be', () => {
    // The score names Week 2, which the first text does not have yet.
    const scored = (before: string) =>
      `${before}${week}${day(1, '\n**Week 2 Score:** 80 / 100\n')}`
    const later = scored('# WEEK 2: LATER (Days 4-5)\n\n')
    const tracker = parseAll([scored(''), later]).parse(later, { today })

    expect(tracker.weeks.map((each) => each.score?.value ?? null)).toEqual([
      80,
      null
    ])
  })

  it('reads a day again when its week heading changes depth', () => {
    // Under `# WEEK 1` a `### WEEK 1` in the day opens a section; under
    // `#### WEEK 1` it opens the week again.
    const nested = (depth: number) =>
      `# Plan\n\n${'#'.repeat(depth)} WEEK 1: START\n\n` +
      day(1, '\n### WEEK 1: MORE\n\n- [ ] Extra (5 min)\n')
    const parser = parseAll([nested(1), nested(4), nested(1)])

    expect(parser.parse(nested(4), { today }).weeks).toHaveLength(2)
    expect(parser.parse(nested(1), { today }).days[0]?.sections).toHaveLength(1)
  })

  it('reads front matter again when it changes and the blocks do not', () => {
    const matter = (year: number) => `---\nyear: ${year}\n---\n\n${text}`
    const parser = parseAll([
      matter(2025),
      matter(2026),
      text,
      matter(2024),
      '---\nyear: 2025\n---\n',
      '---\nyear: 2026\n---\n'
    ])

    expect(parser.parse(matter(2026), { today }).year).toBe(2026)
  })

  it('reads front matter again when the line of its closing fence goes on', () => {
    // Cut after the closing fence, as a save caught half-way may be.
    const full = `---\nyear: 2025\n---\n${text}`
    const cut = '---\nyear: 2025\n---'
    const parser = parseAll([full, cut, full, cut, `${cut}x\n${text}`])

    expect(parser.parse(full, { today }).layout.frontMatter?.end).toEqual({
      line: 4,
      column: 1,
      offset: 19
    })
    expect(parser.parse(`${cut}x\n${text}`, { today }).year).toBeNull()
  })

  it("lets a kept block's tree go, and parses it when it must", () => {
    const { text: plan } = generateTracker(14)
    const ticked = plan.replace('- [ ] ', '- [x] ')
    // Renumbering Week 1 gives its seven days another week to read.
    const renumbered = ticked.replace('# WEEK 1: ', '# WEEK 9: ')
    const parser = createIncrementalParser()
    const runs = [plan, ticked, plan, ticked, renumbered].map((each) => {
      expect(parser.parse(each, { today })).toEqual(
        parseTracker(each, { today })
      )
      return parser.lastRun
    })

    expect(runs).toEqual([
      { reused: 0, parsed: 26 },
      { reused: 25, parsed: 1 },
      { reused: 26, parsed: 0 },
      { reused: 26, parsed: 0 },
      // The heading, and the blocks read under another week now, whose
      // trees were let go: seven days, the checkpoint, Week 2's heading.
      { reused: 16, parsed: 10 }
    ])
  })

  describe('weeks and checkpoints', () => {
    const checkpoint = (score: string, extra = '') =>
      '### ✅ WEEK 1 CHECKPOINT (End of Day 3)\n- [ ] All days done\n' +
      `${extra}\n${score}\n\n`
    const scored = (score: string, extra = '') =>
      `${text}${checkpoint(score, extra)}# WEEK 2: NEXT (Days 4-5)\n\n` + day(4)
    const line = '**Week 1 Score:** 80 / 100 | **Actual Hours:** 3 (Goal: 30)'

    it('takes them as kept, and sets a kept score line again', () => {
      const first = scored(line)
      const ticked = first.replace('- [ ] Task of day 2', '- [x] Task of day 2')
      const parser = parseAll([first])
      const before = parser.parse(first, { today })
      const after = parser.parse(ticked, { today })

      expect(after).toEqual(parseTracker(ticked, { today }))
      expect(after.weeks).toHaveLength(2)
      after.weeks.forEach((each, index) =>
        expect(each).toBe(before.weeks[index])
      )
      expect(after.checkpoints[0]).toBe(before.checkpoints[0])
      expect(after.weeks[0]?.score?.value).toBe(80)
      expect(after.weeks[0]?.actualHours?.value).toBe(3)
    })

    it('gives a kept week the score its checkpoint has now', () => {
      const parser = parseAll([
        scored(line),
        scored(line.replace('80', '90')),
        scored(''),
        scored(line)
      ])
      const week = parser.parse(scored(line), { today }).weeks[0]

      expect(parser.parse(scored(''), { today }).weeks[0]).toBe(week)
      expect(week?.score).toBeNull()
      expect(parser.parse(scored(line), { today }).weeks[0]?.score?.value).toBe(
        80
      )
    })

    it('reads a checkpoint again when a later block adds items to it', () => {
      const more = '\n#### More\n\n- [ ] Notes are written up\n'
      const parser = parseAll([scored(line), scored(line, more), scored(line)])

      expect(
        parser.parse(scored(line, more), { today }).checkpoints[0]?.items
      ).toHaveLength(2)
      expect(
        parser.parse(scored(line), { today }).checkpoints[0]?.items
      ).toHaveLength(1)
    })
  })

  it('reads a block again whose markers follow other markers', () => {
    const parser = createIncrementalParser()
    const text = fixture('seed/tracker.md')
      .replace('## DAY 1 ', '<!-- trackmd:progress -->\n\n## DAY 1 ')
      .replace('\n## DAY 4 ', '\n<!-- /trackmd:progress -->\n\n## DAY 4 ')
    parser.parse(text, { today })

    const opened = text.replace('<!-- trackmd:progress -->\n\n', '')
    expect(parser.parse(opened, { today })).toEqual(
      parseTracker(opened, { today })
    )
  })

  it('takes a day repeated word for word as two days', () => {
    const twice = `${text}${day(3)}`
    const tracker = parseAll([text, twice, twice]).parse(twice, { today })

    expect(tracker.days).toHaveLength(4)
    expect(tracker.days[2]).not.toBe(tracker.days[3])
    expect(tracker.days[3]?.heading.start.offset).toBe(
      twice.lastIndexOf('## DAY 3 ')
    )
  })

  it('keeps what a day adds besides itself: disables, ballots, dates', () => {
    const rich = text.replace(
      '- [ ] Task of day 2 (10 min)\n',
      '- [ ] Task of day 2 (10 min)\n\n<!-- trackmd-disable missed-day -->\n\n' +
        '**Started:**\n☐ Yes  ☑ No\n\n**Review Date:** 2026-12-07\n'
    )
    const tracker = parseAll([rich, `\n${rich}`, rich]).parse(`\n${rich}`, {
      today
    })

    expect(tracker.days[1]?.disabled).toEqual(['missed-day'])
    expect(tracker.controls).toHaveLength(1)
    expect(tracker.ballots).toHaveLength(1)
    expect(tracker.dates.map((each) => each.field.value)).toEqual([
      '2026-12-07'
    ])
  })

  it('gives what a whole parse gives through any run of edits', () => {
    const generated = generateTracker(8).text
    // Sections as headings too: then a day goes on over several blocks.
    const headed = generated.replace(/\*\*(Evening Review[^*]*)\*\*/g, '### $1')

    fc.assert(
      fc.property(
        fc.constantFrom(generated, headed),
        fc.array(fc.array(riskyEdit, { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: 5
        }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (start, rounds, remembers) => {
          const parser = createIncrementalParser()
          let current = start
          parser.parse(current, { today })

          rounds.forEach((edits, index) => {
            const edited = applyRandom(current, edits)
            // Now and then the edit comes as a text the tool wrote, which
            // the parser is told of before it reads it.
            if (remembers[index]) {
              parser.remember(edited.text, edited.changes)
            }
            // Told where the text changed, as the watch's decode tells it;
            // after a remember the parser has not the text it names.
            const since = { text: current, changes: edited.changes }
            expect(parser.parse(edited.text, { today }, since)).toEqual(
              parseTracker(edited.text, { today })
            )
            current = edited.text
          })

          // Back to the start: kept days must not have been changed.
          expect(parser.parse(start, { today })).toEqual(
            parseTracker(start, { today })
          )
        }
      ),
      { numRuns: 250 }
    )
  }, 60_000)
})
