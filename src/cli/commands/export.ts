import path from 'node:path'
import { exportFacts } from '../../export/to-export-document.js'
import { displayPath } from '../../read/display-path.js'
import { guardDepth } from '../../read/guard-depth.js'
import { readTrackerFile } from '../../read/read-tracker-file.js'
import { requireDays } from '../../read/require-days.js'
import { summarize } from '../../summary/summarize.js'
import type { CommandContext } from '../command.js'
import { readTrackerFacts } from '../load-tracker.js'

/**
 * `trackmd export [file]`: print the tracker and its summary as JSON on
 * stdout, in the shape of `schema/export.schema.json`.
 *
 * @param context The file, settings and streams.
 * @returns 0; bad input throws and becomes exit status 2 in `main`.
 */
export async function run(context: CommandContext): Promise<number> {
  const { cwd, file, settings } = context
  const absolute = path.resolve(cwd, file)
  const shown = displayPath(absolute, cwd)

  const text = await readTrackerFile(absolute, { cwd })
  // Facts and listings rather than the model: with `--cache`, days kept
  // from earlier runs come with their tasks listed, not parsed again.
  const { facts, listings } = await guardDepth(shown, () =>
    readTrackerFacts(text, absolute, context, true)
  )
  requireDays(facts, shown)

  const summary = summarize(facts, { today: settings.today })
  const document = exportFacts(facts, listings, summary)

  context.stdout.write(`${JSON.stringify(document, null, 2)}\n`)
  return 0
}
