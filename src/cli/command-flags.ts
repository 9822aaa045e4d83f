import { isCalendarDate } from './calendar-date.js'
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
    check(raw) {
      const text = String(raw)
      if (!isCalendarDate(text)) {
        throw new UsageError(
          `\`--start\` expects a date as YYYY-MM-DD, got \`${text}\``
        )
      }
      return text
    }
  }
}
