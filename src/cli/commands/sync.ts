import path from 'node:path'
import type * as Diff from 'diff'
import type { SyncResult } from '../../edit/sync-text.js'
import { syncTracker } from '../../edit/sync-tracker.js'
import { updateTracker, type UpdateStep } from '../../edit/update-tracker.js'
import { displayPath } from '../../read/display-path.js'
import { guardDepth } from '../../read/guard-depth.js'
import type { SyncCommandOptions } from '../command-flags.js'
import type { CommandContext } from '../command.js'
import { onDemand } from '../../load-on-demand.js'
import { readTrackerFacts } from '../load-tracker.js'
import { requireDays } from '../../read/require-days.js'
import { countCells, describeEdits } from '../sync-report.js'

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

  const outcome = await updateTracker(
    absolute,
    shown,
    cwd,
    async (text): Promise<UpdateStep<SyncOutcome>> => {
      const { facts } = await guardDepth(shown, () =>
        readTrackerFacts(text, absolute, context)
      )
      const result = syncTracker(text, facts, { today: settings.today })
      requireDays(result.tracker, shown)

      if (result.edits.length === 0 || isDryRun) {
        return { kind: 'done', result: { text, result } }
      }

      return { kind: 'write', text: result.text, result: { text, result } }
    }
  )
  const { result } = outcome

  if (result.edits.length === 0) {
    stderr.write(`${shown}: up to date\n`)
    return 0
  }

  report(stderr, result)

  if (!isDryRun) {
    stderr.write(`${shown}: ${countCells(result.edits.length)} updated\n`)
    return 0
  }

  if (options.diff) stdout.write(renderDiff(shown, outcome.text, result.text))

  const advice = options.check
    ? 'run `trackmd sync` to update them'
    : 'nothing written'
  stderr.write(
    `${shown}: ${countCells(result.edits.length)} out of date, ${advice}\n`
  )

  return options.check ? 1 : 0
}

/** The text a sync was computed from, and what it computed. */
interface SyncOutcome {
  text: string
  result: SyncResult
}

function report(
  stderr: CommandContext['stderr'],
  result: Pick<SyncResult, 'edits' | 'before'>
): void {
  for (const line of describeEdits(result.edits, result.before)) {
    stderr.write(`${line}\n`)
  }
}

// Only `--diff` needs the diff library.
const loadDiff = onDemand<typeof Diff>('diff')

/** The change as a unified diff that `git apply` and `patch -p1` take. */
function renderDiff(shown: string, before: string, after: string): string {
  return loadDiff().createTwoFilesPatch(
    `a/${shown}`,
    `b/${shown}`,
    before,
    after
  )
}
