/**
 * The lines of a stretch of text as offsets, without their line endings.
 *
 * @param text The whole file.
 * @param start Offset where the stretch starts.
 * @param end Offset where it ends.
 */
export function lineSpans(
  text: string,
  start: number,
  end: number
): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let lineStart = start

  while (lineStart <= end) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 || newline >= end ? end : newline
    const trimmedEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd

    spans.push([lineStart, trimmedEnd])
    if (lineEnd >= end) break
    lineStart = lineEnd + 1
  }

  return spans
}
