import { isDayMissed } from '../../summary/is-day-missed.js'
import { countOf, nameDay } from '../describe-day.js'
import { placeOf } from '../place-of.js'
import { defineRule } from '../rule.js'

/**
 * `missed-day`: a day dated before today that is not complete. A day whose
 * deliverable is marked done is complete; a day without a deliverable line
 * is complete when every task is ticked.
 */
export const rule = defineRule<Record<string, never>>({
  id: 'missed-day',
  description: 'A day dated before today that is not complete',
  defaultSeverity: 'warn',
  fixable: false,
  defaultOptions: {},
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ tracker, today }) {
    return tracker.days
      .filter((day) => isDayMissed(day, today))
      .map((day) => {
        const open = day.tasks.total - day.tasks.done
        const tasks = `${open} of ${countOf(day.tasks.total, 'task')} open`
        const why = day.deliverable
          ? `${tasks}, deliverable not marked done`
          : tasks

        return {
          message: `${nameDay(day)} was missed: ${why}`,
          place: placeOf(day.heading)
        }
      })
  }
})
