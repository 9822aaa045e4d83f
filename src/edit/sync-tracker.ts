import type { TrackerFacts } from '../model.js'
import { summarize } from '../summary/summarize.js'
import { applyEdits } from './edit.js'
import { planSync } from './plan-sync.js'
import type { SyncOptions, SyncResult } from './sync-text.js'

// Apart from sync-text.ts so that a command can load it without the parser.
/**
 * Recomputes the computed cells of a tracker already parsed from `text`.
 *
 * @param text The file's text.
 * @param tracker The model read from it, its days' tasks counted: what
 *   `trackerFacts(parseTracker(text))` gives, or a faster equal.
 * @param options The date to judge by.
 */
export function syncTracker(
  text: string,
  tracker: TrackerFacts,
  options: Pick<SyncOptions, 'today'>
): SyncResult {
  const planned = planTrackerSync(text, tracker, options)
  const { edits } = planned

  return {
    ...planned,
    text: edits.length === 0 ? text : applyEdits(text, edits)
  }
}

/**
 * What `syncTracker` gives but the new text, for a caller that writes the
 * edits into the bytes it read and builds the text only afterwards.
 *
 * @param text The file's text.
 * @param tracker The model read from it, its days' tasks counted.
 * @param options The date to judge by.
 */
export function planTrackerSync(
  text: string,
  tracker: TrackerFacts,
  options: Pick<SyncOptions, 'today'>
): Omit<SyncResult, 'text'> {
  const summary = summarize(tracker, { today: options.today })
  const edits = planSync(text, tracker, summary)

  return {
    tracker,
    summary,
    edits,
    before: edits.map((edit) => text.slice(edit.start, edit.end))
  }
}
