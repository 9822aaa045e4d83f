import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import { listDay } from '../../src/export/list-day.js'
import type { BlockTree } from '../../src/parse/block-tree.js'
import type { BlockStore, FragmentCache } from '../../src/parse/block-cache.js'
import { parseTrackerFacts } from '../../src/parse/parse-tracker-facts.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import type { StoredFragment } from '../../src/parse/stored-fragment.js'
import { trackerFacts } from '../../src/summary/tracker-facts.js'
import { fixture } from './helpers.js'
import { riskyEdit } from './risky-edits.js'

const today = '2026-12-03'

/**
 * A cache in memory that keeps what it is given as JSON text, as the
 * cache file does, so that every run restores fragments from text.
 */
class TextCache implements BlockStore, FragmentCache {
  blocks = new Map<string, string>()
  fragments = new Map<string, string>()

  get(key: string): BlockTree | undefined {
    const json = this.blocks.get(key)
    return json === undefined ? undefined : (JSON.parse(json) as BlockTree)
  }

  set(key: string, tree: BlockTree): void {
    this.blocks.set(key, JSON.stringify(tree))
  }

  fragment(key: string): StoredFragment | undefined {
    const json = this.fragments.get(key)
    return json === undefined ? undefined : (JSON.parse(json) as StoredFragment)
  }

  keepFragments(
    kept: ReadonlyMap<string, unknown>,
    added: ReadonlyMap<string, StoredFragment>
  ): void {
    // As the cache file does: a key with nothing stored is left out.
    this.fragments = new Map(
      [...kept.keys()].flatMap((key) => {
        const value = added.get(key)
        const json = value ? JSON.stringify(value) : this.fragments.get(key)
        return json === undefined ? [] : [[key, json] as const]
      })
    )
  }
}

/** What a whole parse gives, as facts. */
function expected(text: string): unknown {
  return trackerFacts(parseTracker(text, { today }))
}

/** What a whole parse gives each day, as export lists it. */
function expectedListings(text: string): unknown {
  return parseTracker(text, { today }).days.map(listDay)
}

describe('parseTrackerFacts', () => {
  it('reads every day on a first run and none but the edited one after', () => {
    const cache = new TextCache()
    const text = fixture('seed/tracker.md')

    const cold = parseTrackerFacts(text, { today }, cache)
    expect(cold.facts).toEqual(expected(text))
    expect(cold.days).toEqual({ kept: 0, read: 30 })
    // Every day block of the seed is kept, with its weeks and checkpoints.
    expect(cache.fragments.size).toBe(38)

    const ticked = text.replace(
      '- [ ] Study computational graphs',
      '- [x] Study computational graphs'
    )
    const warm = parseTrackerFacts(ticked, { today }, cache)
    expect(warm.facts).toEqual(expected(ticked))
    expect(warm.days).toEqual({ kept: 29, read: 1 })

    const day = warm.facts.days.find((each) => each.number === 2)
    expect(day?.tasks).toEqual({ done: 1, total: 15 })
  })

  it('lists each day for export, kept or read, kept with its listing', () => {
    const cache = new TextCache()
    const text = fixture('seed/tracker.md')

    const facts = parseTrackerFacts(text, { today }, cache)
    expect(facts.listings).toBeNull()

    // Days kept without their listings are read again.
    const cold = parseTrackerFacts(text, { today }, cache, true)
    expect(cold.days).toEqual({ kept: 0, read: 30 })
    expect(cold.facts).toEqual(expected(text))
    expect(cold.listings).toEqual(expectedListings(text))

    const ticked = text.replace(
      '- [ ] Study computational graphs',
      '- [x] Study computational graphs'
    )
    const warm = parseTrackerFacts(ticked, { today }, cache, true)
    expect(warm.days).toEqual({ kept: 29, read: 1 })
    expect(warm.facts).toEqual(expected(ticked))
    expect(warm.listings).toEqual(expectedListings(ticked))
    expect(warm.listings?.[1]?.tasks[0]).toEqual({
      text: 'Study computational graphs and backpropagation concepts (25 min)',
      done: true,
      lineInDay: 3,
      minutes: { low: 25, high: 25 }
    })
  })

  it('gives the counts of a day kept hollow, not of the text it last saw', () => {
    const cache = new TextCache()
    const { text } = generateTracker(30)
    parseTrackerFacts(text, { today }, cache)

    const warm = parseTrackerFacts(text, { today }, cache)
    expect(warm.days).toEqual({ kept: 30, read: 0 })
    expect(warm.facts).toEqual(expected(text))
  })

  it('reads the text whole when a kept day is added to from outside', () => {
    const cache = new TextCache()
    const { text } = generateTracker(8)
    const headed = text.replace(/\*\*(Evening Review[^*]*)\*\*/g, '### $1')
    parseTrackerFacts(headed, { today }, cache)

    // A task typed under Day 3's last `###` block: that block is new, and
    // adds to a day whose first block is kept.
    const grown = headed.replace(
      /(## DAY 3 [\s\S]*?### Evening Review[^\n]*\n)/,
      '$1- [x] One more (5 min)\n'
    )
    expect(grown).not.toBe(headed)

    const warm = parseTrackerFacts(grown, { today }, cache)
    expect(warm.facts).toEqual(expected(grown))
  })

  it('reads the text whole when a new block adds to a kept day', () => {
    const text = fixture('seed/tracker.md')
    const additions = [
      '### Extra\n- [x] More (5 min)\n\n',
      '### Extra\n\n**Blockers:** none\n\n',
      '### Extra\n\n<!-- trackmd-disable -->\n\n',
      '### Extra\n\nA note.\n\n'
    ]

    for (const addition of additions) {
      const cache = new TextCache()
      parseTrackerFacts(text, { today }, cache)

      const grown = text.replace('## DAY 2 ', `${addition}## DAY 2 `)
      const warm = parseTrackerFacts(grown, { today }, cache)
      expect(warm.facts).toEqual(expected(grown))
      expect(warm.facts).not.toEqual(expected(text))
    }
  })

  it('reads a block again whose markers follow other markers', () => {
    const cache = new TextCache()
    const text = fixture('seed/tracker.md')
      .replace('## DAY 1 ', '<!-- trackmd:progress -->\n\n## DAY 1 ')
      .replace('\n## DAY 4 ', '\n<!-- /trackmd:progress -->\n\n## DAY 4 ')
    parseTrackerFacts(text, { today }, cache)

    // The opening marker, refused for the plan it held, is gone: the
    // closing one no longer follows a refused one, and is reported.
    const opened = text.replace('<!-- trackmd:progress -->\n\n', '')
    const warm = parseTrackerFacts(opened, { today }, cache)
    expect(warm.facts).toEqual(expected(opened))
    expect(warm.facts.unparsed.map((entry) => entry.text)).toEqual([
      '<!-- /trackmd:progress -->'
    ])
  })

  it('reads the text whole when a heading cookie counts every task', () => {
    const cache = new TextCache()
    const { text } = generateTracker(8)
    parseTrackerFacts(text, { today }, cache)

    const cookied = text.replace('# WEEK 1: ', '# WEEK 1 [/]: ')
    const warm = parseTrackerFacts(cookied, { today }, cache)
    expect(warm.facts).toEqual(expected(cookied))
    expect(warm.facts.cookies.length).toBeGreaterThan(0)
  })

  it('ignores a damaged fragment and reads its block again', () => {
    const cache = new TextCache()
    const text = fixture('seed/tracker.md')
    parseTrackerFacts(text, { today }, cache)

    // Values cut short, one too many, of the wrong type, of another kind.
    const damages = [
      (values: unknown[]) => values.slice(3),
      (values: unknown[]) => [...values, 0],
      (values: unknown[]) => ['1', ...values.slice(1)],
      (values: unknown[]) => values.map((value) => value ?? 'x')
    ]
    let index = 0
    for (const [key, json] of cache.fragments) {
      const stored = JSON.parse(json) as StoredFragment
      const damage = damages[index++ % damages.length] ?? damages[0]
      const values = damage?.(stored.values) as StoredFragment['values']
      cache.fragments.set(key, JSON.stringify({ ...stored, values }))
    }
    cache.fragments.set(
      [...cache.fragments.keys()][0] ?? '',
      JSON.stringify({ kind: 'month', values: [] })
    )

    const warm = parseTrackerFacts(text, { today }, cache)
    expect(warm.facts).toEqual(expected(text))
    expect(warm.days).toEqual({ kept: 0, read: 30 })
  })

  it('reads a kept day heading again under an open day of its number', () => {
    const cache = new TextCache()
    const { text } = generateTracker(4)
    const recap = `### Day 3 recap\n- [ ] More (5 min)\n\n${text}`
    parseTrackerFacts(recap, { today }, cache)

    // The same block now stands under Day 3's own heading: a section of
    // that day, not the day it was read as before.
    const under = `## DAY 3 - Dec 8 | Copy\n- [x] Done (5 min)\n\n${recap}`
    const warm = parseTrackerFacts(under, { today }, cache)

    expect(warm.facts).toEqual(expected(under))
    expect(warm.facts.days[0]?.tasks).toEqual({ done: 1, total: 2 })
  })

  it('reads a day range too large to count as none, and keeps it', () => {
    const cache = new TextCache()
    // Days 1 to 309 nines: Infinity, which JSON would write as null, were
    // it read as a number.
    const text = [
      `# WEEK 1: A (Days 1-${'9'.repeat(309)})`,
      '',
      '## Day 1 - Dec 6',
      '',
      '- [x] a',
      ''
    ].join('\n')

    parseTrackerFacts(text, { today }, cache)
    expect([...cache.fragments.values()]).toEqual([
      expect.stringContaining('"kind":"week"'),
      expect.stringContaining('"kind":"day"')
    ])

    const warm = parseTrackerFacts(text, { today }, cache)
    expect(warm.facts.weeks[0]?.lastDay).toBeNull()
    expect(warm.facts).toEqual(expected(text))
    expect(warm.days).toEqual({ kept: 1, read: 0 })
  })

  it('gives what a whole parse gives through any run of edits', () => {
    const generated = generateTracker(8).text
    // Sections as headings too: then a day goes on over several blocks.
    const headed = generated.replace(/\*\*(Evening Review[^*]*)\*\*/g, '### $1')

    fc.assert(
      fc.property(
        fc.constantFrom(generated, headed, fixture('seed/tracker.md')),
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), {
          minLength: 1,
          maxLength: 4
        }),
        fc.boolean(),
        (start, rounds, listed) => {
          const cache = new TextCache()
          let current = start
          const check = (text: string) => {
            const read = parseTrackerFacts(text, { today }, cache, listed)
            expect(read.facts).toEqual(expected(text))
            if (listed) expect(read.listings).toEqual(expectedListings(text))
          }
          check(current)

          for (const edits of rounds) {
            current = applyEdits(current, edits)
            check(current)
          }

          // Back to the start: what was kept must not have changed.
          check(start)
        }
      ),
      { numRuns: 120 }
    )
  }, 120_000)
})

/**
 * A risky edit, now and then moved to the start of the next heading line,
 * where a block begins: what is typed there goes on the block before.
 */
const edit = fc.record({
  risky: riskyEdit,
  atHeading: fc.boolean()
})

/** Applies edits at fractions of the text, from the end so none moves. */
function applyEdits(
  text: string,
  edits: ReadonlyArray<{
    risky: { at: number; cut: number; insert: string }
    atHeading: boolean
  }>
): string {
  const spans = edits
    .map(({ risky: { at, cut, insert }, atHeading }) => {
      let start = Math.floor(at * text.length)
      if (atHeading) {
        const heading = text.indexOf('\n#', start)
        start = heading === -1 ? text.length : heading + 1
        return { start, end: start, insert: insert.replace(/^\n/, '') }
      }
      return { start, end: Math.min(text.length, start + cut), insert }
    })
    .sort((a, b) => b.start - a.start)

  let result = text
  let limit = text.length
  for (const span of spans) {
    if (span.end > limit) continue
    result = result.slice(0, span.start) + span.insert + result.slice(span.end)
    limit = span.start
  }

  return result
}
