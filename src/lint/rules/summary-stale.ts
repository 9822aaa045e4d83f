import { planSync } from '../../edit/plan-sync.js'
import { placeBetween } from '../place-of.js'
import { defineRule } from '../rule.js'

/**
 * `summary-stale`: a computed cell (metrics table, Final Status ballot,
 * statistics cookie, progress table) that differs from what `trackmd sync`
 * would write. Fixed by syncing.
 */
export const rule = defineRule<Record<string, never>>({
  id: 'summary-stale',
  description: 'A computed cell differs from what `trackmd sync` writes',
  defaultSeverity: 'warn',
  fixable: true,
  fixesLast: true,
  defaultOptions: {},
  optionsSchema: { type: 'object', additionalProperties: false },
  check({ text, lines, tracker, summary }) {
    return planSync(text, tracker, summary).map((edit) => {
      const old = text.slice(edit.start, edit.end)
      const isMultiline = /[\r\n]/.test(old) || /[\r\n]/.test(edit.text)
      const message = isMultiline
        ? `${edit.label} is out of date, expected what \`trackmd sync\` writes`
        : `${edit.label} reads \`${old}\`, expected \`${edit.text}\``

      return {
        message,
        place: placeBetween(lines, edit.start, edit.end),
        fix: { edits: [edit] }
      }
    })
  }
})
