/**
 * The stretches of a tracker the tool owns, found from the parsed model
 * and the list in product.md ("Who owns which bytes"), and a way to compare
 * two texts everywhere else.
 */
import type { Edit } from '../../src/edit/edit.js'
import type { TrackerFacts } from '../../src/model.js'

/** A stretch `[start, end)` of a text. */
export interface Range {
  start: number
  end: number
}

/** Metrics rows whose value the tool computes; the others are the person's. */
const computedRows =
  /^(total days|target hours|actual hours|avg hours\/day|week \d+ hours|major milestones complete|improvements implemented|deliverables created)$/i

/**
 * The computed cells of a tracker: metrics values, the Final Status boxes
 * and days-behind blank, cookies and progress blocks.
 *
 * @param tracker The tracker read from the text before the sync.
 */
export function ownedRanges(
  tracker: Pick<TrackerFacts, 'metrics' | 'ballots' | 'cookies' | 'generated'>
): Range[] {
  const ranges: Range[] = []
  const add = (place: { start: { offset: number }; end: { offset: number } }) =>
    ranges.push({ start: place.start.offset, end: place.end.offset })

  for (const row of tracker.metrics?.rows ?? []) {
    if (computedRows.test(row.name.trim())) add(row.value.place)
  }

  for (const ballot of tracker.ballots) {
    if (!/final\s*status/i.test(ballot.label)) continue

    for (const option of ballot.options) {
      add(option.box)
      if (option.detail) add(option.detail.field.place)
    }
  }

  for (const cookie of tracker.cookies) add(cookie.place)
  for (const block of tracker.generated) add(block.inside)

  return ranges.sort((a, b) => a.start - b.start)
}

/**
 * The pieces of a text between the given ranges, in order.
 *
 * @param text The text.
 * @param ranges Stretches to leave out; sorted, not overlapping.
 */
export function textOutside(text: string, ranges: readonly Range[]): string[] {
  const pieces: string[] = []
  let at = 0

  for (const range of ranges) {
    pieces.push(text.slice(at, range.start))
    at = range.end
  }

  pieces.push(text.slice(at))
  return pieces
}

/**
 * Where the ranges stand after the edits: each range shifted by what the
 * edits before it added or removed, grown by the edits inside it.
 *
 * @param ranges Ranges of the old text, sorted, not overlapping.
 * @param edits Edits of the old text, each inside one of the ranges.
 */
export function shiftRanges(
  ranges: readonly Range[],
  edits: readonly Edit[]
): Range[] {
  const growth = (edit: Edit) => edit.text.length - (edit.end - edit.start)

  return ranges.map((range) => {
    const before = edits.filter((edit) => edit.end <= range.start)
    const inside = edits.filter(
      (edit) => edit.start >= range.start && edit.end <= range.end
    )
    const shift = before.reduce((sum, edit) => sum + growth(edit), 0)
    const grown = inside.reduce((sum, edit) => sum + growth(edit), 0)

    return { start: range.start + shift, end: range.end + shift + grown }
  })
}

/**
 * Whether every edit lies inside one of the ranges.
 *
 * @param edits The edits.
 * @param ranges The owned ranges.
 */
export function isInsideRanges(
  edits: readonly Edit[],
  ranges: readonly Range[]
): boolean {
  return edits.every((edit) =>
    ranges.some((range) => edit.start >= range.start && edit.end <= range.end)
  )
}
