import path from 'node:path'
import { createTwoFilesPatch } from 'diff'
import type { SyncResult } from '../../edit/sync-text.js'
import { syncTracker } from '../../edit/sync-tracker.js'
import { writeTracker } from '../../edit/write-tracker.js'
import { displayPath } from '../../read/display-path.js'
import { readTrackerFile } from '../../read/read-tracker-file.js'
import { TrackerFileError } from '../../read/tracker-file-error.js'
import type { SyncCommandOptions } from '../command-flags.js'
import type { CommandContext } from '../command.js'
import { parseTrackerText, requireDays } from '../load-tracker.js'
import { countCells, describeEdits } from '../sync-report.js'

/** How often to read again when the file changes between read and write. */
const maxAttempts = 5

/**
 * `trackmd sync [file]`: recompute the computed cells and rewrite them in
 * place, reporting one line per cell on stderr. With `--check` or `--diff`
 * nothing is written; `--diff` prints the change as a unified diff on
 * stdout, and `--check` exits 1 when anything would change.
 *
 * @param context The file, settings, streams and the sync flags.
 * @returns 0 when written or up to date, 1 for `--check` on a file that is
 *   out of date; bad input, a read-only file or a file that keeps changing
 *   throw and become exit status 2 in `main`.
 */
export async function run(
  context: CommandContext<SyncCommandOptions>
): Promise<number> {
  const { cwd, file, settings, options, stdout, stderr } = context
  const absolute = path.resolve(cwd, file)
  const shown = displayPath(absolute, cwd)
  const isDryRun = options.check === true || options.diff === true

  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const text = await readTrackerFile(absolute, { cwd })
    const tracker = await parseTrackerText(text, absolute, context)
    const result = syncTracker(text, tracker, { today: settings.today })
    requireDays(result.tracker, shown)

    if (result.edits.length === 0) {
      stderr.write(`${shown}: up to date\n`)
      return 0
    }

    if (isDryRun) {
      if (options.diff) stdout.write(renderDiff(shown, text, result.text))
      report(stderr, result)

      const advice = options.check
        ? 'run `trackmd sync` to update them'
        : 'nothing written'
      stderr.write(
        `${shown}: ${countCells(result.edits.length)} out of date, ${advice}\n`
      )
      return options.check ? 1 : 0
    }

    const outcome = await writeTracker(absolute, shown, text, result.text)

    if (outcome === 'written') {
      report(stderr, result)
      stderr.write(`${shown}: ${countCells(result.edits.length)} updated\n`)
      return 0
    }
  }

  throw new TrackerFileError(
    'KEEPS_CHANGING',
    shown,
    `changed between reading and writing ${maxAttempts} times in a row, ` +
      'expected it to hold still; nothing was written'
  )
}

function report(
  stderr: CommandContext['stderr'],
  result: Pick<SyncResult, 'edits' | 'before'>
): void {
  for (const line of describeEdits(result.edits, result.before)) {
    stderr.write(`${line}\n`)
  }
}

/** The change as a unified diff that `git apply` and `patch -p1` take. */
function renderDiff(shown: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${shown}`, `b/${shown}`, before, after)
}
