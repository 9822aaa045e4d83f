import { stat } from 'node:fs/promises'
import path from 'node:path'
import {
  decodeAgain,
  type DecodedAgain,
  type DecodedText
} from './decode-again.js'
import { decodeText } from './decode-text.js'
import { displayPath } from './display-path.js'
import { readWholeFile } from './read-whole-file.js'
import { TrackerFileError } from './tracker-file-error.js'

/** Options of `readTrackerFile`. */
export interface ReadOptions {
  /** The folder relative paths start from, and messages are relative to. */
  cwd: string
}

/**
 * Read a tracker file as text, refusing what cannot be a tracker.
 *
 * @param file The file, absolute or relative to `options.cwd`.
 * @param options `cwd`, the working folder.
 * @returns The text as read, byte order mark included.
 * @throws {TrackerFileError} When the file is missing, a folder, unreadable,
 *   binary, not UTF-8, or empty (nothing but white space).
 */
export async function readTrackerFile(
  file: string,
  options: ReadOptions
): Promise<string> {
  return (await readTrackerContent(file, options)).text
}

/**
 * Read a tracker file as `readTrackerFile` does, keeping its bytes too, so
 * that a writer can check the file still holds them without encoding the
 * text again.
 *
 * @param file The file, absolute or relative to `options.cwd`.
 * @param options `cwd`, the working folder.
 * @param previous An earlier text of the file and its bytes, which spares
 *   decoding again what did not change (see `decodeAgain`).
 * @throws {TrackerFileError} As `readTrackerFile`.
 */
export async function readTrackerContent(
  file: string,
  options: ReadOptions,
  previous?: DecodedText
): Promise<DecodedText> {
  const absolute = path.resolve(options.cwd, file)
  const shown = displayPath(absolute, options.cwd)

  const bytes = await readBytes(absolute, shown)

  const decoded: DecodedAgain = previous
    ? decodeAgain(previous, bytes)
    : decodeText(bytes)
  if (!decoded.ok && decoded.problem === 'binary') {
    throw new TrackerFileError(
      'BINARY',
      shown,
      `is a binary file (NUL byte at offset ${decoded.offset}), ` +
        'expected Markdown text'
    )
  }
  if (!decoded.ok) {
    throw new TrackerFileError(
      'NOT_UTF8',
      shown,
      'is not UTF-8 text, expected Markdown saved as UTF-8'
    )
  }

  if (bytes.length === 0) {
    throw new TrackerFileError('EMPTY', shown, 'is empty, expected a tracker')
  }
  if (decoded.text.replace(/^\uFEFF/, '').trim() === '') {
    throw new TrackerFileError(
      'EMPTY',
      shown,
      'holds only white space, expected a tracker'
    )
  }

  const { text, since } = decoded
  return since ? { text, bytes, since } : { text, bytes }
}

async function readBytes(absolute: string, shown: string): Promise<Buffer> {
  try {
    // Checked first so that a folder gets its own message on every platform.
    const info = await stat(absolute)

    if (info.isDirectory()) {
      throw new TrackerFileError(
        'IS_FOLDER',
        shown,
        'is a folder, expected a Markdown file'
      )
    }

    // A pipe or a device would block the read or never end.
    if (!info.isFile()) throw notRegularFile(shown)

    return await readWholeFile(absolute)
  } catch (error) {
    if (error instanceof TrackerFileError) throw error
    throw toFileError(error, shown)
  }
}

function notRegularFile(shown: string, cause?: unknown): TrackerFileError {
  return new TrackerFileError(
    'UNREADABLE',
    shown,
    'is not a regular file, expected a Markdown file',
    cause === undefined ? undefined : { cause }
  )
}

function toFileError(error: unknown, shown: string): TrackerFileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code

  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new TrackerFileError('NOT_FOUND', shown, 'no such file', {
      cause: error
    })
  }
  // Put in the file's place between the stat and the read.
  if (code === 'ENOTREGULAR') return notRegularFile(shown, error)
  if (code === 'EISDIR') {
    return new TrackerFileError(
      'IS_FOLDER',
      shown,
      'is a folder, expected a Markdown file',
      { cause: error }
    )
  }

  const detail =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : (code ?? String(error))
  return new TrackerFileError(
    'UNREADABLE',
    shown,
    `cannot be read (${detail})`,
    { cause: error }
  )
}
