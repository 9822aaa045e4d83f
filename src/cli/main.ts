import path from 'node:path'
import { ConfigError } from '../config/config-error.js'
import { TrackerFileError } from '../read/tracker-file-error.js'
import { localDate } from './calendar-date.js'
import type { OutputStream } from './command.js'
import { commands } from './commands.js'
import { parseArguments } from './parse-arguments.js'
import { UsageError } from './usage-error.js'

/** Where `--cache` keeps parsed blocks, from the working folder. */
const defaultCacheFolder = 'node_modules/.cache/trackmd'

/** What `main` runs with: the process's values, or stand-ins in tests. */
export interface MainOptions {
  /** The arguments after the program name. */
  argv: readonly string[]
  /** The working folder; relative files start here. */
  cwd: string
  stdout: OutputStream
  stderr: OutputStream
  env: Readonly<Record<string, string | undefined>>
  /** The clock, read once for the default of `--today`; default: now. */
  clock?: () => Date
  /**
   * Stops a command that runs until stopped (`watch`); default: the
   * process's SIGINT and SIGTERM while it runs.
   */
  signal?: AbortSignal
}

/**
 * Run trackmd's command line once. Never exits the process and never throws
 * for a user's mistake: such mistakes are one line on stderr.
 *
 * @param options The arguments, working folder, streams and environment.
 * @returns The exit code: 0 done, 1 lint errors or sync drift, 2 could not
 *   run (bad input, bad flag, or a crash).
 */
export async function main(options: MainOptions): Promise<number> {
  const { stdout, stderr } = options

  try {
    const invocation = await parseArguments(options.argv)

    if (invocation.kind === 'output') {
      stdout.write(`${invocation.text}\n`)
      return 0
    }

    const command = commands.find((each) => each.name === invocation.name)
    if (!command) {
      throw new UsageError(`unknown command \`${invocation.name}\``)
    }

    const clock = options.clock ?? (() => new Date())
    const module = await command.load()
    const year =
      invocation.options.year ??
      (await configuredYear(invocation.name, invocation.file, options.cwd))

    return await module.run({
      file: invocation.file,
      settings: {
        today: invocation.options.today ?? localDate(clock()),
        year,
        cache: invocation.options.cache
          ? path.resolve(
              options.cwd,
              invocation.options['cache-location'] ?? defaultCacheFolder
            )
          : null
      },
      cwd: options.cwd,
      stdout,
      stderr,
      env: options.env,
      options: invocation.commandOptions,
      files: invocation.files,
      isTodayFixed: invocation.options.today !== undefined,
      clock,
      ...(options.signal ? { signal: options.signal } : {})
    })
  } catch (error) {
    return reportError(error, stderr)
  }
}

/**
 * The `year` of the configuration that applies to a command's file, so
 * that every command dates the plan alike. `lint` reads its configuration
 * per file itself, and `init` writes a new file.
 */
async function configuredYear(
  command: string,
  file: string,
  cwd: string
): Promise<number | null> {
  if (command === 'lint' || command === 'init') return null

  const { createConfigLoader } = await import('../config/load-config.js')
  const { config } = await createConfigLoader({ cwd })(path.resolve(cwd, file))

  return config.year ?? null
}

/** Print an error as `trackmd: …` and give the exit code for it. */
function reportError(error: unknown, stderr: OutputStream): number {
  if (
    error instanceof UsageError ||
    error instanceof TrackerFileError ||
    error instanceof ConfigError
  ) {
    stderr.write(`trackmd: ${error.message}\n`)
    return 2
  }

  // Anything else is a bug in trackmd, so the stack is worth showing.
  const detail =
    error instanceof Error ? (error.stack ?? error.message) : String(error)
  stderr.write(`trackmd: unexpected error, please report it\n${detail}\n`)
  return 2
}
