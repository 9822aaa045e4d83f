/**
 * Whether the stretches a text gained from changes to an earlier one hold
 * a string: what the earlier text lacked, the new one can hold only there,
 * and looking there spares a scan of the whole text.
 *
 * @param text The new text.
 * @param changes Sorted, not overlapping: each replaced `[start, end)` of
 *   the earlier text with `length` code units.
 * @param search The string to look for, one code unit long (a longer one
 *   could straddle the edge of a stretch).
 */
export function changedTextIncludes(
  text: string,
  changes: ReadonlyArray<{ start: number; end: number; length: number }>,
  search: string
): boolean {
  let shift = 0

  return changes.some((change) => {
    const from = change.start + shift
    shift += change.length - (change.end - change.start)
    return text.slice(from, from + change.length).includes(search)
  })
}
