import type { Tracker } from '../model.js'
import { type BlockStore, hashBlock } from './block-cache.js'
import type { BlockTree } from './block-tree.js'
import { parseBlockTrees, type ThreadOptions } from './parse-block-trees.js'
import {
  createAssembler,
  type ParseOptions,
  prepareText
} from './parse-tracker.js'

/** Options of `parseTrackerAsync`. */
export interface AsyncParseOptions extends ParseOptions, ThreadOptions {
  /** Trees of blocks parsed before, read and filled; default: none. */
  store?: BlockStore
}

/**
 * Reads a tracker's text into the typed model, as `parseTracker` does, but
 * parses long texts on worker threads and takes the trees of unchanged
 * blocks from a store.
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
  const keys = store ? prepared.blockTexts.map(hashBlock) : []
  const trees: Array<BlockTree | null | undefined> = keys.map((key) =>
    store?.get(key)
  )
  const missing = prepared.blockTexts
    .map((_, index) => index)
    .filter((index) => !trees[index])
  const assembler = createAssembler(prepared, options)
  let next = 0
  let filled = 0

  // Build the blocks that are ready while the workers parse the rest; a
  // block's tree is dropped once built (null), so trees do not pile up.
  const buildReady = () => {
    for (let tree = trees[next]; next < count && tree; tree = trees[next]) {
      assembler.add(tree)
      trees[next] = null
      next += 1
    }
  }

  await parseBlockTrees(
    missing.map((index) => prepared.blockTexts[index] ?? ''),
    options,
    (batch) => {
      for (const tree of batch) {
        const index = missing[filled] ?? 0
        filled += 1
        trees[index] = tree
        store?.set(keys[index] ?? '', tree)
      }
      buildReady()
    }
  )

  buildReady()

  return assembler.finish()
}
