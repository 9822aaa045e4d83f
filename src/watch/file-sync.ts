import { stat } from 'node:fs/promises'
import { applyEdits } from '../edit/edit.js'
import { planTrackerSync } from '../edit/sync-tracker.js'
import { encodeEdits } from '../edit/encode-edits.js'
import { writeTracker } from '../edit/write-tracker.js'
import {
  createIncrementalParser,
  type IncrementalParser
} from '../parse/incremental-parser.js'
import { readTrackerContent } from '../read/read-tracker-file.js'
import type { DecodedText } from '../read/decode-again.js'
import { guardDepth } from '../read/guard-depth.js'
import { TrackerFileError } from '../read/tracker-file-error.js'
import { trackerFacts } from '../summary/tracker-facts.js'
import { findCurrentDayTasks } from './current-day-tasks.js'
import {
  findNewProblems,
  takeBaseline,
  type ProblemBaseline
} from './find-new-problems.js'
import { ReplacedFiles, type SaveInReplacedFile } from './replaced-files.js'
import type { SyncedEvent, WatchEvent } from './watch-event.js'
import { requireDays } from '../read/require-days.js'

/** How often to read again when the person saves while the tool writes. */
const maxAttempts = 5

/** What one file sync needs from the watch around it. */
export interface FileSyncSettings {
  /** Absolute path of the file. */
  absolute: string
  /** The file as messages show it. */
  shown: string
  /** The working folder, for messages. */
  cwd: string
  /** The year of Day 1, when configured. */
  year: number | null
  /** Report an event. */
  emit: (event: WatchEvent) => void
  /** The moment now, for event times. */
  clock: () => Date
}

/** A sync worked out for one text, before anything is written. */
interface SyncWork {
  /** The text worked on and its bytes. */
  content: DecodedText
  result: ReturnType<typeof planTrackerSync>
  /** The bytes to write, or null when no cell changes. */
  bytes: Uint8Array | null
}

/**
 * The work `prepare` did, when it was done on this text for this date.
 *
 * @param work The work, or null.
 * @param content The text the check read.
 * @param today The check's date.
 */
function takeWork(
  work: (SyncWork & { today: string }) | null,
  content: DecodedText,
  today: string
): SyncWork | null {
  return work?.today === today && work.content.text === content.text
    ? work
    : null
}

/** Facts about a file that change whenever it is written. */
interface FileStamp {
  ino: number
  size: number
  mtimeMs: number
  ctimeMs: number
}

/**
 * Keeps one tracker file in sync: reads it, recomputes it, and writes the
 * computed cells when one differs. It remembers the text last known to be
 * in sync (most often the tool's own write), so an event for that text is
 * not taken for a new edit and no write loop can start. A file that looks
 * half-written is waited on, never synced.
 */
export class FileSync {
  /** Syncs done and files written, for the summary at the end. */
  syncs = 0
  writes = 0
  /** Syncs that took the work `prepare` did ahead. */
  preparedAhead = 0

  readonly #settings: FileSyncSettings
  /** The text on disk last known to be in sync; null before the first. */
  #inSync: string | null = null
  /** Days of the last good read, to tell a truncated file. */
  #goodDays = 0
  #baseline: ProblemBaseline | null = null
  /** Key of the trouble last reported, so each is reported once. */
  #reported: string | null = null
  #stamp: FileStamp | null = null
  /** The text last read or written and its bytes, to decode the next. */
  #last: DecodedText | null = null
  /** The work `prepare` did since the last check began, and its date. */
  #prepared: (SyncWork & { today: string }) | null = null
  /** Keeps the blocks of the file, so a save parses only what changed. */
  readonly #parser: IncrementalParser = createIncrementalParser()
  /** The bytes the tool last put in the file; null before its first write. */
  #written: Uint8Array | null = null
  /** Files the tool's writes replaced, in case a save went on in one. */
  readonly #replaced = new ReplacedFiles()
  /** Saves read back from replaced files, to put in place at the check. */
  #saves: SaveInReplacedFile[] = []

  /**
   * @param settings The file, how to report, and the clock.
   */
  constructor(settings: FileSyncSettings) {
    this.#settings = settings
  }

  /**
   * Read the file and sync it, unless the reason is a save and the file
   * holds the text last known to be in sync, with no trouble reported
   * since. The work `prepare` did on the same text for the same date is
   * taken rather than done again.
   *
   * @param today The date to judge by, `YYYY-MM-DD`.
   * @param reason Why: the start, a save, or a new date (which forces a
   *   sync of an unchanged text).
   * @throws {TrackerFileError} At the start only, when the file cannot be
   *   read as a tracker; later, trouble is reported as events.
   */
  async check(today: string, reason: SyncedEvent['reason']): Promise<void> {
    const { shown } = this.#settings
    // Taken at most once, by the first read: a read again is of a new save.
    let ahead = this.#prepared
    this.#prepared = null

    await this.#putBackSaves()

    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const content = await this.#read(reason)
      if (content === null) return
      const { text } = content

      const isKnown = text === this.#inSync && this.#reported === null
      if (isKnown && reason === 'save') return

      const prepared = takeWork(ahead, content, today)
      ahead = null
      if (prepared) this.preparedAhead += 1
      const { result, bytes } = prepared ?? (await this.#work(content, today))
      const days = result.tracker.days.length

      if (reason === 'start') requireDays(result.tracker, shown)

      // A save caught half-way, or a editor that truncates first: wait for
      // the rest rather than sync a part of the file.
      if (days === 0 || days < this.#goodDays / 2) {
        this.#report('truncated', {
          type: 'waiting',
          time: this.#now(),
          file: shown,
          reason: 'truncated',
          message:
            `${shown}: has ${days} of the ${this.#goodDays} days it had, ` +
            'expected the rest to follow; not synced until it does ' +
            '(restart the watch if the days were removed on purpose)'
        })
        return
      }

      // The bytes written, built from those read; null when none were.
      let written: Uint8Array | null = null
      if (bytes !== null) {
        const outcome = await this.#write(content.bytes, bytes)
        if (outcome === 'failed') return
        // The person saved while the tool was writing: their text wins.
        if (outcome === 'changed-meanwhile') continue
        written = bytes
        this.#written = bytes

        // The file is now the tool's own write: the guard against lost
        // events must not take it for a save of the person's.
        const stamp = await this.#currentStamp()
        this.#stamp = stamp === 'missing' ? null : stamp
      }

      const wrote = written !== null
      this.#reported = null
      this.#goodDays = days
      this.syncs += 1
      if (wrote) this.writes += 1

      const problems = this.#baseline
        ? findNewProblems(this.#baseline, result.tracker, result.summary)
        : []
      this.#baseline = takeBaseline(result.tracker, result.summary)
      const current = findCurrentDayTasks(result.tracker, result.summary)

      this.#settings.emit({
        type: 'synced',
        time: this.#now(),
        file: shown,
        reason,
        wrote,
        day: current?.day ?? null,
        dayTasks: current?.tasks ?? null,
        tasks: result.summary.tasks,
        changes: result.edits.map((edit, index) => ({
          label: edit.label,
          before: result.before[index] ?? '',
          after: edit.text
        })),
        problems
      })

      // The text as written is built only now: the file on disk and the
      // event come first.
      const synced = written ? applyEdits(text, result.edits) : text
      this.#inSync = synced

      // The tool's own edits come back with the person's next save; read
      // their blocks now, so that the next save parses only its own edit.
      // The edits say where the text changed, so only their blocks are
      // split and hashed again.
      if (written) {
        this.#last = { text: synced, bytes: written }
        this.#parser.remember(
          synced,
          result.edits.map((edit) => ({
            start: edit.start,
            end: edit.end,
            length: edit.text.length
          }))
        )
      }
      return
    }

    // The file kept changing under the tool; the next event brings it back.
  }

  /**
   * Do the work of a sync ahead, while a save may still be under way: read
   * the file, parse it and plan its edits, and keep the result for the
   * `check` that follows once the file has held still. Nothing is written
   * or reported, and nothing is taken for known: the check reads the file
   * again and takes this work only for the very same text, so a file read
   * half-written costs time, never a wrong sync. Trouble is left for the
   * check to find and report.
   *
   * @param today The date to judge by, `YYYY-MM-DD`.
   */
  async prepare(today: string): Promise<void> {
    // Once per check: the parser keeps the blocks of its last two texts,
    // and two texts read half-written would push out those of the text in
    // sync, which the save mostly shares.
    if (this.#prepared !== null) return

    try {
      const content = await this.#readContent()

      // The text in sync, such as the tool's own write coming back.
      if (content.text === this.#inSync) return

      this.#prepared = { today, ...(await this.#work(content, today)) }
    } catch {
      // Left for the check to find and report.
    }
  }

  /** Parse a text, plan the sync of its cells, and encode the new bytes. */
  async #work(content: DecodedText, today: string): Promise<SyncWork> {
    // The same sync as `syncText`, with a parser that reads only the
    // blocks changed since the last read, told by the decode where the
    // text changed.
    const options = {
      today,
      ...(this.#settings.year === null ? {} : { year: this.#settings.year })
    }
    const tracker = await guardDepth(this.#settings.shown, () =>
      this.#parser.parse(content.text, options, content.since)
    )
    const result = planTrackerSync(content.text, trackerFacts(tracker), options)
    const bytes =
      result.edits.length > 0 ? encodeEdits(content, result.edits) : null

    return { content, result, bytes }
  }

  /** How many blocks the last sync took as they were, and parsed anew. */
  get lastParse(): { reused: number; parsed: number } {
    return this.#parser.lastRun
  }

  /**
   * Tell whether the file has changed since it was last read and then held
   * still, from its size, times and inode; a cheap guard against a lost
   * event. A file that changes again while `settle` runs may be a save
   * still being written, and is left to its own event or the next check.
   *
   * @param settle Waits as long as a save must hold still to be read.
   */
  async hasSettledChange(settle: () => Promise<void>): Promise<boolean> {
    const first = await this.#currentStamp()
    if (first === 'missing') return this.#reported !== 'missing'
    if (sameStamp(this.#stamp, first)) return false

    await settle()

    const second = await this.#currentStamp()
    return second !== 'missing' && sameStamp(first, second)
  }

  async #currentStamp(): Promise<FileStamp | 'missing'> {
    try {
      return stampOf(await stat(this.#settings.absolute))
    } catch {
      return 'missing'
    }
  }

  /** Read and decode the file, decoding again only what changed. */
  async #readContent(): Promise<DecodedText> {
    const { absolute, cwd } = this.#settings
    const content = await readTrackerContent(
      absolute,
      { cwd },
      this.#last ?? undefined
    )

    this.#last = content
    return content
  }

  /** Read the file, or report why there is none and give null. */
  async #read(reason: SyncedEvent['reason']): Promise<DecodedText | null> {
    const { absolute, shown, cwd } = this.#settings

    try {
      this.#stamp = stampOf(await stat(absolute))
    } catch {
      this.#stamp = null
    }

    try {
      return await this.#readContent()
    } catch (error) {
      if (reason === 'start' || !(error instanceof TrackerFileError)) {
        throw error
      }

      if (error.code === 'NOT_FOUND') {
        this.#report('missing', {
          type: 'missing',
          time: this.#now(),
          file: shown,
          message:
            `${shown}: was deleted or moved away; ` +
            'waiting for it to come back'
        })
      } else if (error.code === 'EMPTY') {
        this.#report('empty', {
          type: 'waiting',
          time: this.#now(),
          file: shown,
          reason: 'empty',
          message: `${error.message}; not synced until it holds a tracker again`
        })
      } else {
        this.#report(`problem:${error.code}`, {
          type: 'problem',
          time: this.#now(),
          file: shown,
          code: error.code,
          message: `${error.message}; watching until it is fixed`
        })
      }

      return null
    }
  }

  async #write(
    read: Uint8Array,
    next: Uint8Array
  ): Promise<'written' | 'changed-meanwhile' | 'failed'> {
    const { absolute, shown } = this.#settings
    // Held across the write: should the rename replace a file a save is
    // still being written into, the rest of the save can be read back.
    const opened = await ReplacedFiles.open(absolute)

    try {
      const outcome = await writeTracker(absolute, shown, read, next)
      if (opened && outcome === 'written') {
        await this.#replaced.keep(opened, absolute, next)
      } else await opened?.handle.close()
      return outcome
    } catch (error) {
      await opened?.handle.close()
      if (!(error instanceof TrackerFileError)) throw error

      // Gone between the read and the write: the next event tells more.
      if ((error.cause as NodeJS.ErrnoException)?.code === 'ENOENT') {
        return 'changed-meanwhile'
      }

      this.#report(`problem:${error.code}`, {
        type: 'problem',
        time: this.#now(),
        file: shown,
        code: error.code,
        message: error.message
      })
      return 'failed'
    }
  }

  /**
   * Look at the files the tool's writes replaced: whether a save went on
   * in one and has held still since, to be put back by the next check.
   */
  async hasSaveToPutBack(): Promise<boolean> {
    this.#saves.push(...(await this.#replaced.look()))
    return this.#saves.length > 0
  }

  /** Stop looking at replaced files, and close them. */
  async close(): Promise<void> {
    await this.#replaced.close()
  }

  /**
   * Put back a save that went on in a replaced file, when it was the
   * tool's last write that replaced that file and the file still holds
   * that write. A save the person made since, or a write of the tool's
   * that followed one (which synced a newer save), is newer text, and
   * stays.
   */
  async #putBackSaves(): Promise<void> {
    const written = this.#written
    const save = this.#saves.findLast(
      (each) =>
        written !== null && Buffer.compare(each.replacedBy, written) === 0
    )
    this.#saves = []
    if (!save || !written) return

    const { shown } = this.#settings
    const outcome = await this.#write(written, save.content)
    if (outcome !== 'written') return

    this.#written = save.content
    this.#settings.emit({
      type: 'problem',
      time: this.#now(),
      file: shown,
      code: 'RESTORED',
      message:
        `${shown}: a save was still being written when it was synced; ` +
        'put the whole save back, and synced it again'
    })
  }

  /**
   * Report an error that is not the file's fault (a bug, or the system
   * refusing something unexpected) and keep watching.
   *
   * @param error What was thrown.
   */
  reportUnexpected(error: unknown): void {
    const { shown } = this.#settings

    // A file trackmd cannot read (nested too deeply) is no bug of its own.
    if (error instanceof TrackerFileError) {
      this.#report(`file:${error.code}`, {
        type: 'problem',
        time: this.#now(),
        file: shown,
        code: error.code,
        message: error.message
      })
      return
    }

    const detail = error instanceof Error ? error.message : String(error)

    this.#report(`unexpected:${detail}`, {
      type: 'problem',
      time: this.#now(),
      file: shown,
      code: 'UNEXPECTED',
      message: `${shown}: unexpected error, please report it (${detail})`
    })
  }

  /** Report a trouble, unless it is the one reported last. */
  #report(key: string, event: WatchEvent): void {
    if (this.#reported === key) return

    this.#reported = key
    this.#settings.emit(event)
  }

  #now(): string {
    return this.#settings.clock().toISOString()
  }
}

function stampOf(info: Awaited<ReturnType<typeof stat>>): FileStamp {
  return {
    ino: Number(info.ino),
    size: Number(info.size),
    mtimeMs: Number(info.mtimeMs),
    ctimeMs: Number(info.ctimeMs)
  }
}

function sameStamp(a: FileStamp | null, b: FileStamp): boolean {
  return (
    a !== null &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ctimeMs === b.ctimeMs
  )
}
