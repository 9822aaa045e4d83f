/**
 * What a running watch reports: one event per thing worth telling the
 * person. The command line turns each into a line of text or of JSON.
 */
import type { Count } from '../summary/summary.js'

/** A computed cell that a sync changed. */
export interface CellChange {
  /** What the cell is: `Deliverables Created`. */
  label: string
  before: string
  after: string
}

/** Something that newly looks wrong in the file since its last good read. */
export interface NewProblem {
  /** 1-based line in the file. */
  line: number
  /** `missed-day` for a day just missed, `malformed-task` and so on. */
  kind: 'missed-day' | 'unparsed-task' | 'unparsed-heading'
  /** What was found, one line. */
  message: string
}

/** Fields every event has. */
interface EventBase {
  /** When it happened, as an ISO 8601 moment. */
  time: string
}

/** The watch has synced every file once and is now following changes. */
export interface ReadyEvent extends EventBase {
  type: 'ready'
  files: string[]
  today: string
}

/** A file was read, its cells computed, and written when one differed. */
export interface SyncedEvent extends EventBase {
  type: 'synced'
  /** The file as messages show it. */
  file: string
  /** Whether this is the sync at start or after the date changed. */
  reason: 'start' | 'save' | 'date'
  /** Whether the file was written; false when it was already in sync. */
  wrote: boolean
  /** The day the plan is on, or null when there is none. */
  day: number | null
  /** That day's tasks, or null when there is no current day. */
  dayTasks: Count | null
  /** All day tasks of the plan. */
  tasks: Count
  changes: CellChange[]
  /** Problems that were not there at the last good read, with their line. */
  problems: NewProblem[]
}

/**
 * The file looks half-written (empty, or it lost most of its days since
 * the last good read), so it is not synced; the watch waits for the rest.
 */
export interface WaitingEvent extends EventBase {
  type: 'waiting'
  file: string
  reason: 'empty' | 'truncated'
  message: string
}

/** The file cannot be read as a tracker; reported once until it changes. */
export interface ProblemEvent extends EventBase {
  type: 'problem'
  file: string
  /** A `TrackerFileError` code such as `NOT_UTF8`. */
  code: string
  message: string
}

/** The file is gone; the watch waits for it to come back. */
export interface MissingEvent extends EventBase {
  type: 'missing'
  file: string
  message: string
}

/** The local date changed; every file is synced again for the new day. */
export interface DateChangedEvent extends EventBase {
  type: 'date-changed'
  today: string
}

/** The watch stopped; counts over the whole run. */
export interface StoppedEvent extends EventBase {
  type: 'stopped'
  /** Saves and start-up reads that were synced. */
  syncs: number
  /** Of those, how many wrote the file. */
  writes: number
}

/** Anything a running watch reports. */
export type WatchEvent =
  | ReadyEvent
  | SyncedEvent
  | WaitingEvent
  | ProblemEvent
  | MissingEvent
  | DateChangedEvent
  | StoppedEvent

/**
 * Tell whether an event is an error the person must act on, the only kind
 * `--quiet` shows.
 *
 * @param event The event.
 */
export function isErrorEvent(event: WatchEvent): boolean {
  return event.type === 'problem' || event.type === 'missing'
}
