import { createHash } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readWholeFile } from '../read/read-whole-file.js'
import type { BlockTree } from './block-tree.js'

/** Trees of blocks parsed before, keyed by `hashBlock` of their text. */
export interface BlockStore {
  get(key: string): BlockTree | undefined
  set(key: string, tree: BlockTree): void
}

/**
 * The key of a block's text: its SHA-1, in hex. A block whose text is the
 * same has the same tree, wherever it stands in the file, because trees
 * hold offsets relative to their block.
 *
 * @param text The block's text.
 */
export function hashBlock(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** What a cache file holds. */
interface CacheData {
  /** Which trackmd wrote it: another version's trees are not trusted. */
  version: string
  blocks: Record<string, BlockTree>
}

/**
 * A block store kept in one file, for the one-shot commands' `--cache`:
 * the SHA-1 of the JSON that follows, a newline, and the JSON. The file is
 * safe to delete; one that cannot be read, whose JSON is not what its
 * checksum says (damaged on disk, or edited), or that another version of
 * trackmd wrote, counts as empty.
 */
export class FileBlockCache implements BlockStore {
  readonly file: string
  readonly #version: string
  readonly #stored: Map<string, BlockTree>
  readonly #used = new Map<string, BlockTree>()
  #isChanged = false

  private constructor(
    file: string,
    version: string,
    stored: Map<string, BlockTree>
  ) {
    this.file = file
    this.#version = version
    this.#stored = stored
  }

  /**
   * Reads a cache file, or starts an empty cache when there is none.
   *
   * @param file The cache file's path.
   * @param version trackmd's version: a file from another one is ignored.
   */
  static async open(file: string, version: string): Promise<FileBlockCache> {
    let stored = new Map<string, BlockTree>()

    try {
      // Read without blocking, so that a pipe in its place fails at once.
      const text = (await readWholeFile(file)).toString('utf8')
      const newline = text.indexOf('\n')
      const json = text.slice(newline + 1)

      if (newline !== -1 && text.slice(0, newline) === hashBlock(json)) {
        const data = JSON.parse(json) as CacheData

        if (data.version === version && typeof data.blocks === 'object') {
          stored = new Map(Object.entries(data.blocks))
        }
      }
    } catch {
      // No cache yet, or a damaged one: parse everything and write anew.
    }

    return new FileBlockCache(file, version, stored)
  }

  get(key: string): BlockTree | undefined {
    const tree = this.#stored.get(key)
    if (tree) this.#used.set(key, tree)
    return tree
  }

  set(key: string, tree: BlockTree): void {
    this.#used.set(key, tree)
    this.#isChanged = true
  }

  /**
   * Writes the blocks used in this run back, when any was new or any
   * stored one went unused; the others are dropped so the file does not
   * grow with every edit. Writes to a temporary file and renames it, so
   * that a reader never sees half a cache.
   */
  async save(): Promise<void> {
    if (!this.#isChanged && this.#used.size === this.#stored.size) return

    const data: CacheData = {
      version: this.#version,
      blocks: Object.fromEntries(this.#used)
    }
    const temporary = `${this.file}.${process.pid}.tmp`

    const json = JSON.stringify(data)

    await mkdir(path.dirname(this.file), { recursive: true })
    await writeFile(temporary, `${hashBlock(json)}\n${json}`)
    // A folder in its place, say: leave no temporary file behind.
    await rename(temporary, this.file).catch(async (error: unknown) => {
      await rm(temporary, { force: true })
      throw error
    })
  }
}

/**
 * The cache file for a tracker: one per tracker path, in the cache folder.
 *
 * @param folder The cache folder, such as `node_modules/.cache/trackmd`.
 * @param tracker The tracker's absolute path.
 */
export function cacheFileFor(folder: string, tracker: string): string {
  const name = createHash('sha1').update(tracker).digest('hex').slice(0, 16)
  return path.join(folder, `blocks-${name}.json`)
}
