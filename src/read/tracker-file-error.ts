/**
 * Why a tracker file could not be used. Stable: callers and tests match on
 * it, not on the message.
 */
export type TrackerFileErrorCode =
  | 'NOT_FOUND'
  | 'IS_FOLDER'
  | 'UNREADABLE'
  | 'BINARY'
  | 'NOT_UTF8'
  | 'EMPTY'
  | 'NO_DAYS'
  | 'READ_ONLY'
  | 'WRITE_FAILED'
  | 'EXISTS'
  | 'KEEPS_CHANGING'
  | 'TOO_DEEP'

/**
 * A tracker file that cannot be read as a tracker. The message is one line,
 * `<path>: <reason>`, ready to show to the person.
 */
export class TrackerFileError extends Error {
  override name = 'TrackerFileError'

  /** What went wrong, for code to act on. */
  readonly code: TrackerFileErrorCode

  /** The file as shown: relative to the working folder, `/` separated. */
  readonly path: string

  /** The reason alone, without the path. */
  readonly reason: string

  /**
   * @param code What went wrong.
   * @param path The file as it should be shown.
   * @param reason What was found and what was expected, one line.
   * @param options `cause`, the underlying error, when there is one.
   */
  constructor(
    code: TrackerFileErrorCode,
    path: string,
    reason: string,
    options?: { cause?: unknown }
  ) {
    super(`${path}: ${reason}`, options)
    this.code = code
    this.path = path
    this.reason = reason
  }
}
