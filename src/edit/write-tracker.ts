import { randomBytes } from 'node:crypto'
import { chown, open, realpath, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { readWholeFile } from '../read/read-whole-file.js'
import { TrackerFileError } from '../read/tracker-file-error.js'

/** What became of a write. */
export type WriteOutcome = 'written' | 'changed-meanwhile'

/**
 * Writes a tracker's new text in place of the text that was read, safely:
 * only when the file still holds exactly what was read (the person may
 * have saved meanwhile), through a temporary file in the same folder that
 * is renamed over the original, keeping the file's mode and owner.
 *
 * The file is compared just before the rename, so that a save made while
 * the temporary file was being written and flushed is kept rather than
 * replaced; a file whose size already differs is not written at all.
 *
 * A symbolic link stays a link: the file it points to is the one replaced.
 * A file with other hard links is written in place instead, since a rename
 * would part it from them.
 *
 * @param file Absolute path of the file.
 * @param shown The path as messages show it.
 * @param read The text the new text was computed from, or its bytes as
 *   read, which spares encoding it again.
 * @param next The text to write, or its UTF-8 bytes.
 * @returns `changed-meanwhile` when the file no longer holds `read`: nothing
 *   was written, and the caller should read it again and redo its work.
 * @throws {TrackerFileError} When the file is read-only or cannot be
 *   written; nothing is lost then.
 */
export async function writeTracker(
  file: string,
  shown: string,
  read: string | Uint8Array,
  next: string | Uint8Array
): Promise<WriteOutcome> {
  const target = await realpath(file)
  const info = await stat(target)

  // Checked by hand: as root, access() says every file is writable, and a
  // rename would replace a read-only file without asking.
  if ((info.mode & 0o222) === 0) {
    throw new TrackerFileError(
      'READ_ONLY',
      shown,
      'is read-only, expected a file the tool may update; nothing was written'
    )
  }

  const expected = typeof read === 'string' ? Buffer.from(read, 'utf8') : read
  if (info.size !== expected.length) return 'changed-meanwhile'

  if (info.nlink > 1) {
    if (!(await holds(target, expected))) return 'changed-meanwhile'
    return writeInPlace(target, shown, next)
  }

  const temporary = temporaryPath(target)

  try {
    await writeTemporary(temporary, next, info)

    // To do: a save landing between this check and the rename is still
    // replaced; POSIX has no compare-and-rename, so the window is only made
    // as short as it can be.
    if (!(await holds(target, expected))) {
      await rm(temporary, { force: true })
      return 'changed-meanwhile'
    }

    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw new TrackerFileError(
      'WRITE_FAILED',
      shown,
      `could not be written (${describe(error)}); the file is unchanged`,
      { cause: error }
    )
  }

  return 'written'
}

/**
 * Overwrites a file through its own inode, for a file with hard links. Not
 * atomic: a crash midway could leave it cut short, which is why only this
 * case takes this path.
 */
async function writeInPlace(
  target: string,
  shown: string,
  next: string | Uint8Array
): Promise<WriteOutcome> {
  try {
    const handle = await open(target, 'r+')

    try {
      const bytes = typeof next === 'string' ? Buffer.from(next, 'utf8') : next
      await handle.write(bytes, 0, bytes.length, 0)
      await handle.truncate(bytes.length)
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw new TrackerFileError(
      'WRITE_FAILED',
      shown,
      `could not be written (${describe(error)})`,
      { cause: error }
    )
  }

  return 'written'
}

/** Whether a file holds exactly the given bytes; false when it is gone. */
async function holds(file: string, expected: Uint8Array): Promise<boolean> {
  try {
    return (await readWholeFile(file)).equals(expected)
  } catch {
    return false
  }
}

/** A name beside the file that no editor and no other run would pick. */
function temporaryPath(file: string): string {
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`
  return path.join(
    path.dirname(file),
    `.${path.basename(file)}.trackmd-${suffix}.tmp`
  )
}

/** Write and flush the new text, with the original's mode and owner. */
async function writeTemporary(
  temporary: string,
  next: string | Uint8Array,
  info: Awaited<ReturnType<typeof stat>>
): Promise<void> {
  const handle = await open(temporary, 'wx', Number(info.mode) & 0o7777)

  try {
    await handle.writeFile(next)
    // The mode given to open() is narrowed by the umask; set it outright.
    await handle.chmod(Number(info.mode) & 0o7777)
    await handle.sync()
  } finally {
    await handle.close()
  }

  // Only root may give a file away; anyone else keeps their own files.
  if (process.getuid?.() === 0) {
    await chown(temporary, Number(info.uid), Number(info.gid))
  }
}

function describe(error: unknown): string {
  const code =
    error instanceof Error && 'code' in error ? String(error.code) : ''

  if (code === 'EACCES' || code === 'EPERM') {
    return 'permission denied in its folder'
  }

  return code || (error instanceof Error ? error.message : String(error))
}
