import { checkDateFlag } from './calendar-date.js'
import { UsageError } from './usage-error.js'

/** Options every command takes; each is optional on the command line. */
export interface GlobalOptions {
  /** The date to judge by, `YYYY-MM-DD`; default: the local date today. */
  today?: string
  /** The year of the plan's first day; default: see product.md. */
  year?: number
  /** Keep each day's share of the model between runs; default: false. */
  cache?: boolean
  /** The folder of the cache; default: `node_modules/.cache/trackmd`. */
  'cache-location'?: string
}

/** One flag: how yargs reads it, how help shows it, how it is checked. */
export interface FlagSpec<Value> {
  /** The type yargs parses the raw value as; a boolean takes no value. */
  type: 'string' | 'number' | 'boolean'
  /**
   * Placeholder of the value in help text, such as `YYYY-MM-DD`; empty for
   * a boolean flag.
   */
  value: string
  /** One sentence for `--help` and the README. */
  description: string
  /**
   * Check a value as yargs parsed it and return it typed.
   *
   * @throws {UsageError} When the value is not of the expected shape.
   */
  check: (raw: unknown) => Value
}

/**
 * A table of flags keyed by option name, one flag per option of `Options`:
 * an option without a flag fails to compile, and so does a flag whose check
 * returns the wrong type.
 */
export type FlagTable<Options> = {
  [Key in keyof Required<Options>]: FlagSpec<Required<Options>[Key]>
}

/**
 * The global flags, keyed by option name. Typed so that an option added to
 * `GlobalOptions` without a flag here fails to compile. The same table feeds
 * yargs and the README's option list.
 */
export const globalFlags: FlagTable<GlobalOptions> = {
  today: {
    type: 'string',
    value: 'YYYY-MM-DD',
    description: 'Date to judge by, instead of the clock',
    check: checkDateFlag('today')
  },
  year: {
    type: 'number',
    value: 'YYYY',
    description: 'Year of Day 1, for dates written without a year',
    check(raw) {
      const year = Number(raw)
      if (!Number.isInteger(year) || year < 1000 || year > 9999) {
        // yargs has already turned a word into NaN, which is no use to show.
        const got = Number.isNaN(year) ? '' : `, got \`${String(raw)}\``
        throw new UsageError(
          `\`--year\` expects a four-digit year such as 2026${got}`
        )
      }
      return year
    }
  },
  cache: {
    type: 'boolean',
    value: '',
    description:
      'Keep each day in a cache file; read only what changed ' +
      '(lint, sync, export; status keeps less; watch keeps its own)',
    check: (raw) => raw === true
  },
  'cache-location': {
    type: 'string',
    value: 'PATH',
    description:
      'Folder of the cache, with --cache ' +
      '(default: node_modules/.cache/trackmd in the current folder)',
    check(raw) {
      const text = String(raw)
      if (text.trim() === '') {
        throw new UsageError('`--cache-location` expects a folder, got none')
      }
      return text
    }
  }
}

/**
 * Read the global options out of parsed arguments, checking each value.
 *
 * @param parsed The arguments as yargs parsed them.
 * @throws {UsageError} When a value has the wrong shape.
 */
export function readGlobalOptions(
  parsed: Record<string, unknown>
): GlobalOptions {
  return readOptions(globalFlags, parsed)
}

/**
 * Read the options of a flag table out of parsed arguments, checking each
 * value; a flag not given is left out.
 *
 * @param flags The table of the flags to read.
 * @param parsed The arguments as yargs parsed them.
 * @throws {UsageError} When a value has the wrong shape.
 */
export function readOptions<Options>(
  flags: FlagTable<Options>,
  parsed: Record<string, unknown>
): Options {
  const options: Record<string, unknown> = {}

  for (const [name, flag] of Object.entries<FlagSpec<unknown>>(flags)) {
    // A flag given twice comes as a list; the last one wins, as in most
    // tools. (yargs' `duplicate-arguments-array: false` would do it, but it
    // also keeps only the last of several files.)
    const value: unknown = parsed[name]
    const raw: unknown = Array.isArray(value) ? value.at(-1) : value

    if (raw !== undefined) options[name] = flag.check(raw)
  }

  return options as Options
}
