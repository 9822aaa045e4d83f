/**
 * The ways editors save a file, played by tests of the watcher: in place,
 * truncate then write, a temporary file renamed over, delete and recreate,
 * and a swap or backup file written beside it first.
 */
import { rename, rm, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** How an editor saves. */
export type SaveStyle =
  | 'in-place'
  | 'truncate-then-write'
  | 'rename-over'
  | 'delete-recreate'
  | 'swap-beside'

/** Every save style, for tests that go through all of them. */
export const saveStyles: readonly SaveStyle[] = [
  'in-place',
  'truncate-then-write',
  'rename-over',
  'delete-recreate',
  'swap-beside'
]

let counter = 0

/**
 * Save a text to a file the way an editor of the given style does.
 *
 * @param file Absolute path of the file.
 * @param text The text to save.
 * @param style How to save.
 * @param gap Milliseconds between the steps of a two-step save.
 */
export async function saveAs(
  file: string,
  text: string,
  style: SaveStyle,
  gap = 60
): Promise<void> {
  const folder = path.dirname(file)
  const base = path.basename(file)

  switch (style) {
    case 'in-place':
      await writeFile(file, text)
      return
    case 'truncate-then-write':
      await truncate(file, 0)
      await pause(gap)
      await writeFile(file, text)
      return
    case 'rename-over': {
      counter += 1
      const temporary = path.join(folder, `${base}.${counter}.tmp`)
      await writeFile(temporary, text)
      await rename(temporary, file)
      return
    }
    case 'delete-recreate':
      await rm(file, { force: true })
      await pause(gap)
      await writeFile(file, text)
      return
    case 'swap-beside':
      // vim's swap file and an editor's backup copy, then the save itself.
      await writeFile(path.join(folder, `.${base}.swp`), 'swap')
      await writeFile(path.join(folder, `${base}~`), text)
      await writeFile(file, text)
      await rm(path.join(folder, `.${base}.swp`), { force: true })
      return
  }
}

/** Wait for a number of milliseconds, between the steps of a save only. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
