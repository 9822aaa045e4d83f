import { describe, expect, it } from 'vitest'
import { hashBlock } from '../../src/parse/block-cache.js'
import {
  type FragmentStore,
  moveFragment
} from '../../src/parse/kept-fragment.js'
import { assembleTracker, prepareText } from '../../src/parse/parse-tracker.js'
import { parseBlockTree } from '../../src/parse/block-tree.js'
import { listDay } from '../../src/export/list-day.js'
import {
  type DayListings,
  type HollowDays,
  restoreFragment,
  type StoredFragment,
  storeFragment
} from '../../src/parse/stored-fragment.js'
import { dayFacts } from '../../src/summary/tracker-facts.js'
import { fixture } from './helpers.js'

const today = '2026-12-03'

/** The fragments a read of a text keeps, as the watch keeps them. */
function keptFragments(text: string): FragmentStore {
  const prepared = prepareText(text)
  let kept: FragmentStore = new Map()

  assembleTracker(
    prepared,
    prepared.blockTexts.map((block) => () => parseBlockTree(block)),
    { today },
    {
      keys: prepared.blockTexts.map(hashBlock),
      kept: { get: () => undefined },
      keep: (fragments) => {
        kept = fragments
      }
    }
  )

  return kept
}

/** A stored fragment after a trip through JSON, as the cache file holds it. */
function roundTrip(stored: StoredFragment): StoredFragment {
  return JSON.parse(JSON.stringify(stored)) as StoredFragment
}

describe('storeFragment and restoreFragment', () => {
  // The seed's days, weeks and checkpoints (with their score lines), and a
  // rest day's disable comment.
  const text = fixture('seed/tracker.md').replace(
    /^(## DAY 12 .*)$/m,
    '$1\n\n<!-- trackmd-disable missed-day -->'
  )
  const kept = keptFragments(text)

  it('gives back each week and checkpoint whole, where its block stands', () => {
    const scopes = [...kept.values()].filter((each) => each.kind !== 'day')
    expect(scopes.map((each) => each.kind)).toEqual([
      'week',
      'checkpoint',
      'week',
      'checkpoint',
      'week',
      'checkpoint',
      'week',
      'checkpoint'
    ])

    // The checkpoints' blocks hold their week's score line.
    expect(
      scopes
        .filter((each) => each.weekFields.length > 0)
        .map((each) => each.kind)
    ).toEqual(['checkpoint', 'checkpoint', 'checkpoint', 'checkpoint'])

    for (const fragment of scopes) {
      const restored = restoreFragment(
        roundTrip(storeFragment(fragment)),
        new Map()
      )
      moveFragment(restored, fragment.offset, fragment.line)

      const { points: _, ...expected } = fragment
      const { points, ...actual } = restored
      // A week's score and hours are set again by the lines that hold
      // them, in this block (`weekFields`) or a later one.
      if (expected.kind === 'week') {
        expected.week = { ...expected.week, score: null, actualHours: null }
      }
      expect(actual).toEqual(expected)
      expect(points?.length).toBeGreaterThan(0)
    }
  })

  it('gives back each day hollow, with the facts of the day it was', () => {
    const days = [...kept.values()].flatMap((each) =>
      each.kind === 'day' ? [each] : []
    )
    expect(days).toHaveLength(30)

    for (const fragment of days) {
      const hollow: HollowDays = new Map()
      const restored = restoreFragment(
        roundTrip(storeFragment(fragment)),
        hollow
      )
      moveFragment(restored, fragment.offset, fragment.line)
      if (restored.kind !== 'day') throw new Error('Expected a day')

      const facts = hollow.get(restored.day)
      expect(facts).toEqual({ ...dayFacts(fragment.day), date: null })
      expect(restored.day.tasks).toEqual([])
      expect(restored.day.sections).toEqual([])
      expect(restored.day.heading).toEqual(fragment.day.heading)
      expect(restored.blocks).toEqual(fragment.blocks)
      expect(restored.depth).toBe(fragment.depth)
    }

    const rest = days.find((each) => each.day.number === 12)
    expect(rest?.day.disabled).toEqual(['missed-day'])
  })

  it('keeps the listing of a day for export, and needs it then', () => {
    const days = [...kept.values()].flatMap((each) =>
      each.kind === 'day' ? [each] : []
    )

    for (const fragment of days) {
      const listing = listDay(fragment.day)
      const stored = roundTrip(storeFragment(fragment, undefined, listing))
      const listings: DayListings = new Map()
      const restored = restoreFragment(stored, new Map(), listings)
      if (restored.kind !== 'day') throw new Error('Expected a day')

      expect(listings.get(restored.day)).toEqual(listing)
      // The facts' cache reads the same entry without the listing.
      expect(restoreFragment(stored, new Map()).kind).toBe('day')
    }

    // Day 2: fifteen tasks, the first on the fourth line after the heading.
    const second = days.find((each) => each.day.number === 2)
    if (!second) throw new Error('Expected Day 2')
    const listing = listDay(second.day)
    expect(listing.tasks).toHaveLength(15)
    expect(listing.tasks[0]).toEqual({
      text: 'Study computational graphs and backpropagation concepts (25 min)',
      done: false,
      lineInDay: 3,
      minutes: { low: 25, high: 25 }
    })

    // A day stored without a listing, or with a damaged one, is refused
    // where a listing is needed.
    const stored = storeFragment(second, undefined, listing)
    for (const each of [
      { ...stored, listing: undefined },
      { ...stored, listing: stored.listing?.slice(0, -1) },
      { ...stored, listing: [1, ...(stored.listing ?? []).slice(1)] }
    ]) {
      expect(() =>
        restoreFragment(roundTrip(each), new Map(), new Map())
      ).toThrow(TypeError)
    }
  })

  it('refuses a stored value that is not what it stores', () => {
    const day = [...kept.values()].find((each) => each.kind === 'day')
    if (!day) throw new Error('Expected a day')
    const stored = storeFragment(day)

    const damaged: StoredFragment[] = [
      { ...stored, values: stored.values.slice(0, -1) },
      { ...stored, values: [...stored.values, 1] },
      { ...stored, values: ['1', ...stored.values.slice(1)] },
      { ...stored, kind: 'week' },
      { ...stored, kind: 'month' as 'day' },
      { ...stored, added: { unparsed: 'x' } }
    ]
    for (const each of damaged) {
      expect(() => restoreFragment(roundTrip(each), new Map())).toThrow(
        TypeError
      )
    }
  })
})
