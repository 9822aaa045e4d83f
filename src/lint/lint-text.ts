import type { TrackerFacts } from '../model.js'
import { parseTracker } from '../parse/parse-tracker.js'
import { summarize } from '../summary/summarize.js'
import type { Summary } from '../summary/summary.js'
import { trackerFacts } from '../summary/tracker-facts.js'
import { findSilencedRanges, isSilenced } from './inline-control.js'
import type { Finding, Severity, SeveritySetting } from './rule.js'
import { rules } from './rule-list.js'
import { LineIndex } from '../parse/line-index.js'

/** A rule's setting as configuration writes it. */
export type RuleSetting =
  | SeveritySetting
  | [SeveritySetting]
  | [SeveritySetting, Record<string, unknown>]

/** Options of `lintText`. */
export interface LintOptions {
  /** The date to judge by, `YYYY-MM-DD`. */
  today: string
  /** The year of Day 1, when configured; default: see `parseTracker`. */
  year?: number
  /** Severity and options per rule id; default: each rule's own. */
  rules?: Readonly<Record<string, RuleSetting>>
  /**
   * The model already read from `text` (by `parseTrackerAsync`, on threads
   * or from the cache), its days' tasks counted; default: parsed here with
   * `parseTracker` and counted with `trackerFacts`.
   */
  tracker?: TrackerFacts
  /**
   * The line index of `text`, when the caller's parser already built one;
   * default: built here. The parser's index of the text with its
   * non-breaking spaces made plain has the same line breaks, so it serves.
   */
  lines?: LineIndex
}

/** What `lintText` found, with the model it checked. */
export interface LintResult {
  /** The model checked, its days' tasks counted. */
  tracker: TrackerFacts
  summary: Summary
  /** The findings, by line and column. */
  findings: Finding[]
}

/**
 * Run every rule that is not off over a tracker's text, leaving out what
 * inline comments silence. Pure: no clock, no disk.
 *
 * @param text The file's text.
 * @param options The date, the year, the rules' settings, and the model
 *   and line index when the caller has read them already.
 */
export function lintText(text: string, options: LintOptions): LintResult {
  const tracker =
    options.tracker ??
    trackerFacts(
      parseTracker(text, {
        today: options.today,
        ...(options.year === undefined ? {} : { year: options.year })
      })
    )
  const summary = summarize(tracker, { today: options.today })
  const silenced = findSilencedRanges(
    tracker.controls,
    tracker.days,
    text.length
  )
  const lines = options.lines ?? new LineIndex(text)
  const findings: Finding[] = []

  for (const rule of rules) {
    const { severity, ruleOptions } = readSetting(
      options.rules?.[rule.id],
      rule.defaultSeverity
    )
    if (severity === 'off') continue

    const reports = rule.check({
      text,
      lines,
      tracker,
      summary,
      today: options.today,
      options: { ...rule.defaultOptions, ...ruleOptions }
    })

    for (const report of reports) {
      if (isSilenced(silenced, rule.id, report.place.offset)) continue
      findings.push({ ...report, ruleId: rule.id, severity })
    }
  }

  // Rule ids are ASCII: compared by code unit, not with `localeCompare`,
  // whose first call sets up a collator (about 8 ms of every run).
  findings.sort(
    (a, b) =>
      a.place.line - b.place.line ||
      a.place.column - b.place.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  )

  return { tracker, summary, findings }
}

/** A rule's severity and options from its setting, or its defaults. */
function readSetting(
  setting: RuleSetting | undefined,
  defaultSeverity: Severity
): { severity: SeveritySetting; ruleOptions: Record<string, unknown> } {
  if (setting === undefined)
    return { severity: defaultSeverity, ruleOptions: {} }
  if (typeof setting === 'string') return { severity: setting, ruleOptions: {} }

  return { severity: setting[0], ruleOptions: setting[1] ?? {} }
}
