import { toExportDocument } from '../../export/to-export-document.js'
import { summarize } from '../../summary/summarize.js'
import { trackerFacts } from '../../summary/tracker-facts.js'
import type { CommandContext } from '../command.js'
import { loadTracker } from '../load-tracker.js'

/**
 * `trackmd export [file]`: print the tracker and its summary as JSON on
 * stdout, in the shape of `schema/export.schema.json`.
 *
 * @param context The file, settings and streams.
 * @returns 0; bad input throws and becomes exit status 2 in `main`.
 */
export async function run(context: CommandContext): Promise<number> {
  const { tracker } = await loadTracker(context)

  // Counted once, for the summary and for each day's state.
  const facts = trackerFacts(tracker)
  const summary = summarize(facts, { today: context.settings.today })
  const document = toExportDocument(tracker, summary, facts.days)

  context.stdout.write(`${JSON.stringify(document, null, 2)}\n`)
  return 0
}
