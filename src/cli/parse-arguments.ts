import yargs, { type Argv } from 'yargs'
import type { CommandSpec } from './command.js'
import { commands } from './commands.js'
import {
  globalFlags,
  readGlobalOptions,
  readOptions,
  type FlagSpec,
  type GlobalOptions
} from './global-flags.js'
import { readPackageVersion } from './package-version.js'
import { UsageError } from './usage-error.js'

/** What the command line asks for. */
export type Invocation =
  | { kind: 'output'; text: string }
  | {
      kind: 'command'
      name: string
      file: string
      /** Every file given; `[file]` for a command that takes one. */
      files: string[]
      options: GlobalOptions
      /** The command's own options, checked against its flags table. */
      commandOptions: object
    }

/** The file every command reads when none is given. */
export const defaultFile = 'tracker.md'

/**
 * Parse the command line without printing anything.
 *
 * @param argv The arguments after the program name.
 * @returns Help or version text to print, or the command to run.
 * @throws {UsageError} For an unknown command or flag, a missing command or
 *   a flag value of the wrong shape.
 */
export async function parseArguments(
  argv: readonly string[]
): Promise<Invocation> {
  // yargs drops a lone `-` without a word; say plainly it is not supported.
  const end = argv.indexOf('--')
  if ((end === -1 ? argv : argv.slice(0, end)).includes('-')) {
    throw new UsageError(
      'reading standard input (`-`) is not supported, expected a file name'
    )
  }

  // yargs lays out the help of the command it runs even when nothing shows
  // it, 10 ms or more of every run when wrapped; so the help is wrapped only
  // in a second parse, for a run that asks for it.
  const { parsed, output } = await runParser(argv, null)

  if (parsed.help) {
    return { kind: 'output', text: (await runParser(argv, 80)).output }
  }
  if (parsed.version) return { kind: 'output', text: output }

  const name = (parsed._ as unknown[]).map(String)[0]
  if (name === undefined) {
    throw new UsageError(
      `missing command, expected one of: ${listCommands()} ` +
        '(see `trackmd --help`)'
    )
  }

  const command = findCommand(name)
  const files = readFiles(parsed)

  return {
    kind: 'command',
    name,
    file: files[0] ?? defaultFile,
    files,
    options: readGlobalOptions(parsed),
    commandOptions: command ? readOptions(command.flags, parsed) : {}
  }
}

/**
 * Parse the command line with yargs.
 *
 * @param argv The arguments after the program name.
 * @param width The column to wrap help text at, or null for none.
 */
function runParser(
  argv: readonly string[],
  width: number | null
): Promise<{ parsed: Record<string, unknown>; output: string }> {
  const parser = buildParser([...argv], width)

  return new Promise((resolve, reject) => {
    try {
      parser.parse([...argv], {}, (error, parsed, output) => {
        if (error) reject(error)
        else resolve({ parsed: parsed as Record<string, unknown>, output })
      })
    } catch (error) {
      reject(error)
    }
  })
}

function buildParser(argv: string[], width: number | null): Argv {
  let parser = yargs(argv)
    .scriptName('trackmd')
    .locale('en')
    .wrap(width)
    .usage('Usage: trackmd <command> [file] [options]')
    .epilog(
      'Exit status: 0 done, 1 lint errors or sync drift, 2 could not run.'
    )
    .strict()
    .exitProcess(false)
    .help()
    .version(readPackageVersion())
    .fail((message, error) => {
      // yargs reports its own checks as a YError; anything else is ours.
      if (error && error.name !== 'YError') throw error
      throw toUsageError(message ?? error?.message ?? '', argv)
    })

  for (const [name, flag] of flagEntries(globalFlags)) {
    parser = parser.option(name, { ...optionOf(flag), global: true })
  }

  // A parse that shows no help needs none laid out.
  if (width === null) skipHelpCache(parser)

  for (const command of commands) {
    const positional = command.takesFiles ? 'files' : 'file'

    parser = parser.command(
      command.takesFiles
        ? `${command.name} [files..]`
        : `${command.name} [file]`,
      command.description,
      (builder) => {
        let commandParser = builder.positional(positional, {
          type: 'string',
          array: command.takesFiles === true,
          describe: command.takesFiles
            ? 'The tracker files'
            : 'The tracker file',
          default: command.takesFiles ? [defaultFile] : defaultFile
        })

        for (const [name, flag] of flagEntries(command.flags)) {
          commandParser = commandParser.option(name, optionOf(flag))
        }

        return commandParser
      }
    )
  }

  return parser
}

/** The part of yargs' internals `skipHelpCache` reaches, each maybe gone. */
interface YargsInternals {
  getInternalMethods?: () => {
    getUsageInstance?: () => { cacheHelpMessage?: () => void }
  }
}

/**
 * Keeps yargs from laying out the help of the command it runs. yargs does
 * so for every command, in case a failure shows the help; trackmd's
 * failures print one line without it, and `--help` is served by a parse of
 * its own. The layout took about 9 ms of every run. Should a later yargs
 * no longer have these internals, nothing is changed.
 *
 * @param parser The parser, before it parses.
 */
export function skipHelpCache(parser: Argv): void {
  const internals = (parser as unknown as YargsInternals).getInternalMethods
  const usage = internals?.call(parser).getUsageInstance?.()

  if (typeof usage?.cacheHelpMessage === 'function') {
    usage.cacheHelpMessage = () => undefined
  }
}

/**
 * The files given, as one list whether the command takes one or many. Names
 * after `--`, and a lone `-`, reach yargs' leftover list instead of the
 * positional, so they are taken from there; the positional then holds its
 * default, which is left out (as is `tracker.md` typed before `--` too,
 * which yargs does not tell from its default).
 */
function readFiles(parsed: Record<string, unknown>): string[] {
  const leftover = (parsed._ as unknown[]).slice(1).map(String)
  const positional = Array.isArray(parsed.files)
    ? parsed.files.map(String)
    : typeof parsed.file === 'string'
      ? [parsed.file]
      : []
  const isDefault = positional.length === 1 && positional[0] === defaultFile
  const named = isDefault && leftover.length > 0 ? [] : positional
  const files = [...named, ...leftover]

  if (!Array.isArray(parsed.files) && files.length > 1) {
    throw new UsageError(
      `unexpected argument \`${files[1]}\`, expected at most one file`
    )
  }

  return files.length > 0 ? files : [defaultFile]
}

function flagEntries(flags: object): [string, FlagSpec<unknown>][] {
  return Object.entries<FlagSpec<unknown>>(
    flags as Record<string, FlagSpec<unknown>>
  )
}

/** How yargs should read a flag and show it in help. */
function optionOf(flag: FlagSpec<unknown>) {
  const isBoolean = flag.type === 'boolean'

  return {
    type: flag.type,
    describe: isBoolean
      ? flag.description
      : `${flag.description} (${flag.value})`,
    requiresArg: !isBoolean
  }
}

function findCommand(name: string): CommandSpec | undefined {
  return commands.find((command) => command.name === name)
}

/** The command named in the arguments, when there is one. */
function commandIn(argv: readonly string[]): CommandSpec | undefined {
  return commands.find((command) => argv.includes(command.name))
}

/** Reword a yargs complaint as one line that lists what is valid. */
function toUsageError(message: string, argv: readonly string[]): UsageError {
  const commandNames = commands.map((command) => command.name)

  const missing = /^Not enough arguments following: (.+)$/.exec(message)
  if (missing?.[1]) {
    const flag = allFlags(commandIn(argv))[missing[1]]
    return new UsageError(
      `\`--${missing[1]}\` needs a value` +
        (flag ? `, expected ${flag.value}` : '')
    )
  }

  const unknown = /^Unknown arguments?: (.+)$/.exec(message)
  if (unknown?.[1]) {
    const name = unknown[1].split(', ')[0] ?? ''

    if (argv.some((token) => isFlagToken(token, name))) {
      return new UsageError(
        `unknown flag \`${name.length === 1 ? '-' : '--'}${name}\`, ` +
          `expected one of: ${validFlags(commandIn(argv)).join(', ')}`
      )
    }

    if (!argv.some((token) => commandNames.includes(token))) {
      return new UsageError(
        `unknown command \`${name}\`, expected one of: ${listCommands()}`
      )
    }

    return new UsageError(
      `unexpected argument \`${name}\`, expected at most one file`
    )
  }

  // yargs' other complaints are already one line.
  return new UsageError(lowerFirst(message))
}

function listCommands(): string {
  return commands.map((command) => command.name).join(', ')
}

function isFlagToken(token: string, name: string): boolean {
  // Short flags may be bundled: `-xv` reports `x` and `v`.
  if (/^-[^-]/.test(token))
    return (token.slice(1).split('=')[0] ?? '').includes(name)

  const match = /^--(?:no-)?([^=]+)/.exec(token)
  return match?.[1] === name
}

/** The flags a command takes, its own after the global ones. */
function allFlags(
  command: CommandSpec | undefined
): Record<string, FlagSpec<unknown>> {
  return { ...globalFlags, ...command?.flags }
}

function validFlags(command: CommandSpec | undefined): string[] {
  return [...Object.keys(allFlags(command)), 'help', 'version'].map(
    (name) => `--${name}`
  )
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
