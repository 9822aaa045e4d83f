/**
 * Builders of hand-made `Tracker` objects for tests, so that summary, export
 * and status can be tested without the parser. Places are made up from a line
 * number: each element sits on its own line, column 1.
 */
import type {
  Checkpoint,
  Day,
  DayFacts,
  Field,
  Minutes,
  Place,
  Task,
  Tracker,
  Week
} from '../../src/model.js'
import { emptyTracker } from '../../src/parse/empty-tracker.js'
import { dayFacts } from '../../src/summary/tracker-facts.js'

/** A place covering the whole of one made-up line. */
export function placeAt(line: number, length = 10): Place {
  const offset = (line - 1) * 100
  return {
    start: { line, column: 1, offset },
    end: { line, column: length + 1, offset: offset + length }
  }
}

/** A filled or blank field; `value` null means blank. */
export function field<Value>(
  value: Value | null,
  line = 1,
  text = value === null ? '' : String(value)
): Field<Value> {
  return { text, value, place: placeAt(line) }
}

/** Options of `task`. */
export interface TaskOptions {
  done?: boolean
  /** A single figure, or `[low, high]` for a range. */
  minutes?: number | [number, number] | null
  each?: boolean
  line?: number
  depth?: number
}

/** A task item. */
export function task(text: string, options: TaskOptions = {}): Task {
  const line = options.line ?? 1
  return {
    text,
    done: options.done ?? false,
    minutes: toMinutes(options.minutes ?? null, options.each ?? false),
    depth: options.depth ?? 0,
    checkbox: placeAt(line, 3),
    place: placeAt(line)
  }
}

function toMinutes(
  minutes: number | [number, number] | null,
  each: boolean
): Minutes | null {
  if (minutes === null) return null
  if (typeof minutes === 'number') return { low: minutes, high: minutes, each }
  return { low: minutes[0], high: minutes[1], each }
}

/** Options of `day`; anything left out gets a plain default. */
export interface DayOptions {
  number: number
  date?: string | null
  week?: number | null
  title?: string
  plannedHours?: number | null
  tasks?: Task[]
  /** The deliverable text and whether it is done, or null for no line. */
  deliverable?: { text: string; done: boolean } | null
  blockers?: string | null
  disabled?: string[]
  line?: number
}

/** A day with its tasks in one section. */
export function day(options: DayOptions): Day {
  const line = options.line ?? options.number * 10
  const tasks = options.tasks ?? []
  const written = options.date
    ? {
        month: Number(options.date.slice(5, 7)),
        day: Number(options.date.slice(8, 10)),
        year: null
      }
    : null
  const deliverable = options.deliverable ?? null
  const blockers = options.blockers === undefined ? '' : options.blockers

  return {
    number: options.number,
    week: options.week ?? null,
    written,
    date: options.date ?? null,
    title: options.title ?? `Day ${options.number} title`,
    plannedHours: options.plannedHours ?? null,
    sections:
      tasks.length > 0
        ? [{ title: 'Work', plannedHours: null, tasks, place: placeAt(line) }]
        : [],
    tasks,
    deliverable: deliverable && {
      text: deliverable.text,
      done: deliverable.done,
      mark: field(deliverable.done ? 'done' : null, line + 8),
      place: placeAt(line + 8)
    },
    blockers: blockers === null ? null : field(blockers || null, line + 8),
    disabled: options.disabled ?? [],
    heading: placeAt(line),
    place: placeAt(line)
  }
}

/** A day as the summary reads it: `day`, with its tasks counted. */
export function dayFactsOf(options: DayOptions): DayFacts {
  return dayFacts(day(options))
}

/** Options of `week`. */
export interface WeekOptions {
  number: number
  title?: string
  firstDay?: number | null
  lastDay?: number | null
  targetHours?: number | null
  score?: number | null
  actualHours?: number | null
  line?: number
}

/** A week heading with its score line. */
export function week(options: WeekOptions): Week {
  const line = options.line ?? options.number * 100
  return {
    number: options.number,
    title: options.title ?? `WEEK ${options.number}`,
    firstDay: options.firstDay ?? null,
    lastDay: options.lastDay ?? null,
    targetHours: options.targetHours ?? null,
    score: field(options.score ?? null, line + 90),
    actualHours: field(options.actualHours ?? null, line + 90),
    heading: placeAt(line)
  }
}

/** A checkpoint with its items. */
export function checkpoint(
  week: number | null,
  items: Task[],
  line = 1000
): Checkpoint {
  return {
    week,
    title: `WEEK ${week ?? '?'} CHECKPOINT`,
    items,
    heading: placeAt(line)
  }
}

/** A tracker with the given parts and empty everything else. */
export function tracker(parts: Partial<Tracker> = {}): Tracker {
  return {
    ...emptyTracker({ bom: false, lineEnding: '\n', frontMatter: null }, null),
    ...parts
  }
}
