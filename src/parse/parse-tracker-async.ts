import type { Tracker } from '../model.js'
import { type BlockStore, hashBlock } from './block-cache.js'
import { type BlockTree, parseWithMicromark } from './block-tree.js'
import {
  defaultThreadsFrom,
  parseBlockTrees,
  type ThreadOptions
} from './parse-block-trees.js'
import {
  createAssembler,
  type ParseOptions,
  prepareText
} from './parse-tracker.js'
import { scanBlock } from './scan-block.js'

/** Options of `parseTrackerAsync`. */
export interface AsyncParseOptions extends ParseOptions, ThreadOptions {
  /** Trees of blocks parsed before, read and filled; default: none. */
  store?: BlockStore
}

/**
 * Reads a tracker's text into the typed model, as `parseTracker` does. The
 * line scanner reads the blocks it can; the rest are taken from the store,
 * or parsed by micromark, on worker threads when they are long.
 *
 * @param text The file's text, as decoded from UTF-8 (a BOM may remain).
 * @param options Dates, threads and the store of parsed blocks.
 */
export async function parseTrackerAsync(
  text: string,
  options: AsyncParseOptions = {}
): Promise<Tracker> {
  const prepared = prepareText(text)
  const { store } = options
  const count = prepared.blockTexts.length
  const assembler = createAssembler(prepared, options)
  // Only blocks the scanner leaves are worth a key and a place in the
  // store: scanning a block again costs less than reading its tree back.
  const trees: Array<BlockTree | null> = []
  const missing: number[] = []
  const keys = new Map<number, string>()
  let next = 0
  let filled = 0

  // Build the blocks that are ready, in order; a block's tree is dropped
  // once built (null), so trees do not pile up while nothing waits.
  const buildReady = () => {
    for (let tree = trees[next]; next < count && tree; tree = trees[next]) {
      assembler.add(tree)
      trees[next] = null
      next += 1
    }
  }

  const remember = (index: number, tree: BlockTree) => {
    const key = keys.get(index)
    if (key !== undefined) store?.set(key, tree)
  }

  // Blocks the scanner leaves are parsed here as they come, until they add
  // up to what pays for threads; the rest wait and go to the threads.
  let budget = options.threadsFrom ?? defaultThreadsFrom

  prepared.blockTexts.forEach((blockText, index) => {
    let tree = scanBlock(blockText)

    if (!tree && store) {
      const key = hashBlock(blockText)
      keys.set(index, key)
      tree = store.get(key) ?? null
    }

    if (!tree && missing.length === 0 && blockText.length <= budget) {
      budget -= blockText.length
      tree = parseWithMicromark(blockText)
      remember(index, tree)
    }

    trees.push(tree)
    if (!tree) missing.push(index)
    buildReady()
  })

  await parseBlockTrees(
    missing.map((index) => prepared.blockTexts[index] ?? ''),
    options,
    (batch) => {
      for (const tree of batch) {
        const index = missing[filled] ?? 0
        filled += 1
        trees[index] = tree
        remember(index, tree)
      }
      buildReady()
    }
  )

  buildReady()

  return assembler.finish()
}
