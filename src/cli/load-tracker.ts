import nodePath from 'node:path'
import type { Tracker } from '../model.js'
import { displayPath } from '../read/display-path.js'
import { guardDepth } from '../read/guard-depth.js'
import { readTrackerFile } from '../read/read-tracker-file.js'
import { requireDays } from '../read/require-days.js'
import type { CommandContext } from './command.js'
import { readPackageVersion } from './package-version.js'

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
  const tracker = await guardDepth(path, () =>
    parseTrackerText(text, nodePath.resolve(cwd, file), { settings })
  )

  requireDays(tracker, path)

  return { path, text, tracker }
}

/**
 * Parse a tracker's text for a command: on worker threads when it is long,
 * and through the block cache when `--cache` is on.
 *
 * @param text The file's text.
 * @param file The file's absolute path, which names its cache file.
 * @param context The command's settings.
 */
export async function parseTrackerText(
  text: string,
  file: string,
  context: Pick<CommandContext, 'settings'>
): Promise<Tracker> {
  const { settings } = context

  // Imported here so that commands which fail early never load the parser.
  const { parseTrackerAsync } = await import('../parse/parse-tracker-async.js')
  const { FileBlockCache, cacheFileFor } =
    await import('../parse/block-cache.js')
  const store = settings.cache
    ? await FileBlockCache.open(
        cacheFileFor(settings.cache, file),
        readPackageVersion()
      )
    : undefined
  const tracker = await parseTrackerAsync(text, {
    today: settings.today,
    ...(settings.year === null ? {} : { year: settings.year }),
    ...(store ? { store } : {})
  })

  // A cache that cannot be written only costs speed next time.
  await store?.save().catch(() => undefined)

  return tracker
}
