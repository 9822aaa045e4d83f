import type { OutputStream } from './command.js'

/**
 * Decide whether to colour what goes to a stream.
 *
 * `NO_COLOR` set to anything but the empty string turns colour off
 * (no-color.org); otherwise `FORCE_COLOR` set to anything but `0` or `false`
 * turns it on; otherwise colour follows whether the stream is a terminal.
 *
 * @param stream The stream the text goes to.
 * @param env The environment variables.
 */
export function shouldColour(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>
): boolean {
  if (env.NO_COLOR) return false

  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'

  return stream.isTTY === true
}
