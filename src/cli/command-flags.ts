import { checkDateFlag } from './calendar-date.js'
import type { FlagTable } from './global-flags.js'
import { UsageError } from './usage-error.js'

/** Options of `trackmd sync`; each is optional on the command line. */
export interface SyncCommandOptions {
  /** Write nothing; exit 1 when the file is out of date. Default: false. */
  check?: boolean
  /** Print the change as a unified diff and write nothing. Default: false. */
  diff?: boolean
}

/** Options of `trackmd init`; each is optional on the command line. */
export interface InitCommandOptions {
  /** The date of Day 1, `YYYY-MM-DD`; default: the template's own dates. */
  start?: string
}

/** Options of `trackmd watch`; each is optional on the command line. */
export interface WatchCommandOptions {
  /** Print only errors. Default: false. */
  quiet?: boolean
  /** Print one JSON object per event on stdout. Default: false. */
  json?: boolean
}

/** The formats `trackmd lint` writes its findings in. */
export const lintFormats = ['stylish', 'json', 'github'] as const

/** Options of `trackmd lint`; each is optional on the command line. */
export interface LintCommandOptions {
  /** How to write findings; default: `stylish`, for people, on stderr. */
  format?: (typeof lintFormats)[number]
  /** Repair what can be repaired, then report the rest. Default: false. */
  fix?: boolean
  /** Exit 1 when there are more warnings than this. Default: no limit. */
  'max-warnings'?: number
}

/** The flags of `trackmd sync`, keyed by option name. */
export const syncFlags: FlagTable<SyncCommandOptions> = {
  check: {
    type: 'boolean',
    value: '',
    description: 'Write nothing; exit 1 when the file is out of date',
    check: (raw) => raw === true
  },
  diff: {
    type: 'boolean',
    value: '',
    description: 'Print the change as a unified diff; write nothing',
    check: (raw) => raw === true
  }
}

/** The flags of `trackmd init`, keyed by option name. */
export const initFlags: FlagTable<InitCommandOptions> = {
  start: {
    type: 'string',
    value: 'YYYY-MM-DD',
    description: 'Date of Day 1; every later day moves with it',
    check: checkDateFlag('start')
  }
}

/** The flags of `trackmd watch`, keyed by option name. */
export const watchFlags: FlagTable<WatchCommandOptions> = {
  quiet: {
    type: 'boolean',
    value: '',
    description: 'Print only errors',
    check: (raw) => raw === true
  },
  json: {
    type: 'boolean',
    value: '',
    description: 'Print one JSON object per event on stdout',
    check: (raw) => raw === true
  }
}

/** The flags of `trackmd lint`, keyed by option name. */
export const lintFlags: FlagTable<LintCommandOptions> = {
  format: {
    type: 'string',
    value: lintFormats.join('|'),
    description: 'How to write findings; json and github go to stdout',
    check(raw) {
      const text = String(raw)
      const format = lintFormats.find((each) => each === text)
      if (!format) {
        throw new UsageError(
          `\`--format\` expects one of ${lintFormats.join(', ')}, got \`${text}\``
        )
      }
      return format
    }
  },
  fix: {
    type: 'boolean',
    value: '',
    description: 'Repair garbled text, malformed tasks and stale cells first',
    check: (raw) => raw === true
  },
  'max-warnings': {
    type: 'number',
    value: 'N',
    description: 'Exit 1 when there are more than N warnings',
    check(raw) {
      const count = Number(raw)
      if (!Number.isInteger(count) || count < 0) {
        const got = Number.isNaN(count) ? '' : `, got \`${String(raw)}\``
        throw new UsageError(
          `\`--max-warnings\` expects a whole number of 0 or more${got}`
        )
      }
      return count
    }
  }
}
