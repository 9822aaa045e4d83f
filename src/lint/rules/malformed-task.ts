import type { Edit } from '../../edit/edit.js'
import { placeOf } from '../place-of.js'
import { defineRule } from '../rule.js'

/** A line that means to be a task: indent, marker, box, text. */
const taskLike =
  /^(\s*)([-*+]|\d+[.)])?[ \t]*\[[ \t]*([xX]?)[ \t]*\][ \t]*(.*)$/

/**
 * `malformed-task`: a line that looks like a task item but is not read as
 * one (`- []`, `- [ x]`, `-[ ]`), so it counts for nothing.
 */
export const rule = defineRule<Record<string, never>>({
  id: 'malformed-task',
  description: 'A line that looks like a task item but is not read as one',
  defaultSeverity: 'error',
  fixable: true,
  defaultOptions: {},
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ tracker, text }) {
    return tracker.unparsed
      .filter((entry) => entry.kind === 'task')
      .map((entry) => {
        const { start, end } = entry.place
        const line = text.slice(start.offset, end.offset)
        const fixed = repairTask(line)
        const edits: Edit[] =
          fixed === null || fixed === line
            ? []
            : [
                {
                  start: start.offset,
                  end: end.offset,
                  text: fixed,
                  label: 'Task'
                }
              ]

        return {
          message: `Found \`${line.trim()}\`, not read as a task: ${entry.reason}`,
          place: placeOf(entry.place),
          ...(edits.length > 0 ? { fix: { edits } } : {})
        }
      })
  }
})

/**
 * The task line written the way the format reads it, `- [ ] text`, keeping
 * its indent and list marker; null when the line is not task-like.
 *
 * @param line The line as typed.
 */
export function repairTask(line: string): string | null {
  const match = taskLike.exec(line)
  if (!match) return null

  const [, indent = '', marker = '', mark = '', rest = ''] = match
  const box = mark === '' ? '[ ]' : `[${mark}]`

  return `${indent}${marker || '-'} ${box}${rest === '' ? '' : ` ${rest}`}`
}
