import type {
  Ballot,
  Cookie,
  DateField,
  Day,
  InlineControl,
  Point,
  Section,
  Unparsed
} from '../model.js'

/**
 * What the blocks that hold one day add to the model, kept so that the
 * same blocks, met again in the same scope, are not read again: the day
 * and the entries of the tracker's lists that the blocks added besides.
 *
 * The first block starts with the day's heading; the day may go on in the
 * blocks after it (under `###` headings, which start blocks of their own).
 * Only blocks that leave the day open and change nothing an earlier block
 * read (a week's score, say) are kept: they depend on nothing before them
 * but the open week's number.
 */
export interface DayFragment {
  day: Day
  /** The keys of the blocks after the first that the day goes on in. */
  blocks: string[]
  /** The level of the day's heading. */
  depth: number
  /** The section open at the end of the block, which a later one extends. */
  section: Section | null
  /** What the block added to the tracker's other lists. */
  added: {
    unparsed: Unparsed[]
    cookies: Cookie[]
    controls: InlineControl[]
    ballots: Ballot[]
    dates: DateField[]
  }
  /** Where the block started when the places in it were last set. */
  offset: number
  line: number
  /** The day's parts as the block left them; see `isIntact`. */
  shape: DayShape
  /** Every point in the fragment, once; found when first moved. */
  points: Point[] | null
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
export type FragmentStore = Map<string, DayFragment>

/**
 * The key a fragment is kept by: its block's key and the week open before
 * it, the one thing outside the block its day reads.
 *
 * @param blockKey The hash of the block's text.
 * @param week The open week's number and heading depth, or null.
 */
export function fragmentKey(
  blockKey: string,
  week: { number: number; depth: number } | null
): string {
  return week ? `${blockKey} ${week.number}@${week.depth}` : `${blockKey} -`
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
 * Whether a fragment's day is still as its block left it once the whole
 * file is read. A later block may add tasks, a section or a deliverable to
 * the open day (a `###` heading under it starts a block of its own); then
 * the day depends on more than its block, and may not be kept.
 *
 * @param fragment The fragment, after the whole file was read.
 */
export function isIntact(fragment: DayFragment): boolean {
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
  fragment: DayFragment,
  offset: number,
  line: number
): void {
  const byOffset = offset - fragment.offset
  const byLine = line - fragment.line
  if (byOffset === 0 && byLine === 0) return

  fragment.points ??= collectPoints([fragment.day, fragment.added])
  for (const point of fragment.points) {
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
function collectPoints(value: unknown): Point[] {
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
