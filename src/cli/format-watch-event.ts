import type { WatchEvent } from '../watch/watch-event.js'

/**
 * Turn a watch event into the lines a person reads: one line per sync with
 * the time and what changed, then one line per new problem with its place.
 * Events with nothing to tell give no lines.
 *
 * @param event The event.
 * @param clock Local time of an event: its ISO moment in, `HH:MM:SS` out.
 */
export function formatWatchEvent(
  event: WatchEvent,
  clock: (iso: string) => string = localTime
): string[] {
  const time = clock(event.time)

  switch (event.type) {
    case 'synced': {
      const tasks = event.dayTasks ?? event.tasks
      const count = `${tasks.done}/${tasks.total} tasks`
      const progress =
        event.day !== null && event.dayTasks !== null
          ? `Day ${event.day} ${count}`
          : count
      const changes =
        event.changes.length === 0
          ? ['up to date']
          : event.changes.map((change) =>
              /[\r\n]/.test(change.before) || /[\r\n]/.test(change.after)
                ? `${change.label} updated`
                : `${change.label} ${change.before} → ${change.after}`
            )
      const watching =
        event.reason === 'start' ? ['watching, Ctrl+C stops'] : []

      const parts = [progress, ...changes, ...watching]

      return [
        `${time} ${event.file}  ${parts.join(' · ')}`,
        ...event.problems.map(
          (problem) =>
            `${time} ${event.file}:${problem.line}  ${problem.message}`
        )
      ]
    }
    case 'waiting':
    case 'problem':
    case 'missing':
      return [`${time} ${event.message}`]
    case 'date-changed':
      return [`${time} the date is now ${event.today}; syncing again`]
    case 'stopped':
      return [
        `${time} stopped: ${plural(event.syncs, 'sync')}, ` +
          `${plural(event.writes, 'write')}`
      ]
    case 'ready':
      return []
  }
}

/** The local wall-clock time of an ISO moment, `HH:MM:SS`. */
export function localTime(iso: string): string {
  const moment = new Date(iso)
  return [moment.getHours(), moment.getMinutes(), moment.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':')
}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`
}
