import type { Task } from '../model.js'

/**
 * Give the planned minutes of a task, for totals.
 *
 * A range such as `(60-90 min)` counts its low end, so that totals are what
 * the plan asks for at least. A figure per item such as `(45 min each)`
 * counts once: the text rarely says how many items there are.
 *
 * @param task The task to read.
 * @returns The minutes, or 0 when the task states none.
 */
export function plannedMinutes(task: Task): number {
  return task.minutes?.low ?? 0
}
