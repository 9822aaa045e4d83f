import { readTrackerFile } from '../read/read-tracker-file.js'
import { TrackerFileError } from '../read/tracker-file-error.js'
import { writeTracker } from './write-tracker.js'

/** How often to read again when the file changes between read and write. */
const maxAttempts = 5

/** What one pass over a tracker's text decided: write new text, or stop. */
export type UpdateStep<Result> =
  | { kind: 'write'; text: string; result: Result }
  | { kind: 'done'; result: Result }

/**
 * Reads a tracker, lets `step` decide what it should hold, and writes that
 * with the compare-and-swap write. When the person saved in between, the
 * file is read again and `step` runs on their text, so their save wins.
 *
 * @param file Absolute path of the file.
 * @param shown The path as messages show it.
 * @param cwd The working folder, for messages.
 * @param step Decides from the text read; may throw a `TrackerFileError`.
 * @returns The result of the last step, once written or done.
 * @throws {TrackerFileError} `KEEPS_CHANGING` after five tries in a row.
 */
export async function updateTracker<Result>(
  file: string,
  shown: string,
  cwd: string,
  step: (text: string) => Promise<UpdateStep<Result>> | UpdateStep<Result>
): Promise<Result> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const text = await readTrackerFile(file, { cwd })
    const decided = await step(text)

    if (decided.kind === 'done') return decided.result

    const outcome = await writeTracker(file, shown, text, decided.text)
    if (outcome === 'written') return decided.result
  }

  throw new TrackerFileError(
    'KEEPS_CHANGING',
    shown,
    `changed between reading and writing ${maxAttempts} times in a row, ` +
      'expected it to hold still; nothing was written'
  )
}
