import type { TrackerFacts } from '../model.js'
import type { Count, Summary } from '../summary/summary.js'

/**
 * Find the day the plan is on and count its ticked tasks, for the one-line
 * report of a sync.
 *
 * @param tracker The tracker, its days' tasks counted.
 * @param summary Its summary for today.
 * @returns The day's number and its tasks, or null when the plan has no
 *   current day (every day is past, or no day is left to do).
 */
export function findCurrentDayTasks(
  tracker: TrackerFacts,
  summary: Summary
): { day: number; tasks: Count } | null {
  const { index } = summary.current
  const day = index === null ? undefined : tracker.days[index]
  if (!day) return null

  // A copy, so that the event does not share the model's counts.
  return { day: day.number, tasks: { ...day.tasks } }
}
