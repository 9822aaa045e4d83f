import { statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { lilconfigSync, type LilconfigResult } from 'lilconfig'
import { displayPath } from '../read/display-path.js'
import { rules } from '../lint/rule-list.js'
import type { Config, LoadedConfig } from './config.js'
import { ConfigError } from './config-error.js'
import { configSchema, severitySettings } from './config-schema.js'

/** Where configuration is looked for in each folder, first found wins. */
export const configFiles = ['.trackmdrc.json', 'package.json'] as const

/** Options of `createConfigLoader`. */
export interface ConfigLoaderOptions {
  /** The working folder, that messages show paths relative to. */
  cwd: string
  /** The folder to stop searching at; default: the home folder. */
  stopDir?: string
}

/** Finds and checks the configuration that applies to a tracker file. */
export type ConfigLoader = (file: string) => Promise<LoadedConfig>

/**
 * Make a loader that finds the configuration of a tracker file: a
 * `.trackmdrc.json`, or a `trackmd` key in a package.json, in the file's
 * folder or the nearest folder above it. Results are cached per folder.
 *
 * @param options The working folder and where to stop.
 * @throws {ConfigError} From the loader, when the file found is not JSON
 *   or not of the expected shape.
 */
export function createConfigLoader(options: ConfigLoaderOptions): ConfigLoader {
  const { cwd } = options
  // lilconfig's own default, named here for the search of a file that
  // cannot be read too.
  const stopDir = path.resolve(options.stopDir ?? os.homedir())
  // Searched without waiting on the thread pool: a few stats of absent
  // files a folder, each a round trip when asynchronous.
  const explorer = lilconfigSync('trackmd', {
    searchPlaces: [...configFiles],
    stopDir,
    loaders: {
      '.json': (file: string, content: string): unknown => {
        let data: unknown

        try {
          data = JSON.parse(content) as unknown
        } catch (error) {
          throw new ConfigError(
            displayPath(file, cwd),
            '',
            `is not valid JSON (${firstLine(error)}), ` +
              'expected a JSON object',
            { cause: error }
          )
        }

        // lilconfig looks up the `trackmd` key of a package.json itself.
        if (path.basename(file) === 'package.json' && !isObject(data)) {
          throw new ConfigError(
            displayPath(file, cwd),
            '',
            `is ${describeKind(data)}, expected a JSON object`
          )
        }

        return data
      }
    }
  })
  let validate: ValidateFunction | undefined

  return async (file) => {
    const folder = path.dirname(path.resolve(cwd, file))
    let found: LilconfigResult
    try {
      found = explorer.search(folder)
    } catch (error) {
      throw unreadable(error, { folder, stopDir, cwd })
    }
    if (!found) return { file: null, config: {} }

    // Compiling the schema costs more than a whole seed lint, so only a
    // tracker that has a configuration pays for it.
    validate ??= await compileSchema()

    const shown = displayPath(found.filepath, cwd)
    const data: unknown = found.config

    try {
      if (!validate(data)) {
        throw describeError(shown, data, validate.errors ?? [])
      }
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      throw new ConfigError(shown, '', 'is nested too deeply to check', {
        cause: error
      })
    }

    return { file: found.filepath, config: data as Config }
  }
}

/**
 * The nearest configuration file name, from `folder` up to `stopDir` as
 * the search goes, that is a folder: a read of one reports no path.
 */
function findFolderNamedAsConfig(
  folder: string,
  stopDir: string
): string | undefined {
  for (let at = folder; ; at = path.dirname(at)) {
    const found = configFiles
      .map((name) => path.join(at, name))
      .find((file) => statSync(file, { throwIfNoEntry: false })?.isDirectory())
    if (found !== undefined || at === stopDir || path.dirname(at) === at) {
      return found
    }
  }
}

function describeKind(value: unknown): string {
  if (value === null) return '`null`'
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Why a configuration file could not be read, by the system's code. */
const unreadableReasons: Record<string, string> = {
  EISDIR: 'is a folder, expected a JSON file',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)'
}

/**
 * A configuration file that could not be read, as a one-line error; an
 * error of ours passes through.
 */
function unreadable(
  error: unknown,
  search: { folder: string; stopDir: string; cwd: string }
): unknown {
  if (error instanceof ConfigError || !(error instanceof Error)) return error

  const { code, path: file } = error as NodeJS.ErrnoException
  if (code === undefined) return error

  const { folder, stopDir, cwd } = search
  const shown = file ?? findFolderNamedAsConfig(folder, stopDir) ?? folder

  return new ConfigError(
    displayPath(shown, cwd),
    '',
    unreadableReasons[code] ?? `cannot be read (${code})`,
    { cause: error }
  )
}

async function compileSchema(): Promise<ValidateFunction> {
  // ajv is CommonJS: its module object, the default export, is the only
  // export a bundle's chunk of it has (a named one exists only in Node's
  // own reading of the package).
  const { default: ajv } = await import('ajv')

  return new ajv.Ajv({ allErrors: true, strictTuples: false }).compile(
    configSchema()
  )
}

/** One error for the most specific complaint of the schema check. */
function describeError(
  shown: string,
  data: unknown,
  errors: ErrorObject[]
): ConfigError {
  const error = [...errors].sort(
    (a, b) => depth(b.instancePath) - depth(a.instancePath)
  )[0]
  const segments = (error?.instancePath ?? '')
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))

  if (error?.keyword === 'additionalProperties') {
    const extra = String(error.params.additionalProperty)
    const key = keyName([...segments, extra])

    return new ConfigError(
      shown,
      key,
      `unknown key \`${key}\`, expected ${knownKeys(segments)}`
    )
  }

  const key = keyName(segments)
  const found = valueAt(data, segments)

  return new ConfigError(
    shown,
    key,
    `\`${key}\` is \`${JSON.stringify(found)}\`, expected ` +
      expectedShape(segments, error)
  )
}

/** The keys an object at a path may hold, in words. */
function knownKeys(segments: string[]): string {
  if (segments.length === 0) return '`year` or `rules`'
  if (segments.length === 1) {
    return `a rule id: ${rules.map((rule) => `\`${rule.id}\``).join(', ')}`
  }

  const rule = rules.find((each) => each.id === segments[1])
  const names = Object.keys(rule?.defaultOptions ?? {})

  return names.length === 0
    ? 'no options, the rule takes none'
    : `one of ${names.map((name) => `\`${name}\``).join(', ')}`
}

function depth(instancePath: string): number {
  return instancePath === '' ? 0 : instancePath.split('/').length
}

/** `rules.plan-hours[1].tolerance` from the path segments. */
function keyName(segments: string[]): string {
  if (segments.length === 0) return '(root)'

  return segments
    .map((segment, index) =>
      index > 0 && /^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`
    )
    .join('')
    .replace(/^\./, '')
}

function valueAt(data: unknown, segments: string[]): unknown {
  let value = data

  for (const segment of segments) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[segment]
        : undefined
  }

  return value
}

/** The shape a key should have, in words. */
function expectedShape(
  segments: string[],
  error: ErrorObject | undefined
): string {
  const severities = severitySettings.map((each) => `"${each}"`).join(', ')

  if (segments.length === 0) return 'an object with `year` and `rules`'
  if (segments[0] === 'year') return 'a four-digit year such as 2026'
  if (segments.length === 1) return 'an object of rule ids'
  if (segments.length === 2 || segments[2] === '0') {
    return `one of ${severities}, or \`["warn", { …options }]\``
  }

  // Say it in our words: ajv's own read `must be >= 0`.
  const params = error?.params as Record<string, unknown> | undefined

  if (error?.keyword === 'type') return `a ${String(params?.type)}`
  if (error?.keyword === 'minimum')
    return `a number of at least ${String(params?.limit)}`
  if (error?.keyword === 'maximum')
    return `a number of at most ${String(params?.limit)}`

  return 'a value the rule accepts (see its options in the README)'
}

/**
 * A JSON parse error in one line, without the file's text that Node quotes
 * in it.
 */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)

  // Node appends the text itself: `Unexpected token 'o', "not json…`.
  return (message.split(/,\s*"/)[0] ?? '').split('\n')[0] ?? ''
}
