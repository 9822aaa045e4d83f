import type { Edit } from '../edit/edit.js'
import type { TrackerFacts } from '../model.js'
import type { Summary } from '../summary/summary.js'
import type { LineIndex } from '../parse/line-index.js'

/**
 * How much a finding matters: `error` fails the run, `warn` is reported and
 * counted against `--max-warnings`, `info` is reported and never counted.
 */
export type Severity = 'error' | 'warn' | 'info'

/** A severity as configuration writes it; `off` turns the rule off. */
export type SeveritySetting = Severity | 'off'

/** Where a finding stands: 1-based, the end just after the last character. */
export interface FindingPlace {
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Offset of the first character, for inline disable comments. */
  offset: number
}

/** A repair a finding offers: splices of the text the rule checked. */
export interface Fix {
  edits: Edit[]
}

/** What a rule reports, before the engine gives it a severity. */
export interface Report {
  message: string
  place: FindingPlace
  fix?: Fix
}

/** A report with its rule and severity: what the reports print. */
export interface Finding extends Report {
  ruleId: string
  severity: Severity
}

/** What a rule checks: the text, the model read from it and its summary. */
export interface RuleContext<Options = Record<string, unknown>> {
  /** The file's text, as read (a BOM may lead it). */
  text: string
  /** Line and column of any offset in `text`, as the parser counts them. */
  lines: LineIndex
  /** The model read from `text`, its days' tasks counted. */
  tracker: TrackerFacts
  summary: Summary
  /** The date to judge by, as `YYYY-MM-DD`. */
  today: string
  /** The rule's options from configuration, defaults filled in. */
  options: Options
}

/**
 * A lint rule. Its id is also its file name under `src/lint/rules/`, its
 * test file name and its heading in the README.
 *
 * @typeParam Options The rule's options, all filled in.
 */
export interface Rule<Options = Record<string, unknown>> {
  id: string
  /** One sentence for the README and `--help`. */
  description: string
  defaultSeverity: Severity
  /** Whether some of its findings carry a fix. */
  fixable: boolean
  /**
   * Whether its fixes must wait until no other rule has a fix to apply:
   * `summary-stale` computes from the text the other fixes repair.
   */
  fixesLast?: boolean
  /** The options with their defaults. */
  defaultOptions: Options
  /** A JSON Schema of the options object, for configuration checks. */
  optionsSchema: object
  /**
   * Check the tracker.
   *
   * @param context The text, tracker, summary, date and options.
   * @returns The findings, in any order.
   */
  check(context: RuleContext<Options>): Report[]
}

/**
 * Declare a rule, checking it against its options type.
 *
 * @param rule The rule.
 */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule
}
