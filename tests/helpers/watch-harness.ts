/**
 * Run the real watcher on a copy of a tracker in a temporary folder, and
 * wait for what it does with deadlines instead of fixed sleeps.
 */
import { copyFile, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { syncText } from '../../src/edit/sync-text.js'
import {
  startWatch,
  type Watch,
  type WatchOptions
} from '../../src/watch/start-watch.js'
import type { WatchEvent } from '../../src/watch/watch-event.js'
import { repositoryRoot } from './run-main.js'
import { makeTempFolder } from './temp-folder.js'

/** The date the watch tests judge by. */
export const testToday = '2026-12-10'

/** A watch on a temporary copy of the seed, with what it reported. */
export interface WatchHarness {
  folder: string
  file: string
  watch: Watch
  events: WatchEvent[]
  /** Stop the watch and remove the folder. */
  dispose: () => Promise<void>
}

/**
 * Copy the seed into a fresh folder and start watching it; resolves once
 * the watch is ready.
 *
 * @param options Watch options to use instead of the defaults.
 */
export async function startHarness(
  options: Partial<WatchOptions> = {}
): Promise<WatchHarness> {
  const { folder, remove } = await makeTempFolder()
  const file = path.join(folder, 'tracker.md')
  await copyFile(
    path.join(repositoryRoot, 'fixtures', 'seed', 'tracker.md'),
    file
  )

  const watch = startWatch({
    files: [file],
    cwd: folder,
    today: testToday,
    ...options
  })
  const events: WatchEvent[] = []
  watch.events.on((event) => events.push(event))
  await watch.ready

  return {
    folder,
    file,
    watch,
    events,
    dispose: async () => {
      await watch.close()
      await remove()
    }
  }
}

/**
 * The text the watcher should leave after a person saved `text`.
 *
 * @param text What the person saved.
 * @param today The date to judge by.
 */
export function syncedText(text: string, today = testToday): string {
  return syncText(text, { today }).text
}

/**
 * Poll until a condition holds, failing after a deadline.
 *
 * @param condition Checked every few milliseconds.
 * @param what Named in the error when the deadline passes.
 * @param timeout Milliseconds to wait at most.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeout = 5000
): Promise<void> {
  const deadline = Date.now() + timeout

  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * Wait until the file holds exactly the given text.
 *
 * @param file The file.
 * @param expected The text it should come to hold.
 * @param timeout Milliseconds to wait at most.
 */
export async function waitForText(
  file: string,
  expected: string,
  timeout = 5000
): Promise<void> {
  let last = ''

  try {
    await waitUntil(
      async () => {
        last = await readFile(file, 'utf8').catch(() => '')
        return last === expected
      },
      'the synced text',
      timeout
    )
  } catch (error) {
    const at = [...expected].findIndex((char, index) => last[index] !== char)
    throw new Error(
      `${(error as Error).message}; first difference at ${at}: ` +
        JSON.stringify(last.slice(at - 40, at + 40)),
      { cause: error }
    )
  }
}

/**
 * Wait until an event matching a test has been reported.
 *
 * @param events The events reported so far, growing.
 * @param test What the event must satisfy.
 * @param timeout Milliseconds to wait at most.
 */
export async function waitForEvent<Event extends WatchEvent>(
  events: readonly WatchEvent[],
  test: (event: WatchEvent) => event is Event,
  timeout = 5000
): Promise<Event> {
  let found: Event | undefined
  await waitUntil(
    () => {
      found = events.find(test)
      return found !== undefined
    },
    'a watch event',
    timeout
  )
  return found as Event
}

/**
 * Assert by absence that a file is not written over a quiet window: the one
 * fixed wait the watch tests allow themselves, since nothing can be awaited.
 *
 * @param file The file.
 * @param window Milliseconds to watch for.
 * @returns Whether its modification time and size stayed put.
 */
export async function staysPut(file: string, window = 1000): Promise<boolean> {
  const before = await stat(file)
  await new Promise((resolve) => setTimeout(resolve, window))
  const after = await stat(file)

  return (
    before.mtimeMs === after.mtimeMs &&
    before.ino === after.ino &&
    before.size === after.size
  )
}
