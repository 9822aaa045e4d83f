/**
 * A configuration file that cannot be used. The message is one line,
 * `<file>: <reason>`, naming the key and the expected shape.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'

  /** Stable, for code and tests to match on. */
  readonly code = 'BAD_CONFIG'

  /** The file as shown: relative to the working folder, `/` separated. */
  readonly path: string

  /** The key at fault, such as `rules.missed-day`; empty for the file. */
  readonly key: string

  /**
   * @param path The file as it should be shown.
   * @param key The key at fault, or empty.
   * @param reason What was found and what was expected.
   * @param options `cause`, the underlying error, when there is one.
   */
  constructor(
    path: string,
    key: string,
    reason: string,
    options?: { cause?: unknown }
  ) {
    super(`${path}: ${reason}`, options)
    this.path = path
    this.key = key
  }
}
