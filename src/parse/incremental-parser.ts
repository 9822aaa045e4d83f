import type { Tracker } from '../model.js'
import { type BlockStore, hashBlock } from './block-cache.js'
import { type BlockTree, parseBlockTree } from './block-tree.js'
import { changedTextIncludes } from './changed-text.js'
import type { FragmentStore } from './kept-fragment.js'
import { LineIndex } from './line-index.js'
import {
  createAssembler,
  type ParseOptions,
  type PreparedText,
  prepareText
} from './parse-tracker.js'
import { type Block, splitBlocks } from './split-blocks.js'

/** A parser that keeps each block's tree and reads again only new blocks. */
export interface IncrementalParser {
  /**
   * Reads a tracker's text into the model, as `parseTracker` does, parsing
   * only the blocks whose text it has not seen in the last call. The
   * model shares the days, weeks and checkpoints of kept blocks with the
   * models of earlier calls, and a later call moves their places and sets
   * their dates and scores again: read a model before the next call.
   *
   * @param text The file's text.
   * @param options The date to resolve years against and a configured year.
   * @param since Where `text` differs from an earlier text, when known (as
   *   a decode of its bytes knows it); taken only when that text is the
   *   one of the last call, and found by comparing blocks otherwise.
   */
  parse(
    text: string,
    options?: ParseOptions,
    since?: { text: string; changes: readonly TextChange[] }
  ): Tracker
  /**
   * Keeps the blocks of a text that will come back without being parsed
   * first, such as the text a watch has just written: the next `parse`
   * then reads again only what changed since. Blocks of the last `parse`
   * are kept too.
   *
   * @param text The text to come.
   * @param changes Where it differs from the text of the last `parse`, when
   *   known (the edits that made it): then only the blocks they touch are
   *   split and hashed again. Sorted, not overlapping, offsets into the
   *   text of the last `parse`.
   */
  remember(text: string, changes?: readonly TextChange[]): void
  /**
   * How many blocks the last `parse` took as they were (as a tree or as a
   * kept fragment) and parsed anew.
   */
  readonly lastRun: { reused: number; parsed: number }
  /** Forgets every block, as if new. */
  clear(): void
}

/** A stretch `[start, end)` of an old text replaced by `length` units. */
export interface TextChange {
  start: number
  end: number
  length: number
}

/** A prepared text with the key of each of its blocks. */
export interface KeyedText {
  prepared: PreparedText
  keys: string[]
  /** Whether the text has no non-breaking space, so `normal` is `text`. */
  isPlain: boolean
}

/**
 * Starts a parser for a file read again and again, as in `watch`: blocks
 * are kept by a hash of their text, so after a save only the edited blocks
 * (usually one day) go through the Markdown parser. A block's share of
 * the model (a day, a week, a checkpoint) is kept too, and taken as it was
 * while its blocks and its week stay the same; its tree is then no longer
 * needed and is let go. Blocks in neither of the last two texts are
 * dropped, so memory follows about one version of the file, and a save
 * read half-written (which the watch then waits on) does not make the next
 * read parse the whole file again.
 *
 * The text last parsed or remembered is kept split, so that the next text
 * is split and hashed again only where it differs from it.
 */
export function createIncrementalParser(): IncrementalParser {
  let kept = new Map<string, BlockTree>()
  let older = new Map<string, BlockTree>()
  // The kept days, weeks and checkpoints of the last two reads, kept the
  // same way as the trees.
  let keptFragments: FragmentStore = new Map()
  let olderFragments: FragmentStore = new Map()
  let last: KeyedText | null = null
  const lastRun = { reused: 0, parsed: 0 }

  return {
    parse(text, options = {}, since) {
      const changes =
        since && since.text === last?.prepared.text ? since.changes : null
      const keyed = prepareAgain(last, text, changes)
      const { prepared, keys } = keyed
      const next = new Map<string, BlockTree>()
      const store: BlockStore = {
        get: (key) => next.get(key) ?? kept.get(key) ?? older.get(key),
        set: (key, tree) => next.set(key, tree)
      }

      lastRun.reused = 0
      lastRun.parsed = 0

      // A tree is looked up, or parsed, only for a block the builder reads
      // (one function for every block, reading the block being added): a
      // block taken as it was kept needs none. Its tree is then not carried
      // over, and is gone two reads later; should the block be read again
      // (its week renumbered, say), it is parsed again.
      let current = 0
      const readTree = (): BlockTree => {
        const blockText = prepared.blockTexts[current] ?? ''
        const key = keys[current] ?? hashBlock(blockText)
        let tree = store.get(key)

        if (!tree) {
          tree = parseBlockTree(blockText)
          lastRun.parsed++
        }

        store.set(key, tree)
        return tree
      }

      const assembler = createAssembler(prepared, options, {
        keys,
        kept: {
          get: (key) => keptFragments.get(key) ?? olderFragments.get(key)
        },
        keep(fragments, dropped) {
          for (const key of dropped) {
            keptFragments.delete(key)
            olderFragments.delete(key)
          }
          olderFragments = keptFragments
          keptFragments = fragments
        }
      })
      for (; current < prepared.blockTexts.length; current++) {
        assembler.add(readTree)
      }
      const tracker = assembler.finish()

      older = kept
      kept = next
      last = keyed
      lastRun.reused = prepared.blockTexts.length - lastRun.parsed

      return tracker
    },
    remember(text, changes) {
      const keyed = prepareAgain(last, text, changes ?? null)
      // Blocks of the last text are kept as the last parse left them, as a
      // tree or as a kept fragment; only blocks new in this text are parsed.
      const known = new Set(last?.keys)

      keyed.prepared.blockTexts.forEach((blockText, index) => {
        const key = keyed.keys[index] ?? hashBlock(blockText)
        if (!known.has(key) && !kept.has(key)) {
          kept.set(key, older.get(key) ?? parseBlockTree(blockText))
        }
      })

      last = keyed
    },
    get lastRun() {
      return { ...lastRun }
    },
    clear() {
      kept = new Map()
      older = new Map()
      keptFragments = new Map()
      olderFragments = new Map()
      last = null
    }
  }
}

/**
 * Prepares a text as `prepareText` does, reusing the split and the keys of
 * an earlier text for the blocks that did not change; falls back on a whole
 * `prepareText` where reuse cannot be proven to give the same blocks.
 *
 * @param previous The earlier text, split and keyed, or null.
 * @param text The new text.
 * @param changes Where the new text differs from the earlier one, or null
 *   to find it by comparing the blocks from both ends.
 */
export function prepareAgain(
  previous: KeyedText | null,
  text: string,
  changes: readonly TextChange[] | null
): KeyedText {
  const reused = previous && reuseBlocks(previous, text, changes)
  if (reused) return reused

  const prepared = prepareText(text)

  return {
    prepared,
    keys: prepared.blockTexts.map(hashBlock),
    isPlain: !text.includes('\u00a0')
  }
}

/** The blocks of `text` from those of `previous`, or null when unsure. */
function reuseBlocks(
  previous: KeyedText,
  text: string,
  changes: readonly TextChange[] | null
): KeyedText | null {
  const old = previous.prepared
  const blocks = old.split.blocks
  const first = blocks[0]

  // Non-breaking spaces are read as spaces first, which this path skips
  // (a new one is looked for once the changes are known); front matter and
  // a BOM sit before the first block and are read again only by a whole
  // prepare, so they must be as they were.
  if (!previous.isPlain || !first) return null
  if (old.split.frontMatter === null && /^\uFEFF?---/.test(text)) return null
  if (text.slice(0, first.start) !== old.text.slice(0, first.start)) {
    return null
  }
  // A closing fence that ends the text without a line ending may not
  // close the front matter once the line goes on.
  const matter = old.split.frontMatter
  if (matter && old.text[matter.end - 1] !== '\n') return null

  const found = changes ?? findChange(old, text)
  if (found === null) return null
  if (changedTextIncludes(text, found, '\u00a0')) return null
  if (found.some((change) => change.start < first.end)) return null

  // Each run of blocks a change touches (one at either end counts: it may
  // gain or lose the line between them) is split again from the start of
  // the untouched block before it, whose heading line is the same and so
  // starts a block as before.
  const runs = touchedRuns(blocks, found)
  let lines: LineIndex | null = null
  let from: PreparedText | null = old
  const result: KeyedText = {
    prepared: {
      text,
      normal: text,
      // Built on first use, from the earlier text's: a remembered text is
      // only split, not built.
      get lines() {
        if (lines === null && from !== null) {
          lines = LineIndex.afterChanges(from.lines, from.text, text, found)
          from = null
        }
        return lines ?? new LineIndex(text)
      },
      split: { ...old.split, blocks: [] },
      blockTexts: []
    },
    keys: [],
    isPlain: true
  }
  let next = 0
  let shift = 0
  let change = 0

  for (const [from, to] of runs) {
    for (; next < from; next++) keep(result, previous, next, shift)

    // The first block is split from the top of the text, so that a BOM and
    // front matter are read as in a whole split.
    const start = from === 0 ? 0 : (blocks[from]?.start ?? 0) + shift
    const limit = blocks[to]?.start ?? Infinity
    while (change < found.length && (found[change]?.start ?? 0) < limit) {
      const done = found[change] as TextChange
      shift += done.length - (done.end - done.start)
      change++
    }
    const end = to < blocks.length ? limit + shift : text.length

    const resplit = splitRun(text, start, end)
    if (!resplit) return null
    for (const block of resplit) add(result, text, block)
    next = to
  }

  for (; next < blocks.length; next++) keep(result, previous, next, shift)

  return result
}

/**
 * Where two texts differ, as one change: between the blocks that are the
 * same at the start and the blocks that are the same at the end.
 */
function findChange(old: PreparedText, text: string): TextChange[] | null {
  const { blocks } = old.split
  const blockTexts = old.blockTexts
  const delta = text.length - old.text.length
  let head = 0
  let tail = 0

  while (
    head < blocks.length &&
    holdsAt(text, blockTexts[head] ?? '', blocks[head]?.start ?? 0)
  ) {
    head++
  }
  while (
    tail < blocks.length - head &&
    holdsAt(
      text,
      blockTexts[blocks.length - 1 - tail] ?? '',
      (blocks[blocks.length - 1 - tail]?.start ?? 0) + delta
    )
  ) {
    tail++
  }

  if (head === blocks.length && delta === 0) return []

  const start = blocks[head]?.start ?? old.text.length
  const end = blocks[blocks.length - tail]?.start ?? old.text.length

  // Repeated text can match at both ends at once; then give up on reuse.
  if (end + delta < start) return null

  return [{ start, end, length: end + delta - start }]
}

/**
 * Whether `text` holds `part` at `offset`. Comparing a slice is about twice
 * as fast as `startsWith` at an offset, which matters over 13 MB.
 */
function holdsAt(text: string, part: string, offset: number): boolean {
  return text.slice(offset, offset + part.length) === part
}

/**
 * Runs `[from, to)` of block indexes to split again: each block a change
 * touches, with its ends included, widened by the block before.
 */
function touchedRuns(
  blocks: readonly Block[],
  changes: readonly TextChange[]
): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let index = 0

  for (const change of changes) {
    while ((blocks[index]?.end ?? Infinity) < change.start) index++

    let to = index
    while (to < blocks.length && (blocks[to]?.start ?? 0) <= change.end) to++

    const from = Math.max(index - 1, 0)
    const open = runs.at(-1)

    if (open && from <= open[1]) open[1] = Math.max(open[1], to)
    else runs.push([from, to])
  }

  return runs
}

/**
 * Splits `text` from `start`, a block's start, to `end`, where an
 * unchanged block starts (or the end). Null when the split does not start
 * a block at `end`: a fence or an HTML block left open runs past it, and
 * the blocks after it change too.
 */
function splitRun(text: string, start: number, end: number): Block[] | null {
  if (end === text.length) {
    return splitBlocks(text.slice(start)).blocks.map((block) =>
      shiftBlock(block, start)
    )
  }

  // The heading line at `end` is split with the run: a block starting
  // there proves that the scan is back in plain Markdown.
  const newline = text.indexOf('\n', end)
  const lineEnd = newline === -1 ? text.length : newline + 1
  const blocks = splitBlocks(text.slice(start, lineEnd)).blocks
  const last = blocks.pop()

  if (last?.start !== end - start) return null

  return blocks.map((block) => shiftBlock(block, start))
}

function shiftBlock(block: Block, by: number): Block {
  return { start: block.start + by, end: block.end + by }
}

/** Adds an unchanged block of the earlier text, moved by `shift`. */
function keep(
  result: KeyedText,
  previous: KeyedText,
  index: number,
  shift: number
): void {
  const block = previous.prepared.split.blocks[index] as Block
  const blockText = previous.prepared.blockTexts[index] ?? ''

  result.prepared.split.blocks.push(
    shift === 0 ? block : shiftBlock(block, shift)
  )
  result.prepared.blockTexts.push(blockText)
  result.keys.push(previous.keys[index] ?? hashBlock(blockText))
}

/** Adds a block split again, with a new key. */
function add(result: KeyedText, text: string, block: Block): void {
  const blockText = text.slice(block.start, block.end)

  result.prepared.split.blocks.push(block)
  result.prepared.blockTexts.push(blockText)
  result.keys.push(hashBlock(blockText))
}
