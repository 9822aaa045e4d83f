import type { FlagTable } from './global-flags.js'

/** Where a command writes: a stream such as `process.stdout`. */
export interface OutputStream {
  write(chunk: string): unknown
  /** Whether the stream is a terminal; colour depends on it. */
  isTTY?: boolean
}

/** The global options with every default filled in. */
export interface Settings {
  today: string
  year: number | null
  /**
   * The cache folder when `--cache` is on; default: none. Optional so that
   * callers that never cache need not say so.
   */
  cache?: string | null
}

/**
 * What a command gets to run with.
 *
 * @typeParam Options The command's own options, read from its flags.
 */
export interface CommandContext<Options extends object = object> {
  /** The tracker file as given, relative to `cwd` or absolute. */
  file: string
  settings: Settings
  cwd: string
  stdout: OutputStream
  stderr: OutputStream
  env: Readonly<Record<string, string | undefined>>
  /** The command's own options, as its flags gave them. */
  options: Options
  /**
   * Every file given, for a command that takes several (`lint`, `watch`); `file`
   * is the first. Default: `[file]`.
   */
  files?: readonly string[]
  /** Whether `--today` was given, so the date must not follow the clock. */
  isTodayFixed?: boolean
  /** The clock; default: the system's. */
  clock?: () => Date
  /**
   * Stops a command that runs until stopped (`watch`); default: the
   * process's SIGINT and SIGTERM.
   */
  signal?: AbortSignal
}

/** A command's module, loaded only when the command runs. */
export interface CommandModule<Options extends object = object> {
  /**
   * Run the command.
   *
   * @returns The exit code: 0 done, 1 findings or drift, 2 could not run.
   */
  run(context: CommandContext<Options>): Promise<number>
}

/**
 * A command as the command line knows it.
 *
 * @typeParam Options The command's own options: `flags` must have a flag
 *   for each, and the module's `run` must take them.
 */
export interface CommandSpec<Options extends object = object> {
  name: string
  /** One sentence for `--help`. */
  description: string
  /** The command's own flags, shown by `trackmd <command> --help`. */
  flags: FlagTable<Options>
  /** Whether the command takes several files; default: at most one. */
  takesFiles?: boolean
  /** Import the command's module. */
  load: () => Promise<CommandModule<Options>>
}

/**
 * Declare a command, checking its flags table and its module against the
 * same options type.
 *
 * @param spec The command.
 */
export function defineCommand<Options extends object>(
  spec: CommandSpec<Options>
): CommandSpec {
  return spec
}
