import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { applyEdits, type Edit } from '../../edit/edit.js'
import { planRedate } from '../../edit/redate.js'
import { syncText } from '../../edit/sync-text.js'
import { parseTracker } from '../../parse/parse-tracker.js'
import { displayPath } from '../../read/display-path.js'
import { TrackerFileError } from '../../read/tracker-file-error.js'
import type { InitCommandOptions } from '../command-flags.js'
import type { CommandContext } from '../command.js'
import { templateUrl } from '../template-url.js'

/**
 * `trackmd init [file]`: write the 30-day template, synced as of today, to
 * a file that does not exist yet. With `--start`, Day 1 moves to that date,
 * every later day keeps its distance from Day 1, and the template's
 * `Project Start Date` blank gets the date, which pins the plan's year.
 *
 * @param context The file, settings, streams and the init flags.
 * @returns 0; an existing file or a failed write throws and becomes exit
 *   status 2 in `main`.
 */
export async function run(
  context: CommandContext<InitCommandOptions>
): Promise<number> {
  const { cwd, file, settings, options, stderr } = context
  const absolute = path.resolve(cwd, file)
  const shown = displayPath(absolute, cwd)
  const sources = {
    today: settings.today,
    ...(settings.year === null ? {} : { year: settings.year })
  }

  const template = await readFile(templateUrl, 'utf8')
  const dated =
    options.start === undefined
      ? template
      : redate(template, options.start, sources)
  const { text, tracker } = syncText(dated, sources)

  await writeNewFile(absolute, shown, text)

  const dates = tracker.days.flatMap((day) => day.date ?? [])
  stderr.write(
    `${shown}: written, ${tracker.days.length} days` +
      (dates.length > 0 ? ` from ${dates[0]} to ${dates.at(-1)}` : '') +
      '\n'
  )
  return 0
}

/**
 * Move the template's days to start on `start`, and fill its
 * `Project Start Date` blank with that date.
 */
function redate(
  text: string,
  start: string,
  sources: { today: string; year?: number }
): string {
  const tracker = parseTracker(text, sources)
  const edits: Edit[] = planRedate(text, tracker, start)

  const startField = tracker.dates.find((entry) =>
    /start/i.test(entry.label)
  )?.field
  if (startField) {
    edits.push({
      start: startField.place.start.offset,
      end: startField.place.end.offset,
      text: start,
      label: 'Project Start Date'
    })
  }

  return applyEdits(text, edits)
}

/** Write a file that must not exist yet; never replace one that does. */
async function writeNewFile(
  absolute: string,
  shown: string,
  text: string
): Promise<void> {
  try {
    // `wx` fails when the file exists, even one created a moment ago.
    await writeFile(absolute, text, { flag: 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code

    if (code === 'EEXIST') {
      throw new TrackerFileError(
        'EXISTS',
        shown,
        'already exists, expected a new file name; nothing was written',
        { cause: error }
      )
    }

    const reason =
      code === 'ENOENT'
        ? 'no such folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (code ?? String(error))
    throw new TrackerFileError(
      'WRITE_FAILED',
      shown,
      `could not be written (${reason})`,
      { cause: error }
    )
  }
}
