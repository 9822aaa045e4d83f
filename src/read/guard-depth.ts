import { TrackerFileError } from './tracker-file-error.js'

/**
 * Runs a parse of a file, and turns running out of stack into a one-line
 * error. Quotes and lists nested thousands of levels deep are read
 * recursively, by micromark as by the builder; no tracker is written so,
 * but such a file must still get a clear answer, not a stack trace.
 *
 * @param shown The file as messages show it.
 * @param parse The parse, which may return a promise.
 */
export async function guardDepth<Result>(
  shown: string,
  parse: () => Result | Promise<Result>
): Promise<Result> {
  try {
    return await parse()
  } catch (error) {
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) {
      throw error
    }

    throw new TrackerFileError(
      'TOO_DEEP',
      shown,
      'expected quotes and lists nested at most a few hundred levels ' +
        'deep, found deeper nesting than trackmd can read',
      { cause: error }
    )
  }
}
