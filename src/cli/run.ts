import { main } from './main.js'

/**
 * Run the command line with the process's arguments, folder, streams and
 * environment; the bin sets `process.exitCode` from the result.
 *
 * @returns The exit code.
 */
export function run(): Promise<number> {
  // A reader that stops early (`trackmd export | head`) closes the pipe;
  // that is no error of ours, so the rest of the output is dropped quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
  }

  return main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env
  })
}

// The bundle's tests call `main` with their own streams.
export { main } from './main.js'
