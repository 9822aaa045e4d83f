import { readFile, stat } from 'node:fs/promises'
import writeFileAtomic from 'write-file-atomic'
import { TrackerFileError } from '../read/tracker-file-error.js'

/** What became of a write. */
export type WriteOutcome = 'written' | 'changed-meanwhile'

/**
 * Writes a tracker's new text in place of the text that was read, safely:
 * only when the file still holds exactly what was read (the person may
 * have saved meanwhile), through a temporary file in the same folder that
 * is renamed over the original, keeping the file's mode and owner.
 *
 * @param file Absolute path of the file.
 * @param shown The path as messages show it.
 * @param read The text the new text was computed from.
 * @param next The text to write.
 * @returns `changed-meanwhile` when the file no longer holds `read`: nothing
 *   was written, and the caller should read it again and redo its work.
 * @throws {TrackerFileError} When the file is read-only or cannot be
 *   written; nothing is lost then.
 */
export async function writeTracker(
  file: string,
  shown: string,
  read: string,
  next: string
): Promise<WriteOutcome> {
  const info = await stat(file)

  // Checked by hand: as root, access() says every file is writable, and a
  // rename would replace a read-only file without asking.
  if ((info.mode & 0o222) === 0) {
    throw new TrackerFileError(
      'READ_ONLY',
      shown,
      'is read-only, expected a file the tool may update; nothing was written'
    )
  }

  const current = await readFile(file)

  if (!current.equals(Buffer.from(read, 'utf8'))) return 'changed-meanwhile'

  try {
    await writeFileAtomic(file, next, { mode: info.mode & 0o7777 })
  } catch (error) {
    throw new TrackerFileError(
      'WRITE_FAILED',
      shown,
      `could not be written (${describe(error)}); the file is unchanged`,
      { cause: error }
    )
  }

  return 'written'
}

function describe(error: unknown): string {
  const code =
    error instanceof Error && 'code' in error ? String(error.code) : ''

  if (code === 'EACCES' || code === 'EPERM') {
    return 'permission denied in its folder'
  }

  return code || (error instanceof Error ? error.message : String(error))
}
