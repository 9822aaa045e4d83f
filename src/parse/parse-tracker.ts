import type * as Yaml from 'yaml'
import { onDemand } from '../load-on-demand.js'
import type { Tracker } from '../model.js'
import { TrackerBuilder } from './build-tracker.js'
import {
  collectPoints,
  type DayFragment,
  type FragmentStore,
  fragmentKey,
  isIntact,
  moveFragment
} from './kept-fragment.js'
import { type BlockTree, parseBlockTree } from './block-tree.js'
import { LineIndex } from './line-index.js'
import { resolveDates } from './resolve-dates.js'
import { type Blocks, splitBlocks } from './split-blocks.js'
import { emptyTracker } from './empty-tracker.js'

/** Options for reading a tracker. */
export interface ParseOptions {
  /**
   * Today's local date as `YYYY-MM-DD`: month-and-day dates take the year
   * that puts Day 1 nearest to it when nothing else gives a year. Default:
   * `2000-01-01`, for callers that do not care about years.
   */
  today?: string
  /** The year of Day 1, as configured; the front matter may also give it. */
  year?: number
}

/** A tracker's text made ready to parse: normalised, indexed and split. */
export interface PreparedText {
  /** The file's text as given. */
  text: string
  /** The text with non-breaking spaces read as spaces. */
  normal: string
  lines: LineIndex
  split: Blocks
  /** The text of each block of `split`, in order. */
  blockTexts: string[]
}

/**
 * Normalises a tracker's text and splits it into blocks, the cheap part
 * that comes before the Markdown parser.
 *
 * @param text The file's text, as decoded from UTF-8 (a BOM may remain).
 */
export function prepareText(text: string): PreparedText {
  // A non-breaking space where the format wants a space reads as a space;
  // both are one code unit, so every offset still points into `text`.
  const normal = text.replace(/\u00a0/g, ' ')
  const split = splitBlocks(normal)

  return {
    text,
    normal,
    lines: new LineIndex(normal),
    split,
    blockTexts: split.blocks.map((block) =>
      normal.slice(block.start, block.end)
    )
  }
}

/**
 * Reads a tracker's text into the typed model. Never throws on Markdown
 * content: what cannot be read is kept in `unparsed`.
 *
 * @param text The file's text, as decoded from UTF-8 (a BOM may remain).
 * @param options The date to resolve years against and a configured year.
 */
export function parseTracker(
  text: string,
  options: ParseOptions = {}
): Tracker {
  const prepared = prepareText(text)

  // One block at a time, so that only one block's tree is alive at once.
  return assembleTracker(
    prepared,
    prepared.blockTexts.map((blockText) => () => parseBlockTree(blockText)),
    options
  )
}

/**
 * Builds the model from the trees of a prepared text's blocks.
 *
 * @param prepared The text, as `prepareText` gave it.
 * @param trees The tree of each block, in order, or a function that parses
 *   it when the builder gets to it.
 * @param options The date to resolve years against and a configured year.
 * @param reuse Blocks kept from earlier reads; see `createAssembler`.
 */
export function assembleTracker(
  prepared: PreparedText,
  trees: ReadonlyArray<BlockTree | (() => BlockTree)>,
  options: ParseOptions = {},
  reuse?: BlockReuse
): Tracker {
  const assembler = createAssembler(prepared, options, reuse)

  for (const tree of trees) assembler.add(tree)

  return assembler.finish()
}

/** Builds a model block by block, so that it can start before all parse. */
export interface Assembler {
  /**
   * Adds the tree of the next block, in the order of the blocks; given as
   * a function, it is called only when the block is read, not for a block
   * taken as it was kept.
   */
  add(tree: BlockTree | (() => BlockTree)): void
  /** Completes the model once every block is added. */
  finish(): Tracker
  /**
   * Whether a heading holds a statistics cookie, counted in `finish` over
   * every task list of the model.
   */
  readonly hasHeadingCookies: boolean
}

/**
 * Days, weeks and checkpoints kept from earlier reads of a file, for a
 * builder that reads it again and again (`createIncrementalParser`).
 */
export interface BlockReuse {
  /** The key of each block of the prepared text, in order. */
  keys: readonly string[]
  /** Fragments from earlier reads, by `fragmentKey`. */
  kept: Pick<FragmentStore, 'get'>
  /** Called once the model is built, with the fragments that hold. */
  keep(fragments: FragmentStore, dropped: readonly string[]): void
}

/**
 * Starts building the model of a prepared text.
 *
 * @param prepared The text, as `prepareText` gave it.
 * @param options The date to resolve years against and a configured year.
 * @param reuse Fragments kept from earlier reads, to add without reading
 *   their blocks again; the model then shares objects with earlier ones.
 */
export function createAssembler(
  prepared: PreparedText,
  options: ParseOptions = {},
  reuse?: BlockReuse
): Assembler {
  const { text, normal, lines, split } = prepared
  const { blocks, frontMatter, frontMatterText } = split
  const tracker = emptyTracker(
    {
      bom: text.charCodeAt(0) === 0xfeff,
      lineEnding: normal[normal.indexOf('\n') - 1] === '\r' ? '\r\n' : '\n',
      frontMatter: frontMatter
        ? lines.place(frontMatter.start, frontMatter.end)
        : null
    },
    readYear(frontMatterText)
  )

  const builder = new TrackerBuilder(tracker, normal)
  // Fragments taken or made in this read, by key; each key once, since a
  // day repeated word for word is two days.
  const fragments: FragmentStore = new Map()
  // The day made in this read that is still open, which the next block
  // may go on; and how many blocks a kept day took stand for.
  let open: DayFragment | null = null
  let skip = 0
  let index = 0

  return {
    get hasHeadingCookies() {
      return builder.hasHeadingCookies
    },
    add(input) {
      const block = blocks[index]
      const keys = reuse?.keys
      index += 1
      if (!block) return
      if (skip > 0) {
        skip -= 1
        return
      }

      const source = { text: normal, lines, base: block.start }
      const blockKey = keys?.[index - 1]
      if (!keys || blockKey === undefined || !builder.canKeepBlocks) {
        builder.addBlock(treeOf(input), source)
        open = null
        return
      }

      const key = fragmentKey(blockKey, builder.openWeek, builder.openDay)
      const line = lines.point(block.start).line
      const found = fragments.has(key) ? undefined : reuse?.kept.get(key)

      const follows = found?.kind === 'day' ? found.blocks : []
      if (found && follows.every((each, at) => keys[index + at] === each)) {
        moveFragment(found, block.start, line)
        if (found.kind === 'day') builder.reuseDay(found)
        else builder.reuseScope(found)
        fragments.set(key, found)
        skip = follows.length
        open = null
        return
      }

      const made = builder.addKeptBlock(
        treeOf(input),
        source,
        line,
        open,
        blockKey
      )
      if (made === 'extended') return

      open = null
      if (made && !fragments.has(key)) {
        fragments.set(key, made)
        if (made.kind === 'day') open = made
      }
    },
    finish() {
      builder.finish(normal.length)

      if (reuse) {
        // A later block that added to a day or a checkpoint makes it depend
        // on more than its own blocks: neither it nor the one kept before
        // holds.
        const dropped: string[] = []
        for (const [key, fragment] of fragments) {
          if (!isIntact(fragment)) {
            fragments.delete(key)
            dropped.push(key)
          }
        }
        reuse.keep(fragments, dropped)
      }

      resolveDates(tracker, {
        today: options.today ?? '2000-01-01',
        year: options.year ?? tracker.year ?? null
      })

      // The points of a new day are gathered now that no block can add to
      // it, rather than when it first moves: the first read of a file makes
      // every day new, and an edit near the top then moves them all.
      if (reuse) {
        for (const fragment of fragments.values()) {
          if (fragment.kind === 'day') {
            fragment.points ??= collectPoints([fragment.day, fragment.added])
          }
        }
      }

      return tracker
    }
  }
}

/** A block's tree, parsed now when it was given as a function. */
function treeOf(input: BlockTree | (() => BlockTree)): BlockTree {
  return typeof input === 'function' ? input() : input
}

// Few trackers have front matter; those that do load the YAML parser.
const loadYaml = onDemand<typeof Yaml>('yaml')

/** The `year` key of YAML front matter, when it holds a whole number. */
function readYear(yaml: string | null): number | null {
  if (yaml === null) return null

  try {
    const data: unknown = loadYaml().parse(yaml)
    const year =
      typeof data === 'object' && data !== null && 'year' in data
        ? Number(data.year)
        : NaN

    // A four-digit year only: anything else is a typo, not a plan for the
    // year 10000.
    return Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : null
  } catch {
    // Front matter that is not YAML gives no year; lint reports it.
    return null
  }
}
