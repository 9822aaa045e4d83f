import { createColors } from 'picocolors'
import { renderStatus } from '../../status/render-status.js'
import { summarize } from '../../summary/summarize.js'
import { trackerFacts } from '../../summary/tracker-facts.js'
import { shouldColour } from '../choose-colour.js'
import type { CommandContext } from '../command.js'
import { loadTracker } from '../load-tracker.js'

/**
 * `trackmd status [file]`: print the morning report on stdout. The report is
 * the command's product, so it goes to stdout where it can be piped.
 *
 * @param context The file, settings, streams and environment.
 * @returns 0; bad input throws and becomes exit status 2 in `main`.
 */
export async function run(context: CommandContext): Promise<number> {
  const { path, tracker } = await loadTracker(context)

  const summary = summarize(trackerFacts(tracker), {
    today: context.settings.today
  })
  const palette = createColors(shouldColour(context.stdout, context.env))

  context.stdout.write(renderStatus({ path, tracker, summary, palette }))
  return 0
}
