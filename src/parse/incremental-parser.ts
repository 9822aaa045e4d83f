import type { Tracker } from '../model.js'
import { type BlockStore, hashBlock } from './block-cache.js'
import { type BlockTree, parseBlockTree } from './block-tree.js'
import {
  assembleTracker,
  type ParseOptions,
  prepareText
} from './parse-tracker.js'

/** A parser that keeps each block's tree and reads again only new blocks. */
export interface IncrementalParser {
  /**
   * Reads a tracker's text into the model, as `parseTracker` does, parsing
   * only the blocks whose text it has not seen in the last call.
   *
   * @param text The file's text.
   * @param options The date to resolve years against and a configured year.
   */
  parse(text: string, options?: ParseOptions): Tracker
  /**
   * Keeps the blocks of a text that will come back without being parsed
   * first, such as the text a watch has just written: the next `parse`
   * then reads again only what changed since. Blocks of the last `parse`
   * are kept too.
   *
   * @param text The text to come.
   */
  remember(text: string): void
  /** How many blocks the last `parse` took as they were, and parsed anew. */
  readonly lastRun: { reused: number; parsed: number }
  /** Forgets every block, as if new. */
  clear(): void
}

/**
 * Starts a parser for a file read again and again, as in `watch`: blocks
 * are kept by a hash of their text, so after a save only the edited blocks
 * (usually one day) go through the Markdown parser; the model is still
 * built from every block. Blocks in neither of the last two texts are
 * dropped, so memory follows about one version of the file, and a save read
 * half-written (which the watch then waits on) does not make the next read
 * parse the whole file again.
 */
export function createIncrementalParser(): IncrementalParser {
  let kept = new Map<string, BlockTree>()
  let older = new Map<string, BlockTree>()
  const lastRun = { reused: 0, parsed: 0 }

  return {
    parse(text, options = {}) {
      const prepared = prepareText(text)
      const next = new Map<string, BlockTree>()
      const store: BlockStore = {
        get: (key) => kept.get(key) ?? older.get(key),
        set: (key, tree) => next.set(key, tree)
      }

      lastRun.reused = 0
      lastRun.parsed = 0

      const trees = prepared.blockTexts.map((blockText) => {
        const key = hashBlock(blockText)
        let tree = next.get(key) ?? store.get(key)

        if (tree) lastRun.reused++
        else {
          tree = parseBlockTree(blockText)
          lastRun.parsed++
        }

        store.set(key, tree)
        return tree
      })

      older = kept
      kept = next

      return assembleTracker(prepared, trees, options)
    },
    remember(text) {
      for (const blockText of prepareText(text).blockTexts) {
        const key = hashBlock(blockText)
        if (!kept.has(key)) {
          kept.set(key, older.get(key) ?? parseBlockTree(blockText))
        }
      }
    },
    get lastRun() {
      return { ...lastRun }
    },
    clear() {
      kept = new Map()
      older = new Map()
    }
  }
}
