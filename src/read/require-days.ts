import { TrackerFileError } from './tracker-file-error.js'

/**
 * Refuse a tracker without a single day: it is some other Markdown file.
 *
 * @param tracker The tracker read from the file, as parsed or as facts:
 *   only its days are counted.
 * @param path The file as messages show it.
 * @throws {TrackerFileError} `NO_DAYS` when the tracker has no days.
 */
export function requireDays(
  tracker: { days: readonly unknown[] },
  path: string
): void {
  if (tracker.days.length === 0) {
    throw new TrackerFileError(
      'NO_DAYS',
      path,
      'has no days, expected a heading such as `## Day 1 - Dec 6`'
    )
  }
}
