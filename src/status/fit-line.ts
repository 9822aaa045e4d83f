/**
 * Cut a line to a number of characters, ending it with `…` when cut.
 *
 * Counts code points, not terminal cells: wide characters such as emoji may
 * still run a cell or two over.
 *
 * @param text The line, without colour codes.
 * @param width The most characters to keep.
 */
export function fitLine(text: string, width: number): string {
  const characters = Array.from(text)
  if (characters.length <= width) return text

  return `${characters
    .slice(0, width - 1)
    .join('')
    .trimEnd()}…`
}

/**
 * Pad a text on the right to a width, counting code points.
 *
 * @param text The text, without colour codes.
 * @param width The width to reach.
 */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - Array.from(text).length))
}

/**
 * Pad a text on the left to a width, counting code points.
 *
 * @param text The text, without colour codes.
 * @param width The width to reach.
 */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - Array.from(text).length)) + text
}
