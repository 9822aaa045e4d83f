/**
 * A fresh folder under the system's temporary folder for each test, removed
 * by the returned function.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** Make a temporary folder; returns its path and a function removing it. */
export async function makeTempFolder(): Promise<{
  folder: string
  remove: () => Promise<void>
}> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'trackmd-test-'))
  return {
    folder,
    remove: () => rm(folder, { recursive: true, force: true })
  }
}
