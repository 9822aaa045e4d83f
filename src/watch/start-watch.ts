import path from 'node:path'
import { watch, type FSWatcher } from 'chokidar'
import { localDate } from '../cli/calendar-date.js'
import { displayPath } from '../read/display-path.js'
import { FileSync } from './file-sync.js'
import { IdleCollector } from './idle-collector.js'
import { untilNextMidnight } from './next-midnight.js'
import type { SyncedEvent, WatchEvent } from './watch-event.js'

/** Options of `startWatch`. */
export interface WatchOptions {
  /** The tracker files, absolute or relative to `cwd`. */
  files: readonly string[]
  /** The working folder; default: `process.cwd()`. */
  cwd?: string
  /**
   * A fixed date to judge by, `YYYY-MM-DD`; default: the local date, which
   * is refreshed at each local midnight.
   */
  today?: string
  /** The year of Day 1, when configured; default: found from the file. */
  year?: number
  /** The clock; default: the system's. */
  clock?: () => Date
  /**
   * Milliseconds a file's size must hold still before its change is read,
   * so a save still being written is not read half-way; default: 50.
   */
  stabilityThreshold?: number
  /**
   * Milliseconds to wait for more events of a burst; default: 5. chokidar
   * already gives one event for a save once it holds still, so this only
   * joins events that come together (a file's and its folder's, say). The
   * writes the system reports while a save goes on are joined the same
   * way before the sync is prepared.
   */
  debounce?: number
  /**
   * Milliseconds between cheap checks of each file's size and times, a
   * guard against an event the system never delivered; 0 turns it off;
   * default: 1000.
   */
  recheckInterval?: number
  /**
   * Milliseconds without a save or a sync before garbage is collected, so
   * that the next save does not pay for the last one's; 0 turns it off;
   * default: 200.
   */
  idleCollect?: number
}

/** A listener list for the events of a watch. */
export interface WatchEvents {
  /**
   * Call a listener with every event from now on.
   *
   * @param listener The function to call.
   * @returns A function that removes the listener.
   */
  on(listener: (event: WatchEvent) => void): () => void
}

/** A running watch. */
export interface Watch {
  /**
   * Settles once every file has been synced and changes are followed;
   * rejects with a `TrackerFileError` when a file cannot be read at the
   * start, after the watch has shut itself down.
   */
  ready: Promise<void>
  /** Stop following changes, finish the sync under way, and release all. */
  close(): Promise<void>
  events: WatchEvents
}

/**
 * Start keeping tracker files in sync while they are edited: sync each
 * once, then again after every save, whatever way the editor saves. Each
 * file's folder is watched and events filtered by name, so a file renamed
 * over, or deleted and made again, is followed.
 *
 * @param options The files, the date, and timings.
 * @returns The running watch; subscribe to `events` right away to get the
 *   first sync.
 */
export function startWatch(options: WatchOptions): Watch {
  const cwd = options.cwd ?? process.cwd()
  const clock = options.clock ?? (() => new Date())
  const debounce = options.debounce ?? 5
  const recheckInterval = options.recheckInterval ?? 1000
  const stabilityThreshold = options.stabilityThreshold ?? 50
  const collector = new IdleCollector(options.idleCollect ?? 200)
  const listeners = new Set<(event: WatchEvent) => void>()
  let today = options.today ?? localDate(clock())
  let isClosed = false
  let watcher: FSWatcher | null = null
  let midnightTimer: NodeJS.Timeout | undefined
  let recheckTimer: NodeJS.Timeout | undefined
  /** The first sync of a file, while it runs. */
  let starting: Promise<void> | null = null

  const collectWhenIdle = (): void =>
    collector.schedule(() => entries.every((entry) => entry.queue.isIdle()))

  const emit = (event: WatchEvent): void => {
    for (const listener of listeners) listener(event)
  }

  const absolutes = [
    ...new Set(options.files.map((file) => path.resolve(cwd, file)))
  ]
  const entries = absolutes.map((absolute) => ({
    absolute,
    queue: new CheckQueue(
      new FileSync({
        absolute,
        shown: displayPath(absolute, cwd),
        cwd,
        year: options.year ?? null,
        emit,
        clock
      }),
      debounce,
      {
        busy: () => collector.postpone(),
        idle: collectWhenIdle
      }
    )
  }))
  const byPath = new Map(entries.map((entry) => [entry.absolute, entry]))
  const folders = [...new Set(absolutes.map((file) => path.dirname(file)))]

  const scheduleMidnight = (): void => {
    if (options.today !== undefined || isClosed) return

    // A little past midnight, so the clock reads the new date for sure.
    midnightTimer = setTimeout(
      () => {
        today = localDate(clock())
        emit({ type: 'date-changed', time: clock().toISOString(), today })
        for (const entry of entries) entry.queue.request(today, 'date')
        scheduleMidnight()
      },
      untilNextMidnight(clock()) + 50
    )
  }

  // The same settle time as chokidar's, so that a save caught while it is
  // being written is not read half-way.
  const settle = (): Promise<void> =>
    new Promise((resolve) => setTimeout(resolve, stabilityThreshold))

  // Reads again each idle file that changed since it was last read and has
  // held still since: a save no event told of; or whose save went on in the
  // file the tool's write replaced, which the check then puts back.
  const recheck = async (): Promise<void> => {
    for (const entry of entries) {
      if (!entry.queue.isIdle()) continue

      const { sync } = entry.queue
      if (
        (await sync.hasSaveToPutBack()) ||
        (await sync.hasSettledChange(settle))
      ) {
        entry.queue.request(today, 'save')
      }
    }
  }

  const scheduleRecheck = (): void => {
    if (recheckInterval <= 0 || isClosed) return

    recheckTimer = setTimeout(async () => {
      await recheck()
      scheduleRecheck()
    }, recheckInterval)
  }

  const close = async (): Promise<void> => {
    if (isClosed) return
    isClosed = true

    clearTimeout(midnightTimer)
    clearTimeout(recheckTimer)
    collector.stop()
    await watcher?.close()
    // The first sync of a file runs outside its queue; its failure is the
    // start's to report.
    await starting?.catch(() => undefined)
    await Promise.all(entries.map((entry) => entry.queue.close()))

    emit({
      type: 'stopped',
      time: clock().toISOString(),
      syncs: entries.reduce((sum, entry) => sum + entry.queue.sync.syncs, 0),
      writes: entries.reduce((sum, entry) => sum + entry.queue.sync.writes, 0)
    })
  }

  const start = async (): Promise<void> => {
    // Let the caller subscribe before the first event.
    await Promise.resolve()

    for (const entry of entries) {
      if (isClosed) return
      starting = entry.queue.sync.check(today, 'start')
      await starting
    }
    if (isClosed) return

    watcher = watch(folders, {
      ignoreInitial: true,
      depth: 0,
      // Only the tracker files themselves, and the folders holding them;
      // swap files, backups and temporary files beside them are skipped.
      ignored: (file) => {
        const absolute = path.resolve(file)
        return !folders.includes(absolute) && !byPath.has(absolute)
      },
      awaitWriteFinish: {
        stabilityThreshold,
        pollInterval: 10
      }
    })

    watcher.on('all', (_name, file) => {
      byPath.get(path.resolve(file))?.queue.request(today, 'save')
    })

    // Each write as the system reports it, before chokidar waits for the
    // file to hold still: the sync is worked out meanwhile. A folder's
    // event names the file in it; a file's own names the file.
    watcher.on('raw', (_name, name, details) => {
      const watched = (details as { watchedPath?: unknown } | null)?.watchedPath
      if (typeof watched !== 'string') return

      const entry =
        byPath.get(path.resolve(watched, String(name))) ??
        byPath.get(path.resolve(watched))
      entry?.queue.hint(today)
    })

    await new Promise<void>((resolve, reject) => {
      watcher?.once('ready', resolve)
      watcher?.once('error', reject)
    })

    // A save between the first sync and the watcher being ready, which no
    // event will tell of. Read only once it holds still: read at once, a
    // save still being written would be taken half-way.
    await recheck()

    scheduleMidnight()
    scheduleRecheck()
    // The first sync parsed the whole file: the most garbage of all.
    collectWhenIdle()
    emit({
      type: 'ready',
      time: clock().toISOString(),
      files: entries.map((entry) => displayPath(entry.absolute, cwd)),
      today
    })
  }

  const ready = start().catch(async (error: unknown) => {
    await close()
    throw error
  })

  return {
    ready,
    close,
    events: {
      on(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      }
    }
  }
}

/**
 * Runs one file's checks one at a time: a burst of events becomes one
 * check after a short quiet, and an event during a check asks for one
 * more check after it. A write the system reports before the file holds
 * still starts a preparation of the check instead, when nothing else runs;
 * a check asked for meanwhile runs after it.
 */
class CheckQueue {
  readonly sync: FileSync
  readonly #debounce: number
  #timer: NodeJS.Timeout | undefined
  #hintTimer: NodeJS.Timeout | undefined
  #running: Promise<void> | null = null
  #next: { today: string; reason: SyncedEvent['reason'] } | null = null
  #isClosed = false
  readonly #on: { busy: () => void; idle: () => void }

  /**
   * @param sync The file's sync.
   * @param debounce Milliseconds of quiet that end a burst of events.
   * @param on Told when work is asked for, and when the work asked for is
   *   done.
   */
  constructor(
    sync: FileSync,
    debounce: number,
    on: { busy: () => void; idle: () => void }
  ) {
    this.sync = sync
    this.#debounce = debounce
    this.#on = on
  }

  /** Whether nothing is waiting or running. */
  isIdle(): boolean {
    return (
      this.#timer === undefined &&
      this.#hintTimer === undefined &&
      this.#running === null
    )
  }

  /**
   * Ask for a check after the debounce; a date change is never downgraded
   * to a save by a later event.
   */
  request(today: string, reason: SyncedEvent['reason']): void {
    if (this.#isClosed) return
    this.#on.busy()

    // The check works the file out itself.
    clearTimeout(this.#hintTimer)
    this.#hintTimer = undefined

    this.#next = {
      today,
      reason: this.#next?.reason === 'date' ? 'date' : reason
    }
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      this.#run()
    }, this.#debounce)
  }

  /**
   * Tell of a change to the file that may still be under way, as the
   * system reports each write: when nothing is waiting or running, the
   * file's sync is worked out ahead (`FileSync.prepare`) while it is
   * waited on to hold still, after the same short quiet as a check.
   */
  hint(today: string): void {
    if (this.#isClosed) return
    this.#on.busy()
    if (this.#timer !== undefined || this.#running) return

    clearTimeout(this.#hintTimer)
    this.#hintTimer = setTimeout(() => {
      this.#hintTimer = undefined
      if (this.#isClosed || this.#timer !== undefined || this.#running) return

      this.#running = this.sync.prepare(today).finally(() => this.#done())
    }, this.#debounce)
  }

  /** Stop taking requests and wait for the check or preparation under way. */
  async close(): Promise<void> {
    this.#isClosed = true
    clearTimeout(this.#timer)
    clearTimeout(this.#hintTimer)
    this.#timer = undefined
    await this.#running
    await this.sync.close()
  }

  #run(): void {
    // The check under way will run again when it ends.
    if (this.#running || !this.#next || this.#isClosed) return

    const { today, reason } = this.#next
    this.#next = null
    this.#running = this.sync
      .check(today, reason)
      .catch((error: unknown) => this.sync.reportUnexpected(error))
      .finally(() => this.#done())
  }

  /**
   * A check or a preparation ended: run the check asked for meanwhile, or
   * tell that the file's work is done for now.
   */
  #done(): void {
    this.#running = null
    if (this.#next && this.#timer === undefined) this.#run()
    else if (!this.#isClosed && this.isIdle()) this.#on.idle()
  }
}
