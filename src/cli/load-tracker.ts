import nodePath from 'node:path'
import type { DayListing, Tracker, TrackerFacts } from '../model.js'
import type { FileBlockCache } from '../parse/block-cache.js'
import type { LineIndex } from '../parse/line-index.js'
import type { ParseOptions } from '../parse/parse-tracker.js'
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
  if (!settings.cache) return parseTrackerAsync(text, parseOptions(settings))

  return readThroughCache(
    settings.cache,
    file,
    'facts',
    (store) => parseTrackerAsync(text, { ...parseOptions(settings), store }),
    () => parseTrackerText(text, file, withoutCache(settings))
  )
}

/** A tracker's facts, with the line index of its text when one was built. */
export interface ReadTrackerFacts {
  facts: TrackerFacts
  lines?: LineIndex
  /** What `export` lists of each day, when asked for. */
  listings?: DayListing[]
}

/**
 * Read what the summary, the lint rules and sync need of a tracker's text:
 * with `--cache`, taking the days, weeks and checkpoints of an earlier run
 * from the cache file (a kept day comes with its tasks counted, not
 * listed); otherwise from the whole model, as `parseTrackerText` reads it.
 *
 * @param text The file's text.
 * @param file The file's absolute path, which names its cache file.
 * @param context The command's settings.
 * @param listed Whether to give each day's listing too, as `export`
 *   needs; with `--cache`, from a cache file of its own.
 */
export async function readTrackerFacts(
  text: string,
  file: string,
  context: Pick<CommandContext, 'settings'>,
  listed: true
): Promise<ReadTrackerFacts & { listings: DayListing[] }>
export async function readTrackerFacts(
  text: string,
  file: string,
  context: Pick<CommandContext, 'settings'>,
  listed?: false
): Promise<ReadTrackerFacts>
export async function readTrackerFacts(
  text: string,
  file: string,
  context: Pick<CommandContext, 'settings'>,
  listed = false
): Promise<ReadTrackerFacts> {
  const { settings } = context

  if (!settings.cache) {
    const { trackerFacts } = await import('../summary/tracker-facts.js')
    const tracker = await parseTrackerText(text, file, context)
    const facts = trackerFacts(tracker)
    if (!listed) return { facts }

    const { listDay } = await import('../export/list-day.js')
    return { facts, listings: tracker.days.map(listDay) }
  }

  const { parseTrackerFacts } = await import('../parse/parse-tracker-facts.js')
  return readThroughCache(
    settings.cache,
    file,
    listed ? 'listed' : 'facts',
    (cache) => {
      const read = parseTrackerFacts(
        text,
        parseOptions(settings),
        cache,
        listed
      )
      const { facts, lines, listings } = read

      return listings ? { facts, lines, listings } : { facts, lines }
    },
    () =>
      listed
        ? readTrackerFacts(text, file, withoutCache(settings), true)
        : readTrackerFacts(text, file, withoutCache(settings))
  )
}

/**
 * Reads a tracker with the help of its cache file, and writes the file
 * back. A read that fails with the cache is done again without it: a
 * cache edited past its checksum may hold entries the parser cannot build
 * from, and the cache is only ever worth some speed.
 *
 * @param folder The cache folder.
 * @param file The tracker's absolute path, which names its cache file.
 * @param view Which of the tracker's cache files (`cacheFileFor`).
 * @param read The read, given the cache.
 * @param readWithout The same read without the cache.
 */
async function readThroughCache<Result>(
  folder: string,
  file: string,
  view: 'facts' | 'listed',
  read: (cache: FileBlockCache) => Result | Promise<Result>,
  readWithout: () => Promise<Result>
): Promise<Result> {
  const { FileBlockCache, cacheFileFor } =
    await import('../parse/block-cache.js')
  const cache = await FileBlockCache.open(
    cacheFileFor(folder, file, view),
    readPackageVersion()
  )

  let result: Result
  try {
    result = await read(cache)
  } catch {
    return readWithout()
  }

  // A cache that cannot be written only costs speed next time.
  await cache.save().catch(() => undefined)

  return result
}

/** The settings of a command run again without its cache. */
function withoutCache(
  settings: CommandContext['settings']
): Pick<CommandContext, 'settings'> {
  return { settings: { ...settings, cache: null } }
}

/** The date and year a command's settings give the parser. */
function parseOptions(settings: CommandContext['settings']): ParseOptions {
  return {
    today: settings.today,
    ...(settings.year === null ? {} : { year: settings.year })
  }
}
