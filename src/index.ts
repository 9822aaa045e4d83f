/**
 * The public API of trackmd: read a tracker, compute its summary, and
 * recompute its computed cells, all on plain strings. The command line is
 * `main`.
 */
export { main, type MainOptions } from './cli/main.js'
export { applyEdits, type Edit } from './edit/edit.js'
export {
  syncText,
  type SyncOptions,
  type SyncResult
} from './edit/sync-text.js'
export { writeTracker, type WriteOutcome } from './edit/write-tracker.js'
export { toExportDocument } from './export/to-export-document.js'
export { fixText, type FixResult } from './lint/fix-text.js'
export {
  lintText,
  type LintOptions,
  type LintResult,
  type RuleSetting
} from './lint/lint-text.js'
export type { Finding, FindingPlace, Severity } from './lint/rule.js'
export type * from './model.js'
export { parseTracker, type ParseOptions } from './parse/parse-tracker.js'
export {
  TrackerFileError,
  type TrackerFileErrorCode
} from './read/tracker-file-error.js'
export { readTrackerFile } from './read/read-tracker-file.js'
export { summarize, type SummarizeOptions } from './summary/summarize.js'
export type * from './summary/summary.js'
export { dayFacts, trackerFacts } from './summary/tracker-facts.js'
