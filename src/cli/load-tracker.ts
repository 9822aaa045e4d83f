import type { Tracker } from '../model.js'
import { displayPath } from '../read/display-path.js'
import { readTrackerFile } from '../read/read-tracker-file.js'
import { TrackerFileError } from '../read/tracker-file-error.js'
import type { CommandContext } from './command.js'

/** A tracker file read and parsed. */
export interface LoadedTracker {
  /** The file as messages show it. */
  path: string
  text: string
  tracker: Tracker
}

/**
 * Read and parse the tracker file of a command.
 *
 * @param context The command's file, working folder and settings.
 * @throws {TrackerFileError} When the file cannot be read as a tracker,
 *   including a Markdown file without a single day.
 */
export async function loadTracker(
  context: Pick<CommandContext, 'file' | 'cwd' | 'settings'>
): Promise<LoadedTracker> {
  const { file, cwd, settings } = context
  const path = displayPath(file, cwd)

  const text = await readTrackerFile(file, { cwd })

  // Imported here so that commands which fail early never load remark.
  const { parseTracker } = await import('../parse/parse-tracker.js')
  const tracker = parseTracker(text, {
    today: settings.today,
    ...(settings.year === null ? {} : { year: settings.year })
  })

  requireDays(tracker, path)

  return { path, text, tracker }
}

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
