/**
 * A mistake in how trackmd was called: an unknown command or flag, or a flag
 * value of the wrong shape. The message is one line, without the program
 * name, naming the flag and the expected shape.
 */
export class UsageError extends Error {
  override name = 'UsageError'

  /** Stable, for code and tests to match on. */
  readonly code = 'USAGE'
}
