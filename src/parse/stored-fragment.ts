import type {
  Day,
  Deliverable,
  Field,
  Place,
  Point,
  Section,
  Tally
} from '../model.js'
import {
  type AddedEntries,
  type DayFragment,
  type KeptFragment,
  type ScopeFragment,
  shapeOf
} from './kept-fragment.js'

/**
 * A kept fragment as the `--cache` file stores it, its places counted from
 * the start of its block so that it holds wherever the block moves.
 *
 * A day is stored hollow: its sections without their tasks, and its tasks
 * as counts (`DayTallies`), since reading 140,000 tasks back costs more
 * than reading them from the text. A week or checkpoint is stored whole.
 */
export type StoredFragment = StoredDay | StoredScope

/**
 * A hollow day: the values `writeDay` gives, in its order, in one flat
 * array, which JSON reads back several times faster than nested objects;
 * and the other entries its blocks added, when there are any.
 */
export interface StoredDay {
  day: StoredValue[]
  added?: unknown
}

/** A week or checkpoint fragment, whole, with its points marked. */
export interface StoredScope {
  scope: unknown
}

type StoredValue = string | number | null

/** The counts a hollow day keeps in place of its tasks. */
export interface DayTallies {
  /** Tasks ticked out of all the day's tasks. */
  tasks: Tally
  /** Planned minutes of ticked tasks out of all. */
  minutes: Tally
}

/**
 * The days restored hollow in one read, with the counts of their tasks:
 * these have no task lists, and only their counts tell what they hold.
 */
export type HollowDays = Map<Day, DayTallies>

/** Where a block starts: the base its stored places are counted from. */
interface Base {
  offset: number
  line: number
}

/**
 * Stores a fragment for the cache file.
 *
 * @param fragment A fragment a read kept; its places are those of its
 *   block starting at `fragment.offset`, on `fragment.line`.
 * @param tallies The counts of a day's tasks (ignored for a week or a
 *   checkpoint).
 * @returns The stored fragment, or null for one that cannot be stored (a
 *   day whose open section is not one of its own).
 */
export function storeFragment(
  fragment: KeptFragment,
  tallies: DayTallies
): StoredFragment | null {
  const base = { offset: fragment.offset, line: fragment.line }

  if (fragment.kind !== 'day') {
    const { points: _, offset: _offset, line: _line, ...rest } = fragment
    return { scope: markPoints(rest, base) }
  }

  const { day, section } = fragment
  const open = section === null ? -1 : day.sections.indexOf(section)
  if (open === -1 && section !== null) return null

  const values: StoredValue[] = []
  writeDay(new Writer(values, base), fragment, open, tallies)
  const added = hasEntries(fragment.added)
    ? { added: markPoints(fragment.added, base) }
    : {}

  return { day: values, ...added }
}

/**
 * Restores a stored fragment as if its block started at offset 0 on line 1,
 * to be moved to where its block now stands (`moveFragment`). A day comes
 * back hollow, and is added to `hollow` with its counts.
 *
 * @param stored What `storeFragment` gave.
 * @param hollow Where the counts of hollow days are kept.
 * @throws {TypeError} When the value is not what `storeFragment` gives,
 *   as in a cache written by hand: the caller then reads the text.
 */
export function restoreFragment(
  stored: StoredFragment,
  hollow: HollowDays
): KeptFragment {
  const points: Point[] = []

  if ('scope' in stored) {
    const scope = unmarkPoints(stored.scope, points)
    if (
      !isRecord(scope) ||
      (scope.kind !== 'week' && scope.kind !== 'checkpoint')
    ) {
      throw new TypeError('Expected a stored week or checkpoint')
    }

    return { ...scope, offset: 0, line: 1, points } as unknown as ScopeFragment
  }

  const reader = new Reader(stored.day, points)
  const fragment = readDay(reader, stored.added, hollow)
  reader.end()

  return fragment
}

/**
 * Writes a day fragment's values: the day's heading fields, its sections
 * without tasks, deliverable, blockers, disabled rules and places; the
 * counts of its tasks; its blocks, depth and open section.
 */
function writeDay(
  out: Writer,
  fragment: DayFragment,
  open: number,
  tallies: DayTallies
): void {
  const { day } = fragment

  out.values(day.number, day.week)
  if (day.written === null) out.values(null)
  else out.values(day.written.month, day.written.day, day.written.year)
  out.values(day.title, day.plannedHours)

  out.values(day.sections.length)
  for (const section of day.sections) {
    out.values(section.title, section.plannedHours)
    out.place(section.place)
  }

  if (day.deliverable === null) out.values(null)
  else {
    out.values(day.deliverable.text, day.deliverable.done ? 1 : 0)
    out.field(day.deliverable.mark)
    out.place(day.deliverable.place)
  }

  if (day.blockers === null) out.values(null)
  else out.field(day.blockers)

  out.values(day.disabled.length, ...day.disabled)
  out.place(day.heading)
  out.place(day.place)

  out.values(tallies.tasks.done, tallies.tasks.total)
  out.values(tallies.minutes.done, tallies.minutes.total)
  out.values(fragment.blocks.length, ...fragment.blocks)
  out.values(fragment.depth, open)
}

/** Reads what `writeDay` wrote, in the same order, into a hollow day. */
function readDay(
  input: Reader,
  added: unknown,
  hollow: HollowDays
): DayFragment {
  const number = input.number()
  const week = input.numberOrNull()
  const month = input.numberOrNull()
  const written =
    month === null
      ? null
      : { month, day: input.number(), year: input.numberOrNull() }
  const title = input.string()
  const plannedHours = input.numberOrNull()

  const sections: Section[] = []
  for (let count = input.number(); count > 0; count--) {
    sections.push({
      title: input.string(),
      plannedHours: input.numberOrNull(),
      tasks: [],
      place: input.place()
    })
  }

  const deliverableText = input.stringOrNull()
  const deliverable: Deliverable | null =
    deliverableText === null
      ? null
      : {
          text: deliverableText,
          done: input.number() === 1,
          mark: input.field(),
          place: input.place()
        }
  const blockersText = input.stringOrNull()
  const blockers = blockersText === null ? null : input.field(blockersText)

  const disabled: string[] = []
  for (let count = input.number(); count > 0; count--) {
    disabled.push(input.string())
  }

  const day: Day = {
    number,
    week,
    written,
    date: null,
    title,
    plannedHours,
    sections,
    tasks: [],
    deliverable,
    blockers,
    disabled,
    heading: input.place(),
    place: input.place()
  }

  hollow.set(day, {
    tasks: { done: input.number(), total: input.number() },
    minutes: { done: input.number(), total: input.number() }
  })

  const blocks: string[] = []
  for (let count = input.number(); count > 0; count--) {
    blocks.push(input.string())
  }

  const depth = input.number()
  const open = input.number()

  return {
    kind: 'day',
    day,
    blocks,
    depth,
    section: open === -1 ? null : (sections[open] ?? null),
    added: readAdded(added, input.points),
    offset: 0,
    line: 1,
    shape: shapeOf(day),
    points: input.points
  }
}

/** Appends values, and places counted from a block's start. */
class Writer {
  readonly #out: StoredValue[]
  readonly #base: Base

  constructor(out: StoredValue[], base: Base) {
    this.#out = out
    this.#base = base
  }

  values(...values: StoredValue[]): void {
    this.#out.push(...values)
  }

  place(place: Place): void {
    this.#point(place.start)
    this.#point(place.end)
  }

  /** A field: its text, its value, its place. */
  field(field: Field<string>): void {
    this.#out.push(field.text, field.value)
    this.place(field.place)
  }

  #point(point: Point): void {
    this.#out.push(
      point.line - this.#base.line,
      point.column,
      point.offset - this.#base.offset
    )
  }
}

/** Reads stored values in order, checking each one's type. */
class Reader {
  readonly #values: readonly unknown[]
  readonly points: Point[]
  #index = 0

  constructor(values: unknown, points: Point[]) {
    if (!Array.isArray(values)) throw new TypeError('Expected stored values')
    this.#values = values
    this.points = points
  }

  number(): number {
    const value = this.#values[this.#index++]
    if (typeof value !== 'number') throw new TypeError('Expected a number')
    return value
  }

  numberOrNull(): number | null {
    return this.#orNull(() => this.number())
  }

  string(): string {
    const value = this.#values[this.#index++]
    if (typeof value !== 'string') throw new TypeError('Expected a string')
    return value
  }

  stringOrNull(): string | null {
    return this.#orNull(() => this.string())
  }

  /** A field, whose text may have been read already. */
  field(text: string = this.string()): Field<string> {
    return { text, value: this.stringOrNull(), place: this.place() }
  }

  place(): Place {
    return { start: this.#point(), end: this.#point() }
  }

  /** Throws unless every value was read. */
  end(): void {
    if (this.#index !== this.#values.length) {
      throw new TypeError('Expected no more stored values')
    }
  }

  #orNull<Value>(read: () => Value): Value | null {
    if (this.#values[this.#index] !== null) return read()

    this.#index++
    return null
  }

  #point(): Point {
    // Stored from the block's start; restored as if it started at line 1.
    const point = {
      line: this.number() + 1,
      column: this.number(),
      offset: this.number()
    }
    this.points.push(point)
    return point
  }
}

/** A day's added entries restored, or empty lists when none were stored. */
function readAdded(stored: unknown, points: Point[]): AddedEntries {
  if (stored === undefined) {
    return { unparsed: [], cookies: [], controls: [], ballots: [], dates: [] }
  }

  const added = unmarkPoints(stored, points)
  const isEntries =
    isRecord(added) &&
    ['unparsed', 'cookies', 'controls', 'ballots', 'dates'].every((name) =>
      Array.isArray(added[name])
    )
  if (!isEntries) throw new TypeError('Expected stored entries')

  return added as unknown as AddedEntries
}

function hasEntries(added: AddedEntries): boolean {
  return (
    added.unparsed.length +
      added.cookies.length +
      added.controls.length +
      added.ballots.length +
      added.dates.length >
    0
  )
}

/**
 * A copy of a value made of plain objects and arrays in which every point
 * is `{ p: [line, column, offset] }`, counted from a block's start. A
 * point shared by two places is stored twice and restored as two points,
 * which move together.
 */
function markPoints(value: unknown, base: Base): unknown {
  if (Array.isArray(value)) return value.map((item) => markPoints(item, base))
  if (!isRecord(value)) return value
  if (isPoint(value)) {
    return {
      p: [value.line - base.line, value.column, value.offset - base.offset]
    }
  }

  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    copy[key] = markPoints(item, base)
  }
  return copy
}

/**
 * The value `markPoints` copied, its points restored as if the block
 * started at offset 0 on line 1, each added to `points`.
 */
function unmarkPoints(value: unknown, points: Point[]): unknown {
  if (Array.isArray(value))
    return value.map((item) => unmarkPoints(item, points))
  if (!isRecord(value)) return value

  const marked = value.p
  if (Array.isArray(marked)) {
    const [line, column, offset] = marked as unknown[]
    if (
      typeof line !== 'number' ||
      typeof column !== 'number' ||
      typeof offset !== 'number'
    ) {
      throw new TypeError('Expected a stored point')
    }

    const point = { line: line + 1, column, offset }
    points.push(point)
    return point
  }

  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    copy[key] = unmarkPoints(item, points)
  }
  return copy
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isPoint(
  value: Record<string, unknown>
): value is Record<string, unknown> & Point {
  return (
    typeof value.line === 'number' &&
    typeof value.column === 'number' &&
    typeof value.offset === 'number'
  )
}
