import { countOf, nameDay } from '../describe-day.js'
import { placeOf } from '../place-of.js'
import { defineRule } from '../rule.js'

/**
 * `done-with-open-tasks`: a day whose deliverable is marked done while some
 * of its tasks are still open. Often fine (the tasks were alternatives), so
 * it is information by default.
 */
export const rule = defineRule<Record<string, never>>({
  id: 'done-with-open-tasks',
  description: 'A deliverable marked done while tasks of its day are open',
  defaultSeverity: 'info',
  fixable: false,
  defaultOptions: {},
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ tracker }) {
    return tracker.days.flatMap((day) => {
      const open = day.tasks.total - day.tasks.done
      if (!day.deliverable?.done || open === 0) return []

      return [
        {
          message:
            `${nameDay(day)} has its deliverable marked done with ` +
            `${open} of ${countOf(day.tasks.total, 'task')} open`,
          place: placeOf(day.deliverable.place)
        }
      ]
    })
  }
})
