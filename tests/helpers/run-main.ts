/** Run the CLI in-process and collect its exit code and output. */
import { fileURLToPath } from 'node:url'
import { main as sourceMain, type MainOptions } from '../../src/cli/main.js'
import { captureStream } from './capture-stream.js'

/**
 * Whether the tests run the built bundle's `main` (the vitest project
 * `bundle`) instead of the sources'.
 */
export const testsBundle = process.env.TRACKMD_TEST_TARGET === 'bundle'

// Named by a variable so that TypeScript does not look for the bundle's
// types: it has none, and it has the same `main` as the sources.
const bundle = '../../dist/bundle/run.js'
const main = testsBundle
  ? ((await import(bundle)) as { main: typeof sourceMain }).main
  : sourceMain

/** The repository root, where tracker.md and fixtures/ are. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url))

/** What a run of the CLI gave. */
export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** Options of `runMain` beyond the arguments. */
export interface RunMainOptions {
  cwd?: string
  env?: Record<string, string | undefined>
  isTTY?: boolean
  clock?: MainOptions['clock']
}

/**
 * Run `main` with the given arguments, in the repository root unless told,
 * with an empty environment and streams that are not terminals.
 */
export async function runMain(
  argv: string[],
  options: RunMainOptions = {}
): Promise<RunResult> {
  const stdout = captureStream(options.isTTY ?? false)
  const stderr = captureStream(false)

  const exitCode = await main({
    argv,
    cwd: options.cwd ?? repositoryRoot,
    stdout,
    stderr,
    env: options.env ?? {},
    ...(options.clock ? { clock: options.clock } : {})
  })

  return { exitCode, stdout: stdout.text, stderr: stderr.text }
}
