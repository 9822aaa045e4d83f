import { rule as daySequence } from './rules/day-sequence.js'
import { rule as doneWithOpenTasks } from './rules/done-with-open-tasks.js'
import { rule as fieldValue } from './rules/field-value.js'
import { rule as malformedTask } from './rules/malformed-task.js'
import { rule as missedDay } from './rules/missed-day.js'
import { rule as mojibake } from './rules/mojibake.js'
import { rule as planHours } from './rules/plan-hours.js'
import { rule as summaryStale } from './rules/summary-stale.js'
import type { Rule } from './rule.js'

/**
 * Every lint rule, in the order the README documents them. The README's
 * table of rules and the configuration schema are checked against it.
 */
export const rules: readonly Rule<Record<string, unknown>>[] = [
  widen(missedDay),
  widen(planHours),
  widen(daySequence),
  widen(malformedTask),
  widen(mojibake),
  widen(fieldValue),
  widen(summaryStale),
  widen(doneWithOpenTasks)
]

/**
 * A rule as the engine holds it. The engine fills each rule's options from
 * its own `defaultOptions`, after configuration was checked against its own
 * `optionsSchema`, so the options a rule gets are always of its type.
 */
function widen<Options>(rule: Rule<Options>): Rule<Record<string, unknown>> {
  return rule as unknown as Rule<Record<string, unknown>>
}

/**
 * The rule with an id, when there is one.
 *
 * @param id A rule id such as `missed-day`.
 */
export function findRule(
  id: string
): Rule<Record<string, unknown>> | undefined {
  return rules.find((rule) => rule.id === id)
}
