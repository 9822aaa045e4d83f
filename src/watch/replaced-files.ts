import { type FileHandle, open, stat } from 'node:fs/promises'

/** A file opened before a write that may replace it. */
export interface OpenedFile {
  handle: FileHandle
  ino: number
  size: number
  mtimeMs: number
}

/** What a save that went on in a replaced file wrote, and where. */
export interface SaveInReplacedFile {
  /** The replaced file's whole content, once it held still. */
  content: Uint8Array
  /** The bytes of the write that replaced the file. */
  replacedBy: Uint8Array
}

/** A replaced file kept open, and what was last seen of it. */
interface KeptFile extends OpenedFile {
  /** The bytes of the write that replaced it. */
  replacedBy: Uint8Array
  /** Whether it changed after it was replaced, and not yet given back. */
  changed: boolean
  /** Looks in a row that found it as it was. */
  quietLooks: number
}

/**
 * The files that the tool's writes replaced, kept open for a while.
 *
 * A write goes to a new file renamed over the old one. A program that was
 * still writing its save into the old file (a pause in the middle of a
 * save, longer than the watch waits for a file to hold still) goes on
 * writing into it, though no path names it any more: the rest of its save
 * would be lost. Each replaced file is looked at now and then; what a
 * writer added to it is read back once it holds still, to be put in place.
 */
export class ReplacedFiles {
  #kept: KeptFile[] = []
  readonly #maxQuietLooks: number

  /**
   * @param maxQuietLooks Looks that find a file unchanged before it is
   *   closed.
   */
  constructor(maxQuietLooks = 10) {
    this.#maxQuietLooks = maxQuietLooks
  }

  /**
   * Open a file before a write that may replace it; null when it cannot
   * be opened, and nothing is guarded then.
   *
   * @param file The file's path.
   */
  static async open(file: string): Promise<OpenedFile | null> {
    let handle: FileHandle
    try {
      handle = await open(file, 'r')
    } catch {
      return null
    }

    try {
      const info = await handle.stat()
      return {
        handle,
        ino: Number(info.ino),
        size: Number(info.size),
        mtimeMs: Number(info.mtimeMs)
      }
    } catch {
      await handle.close()
      return null
    }
  }

  /**
   * After a write: keep the file opened before it when the path now names
   * another file, that is when the write replaced it; else close it.
   *
   * @param opened What `open` gave before the write.
   * @param file The file's path.
   * @param replacedBy The bytes the write put in place.
   */
  async keep(
    opened: OpenedFile,
    file: string,
    replacedBy: Uint8Array
  ): Promise<void> {
    const now = await stat(file).catch(() => null)
    if (now === null || Number(now.ino) === opened.ino) {
      await opened.handle.close()
      return
    }

    this.#kept.push({ ...opened, replacedBy, changed: false, quietLooks: 0 })
  }

  /**
   * Look at each kept file once. One that changed since it was replaced
   * and has held still since the last look has its whole content read
   * and given back, the latest last; one unchanged for `maxQuietLooks`
   * looks is closed.
   */
  async look(): Promise<SaveInReplacedFile[]> {
    const saves: SaveInReplacedFile[] = []

    for (const kept of [...this.#kept]) {
      const info = await kept.handle.stat().catch(() => null)
      const size = info ? Number(info.size) : kept.size
      const mtimeMs = info ? Number(info.mtimeMs) : kept.mtimeMs

      if (size !== kept.size || mtimeMs !== kept.mtimeMs) {
        // Still being written, maybe: given back once it holds still.
        Object.assign(kept, { size, mtimeMs, changed: true, quietLooks: 0 })
        continue
      }

      kept.quietLooks += 1
      if (kept.changed) {
        kept.changed = false
        const content = await readAll(kept.handle, size).catch(() => null)
        if (content) saves.push({ content, replacedBy: kept.replacedBy })
      }

      if (kept.quietLooks >= this.#maxQuietLooks) await this.#drop(kept)
    }

    return saves
  }

  /** Close every kept file. */
  async close(): Promise<void> {
    for (const kept of [...this.#kept]) await this.#drop(kept)
  }

  async #drop(kept: KeptFile): Promise<void> {
    this.#kept = this.#kept.filter((each) => each !== kept)
    await kept.handle.close().catch(() => undefined)
  }
}

/** The whole content of an open file of a known size. */
async function readAll(handle: FileHandle, size: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(size)
  let offset = 0

  while (offset < size) {
    const { bytesRead } = await handle.read(
      buffer,
      offset,
      size - offset,
      offset
    )
    if (bytesRead === 0) break
    offset += bytesRead
  }

  return buffer.subarray(0, offset)
}
