/** A splice of the original text: replace `[start, end)` with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
  /** What the edit updates, for the report: `Deliverables Created`. */
  label: string
}

/**
 * Applies splices to a text. Edits must not overlap; they may come in any
 * order. Everything outside them is kept byte for byte.
 *
 * @param text The original text.
 * @param edits The splices, with offsets into the original text.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  const parts: string[] = []
  let at = 0

  for (const edit of sorted) {
    if (edit.start < at) {
      throw new Error(`Overlapping edits at offset ${edit.start}`)
    }

    parts.push(text.slice(at, edit.start), edit.text)
    at = edit.end
  }

  parts.push(text.slice(at))

  return parts.join('')
}

/**
 * An edit that replaces a stretch of text only when it differs, so that an
 * up-to-date file yields no edits at all.
 *
 * @param text The original text.
 * @param start Offset where the stretch starts.
 * @param end Offset where it ends.
 * @param wanted The text the stretch should hold.
 * @param label What the stretch is, for the report.
 */
export function editIfChanged(
  text: string,
  start: number,
  end: number,
  wanted: string,
  label: string
): Edit[] {
  return text.slice(start, end) === wanted
    ? []
    : [{ start, end, text: wanted, label }]
}
