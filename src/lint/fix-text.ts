import { applyEdits, type Edit } from '../edit/edit.js'
import { lintText, type LintOptions, type LintResult } from './lint-text.js'
import { findRule } from './rule-list.js'

/** How many times to lint and fix before giving up on more fixes. */
const maxPasses = 10

/** What `fixText` did. */
export interface FixResult {
  /** The text after every fix. */
  text: string
  /** How many edits were applied, over all passes. */
  edits: number
  /** The findings that remain in the fixed text. */
  result: LintResult
}

/**
 * Apply the fixes of the findings, again and again, until no fix is left.
 *
 * Each pass lints the text and applies the fixes that do not overlap; the
 * rest wait for the next pass. Rules that fix last (`summary-stale`, which
 * recomputes from the rest of the text) wait until no other rule has a
 * fix, so that a garbled file is repaired first and synced after, exactly
 * as `trackmd sync` would sync the repaired text.
 *
 * @param text The file's text.
 * @param options As for `lintText`; a model or line index given is used
 *   for the first pass only, since it is of `text` and not of a fixed text.
 */
export function fixText(text: string, options: LintOptions): FixResult {
  const afterFixes = { ...options, tracker: undefined, lines: undefined }
  let current = text
  let applied = 0
  let result = lintText(current, options)

  for (let pass = 0; pass < maxPasses; pass += 1) {
    const fixable = result.findings.filter((finding) => finding.fix)
    const first = fixable.filter(
      (finding) => !findRule(finding.ruleId)?.fixesLast
    )
    const chosen = first.length > 0 ? first : fixable
    const edits = withoutOverlaps(
      chosen.flatMap((finding) => finding.fix?.edits ?? [])
    )
    if (edits.length === 0) break

    current = applyEdits(current, edits)
    applied += edits.length
    result = lintText(current, afterFixes)
  }

  return { text: current, edits: applied, result }
}

/** The edits in order, leaving out each one that overlaps one before it. */
function withoutOverlaps(edits: Edit[]): Edit[] {
  const kept: Edit[] = []
  let end = -1

  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start < end || (edit.start === end && edit.start === edit.end)) {
      continue
    }

    kept.push(edit)
    end = edit.end
  }

  return kept
}
