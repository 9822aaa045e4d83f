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
}

/** What a command gets to run with. */
export interface CommandContext {
  /** The tracker file as given, relative to `cwd` or absolute. */
  file: string
  settings: Settings
  cwd: string
  stdout: OutputStream
  stderr: OutputStream
  env: Readonly<Record<string, string | undefined>>
}

/** A command's module, loaded only when the command runs. */
export interface CommandModule {
  /**
   * Run the command.
   *
   * @returns The exit code: 0 done, 1 findings or drift, 2 could not run.
   */
  run(context: CommandContext): Promise<number>
}

/** A command as the command line knows it. */
export interface CommandSpec {
  name: string
  /** One sentence for `--help`. */
  description: string
  /** Import the command's module. */
  load: () => Promise<CommandModule>
}
