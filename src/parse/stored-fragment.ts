import type {
  Ballot,
  Checkpoint,
  Cookie,
  DateField,
  InlineControl,
  Unparsed,
  Day,
  DayFacts,
  DayListing,
  Field,
  Point,
  Task,
  Week
} from '../model.js'
import { dayFacts } from '../summary/tracker-facts.js'
import {
  type AddedEntries,
  type DayFragment,
  type KeptFragment,
  shapeOf
} from './kept-fragment.js'
import type { WeekField } from './line-fields.js'
import {
  isRecord,
  markPoints,
  Reader,
  type StoredValue,
  unmarkPoints,
  Writer
} from './stored-values.js'

/**
 * A kept fragment as the `--cache` file stores it: its values in one flat
 * list, which JSON reads back several times faster than nested objects,
 * places counted from the start of its block so that it holds wherever
 * the block moves; and the other entries its blocks added, when there are
 * any (few blocks add any).
 *
 * A day is stored hollow: only what its facts need (`DayFacts`), its
 * tasks counted, since reading 140,000 tasks back costs more than reading
 * them from the text. A week or checkpoint is stored whole.
 *
 * A day kept for `export` also has its `listing` (`DayListing`), in a
 * flat list of its own, so that the cache of the other commands reads as
 * little as before.
 */
export interface StoredFragment {
  kind: KeptFragment['kind']
  values: StoredValue[]
  added?: unknown
  listing?: StoredValue[]
}

/** What a hollow day keeps outside the `Day`: the facts of its contents. */
type HollowFacts = Pick<
  DayFacts,
  'sectionHours' | 'tasks' | 'minutes' | 'deliverable'
>

/** The listings of the days restored hollow in one read, for `export`. */
export type DayListings = Map<Day, DayListing>

/**
 * The days restored hollow in one read, with their facts. A hollow `Day`
 * has its heading's fields, its disabled rules and its places, and no
 * tasks, sections, deliverable or blockers: read it only for its facts,
 * which share its places and take its date once dates are resolved. A
 * block that adds to such a day makes it no longer intact (`isIntact`).
 */
export type HollowDays = Map<Day, DayFacts>

/**
 * Stores a fragment for the cache file.
 *
 * @param fragment A fragment a read kept, not one restored hollow; its
 *   places are those of its block starting at `fragment.offset`, on
 *   `fragment.line`.
 * @param facts A day fragment's day's facts, when the caller has them;
 *   default: counted here.
 * @param listing A day fragment's listing, stored with it when given.
 */
export function storeFragment(
  fragment: KeptFragment,
  facts?: DayFacts,
  listing?: DayListing
): StoredFragment {
  const base = { offset: fragment.offset, line: fragment.line }
  const values: StoredValue[] = []
  const out = new Writer(values, base)

  if (fragment.kind === 'day') {
    writeDay(out, fragment, facts ?? dayFacts(fragment.day))
  } else if (fragment.kind === 'week') writeWeek(out, fragment.week)
  else writeCheckpoint(out, fragment.checkpoint, fragment.items)

  out.values(fragment.depth)
  if (fragment.kind !== 'day') writeWeekFields(out, fragment.weekFields)

  const { added } = fragment
  const hasEntries =
    added.unparsed.length +
      added.cookies.length +
      added.controls.length +
      added.ballots.length +
      added.dates.length >
    0

  return {
    kind: fragment.kind,
    values,
    ...(hasEntries ? { added: markPoints(added, base) } : {}),
    ...(listing && fragment.kind === 'day'
      ? { listing: writeListing(listing) }
      : {})
  }
}

/**
 * Whether a stored fragment comes back from the cache file's JSON as it
 * went in: not when it holds a number too large to be finite (a day
 * numbered with 309 digits, say), which JSON writes as null. Such a
 * fragment is not stored, and its blocks are read each time.
 *
 * @param stored What `storeFragment` gave.
 */
export function isStorable(stored: StoredFragment): boolean {
  return (
    holdsOnlyFinite(stored.values) &&
    holdsOnlyFinite(stored.listing) &&
    holdsOnlyFinite(stored.added)
  )
}

/** Whether every number in a value of lists and records is finite. */
function holdsOnlyFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(holdsOnlyFinite)
  if (isRecord(value)) return Object.values(value).every(holdsOnlyFinite)

  return true
}

/**
 * Restores a stored fragment as if its block started at offset 0 on line 1,
 * to be moved to where its block now stands (`moveFragment`). A day comes
 * back hollow, and is added to `hollow` with the facts of its contents.
 *
 * @param stored What `storeFragment` gave.
 * @param hollow Where the facts of hollow days are kept.
 * @param listings Where the listings of hollow days are kept, when the
 *   caller needs them: a day stored without one is then refused.
 * @throws {TypeError} When the value is not what `storeFragment` gives,
 *   as in a cache written by hand, or a day has no listing that is
 *   needed: the caller then reads the text.
 */
export function restoreFragment(
  stored: StoredFragment,
  hollow: HollowDays,
  listings?: DayListings
): KeptFragment {
  const input = new Reader(stored.values)
  const fragment =
    stored.kind === 'day'
      ? readDay(input, hollow)
      : stored.kind === 'week'
        ? readWeek(input)
        : stored.kind === 'checkpoint'
          ? readCheckpoint(input)
          : null
  if (fragment === null)
    throw new TypeError('Expected a day, week or checkpoint')

  const depth = input.number()
  // Every kind's entries, and where its block is taken to start.
  const shared = {
    added: readAdded(stored.added, input.points),
    offset: 0,
    line: 1
  }

  if (fragment.kind === 'day') {
    const { day, blocks } = fragment
    input.end()
    if (listings) listings.set(day, readListing(stored.listing))

    return {
      kind: 'day',
      day,
      blocks,
      depth,
      // A block that adds to the day's last section adds to the day too,
      // which then is no longer intact: the section is not needed.
      section: null,
      ...shared,
      shape: shapeOf(day),
      points: input.points
    }
  }

  const weekFields = readWeekFields(input)
  input.end()
  const parts = { depth, weekFields, ...shared, points: input.points }

  return fragment.kind === 'week'
    ? { kind: 'week', week: fragment.week, ...parts }
    : {
        kind: 'checkpoint',
        checkpoint: fragment.checkpoint,
        items: fragment.checkpoint.items.length,
        ...parts
      }
}

/**
 * Writes a day's heading fields, disabled rules and places, the facts of
 * its contents, and the keys of the blocks it goes on in.
 */
function writeDay(
  out: Writer,
  fragment: DayFragment,
  facts: HollowFacts
): void {
  const { day } = fragment
  const { deliverable } = facts

  out.values(day.number, day.week)
  if (day.written === null) out.values(null)
  else out.values(day.written.month, day.written.day, day.written.year)
  out.values(day.title, day.plannedHours)
  out.values(day.disabled.length, ...day.disabled)
  out.place(day.heading)
  out.place(day.place)

  out.values(facts.sectionHours.length, ...facts.sectionHours)
  out.values(facts.tasks.done, facts.tasks.total)
  out.values(facts.minutes.done, facts.minutes.total)
  if (deliverable === null) out.values(null)
  else {
    out.values(deliverable.done ? 1 : 0)
    out.place(deliverable.place)
  }

  out.values(fragment.blocks.length, ...fragment.blocks)
}

/** Reads what `writeDay` wrote into a hollow day. */
function readDay(
  input: Reader,
  hollow: HollowDays
): { kind: 'day'; day: Day; blocks: string[] } {
  const number = input.number()
  const week = input.numberOrNull()
  const month = input.numberOrNull()
  const written =
    month === null
      ? null
      : { month, day: input.number(), year: input.numberOrNull() }

  const day: Day = {
    number,
    week,
    written,
    date: null,
    title: input.string(),
    plannedHours: input.numberOrNull(),
    sections: [],
    tasks: [],
    deliverable: null,
    blockers: null,
    disabled: input.list(() => input.string()),
    heading: input.place(),
    place: input.place()
  }

  const sectionHours = input.list(() => input.numberOrNull())
  const tasks = { done: input.number(), total: input.number() }
  const minutes = { done: input.number(), total: input.number() }
  const delivered = input.numberOrNull()
  const deliverable =
    delivered === null ? null : { done: delivered === 1, place: input.place() }
  hollow.set(day, {
    number,
    week,
    written,
    date: null,
    title: day.title,
    plannedHours: day.plannedHours,
    sectionHours,
    tasks,
    minutes,
    deliverable,
    disabled: day.disabled,
    heading: day.heading,
    place: day.place
  })

  return { kind: 'day', day, blocks: input.list(() => input.string()) }
}

/**
 * A day's listing as a flat list: the deliverable's and blockers' text,
 * then each task's text, tick, line in the day and minutes.
 */
function writeListing(listing: DayListing): StoredValue[] {
  const values: StoredValue[] = [
    listing.deliverable,
    listing.blockers,
    listing.tasks.length
  ]

  for (const task of listing.tasks) {
    const { minutes } = task

    values.push(task.text, task.done ? 1 : 0, task.lineInDay)
    if (minutes === null) values.push(null)
    else values.push(minutes.low, minutes.high)
  }

  return values
}

/** Reads what `writeListing` wrote. */
function readListing(stored: unknown): DayListing {
  const input = new Reader(stored)
  const deliverable = input.stringOrNull()
  const blockers = input.string()
  const tasks = input.list(() => {
    const text = input.string()
    const done = input.number() === 1
    const lineInDay = input.number()
    const low = input.numberOrNull()

    return {
      text,
      done,
      lineInDay,
      minutes: low === null ? null : { low, high: input.number() }
    }
  })
  input.end()

  return { tasks, deliverable, blockers }
}

/**
 * Writes a week's heading. Its score and actual hours are not stored: the
 * lines that set them are read again wherever they stand.
 */
function writeWeek(out: Writer, week: Week): void {
  out.values(week.number, week.title, week.firstDay, week.lastDay)
  out.values(week.targetHours)
  out.place(week.heading)
}

function readWeek(input: Reader): { kind: 'week'; week: Week } {
  const week: Week = {
    number: input.number(),
    title: input.string(),
    firstDay: input.numberOrNull(),
    lastDay: input.numberOrNull(),
    targetHours: input.numberOrNull(),
    score: null,
    actualHours: null,
    heading: input.place()
  }

  return { kind: 'week', week }
}

/** Writes a checkpoint with the items its own block gave it. */
function writeCheckpoint(
  out: Writer,
  checkpoint: Checkpoint,
  items: number
): void {
  out.values(checkpoint.week, checkpoint.title)
  out.place(checkpoint.heading)

  out.values(items)
  for (const task of checkpoint.items.slice(0, items)) writeTask(out, task)
}

function readCheckpoint(input: Reader): {
  kind: 'checkpoint'
  checkpoint: Checkpoint
} {
  const checkpoint: Checkpoint = {
    week: input.numberOrNull(),
    title: input.string(),
    heading: input.place(),
    items: input.list(() => readTask(input))
  }

  return { kind: 'checkpoint', checkpoint }
}

function writeTask(out: Writer, task: Task): void {
  const { minutes } = task

  out.values(task.text, task.done ? 1 : 0, task.depth)
  if (minutes === null) out.values(null)
  else out.values(minutes.low, minutes.high, minutes.each ? 1 : 0)
  out.place(task.checkbox)
  out.place(task.place)
}

function readTask(input: Reader): Task {
  const text = input.string()
  const done = input.number() === 1
  const depth = input.number()
  const low = input.numberOrNull()
  const minutes =
    low === null
      ? null
      : { low, high: input.number(), each: input.number() === 1 }

  return {
    text,
    done,
    minutes,
    depth,
    checkbox: input.place(),
    place: input.place()
  }
}

/** Writes the week fields of each line of a block that has some. */
function writeWeekFields(out: Writer, lines: WeekField[][]): void {
  out.values(lines.length)

  for (const fields of lines) {
    out.values(fields.length)

    for (const field of fields) {
      out.values(field.kind === 'score' ? field.week : null)
      writeNumberField(out, field.value)
    }
  }
}

function readWeekFields(input: Reader): WeekField[][] {
  return input.list(() =>
    input.list((): WeekField => {
      const week = input.numberOrNull()
      const value = readNumberField(input)

      return week === null
        ? { kind: 'actual-hours', value }
        : { kind: 'score', week, value }
    })
  )
}

function writeNumberField(out: Writer, field: Field<number>): void {
  out.values(field.text, field.value)
  out.place(field.place)
}

function readNumberField(input: Reader): Field<number> {
  return {
    text: input.string(),
    value: input.numberOrNull(),
    place: input.place()
  }
}

/**
 * The entries of the many fragments that add none, shared: a restored
 * fragment's entries are only read (appended to the tracker's lists), and
 * frozen, so that a write to them fails rather than leaks.
 */
const noEntries: AddedEntries = Object.freeze({
  unparsed: frozenList<Unparsed>(),
  cookies: frozenList<Cookie>(),
  controls: frozenList<InlineControl>(),
  ballots: frozenList<Ballot>(),
  dates: frozenList<DateField>()
})

/** An empty list that throws when written to, typed as a list to share. */
function frozenList<Item>(): Item[] {
  return Object.freeze([]) as unknown as Item[]
}

/** A fragment's added entries restored, or empty lists when none were. */
function readAdded(stored: unknown, points: Point[]): AddedEntries {
  if (stored === undefined) return noEntries

  const added = unmarkPoints(stored, points)
  const isEntries =
    isRecord(added) &&
    ['unparsed', 'cookies', 'controls', 'ballots', 'dates'].every((name) =>
      Array.isArray(added[name])
    )
  if (!isEntries) throw new TypeError('Expected stored entries')

  return added as unknown as AddedEntries
}
