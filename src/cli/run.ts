import { main } from './main.js'

/**
 * Run the command line with the process's arguments, folder, streams and
 * environment; the bin sets `process.exitCode` from the result.
 *
 * @returns The exit code.
 */
export function run(): Promise<number> {
  return main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env
  })
}
