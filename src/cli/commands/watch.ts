import { startWatch } from '../../watch/start-watch.js'
import { isErrorEvent, type WatchEvent } from '../../watch/watch-event.js'
import type { WatchCommandOptions } from '../command-flags.js'
import type { CommandContext } from '../command.js'
import { formatWatchEvent } from '../format-watch-event.js'

/**
 * `trackmd watch [files..]`: sync each file once, then again on every save,
 * reporting one line per sync on stderr (or one JSON object per event on
 * stdout with `--json`), until stopped by Ctrl+C, SIGTERM or the context's
 * signal.
 *
 * @param context The files, settings, streams and the watch flags.
 * @returns 0 once stopped; a file that cannot be read at the start throws
 *   and becomes exit status 2 in `main`.
 */
export async function run(
  context: CommandContext<WatchCommandOptions>
): Promise<number> {
  const { cwd, settings } = context

  const watch = startWatch({
    files: context.files ?? [context.file],
    cwd,
    ...(context.isTodayFixed === false ? {} : { today: settings.today }),
    ...(settings.year === null ? {} : { year: settings.year }),
    ...(context.clock ? { clock: context.clock } : {})
  })

  watch.events.on((event) => print(event, context))

  const fromProcess = context.signal ? null : listenForSignals()
  const stop = context.signal ?? fromProcess?.signal
  const stopped = new Promise<void>((resolve) => {
    if (!stop || stop.aborted) resolve()
    stop?.addEventListener('abort', () => resolve(), { once: true })
  })

  try {
    // A stop during the first sync still closes cleanly.
    await Promise.race([watch.ready, stopped])
    await stopped
  } finally {
    // Once stopped, a start that fails later has nobody left to tell.
    watch.ready.catch(() => undefined)
    fromProcess?.dispose()
    await watch.close()
  }

  return 0
}

function print(
  event: WatchEvent,
  context: CommandContext<WatchCommandOptions>
): void {
  const { options, stdout, stderr } = context

  if (options.json) {
    stdout.write(`${JSON.stringify(event)}\n`)
    return
  }
  if (options.quiet && !isErrorEvent(event)) return

  for (const line of formatWatchEvent(event)) stderr.write(`${line}\n`)
}

/**
 * A signal that aborts on the first SIGINT or SIGTERM. While the watch
 * runs, those no longer end the process at once: the watch closes and
 * `main` returns 0.
 */
function listenForSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController()
  const dispose = (): void => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  const onSignal = (): void => {
    dispose()
    controller.abort()
  }

  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return { signal: controller.signal, dispose }
}
