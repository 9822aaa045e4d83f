import { createHash, hash } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readWholeFile } from '../read/read-whole-file.js'
import type { BlockTree } from './block-tree.js'
import type { StoredFragment } from './stored-fragment.js'

/** Trees of blocks parsed before, keyed by `hashBlock` of their text. */
export interface BlockStore {
  get(key: string): BlockTree | undefined
  set(key: string, tree: BlockTree): void
}

/** Fragments of the model kept from an earlier read, by `fragmentKey`. */
export interface FragmentCache {
  fragment(key: string): StoredFragment | undefined
  /**
   * Replaces the stored fragments with those a read kept, so that the
   * file holds about one version of the tracker.
   *
   * @param kept The fragments the read kept, by key; only the keys are
   *   read.
   * @param added Those of them not taken from this cache as they were
   *   (`fragment`), stored anew; the others stay as stored.
   */
  keepFragments(
    kept: ReadonlyMap<string, unknown>,
    added: ReadonlyMap<string, StoredFragment>
  ): void
}

/**
 * The key of a block's text: its SHA-1, in base64. A block whose text is
 * the same has the same tree, wherever it stands in the file, because
 * trees hold offsets relative to their block.
 *
 * @param text The block's text.
 */
export function hashBlock(text: string): string {
  // The one-call hash: a hash object per block cost a quarter more over
  // the 12,866 blocks of a 10,000-day tracker.
  return hash('sha1', text, 'base64')
}

/**
 * How the cache file is laid out and how its entries were read from the
 * text; a file of another format counts as empty, as does one of another
 * trackmd version. Raised when a change reads headings or lines
 * otherwise, so that no entry read the old way is taken.
 */
const cacheFormat = 3

/** The kinds of entry line, each followed by a tab, its key and a tab. */
const blockEntry = 'block'
const fragmentEntry = 'fragment'

/**
 * An entry as the file holds it: the JSON text, parsed when first asked
 * for, so that a run reads only the entries it uses and writes the others
 * back as they were.
 */
interface Entry<Value> {
  json: string
  value?: Value | undefined
}

/**
 * A block and fragment store kept in one file, for the one-shot commands'
 * `--cache`. The file is the SHA-1 of what follows, a newline, a line of
 * JSON naming the trackmd version and the layout, and then one line per
 * entry: its kind, its key and its JSON, separated by tabs. It is safe to
 * delete; one that cannot be read, whose text is not what its checksum
 * says (damaged on disk, or edited), or that another version of trackmd
 * wrote, counts as empty.
 */
export class FileBlockCache implements BlockStore, FragmentCache {
  readonly file: string
  readonly #version: string
  readonly #stored: Map<string, Entry<BlockTree>>
  readonly #used = new Map<string, Entry<BlockTree>>()
  #fragments: Map<string, Entry<StoredFragment>>
  /** How many entries this run made anew, which a write would store. */
  #added = 0
  /** What `keepFragments` was last told, or null to keep them as read. */
  #kept: {
    kept: ReadonlyMap<string, unknown>
    added: ReadonlyMap<string, StoredFragment>
  } | null = null

  private constructor(
    file: string,
    version: string,
    blocks: Map<string, Entry<BlockTree>>,
    fragments: Map<string, Entry<StoredFragment>>
  ) {
    this.file = file
    this.#version = version
    this.#stored = blocks
    this.#fragments = fragments
  }

  /**
   * Reads a cache file, or starts an empty cache when there is none.
   *
   * @param file The cache file's path.
   * @param version trackmd's version: a file from another one is ignored.
   */
  static async open(file: string, version: string): Promise<FileBlockCache> {
    const blocks = new Map<string, Entry<BlockTree>>()
    const fragments = new Map<string, Entry<StoredFragment>>()

    try {
      // Read without blocking, so that a pipe in its place fails at once.
      const text = (await readWholeFile(file)).toString('utf8')
      const lines = readLines(text, version)

      for (const line of lines) {
        const kindEnd = line.indexOf('\t')
        const keyEnd = line.indexOf('\t', kindEnd + 1)
        if (kindEnd === -1 || keyEnd === -1) continue

        const kind = line.slice(0, kindEnd)
        const key = line.slice(kindEnd + 1, keyEnd)
        const entry = { json: line.slice(keyEnd + 1) }

        if (kind === blockEntry) blocks.set(key, entry)
        if (kind === fragmentEntry) fragments.set(key, entry)
      }
    } catch {
      // No cache yet, or a damaged one: parse everything and write anew.
    }

    return new FileBlockCache(file, version, blocks, fragments)
  }

  get(key: string): BlockTree | undefined {
    const entry = this.#stored.get(key)
    const tree = entry && readEntry(entry, Array.isArray)
    if (!entry || !tree) return undefined

    this.#used.set(key, entry)
    return tree
  }

  set(key: string, tree: BlockTree): void {
    let json: string
    try {
      json = JSON.stringify(tree)
    } catch {
      // Nested deeper than JSON.stringify's stack goes, yet not than the
      // parser's: parsed again next time rather than kept.
      return
    }

    this.#used.set(key, { json, value: tree })
    this.#added++
  }

  fragment(key: string): StoredFragment | undefined {
    const entry = this.#fragments.get(key)
    return entry && readEntry(entry, isStoredFragment)
  }

  keepFragments(
    kept: ReadonlyMap<string, unknown>,
    added: ReadonlyMap<string, StoredFragment>
  ): void {
    // The new set is made only when the file is written, which most warm
    // runs skip: it has an entry for every day.
    this.#kept = { kept, added }
    this.#added += added.size
  }

  /**
   * Writes the blocks used in this run and the fragments last kept, once
   * the entries made anew since the file was written are at least 1 in 100
   * of them; the others are dropped then, so the file does not grow with
   * every edit. Rewriting the cache of a 10,000-day tracker (2.7 MB) costs
   * more than reading again the few days edited since, so a run that made
   * fewer new entries leaves the file as it is, and the next run reads
   * those days again. Entries not asked for are written as they were
   * read. Writes to a temporary file and renames it, so that a reader
   * never sees half a cache.
   */
  async save(): Promise<void> {
    const entries = this.#used.size + (this.#kept?.kept ?? this.#fragments).size
    if (this.#added === 0 || this.#added * 100 < entries) return

    const lines = [
      JSON.stringify({ version: this.#version, format: cacheFormat })
    ]
    for (const [key, entry] of this.#used) {
      lines.push(`${blockEntry}\t${key}\t${entry.json}`)
    }
    for (const [key, json] of this.#fragmentLines()) {
      lines.push(`${fragmentEntry}\t${key}\t${json}`)
    }

    const body = lines.join('\n')
    const temporary = `${this.file}.${process.pid}.tmp`

    await makeFolder(path.dirname(this.file))
    await writeFile(temporary, `${hashBlock(body)}\n${body}`)
    // A folder in its place, say: leave no temporary file behind.
    await rename(temporary, this.file).catch(async (error: unknown) => {
      await rm(temporary, { force: true })
      throw error
    })
  }

  /** The key and JSON of each fragment a write stores. */
  *#fragmentLines(): Generator<[string, string]> {
    if (this.#kept === null) {
      for (const [key, entry] of this.#fragments) yield [key, entry.json]
      return
    }

    const { kept, added } = this.#kept
    for (const key of kept.keys()) {
      const fragment = added.get(key)
      const json = fragment
        ? JSON.stringify(fragment)
        : this.#fragments.get(key)?.json
      if (json !== undefined) yield [key, json]
    }
  }
}

/**
 * Makes a folder and the folders above it that are missing. Node 20's own
 * recursive `mkdir` never returns where a parent exists but refuses a new
 * folder without saying so, as `/proc` does; here a refusal throws.
 *
 * @param folder The folder's path.
 */
async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = []

  for (let at = folder; ; at = path.dirname(at)) {
    const exists = await stat(at).then(
      () => true,
      () => false
    )
    if (exists) break

    missing.push(at)
    if (path.dirname(at) === at) break
  }

  for (const each of missing.reverse()) {
    await mkdir(each).catch((error: unknown) => {
      // Made meanwhile by another run: as good as made here.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    })
  }
}

/**
 * The entry lines of a cache file's text, or none when its checksum, its
 * version or its layout is not the one expected.
 */
function readLines(text: string, version: string): string[] {
  const newline = text.indexOf('\n')
  const body = text.slice(newline + 1)
  if (newline === -1 || text.slice(0, newline) !== hashBlock(body)) return []

  const lines = body.split('\n')
  const header: unknown = JSON.parse(lines[0] ?? '')
  const isUsable =
    typeof header === 'object' &&
    header !== null &&
    'version' in header &&
    'format' in header &&
    header.version === version &&
    header.format === cacheFormat

  return isUsable ? lines.slice(1) : []
}

/**
 * The value of an entry, parsed on first use; undefined when its JSON
 * cannot be parsed or is not of the expected shape.
 */
function readEntry<Value>(
  entry: Entry<Value>,
  isValue: (value: unknown) => boolean
): Value | undefined {
  if (entry.value !== undefined) return entry.value

  try {
    const value: unknown = JSON.parse(entry.json)
    if (isValue(value)) entry.value = value as Value
  } catch {
    // Counted as absent: the caller reads the text instead.
  }

  return entry.value
}

function isStoredFragment(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    'values' in value &&
    Array.isArray(value.values)
  )
}

/**
 * The cache file for a tracker: one per tracker path, in the cache folder.
 *
 * @param folder The cache folder, such as `node_modules/.cache/trackmd`.
 * @param tracker The tracker's absolute path.
 * @param view What the file keeps besides trees: `facts` for `lint` and
 *   `sync`, `listed` for `export`, whose days hold more, in a file of
 *   their own so that each command reads no more than it uses.
 */
export function cacheFileFor(
  folder: string,
  tracker: string,
  view: 'facts' | 'listed' = 'facts'
): string {
  const name = createHash('sha1').update(tracker).digest('hex').slice(0, 16)
  const suffix = view === 'listed' ? '-listed' : ''
  return path.join(folder, `tracker-${name}${suffix}.cache`)
}
