import { listDay } from '../export/list-day.js'
import type { Day, DayFacts, DayListing, TrackerFacts } from '../model.js'
import { dayFacts } from '../summary/tracker-facts.js'
import {
  type BlockStore,
  type FragmentCache,
  hashBlock
} from './block-cache.js'
import { type BlockTree, parseWithMicromark } from './block-tree.js'
import {
  type FragmentStore,
  isIntact,
  type KeptFragment
} from './kept-fragment.js'
import type { LineIndex } from './line-index.js'
import {
  createAssembler,
  type ParseOptions,
  type PreparedText,
  prepareText
} from './parse-tracker.js'
import { scanBlock } from './scan-block.js'
import {
  type DayListings,
  type HollowDays,
  isStorable,
  restoreFragment,
  type StoredFragment,
  storeFragment
} from './stored-fragment.js'

/** What `parseTrackerFacts` read. */
export interface ReadFacts {
  facts: TrackerFacts
  /** The line index of the text, as the parser counts lines. */
  lines: LineIndex
  /** How many days came from the cache, and how many were read. */
  days: { kept: number; read: number }
  /** What `export` lists of each day, when asked for; else null. */
  listings: DayListing[] | null
}

/**
 * Reads what the summary, the lint rules and sync need of a tracker,
 * taking each day, week and checkpoint whose blocks and week are those of
 * an earlier run from the cache instead of reading them again, and
 * leaving in the cache what this run kept. A day from the cache comes with
 * its tasks counted, not listed: that is what makes a warm run cheap.
 *
 * The facts are those `trackerFacts(parseTracker(text))` gives. Where a
 * cached day could not give them (a block after it now adds tasks to it,
 * or a heading's cookie counts every task), the text is read whole.
 *
 * @param text The file's text, as decoded from UTF-8 (a BOM may remain).
 * @param options The date to resolve years against and a configured year.
 * @param cache The trees and fragments of earlier runs.
 * @param listed Whether to give each day's listing too (`export`): the
 *   cache then keeps days with their listings, and takes no day without.
 */
export function parseTrackerFacts(
  text: string,
  options: ParseOptions,
  cache: BlockStore & FragmentCache,
  listed = false
): ReadFacts {
  const prepared = prepareText(text)
  const keys = prepared.blockTexts.map(hashBlock)
  const read = (useCache: boolean) =>
    readFacts(prepared, keys, { ...options, listed }, cache, useCache)

  // Without the cache's days, every day is read and kept whole.
  return read(true) ?? (read(false) as ReadFacts)
}

/**
 * One read of the facts; null when a hollow day was taken where its task
 * list is needed, which cannot happen when `useCache` is false.
 */
function readFacts(
  prepared: PreparedText,
  keys: readonly string[],
  options: ParseOptions & { listed: boolean },
  cache: BlockStore & FragmentCache,
  useCache: boolean
): ReadFacts | null {
  const hollow: HollowDays = new Map()
  const hollowListings: DayListings | undefined = options.listed
    ? new Map()
    : undefined
  // The stored form of each fragment taken from the cache, written back
  // as it was rather than stored again.
  const stored = new Map<KeptFragment, StoredFragment>()
  let kept: FragmentStore = new Map()

  const assembler = createAssembler(prepared, options, {
    keys,
    kept: {
      get(key) {
        const found = useCache ? cache.fragment(key) : undefined
        if (!found) return undefined

        const fragment = tryRestore(found, hollow, hollowListings)
        if (fragment) stored.set(fragment, found)
        return fragment
      }
    },
    keep(fragments) {
      kept = fragments
    }
  })

  // One function reads the tree of the block being added, if the block is
  // read at all, rather than a function made for each of 12,866 blocks.
  let index = 0
  const readCurrent = () =>
    readTree(prepared.blockTexts[index] ?? '', keys[index] ?? '', cache)
  for (; index < prepared.blockTexts.length; index++) {
    assembler.add(readCurrent)
  }
  const tracker = assembler.finish()

  // A block after a hollow day that added to it (a `###` block of tasks
  // typed after it, say) left the day's counts behind; a restored day the
  // read did not take is as restored, so intact. Restored weeks and
  // checkpoints are whole: a block that adds to them adds to the model.
  const isUsable =
    [...stored.keys()].every(
      (fragment) => fragment.kind !== 'day' || isIntact(fragment)
    ) &&
    !(
      assembler.hasHeadingCookies && tracker.days.some((day) => hollow.has(day))
    )
  if (!isUsable) return null

  const days: DayFacts[] = []
  const listings: DayListing[] | null = hollowListings ? [] : null
  // The facts and listings of the days read anew, which their fragments
  // store.
  const counted = new Map<Day, DayFacts>()
  const listed = new Map<Day, DayListing>()
  for (const day of tracker.days) {
    let facts = hollow.get(day)
    if (facts) facts.date = day.date
    else {
      facts = dayFacts(day)
      counted.set(day, facts)
    }
    days.push(facts)

    if (hollowListings && listings) {
      let listing = hollowListings.get(day)
      if (!listing) {
        listing = listDay(day)
        listed.set(day, listing)
      }
      listings.push(listing)
    }
  }

  // Only the fragments not taken from the cache are stored anew.
  const added = new Map<string, StoredFragment>()
  for (const [key, fragment] of kept) {
    if (stored.has(fragment)) continue

    const day = fragment.kind === 'day' ? fragment.day : undefined
    const facts = day && counted.get(day)
    const listing = day && listed.get(day)
    const made = storeFragment(fragment, facts, listing)
    if (isStorable(made)) added.set(key, made)
  }
  cache.keepFragments(kept, added)

  return {
    facts: { ...tracker, days },
    lines: prepared.lines,
    days: { kept: days.length - counted.size, read: counted.size },
    listings
  }
}

/**
 * A block's tree: scanned, from the cache, or parsed by micromark and
 * kept in the cache, as `parseTrackerAsync` reads it.
 */
function readTree(
  blockText: string,
  key: string,
  cache: BlockStore
): BlockTree {
  const scanned = scanBlock(blockText)
  if (scanned) return scanned

  const found = cache.get(key)
  if (found) return found

  const tree = parseWithMicromark(blockText)
  cache.set(key, tree)
  return tree
}

/** A stored fragment restored, or undefined when it is damaged. */
function tryRestore(
  stored: StoredFragment,
  hollow: HollowDays,
  listings: DayListings | undefined
): KeptFragment | undefined {
  try {
    return restoreFragment(stored, hollow, listings)
  } catch {
    return undefined
  }
}
