import type { Tracker } from '../model.js'
import { type BlockStore, hashBlock } from './block-cache.js'
import type { BlockTree } from './block-tree.js'
import { parseBlockTrees, type ThreadOptions } from './parse-block-trees.js'
import {
  assembleTracker,
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
  const keys = store ? prepared.blockTexts.map(hashBlock) : []
  const trees: Array<BlockTree | undefined> = keys.map((key) => store?.get(key))
  const missing = prepared.blockTexts
    .map((_, index) => index)
    .filter((index) => trees[index] === undefined)
  const parsed = await parseBlockTrees(
    missing.map((index) => prepared.blockTexts[index] ?? ''),
    options
  )

  missing.forEach((index, position) => {
    const tree = parsed[position] ?? []
    trees[index] = tree
    if (store) store.set(keys[index] ?? '', tree)
  })

  return assembleTracker(
    prepared,
    trees.map((tree) => tree ?? []),
    options
  )
}
