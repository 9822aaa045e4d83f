import type {
  Ballot,
  Checkpoint,
  Cookie,
  DateField,
  Day,
  InlineControl,
  Point,
  Section,
  Unparsed,
  Week
} from '../model.js'
import type { WeekField } from './line-fields.js'

/**
 * What a block read once adds to the model, kept so that the same block,
 * met again in the same scope, is not read again: a day with the blocks
 * it goes on in (`DayFragment`), or a week or checkpoint (`ScopeFragment`).
 */
export type KeptFragment = DayFragment | ScopeFragment

/** What a block added to the tracker's lists besides its own element. */
export interface AddedEntries {
  unparsed: Unparsed[]
  cookies: Cookie[]
  controls: InlineControl[]
  ballots: Ballot[]
  dates: DateField[]
}

/** How long each of the lists of `AddedEntries` is. */
export type EntryCounts = Record<keyof AddedEntries, number>

/** How long each list of entries is now, to take what is added later. */
export function countEntries(lists: AddedEntries): EntryCounts {
  return {
    unparsed: lists.unparsed.length,
    cookies: lists.cookies.length,
    controls: lists.controls.length,
    ballots: lists.ballots.length,
    dates: lists.dates.length
  }
}

/** The entries added to the lists since they had `counts` entries. */
export function entriesSince(
  lists: AddedEntries,
  counts: EntryCounts
): AddedEntries {
  return {
    unparsed: lists.unparsed.slice(counts.unparsed),
    cookies: lists.cookies.slice(counts.cookies),
    controls: lists.controls.slice(counts.controls),
    ballots: lists.ballots.slice(counts.ballots),
    dates: lists.dates.slice(counts.dates)
  }
}

/** Appends entries to lists of entries (a tracker's, or a fragment's). */
export function appendEntries(lists: AddedEntries, added: AddedEntries): void {
  lists.unparsed.push(...added.unparsed)
  lists.cookies.push(...added.cookies)
  lists.controls.push(...added.controls)
  lists.ballots.push(...added.ballots)
  lists.dates.push(...added.dates)
}

/**
 * What the blocks that hold one day add to the model: the day and the
 * entries of the tracker's lists that the blocks added besides.
 *
 * The first block starts with the day's heading; the day may go on in the
 * blocks after it (under `###` headings, which start blocks of their own).
 * Only blocks that leave the day open and change nothing an earlier block
 * read (a week's score, say) are kept: they depend on nothing before them
 * but the open week.
 */
export interface DayFragment {
  kind: 'day'
  day: Day
  /** The keys of the blocks after the first that the day goes on in. */
  blocks: string[]
  /** The level of the day's heading. */
  depth: number
  /** The section open at the end of the block, which a later one extends. */
  section: Section | null
  /** What the block added to the tracker's other lists. */
  added: AddedEntries
  /** Where the block started when the places in it were last set. */
  offset: number
  line: number
  /** The day's parts as the block left them; see `isIntact`. */
  shape: DayShape
  /**
   * Every point in the fragment, once; gathered when the read that made
   * the fragment ends.
   */
  points: Point[] | null
}

/**
 * What a block that starts with a week's or a checkpoint's heading adds to
 * the model, when it leaves that week or checkpoint open and nothing else.
 * The week fields its lines set (a score line under a checkpoint) are set
 * again each time the block is taken, on the weeks there are then.
 */
export type ScopeFragment = ScopeParts & {
  /** The level of the heading. */
  depth: number
} & (
    | { kind: 'week'; week: Week }
    | {
        kind: 'checkpoint'
        checkpoint: Checkpoint
        /** How many items the block gave; see `isIntact`. */
        items: number
      }
  )

/** What a kept week or checkpoint holds besides its own element. */
export interface ScopeParts {
  added: AddedEntries
  /** The week fields of each line that has some, in order. */
  weekFields: WeekField[][]
  /** Where the block started when the places in it were last set. */
  offset: number
  line: number
  /**
   * Every point the block's reading made, taken when it was read: later
   * blocks may set a week's score, whose points are theirs.
   */
  points: Point[]
}

/** The parts of a day that a later block could add to. */
export interface DayShape {
  tasks: number
  sections: number
  disabled: number
  place: Day['place']
  deliverable: Day['deliverable']
  blockers: Day['blockers']
}

/** Kept fragments by block key and scope; see `fragmentKey`. */
export type FragmentStore = Map<string, KeptFragment>

/**
 * The key a fragment is kept by: its block's key, and the week and day
 * open before it, the things outside the block that reading it depends on
 * (a deeper heading of the open week's or day's number is part of it).
 *
 * @param blockKey The hash of the block's text.
 * @param week The open week's number and heading depth, or null.
 * @param day The open day's number and heading depth, or null.
 */
export function fragmentKey(
  blockKey: string,
  week: { number: number; depth: number } | null,
  day: { number: number; depth: number } | null = null
): string {
  const weekPart = week ? `${week.number}@${week.depth}` : '-'
  const dayPart = day ? ` ${day.number}@${day.depth}` : ''
  return `${blockKey} ${weekPart}${dayPart}`
}

/**
 * Takes the shape of a day, to tell later whether it grew.
 *
 * @param day The day as its block left it.
 */
export function shapeOf(day: Day): DayShape {
  return {
    tasks: day.tasks.length,
    sections: day.sections.length,
    disabled: day.disabled.length,
    place: day.place,
    deliverable: day.deliverable,
    blockers: day.blockers
  }
}

/**
 * Whether a fragment is still as its block left it once the whole file is
 * read. A later block may add tasks, a section or a deliverable to the
 * open day (a `###` heading under it starts a block of its own), or items
 * to the open checkpoint; then the fragment depends on more than its
 * blocks, and may not be kept.
 *
 * @param fragment The fragment, after the whole file was read.
 */
export function isIntact(fragment: KeptFragment): boolean {
  if (fragment.kind === 'week') return true
  if (fragment.kind === 'checkpoint') {
    return fragment.checkpoint.items.length === fragment.items
  }

  const { day, shape } = fragment

  return (
    day.tasks.length === shape.tasks &&
    day.sections.length === shape.sections &&
    day.disabled.length === shape.disabled &&
    day.place === shape.place &&
    day.deliverable === shape.deliverable &&
    day.blockers === shape.blockers
  )
}

/**
 * Moves every place of a fragment to where its block now starts, in
 * place. Blocks start at the start of a line, so columns stay.
 *
 * @param fragment The fragment to move.
 * @param offset The block's offset in the text now.
 * @param line The block's first line in the text now.
 */
export function moveFragment(
  fragment: KeptFragment,
  offset: number,
  line: number
): void {
  const byOffset = offset - fragment.offset
  const byLine = line - fragment.line
  if (byOffset === 0 && byLine === 0) return

  const points =
    fragment.kind === 'day'
      ? (fragment.points ??= collectPoints([fragment.day, fragment.added]))
      : fragment.points

  for (const point of points) {
    point.offset += byOffset
    point.line += byLine
  }

  fragment.offset = offset
  fragment.line = line
}

/**
 * Every point object reachable from a value, each once: places share
 * their points (a day's place starts at its heading's start).
 */
export function collectPoints(value: unknown): Point[] {
  const found = new Set<Point>()
  const seen = new Set<object>()
  const stack: unknown[] = [value]

  while (stack.length > 0) {
    const next = stack.pop()
    if (typeof next !== 'object' || next === null || seen.has(next)) continue
    seen.add(next)

    if (isPoint(next)) found.add(next)
    else stack.push(...Object.values(next))
  }

  return [...found]
}

function isPoint(value: object): value is Point {
  return (
    'offset' in value &&
    'line' in value &&
    'column' in value &&
    typeof value.offset === 'number'
  )
}
