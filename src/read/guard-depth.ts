import {
  maxIndent,
  maxNesting,
  nestingErrorKind
} from '../parse/nesting-depth.js'
import { TrackerFileError } from './tracker-file-error.js'

/**
 * Runs a parse of a file, and turns running out of stack, or nesting
 * deeper than `checkNesting` lets micromark read, into a one-line error.
 * Quotes and lists nested thousands of levels deep are read recursively,
 * by micromark as by the builder; no tracker is written so, but such a
 * file must still get a clear answer, not a stack trace.
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
    // A regular expression compiled first deep in the recursion fails as a
    // SyntaxError when the stack runs out.
    const isStackOut =
      (error instanceof RangeError || error instanceof SyntaxError) &&
      /call stack|stack overflow/i.test(error.message)
    const kind = nestingErrorKind(error)
    if (!isStackOut && kind === null) throw error

    const message =
      kind === 'indent'
        ? `expected list items and quotes indented at most ${maxIndent} ` +
          'columns, found one indented further'
        : `expected quotes and lists nested at most ` +
          `${maxNesting.toLocaleString('en-US')} levels deep, ` +
          'found deeper nesting than trackmd can read'
    throw new TrackerFileError('TOO_DEEP', shown, message, { cause: error })
  }
}
