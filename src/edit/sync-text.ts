import type { TrackerFacts } from '../model.js'
import { parseTracker } from '../parse/parse-tracker.js'
import type { Summary } from '../summary/summary.js'
import { trackerFacts } from '../summary/tracker-facts.js'
import type { Edit } from './edit.js'
import { syncTracker } from './sync-tracker.js'

/** Options of `syncText`. */
export interface SyncOptions {
  /** Today's local date as `YYYY-MM-DD`. */
  today: string
  /** The year of Day 1, when configured. */
  year?: number
}

/** What a sync computed: the edits, the new text and what they came from. */
export interface SyncResult {
  /** The model the cells were computed from, its days' tasks counted. */
  tracker: TrackerFacts
  summary: Summary
  /** The edits, in the order they stand in the file. */
  edits: Edit[]
  /** The old text of each edit, in the same order. */
  before: string[]
  /** The text after the edits; the same string when nothing changed. */
  text: string
}

/**
 * Recomputes a tracker's computed cells, without touching the disk.
 *
 * @param text The file's text.
 * @param options The date to judge by and a configured year.
 */
export function syncText(text: string, options: SyncOptions): SyncResult {
  const tracker = trackerFacts(parseTracker(text, options))

  return syncTracker(text, tracker, options)
}
