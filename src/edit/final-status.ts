import type { Ballot, BallotOption, TrackerFacts } from '../model.js'
import { garble, garblingEncodings } from '../parse/symbols.js'
import type { Summary } from '../summary/summary.js'
import { editIfChanged, type Edit } from './edit.js'

/** The status the plan is in, as the Final Status ballot names it. */
export type PlanStatus = 'on track' | 'ahead' | 'behind'

/**
 * Behind when any day is missed; ahead when none is and a day dated after
 * today is already complete; on track otherwise.
 *
 * @param tracker The tracker.
 * @param summary Its summary.
 */
export function planStatus(
  tracker: TrackerFacts,
  summary: Summary
): PlanStatus {
  if (summary.missedDays.length > 0) return 'behind'

  const complete = new Set(summary.completeDays)
  const early = tracker.days.some(
    (day) =>
      day.date !== null && day.date > summary.today && complete.has(day.number)
  )

  return early ? 'ahead' : 'on track'
}

const optionPatterns: Record<PlanStatus, RegExp> = {
  'on track': /on\s*track/i,
  ahead: /ahead/i,
  behind: /behind/i
}

/** The blank the days-behind detail goes back to when not behind. */
const emptyDetail = '___'

/**
 * Edits that choose exactly one option of the Final Status ballot and fill
 * its `days behind` blank, or restore the blank when not behind.
 *
 * @param text The file's text.
 * @param tracker The tracker read from it.
 * @param summary Its summary.
 */
export function planFinalStatus(
  text: string,
  tracker: TrackerFacts,
  summary: Summary
): Edit[] {
  const ballot: Ballot | undefined = tracker.ballots.find((entry) =>
    /final\s*status/i.test(entry.label)
  )
  if (!ballot) return []

  const status = planStatus(tracker, summary)
  const edits: Edit[] = []

  for (const option of ballot.options) {
    const known = (Object.keys(optionPatterns) as PlanStatus[]).find((key) =>
      optionPatterns[key].test(option.label)
    )
    if (!known) continue

    const chosen = known === status

    if (option.chosen !== chosen) {
      const { start, end } = option.box
      const box = boxLike(text.slice(start.offset, end.offset), chosen)
      // Named for its option: a change of status edits two boxes.
      const label = `Final Status (${option.label})`
      edits.push(...editIfChanged(text, start.offset, end.offset, box, label))
    }

    edits.push(...planDetail(text, option, chosen, summary))
  }

  return edits
}

function planDetail(
  text: string,
  option: BallotOption,
  chosen: boolean,
  summary: Summary
): Edit[] {
  if (!option.detail || !/behind/i.test(option.detail.label)) return []

  const { field } = option.detail
  const { start, end } = field.place

  if (chosen) {
    const wanted = String(summary.missedDays.length)
    return editIfChanged(text, start.offset, end.offset, wanted, 'Days behind')
  }

  return field.text === ''
    ? []
    : editIfChanged(text, start.offset, end.offset, emptyDetail, 'Days behind')
}

/**
 * A box in the style of the one it replaces: `[x]` for `[ ]`, and garbled
 * the same way when the file's symbols are garbled.
 */
function boxLike(existing: string, chosen: boolean): string {
  if (existing.startsWith('[')) return chosen ? '[x]' : '[ ]'

  const glyph = chosen ? '☑' : '☐'

  for (const encoding of garblingEncodings) {
    const garbledForms = ['☐', '☑', '☒', '✓'].map((symbol) =>
      garble(symbol, encoding)
    )

    if (garbledForms.includes(existing)) return garble(glyph, encoding)
  }

  return glyph
}
