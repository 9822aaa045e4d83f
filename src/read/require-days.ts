import type { Tracker } from '../model.js'
import { TrackerFileError } from './tracker-file-error.js'

/**
 * Refuse a tracker without a single day: it is some other Markdown file.
 *
 * @param tracker The tracker read from the file.
 * @param path The file as messages show it.
 * @throws {TrackerFileError} `NO_DAYS` when the tracker has no days.
 */
export function requireDays(tracker: Tracker, path: string): void {
  if (tracker.days.length === 0) {
    throw new TrackerFileError(
      'NO_DAYS',
      path,
      'has no days, expected a heading such as `## Day 1 - Dec 6`'
    )
  }
}
