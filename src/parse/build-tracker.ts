import type { Heading, Html, Paragraph, RootContent, Table } from 'mdast'
import type {
  Checklist,
  Checkpoint,
  Day,
  Section,
  Task,
  Tracker,
  Week
} from '../model.js'
import { readBallot } from './ballots.js'
import { readWholeNumber } from './decimal.js'
import {
  type AddedEntries,
  appendEntries,
  collectPoints,
  countEntries,
  entriesSince,
  type DayFragment,
  type ScopeFragment,
  type ScopeParts,
  shapeOf
} from './kept-fragment.js'
import {
  findLabels,
  type Label,
  readField,
  readNumber,
  readText
} from './fields.js'
import { GeneratedBlocks } from './generated-blocks.js'
import { HeadingCookies } from './heading-cookies.js'
import { cleanTitle, readHeading } from './headings.js'
import {
  type FieldScope,
  readLineFields,
  setWeekFields,
  type WeekField
} from './line-fields.js'
import { lineSpans } from './line-spans.js'
import { readMetrics } from './metrics.js'
import { parseHours, sectionTitle } from './minutes.js'
import { findAnswer, strongLabel } from './questions.js'
import {
  cookiePattern,
  malformedLines,
  offsets,
  readList,
  type Source
} from './tasks.js'

/** A heading that is still open, with the level it was written at. */
interface Open<Element> {
  element: Element
  depth: number
}

/** What a block read for a kept fragment added, and where it stands. */
interface BlockRead {
  added: AddedEntries
  /** Where the block's first heading starts, or -1. */
  start: number
  source: Source
  line: number
}

/** A label or heading that task items and ratings outside days stand under. */
interface Group {
  title: string
  scale: { low: number; high: number } | null
  checklist: Checklist | null
}

const scalePattern = /\(\s*(\d+)\s*(?:-|–|—|to)\s*(\d+)\s*\)/
const controlComment = /<!--\s*trackmd-(disable|enable)(?:\s+([^>]*?))?\s*-->/g

/**
 * Walks the top-level nodes of a tracker in document order and builds the
 * model, keeping track of which week, day, checkpoint or group each node
 * stands in. Headings decide the scope by their words; their levels only
 * decide where a scope ends.
 */
export class TrackerBuilder {
  readonly tracker: Tracker
  #week: Open<Week> | null = null
  #day: Open<Day> | null = null
  #section: Section | null = null
  #checkpoint: Open<Checkpoint> | null = null
  #group: Group | null = null
  #sawHeading = false
  #headingCookies = new HeadingCookies()
  #generated: GeneratedBlocks
  #quoteDepth = 0
  /** The week fields of each line of the block being read that has some. */
  #weekFields: WeekField[][] = []
  /** The first week of each number, for labels that name a week. */
  #weeksByNumber = new Map<number, Week>()

  /**
   * @param tracker An empty tracker to fill, with its layout set.
   * @param text The whole file, with non-breaking spaces read as spaces.
   */
  constructor(tracker: Tracker, text: string) {
    this.tracker = tracker
    this.#generated = new GeneratedBlocks(text)
  }

  /**
   * Reads the top-level nodes of one block.
   *
   * @param nodes The block's root children.
   * @param source The block's text and offset.
   */
  addBlock(nodes: RootContent[], source: Source): void {
    nodes.forEach((node, index) => {
      this.#addNode(node, nodes.slice(index + 1, index + 3), source)
      this.#extendDay(node, source)
    })
  }

  /**
   * The week open now, as far as a kept block reads it: its number, and
   * its heading's depth, which tells whether a heading of the same number
   * in the block opens a week or a section. Null when none is open.
   */
  get openWeek(): { number: number; depth: number } | null {
    const week = this.#week
    return week ? { number: week.element.number, depth: week.depth } : null
  }

  /**
   * The day open now, as far as a kept block reads it: its number, and its
   * heading's depth, which tell whether a heading of the same number in
   * the block opens a day or a section of it. Null when none is open.
   */
  get openDay(): { number: number; depth: number } | null {
    const day = this.#day
    return day ? { number: day.element.number, depth: day.depth } : null
  }

  /**
   * Whether a heading holds a statistics cookie, which `finish` counts over
   * the task lists of every day, checkpoint and checklist.
   */
  get hasHeadingCookies(): boolean {
    return this.#headingCookies.size > 0
  }

  /**
   * Whether a block read now may be kept or taken from what was kept:
   * not inside a generated block, whose walk skips the plan.
   */
  get canKeepBlocks(): boolean {
    return !this.#generated.isInside
  }

  /**
   * Reads one block as `addBlock` does and tells what it was to a kept
   * fragment (see `KeptFragment`): the start of a day, or a week or
   * checkpoint block, returned; a block the open day goes on in, added to
   * that day's fragment; or none of these.
   *
   * @param nodes The block's root children.
   * @param source The block's text and offset.
   * @param line The block's first line.
   * @param open The fragment of the day open before the block, or null.
   * @param key The block's key, to add to `open` when the day goes on.
   */
  addKeptBlock(
    nodes: RootContent[],
    source: Source,
    line: number,
    open: DayFragment | null,
    key: string
  ): DayFragment | ScopeFragment | 'extended' | null {
    const tracker = this.tracker
    const { days, weeks, checkpoints } = tracker
    const daysBefore = days.length
    const weeksBefore = weeks.length
    const checkpointsBefore = checkpoints.length
    const fixed = this.#fixed()
    const counts = countEntries(tracker)
    const week = this.#week

    this.#weekFields = []
    this.addBlock(nodes, source)
    if (!this.canKeepBlocks) return null

    const newDays = days.length - daysBefore
    const newWeeks = weeks.length - weeksBefore
    const newCheckpoints = checkpoints.length - checkpointsBefore
    const added = entriesSince(tracker, counts)
    // The facts the block changed of those it may not change; a week block
    // grows the weeks (0), a checkpoint block the checkpoints (1).
    const changed = this.#fixed().flatMap((value, index) =>
      value === fixed[index] ? [] : [index]
    )
    const first = nodes[0]
    const start = first?.type === 'heading' ? offsets(first, source)[0] : -1
    const read = { added, start, source, line }

    if (newDays === 0 && newWeeks === 1 && newCheckpoints === 0) {
      return changed.every((index) => index === 0)
        ? this.#weekFragment(read)
        : null
    }
    if (newDays === 0 && newWeeks === 0 && newCheckpoints === 1) {
      return changed.every((index) => index === 1)
        ? this.#checkpointFragment(read, week)
        : null
    }

    const day = this.#day
    const isClean =
      day !== null && this.#weekFields.length === 0 && changed.length === 0
    if (!isClean) return null

    // The open day goes on in this block, and nothing else happened.
    if (open && newDays === 0 && day.element === open.day) {
      appendEntries(open.added, added)
      open.blocks.push(key)
      open.section = this.#section
      open.shape = shapeOf(open.day)
      return 'extended'
    }

    const isStart =
      newDays === 1 &&
      day.element === tracker.days.at(-1) &&
      day.element.heading.start.offset === start
    if (!isStart) return null

    return {
      kind: 'day',
      day: day.element,
      blocks: [],
      depth: day.depth,
      section: this.#section,
      added,
      offset: source.base,
      line,
      shape: shapeOf(day.element),
      points: null
    }
  }

  /**
   * The fragment of a block that opened a week and left it open, with
   * nothing but its own entries added; null for any other such block.
   */
  #weekFragment(read: BlockRead): ScopeFragment | null {
    const week = this.#week
    const isClean =
      week !== null &&
      this.#checkpoint === null &&
      this.#leftOpenAlone(week, this.tracker.weeks, read)
    if (!isClean) return null

    return {
      kind: 'week',
      week: week.element,
      depth: week.depth,
      ...this.#scopeParts(read, week.element)
    }
  }

  /**
   * The fragment of a block that opened a checkpoint and left it open in
   * the same week, with nothing but its own entries added; null for any
   * other such block.
   *
   * @param week The week open before the block.
   */
  #checkpointFragment(
    read: BlockRead,
    week: Open<Week> | null
  ): ScopeFragment | null {
    const checkpoint = this.#checkpoint
    const isClean =
      checkpoint !== null &&
      this.#week === week &&
      this.#leftOpenAlone(checkpoint, this.tracker.checkpoints, read)
    if (!isClean) return null

    return {
      kind: 'checkpoint',
      checkpoint: checkpoint.element,
      items: checkpoint.element.items.length,
      depth: checkpoint.depth,
      ...this.#scopeParts(read, checkpoint.element)
    }
  }

  /**
   * Whether the block's own heading made the element open now, the last of
   * its list, and left no day, group or section open under it.
   */
  #leftOpenAlone(
    open: Open<Week | Checkpoint>,
    list: ReadonlyArray<Week | Checkpoint>,
    read: BlockRead
  ): boolean {
    return (
      open.element === list.at(-1) &&
      open.element.heading.start.offset === read.start &&
      this.#day === null &&
      this.#group === null &&
      this.#section === null
    )
  }

  /** What a kept week or checkpoint holds besides its element. */
  #scopeParts(read: BlockRead, element: Week | Checkpoint): ScopeParts {
    const { added, source, line } = read
    const weekFields = this.#weekFields

    return {
      added,
      weekFields,
      offset: source.base,
      line,
      points: collectPoints([element, added, weekFields])
    }
  }

  /**
   * Adds a kept day in place of reading its blocks again, leaving the walk
   * where reading them would have. The caller has moved its places and
   * checked its scope (`openWeek`, `canKeepBlocks`) and its blocks.
   *
   * @param fragment What the block added when it was read.
   */
  reuseDay(fragment: DayFragment): void {
    const { day, depth, added } = fragment
    const tracker = this.tracker

    // Dates are given once the whole file is read.
    day.date = null
    tracker.days.push(day)
    appendEntries(tracker, added)

    // What the day's heading does to the walk; the rest of the blocks only
    // added to the day.
    this.#sawHeading = true
    this.#headingCookies.closeSections(day.heading.start.offset, depth)
    this.#day = { element: day, depth }
    this.#section = fragment.section
    this.#checkpoint = null
    this.#group = null
  }

  /**
   * Adds a kept week or checkpoint in place of reading its block again,
   * leaving the walk where reading it would have, and sets the week
   * fields of its lines again on the weeks read so far. The caller has
   * moved its places and checked its scope, as for `reuseDay`.
   *
   * @param fragment What the block added when it was read.
   */
  reuseScope(fragment: ScopeFragment): void {
    const tracker = this.tracker

    this.#sawHeading = true
    this.#section = null
    this.#day = null
    this.#group = null

    if (fragment.kind === 'week') {
      const { week, depth } = fragment

      // Set again below, or by a later block, as when the week was new.
      week.score = null
      week.actualHours = null
      this.#headingCookies.closeSections(week.heading.start.offset, depth)
      tracker.weeks.push(week)
      if (!this.#weeksByNumber.has(week.number)) {
        this.#weeksByNumber.set(week.number, week)
      }
      this.#week = { element: week, depth }
      this.#checkpoint = null
    } else {
      const { checkpoint, depth } = fragment

      this.#headingCookies.closeSections(checkpoint.heading.start.offset, depth)
      tracker.checkpoints.push(checkpoint)
      this.#checkpoint = { element: checkpoint, depth }
    }

    appendEntries(tracker, fragment.added)

    const scope = this.#weekScope()
    for (const fields of fragment.weekFields) setWeekFields(fields, scope)
  }

  /**
   * What a block must leave as it found it to be kept, but for its own
   * week (0) or checkpoint (1).
   */
  #fixed(): unknown[] {
    const tracker = this.tracker

    return [
      tracker.weeks.length,
      tracker.checkpoints.length,
      tracker.checklists.length,
      tracker.ratings.length,
      tracker.questions.length,
      tracker.generated.length,
      tracker.title,
      tracker.metrics,
      this.#headingCookies.size,
      // Every change to the generated blocks' state comes from a marker.
      this.#generated.markersRead
    ]
  }

  /**
   * Completes what needs the whole file: the counts of cookies in headings,
   * whose sections may run over several blocks.
   *
   * @param end The length of the file.
   */
  finish(end: number): void {
    // Most trackers have no cookie in a heading: then no list of every task.
    if (this.#headingCookies.size > 0) {
      const tasks = [
        ...this.tracker.days.flatMap((day) => day.tasks),
        ...this.tracker.checkpoints.flatMap((checkpoint) => checkpoint.items),
        ...this.tracker.checklists.flatMap((checklist) => checklist.items)
      ]

      this.tracker.cookies.push(...this.#headingCookies.count(tasks, end))
    }

    this.tracker.unparsed.push(...this.#generated.unmatched)
    this.tracker.cookies.sort(
      (a, b) => a.place.start.offset - b.place.start.offset
    )
  }

  /**
   * @param following The next two nodes at the same level, which a
   *   question's answer may stand in.
   */
  #addNode(node: RootContent, following: RootContent[], source: Source): void {
    // What stands inside a generated block is the tool's output, not plan.
    if (this.#generated.isInside && node.type !== 'html') return

    switch (node.type) {
      case 'heading': {
        this.#addHeading(node, source)
        break
      }

      case 'list': {
        this.#addTasks(readList(node, source), source)
        break
      }

      case 'blockquote': {
        this.#quoteDepth += 1
        node.children.forEach((child, index) => {
          if (child.type !== 'heading') {
            this.#addNode(
              child,
              node.children.slice(index + 1, index + 3),
              source
            )
          }
        })
        this.#quoteDepth -= 1
        break
      }

      case 'paragraph': {
        this.#addParagraph(node, following, source)
        break
      }

      case 'table': {
        this.#addTable(node, source)
        break
      }

      case 'html': {
        this.#addComment(node, source)
        break
      }

      default:
    }
  }

  #addHeading(node: Heading, source: Source): void {
    const [start, end] = offsets(node, source)
    const raw = source.text.slice(start, end)
    const text = headingText(raw)
    // A statistics cookie is the tool's, not part of the title.
    const words = text.replace(cookiePattern, ' ')
    let meaning = readHeading(words)
    const depth = node.depth
    const place = source.lines.place(start, end)
    const isFirst = !this.#sawHeading

    // `### Day 1 recap` under `## Day 1` is a section of the day, as a
    // deeper heading of the open week's number is part of the week.
    const open = this.#day
    if (
      meaning.kind === 'day' &&
      open &&
      open.element.number === meaning.number &&
      depth > open.depth
    ) {
      meaning = { kind: 'other', title: cleanTitle(words) }
    }

    this.#sawHeading = true
    this.#section = null
    this.#headingCookies.addHeading(start, text, raw, depth, source)

    if (meaning.kind === 'week') {
      const week = this.#week
      if (!(
        week &&
        week.element.number === meaning.number &&
        depth > week.depth
      )) {
        const { kind: _, ...fields } = meaning
        const element: Week = {
          ...fields,
          score: null,
          actualHours: null,
          heading: place
        }

        this.tracker.weeks.push(element)
        if (!this.#weeksByNumber.has(element.number)) {
          this.#weeksByNumber.set(element.number, element)
        }
        this.#week = { element, depth }
        this.#day = null
        this.#checkpoint = null
        this.#group = null
        return
      }
    }

    if (meaning.kind === 'day') {
      const day: Day = {
        number: meaning.number,
        week: this.#week?.element.number ?? null,
        written: meaning.written,
        date: null,
        title: meaning.title,
        plannedHours: meaning.plannedHours,
        sections: [],
        tasks: [],
        deliverable: null,
        blockers: null,
        disabled: [],
        heading: place,
        place
      }

      if (meaning.unreadDate !== null) {
        this.tracker.unparsed.push({
          kind: 'heading',
          reason:
            'expected a date such as `Dec 8` or `2026-12-08`, ' +
            `found \`${meaning.unreadDate}\``,
          text: meaning.unreadDate,
          place
        })
      }

      this.tracker.days.push(day)
      this.#day = { element: day, depth }
      this.#checkpoint = null
      this.#group = null
      return
    }

    if (meaning.kind === 'checkpoint') {
      const checkpoint: Checkpoint = {
        week: meaning.week ?? this.#week?.element.number ?? null,
        title: meaning.title,
        items: [],
        heading: place
      }

      this.tracker.checkpoints.push(checkpoint)
      this.#checkpoint = { element: checkpoint, depth }
      this.#day = null
      this.#group = null
      return
    }

    if (meaning.kind === 'unparsed') {
      this.tracker.unparsed.push({
        kind: 'heading',
        reason: meaning.reason,
        text: meaning.title,
        place
      })
    }

    if (this.#day && depth > this.#day.depth) {
      this.#section = {
        title: cleanTitle(sectionTitle(meaning.title)),
        plannedHours: parseHours(meaning.title),
        tasks: [],
        place
      }
      this.#day.element.sections.push(this.#section)
      return
    }

    if (this.#checkpoint && depth > this.#checkpoint.depth) return

    if (this.#day && depth <= this.#day.depth) this.#day = null
    if (this.#checkpoint && depth <= this.#checkpoint.depth) {
      this.#checkpoint = null
    }
    if (this.#week && depth <= this.#week.depth) this.#week = null
    if (isFirst && !this.#week && meaning.kind === 'other') {
      this.tracker.title = meaning.title
    }

    this.#startGroup(meaning.title)
  }

  #startGroup(title: string): void {
    const scale = scalePattern.exec(title)

    this.#group = {
      title: cleanTitle(title),
      scale: readScale(scale?.[1], scale?.[2]),
      checklist: null
    }
  }

  #addTasks(contents: ReturnType<typeof readList>, source: Source): void {
    this.tracker.unparsed.push(...contents.unparsed)
    this.tracker.cookies.push(...contents.cookies)

    // A label line typed right under a task, with no blank line between,
    // joins the task's paragraph; its fields still count.
    for (const [start, end] of contents.laterLines) {
      this.#addFields(findLabels(source.text.slice(start, end), start), source)
    }

    if (this.#day) {
      this.#day.element.tasks.push(...contents.tasks)
      this.#section?.tasks.push(...contents.tasks)
    } else if (this.#checkpoint) {
      this.#checkpoint.element.items.push(...contents.tasks)
    } else if (contents.tasks.length > 0) {
      this.#checklist(contents.tasks, source).items.push(...contents.tasks)
    }

    if (!this.#day && this.#group?.scale) {
      for (const item of contents.plain) this.#addRating(item, source)
    }
  }

  #checklist(tasks: Task[], source: Source): Checklist {
    if (!this.#group) this.#startGroup('Checklist')

    const group = this.#group as Group
    const first = tasks[0]?.place.start ?? source.lines.point(0)

    if (!group.checklist) {
      group.checklist = {
        title: group.title,
        items: [],
        place: { start: first, end: first }
      }
      this.tracker.checklists.push(group.checklist)
    }

    group.checklist.place = {
      start: group.checklist.place.start,
      end: tasks.at(-1)?.place.end ?? group.checklist.place.end
    }

    return group.checklist
  }

  #addRating(
    item: { text: string; start: number; end: number },
    source: Source
  ): void {
    const colon = item.text.indexOf(':')
    if (colon === -1) return

    const valueStart = item.start + colon + 1

    this.tracker.ratings.push({
      name: item.text.slice(0, colon).trim(),
      field: readField(
        source.text,
        valueStart,
        item.end,
        source.lines,
        (typed) => readNumber(typed.replace(/\s*\/\s*\d+$/, ''))
      ),
      scale: this.#group?.scale ?? null,
      place: source.lines.place(item.start, item.end)
    })
  }

  #addParagraph(
    node: Paragraph,
    following: RootContent[],
    source: Source
  ): void {
    const [start, end] = offsets(node, source)
    const lines = lineSpans(source.text, start, end)
    let label = ''
    let answerFrom: number | null = null
    const ballotLines = new Set<number>()

    lines.forEach(([lineStart, lineEnd], index) => {
      const line = source.text.slice(lineStart, lineEnd)
      const bold = strongLabel.exec(line.trim())

      if (index === 0 && bold) {
        label = cleanTitle((bold[2] ?? '').replace(/:\s*$/, ''))
        this.#addLabel(label, bold[2] ?? '', node, following, source, lines)
        answerFrom = lines.length > 1 ? (lines[1]?.[0] ?? null) : null
        return
      }

      const labels = findLabels(line, lineStart)

      // A line of labelled fields is never a ballot, whatever check marks
      // the person typed into its blanks.
      if (labels.length > 0) {
        this.#addFields(labels, source)
        return
      }

      const ballot = readBallot(
        source.text,
        lineStart,
        lineEnd,
        label,
        source.lines
      )

      if (ballot) {
        this.tracker.ballots.push(ballot)
        ballotLines.add(lineStart)
        if (index === 1) answerFrom = null
      }
    })

    this.tracker.unparsed.push(
      ...malformedLines(node, source).filter(
        (entry) => !ballotLines.has(entry.place.start.offset)
      )
    )

    const question = /[?:]$/.test(label) && !this.#day

    if (question && answerFrom !== null) {
      this.tracker.questions.push({
        question: label,
        answer: readField(source.text, answerFrom, end, source.lines, readText),
        place: source.lines.place(start, end)
      })
    }
  }

  /** A paragraph that is a bold label alone, or a label over more lines. */
  #addLabel(
    label: string,
    typed: string,
    node: Paragraph,
    following: RootContent[],
    source: Source,
    lines: Array<[number, number]>
  ): void {
    const [start, end] = offsets(node, source)
    const [next, afterNext] = following

    if (this.#day) {
      if (lines.length === 1) {
        this.#section = {
          title: cleanTitle(sectionTitle(label)),
          plannedHours: parseHours(label),
          tasks: [],
          place: source.lines.place(start, end)
        }
        this.#day.element.sections.push(this.#section)
      }
      return
    }

    if (lines.length > 1 || !/[?:]\s*$/.test(typed.trim())) {
      this.#startGroup(label)
      return
    }

    const answer = findAnswer(typed, next, afterNext, source)

    if (answer) {
      const [answerStart, answerEnd] = answer

      this.tracker.questions.push({
        question: label,
        answer: readField(
          source.text,
          answerStart,
          answerEnd,
          source.lines,
          readText
        ),
        place: source.lines.place(start, answerEnd)
      })
      return
    }

    this.#startGroup(label)
  }

  #addFields(labels: Label[], source: Source): void {
    const scope = {
      tracker: this.tracker,
      day: this.#day?.element ?? null,
      ...this.#weekScope()
    }

    const weekFields = readLineFields(labels, scope, source)
    if (weekFields.length > 0) this.#weekFields.push(weekFields)
  }

  /** The week open and the weeks read so far, for a line's week fields. */
  #weekScope(): Pick<FieldScope, 'week' | 'weekNumbered'> {
    return {
      week: this.#week?.element ?? null,
      weekNumbered: (number: number) => this.#weeksByNumber.get(number)
    }
  }

  #addTable(node: Table, source: Source): void {
    if (this.#day || this.tracker.metrics) return

    const [start] = offsets(node, source)
    const header = source.text.slice(start, source.text.indexOf('\n', start))
    const isMetrics =
      /metric/i.test(header) || /metric/i.test(this.#group?.title ?? '')

    if (isMetrics) this.tracker.metrics = readMetrics(node, source)
  }

  /** Disable comments inside a day, and generated-block markers. */
  #addComment(node: Html, source: Source): void {
    const [start] = offsets(node, source)
    const day = this.#day?.element

    for (const match of node.value.matchAll(controlComment)) {
      const named = (match[2] ?? '').split(/[\s,]+/).filter(Boolean)
      const rules = named.length === 0 ? ['*'] : named
      const at = start + match.index

      if (match[1] === 'disable') day?.disabled.push(...rules)

      this.tracker.controls.push({
        kind: match[1] === 'enable' ? 'enable' : 'disable',
        rules,
        place: source.lines.place(at, at + match[0].length)
      })
    }

    // A generated block in a quote would lose the person's `> ` marks when
    // it is rewritten, so markers count only at the top level.
    if (this.#quoteDepth === 0) {
      this.tracker.generated.push(
        ...this.#generated.addComment(node.value, start, source)
      )
    }
  }

  /** Grows the open day's place over a node that belongs to it. */
  #extendDay(node: RootContent, source: Source): void {
    const day = this.#day?.element
    if (!day || node.type === 'heading') return

    const [, end] = offsets(node, source)
    day.place = { start: day.place.start, end: source.lines.point(end) }
  }
}

/**
 * A heading's text from its source: without the opening `#` marks and the
 * spaces after them, a closing run of `#` after a space, or a setext
 * heading's underline. Found without a pattern that backtracks, which took
 * time quadratic in a run of spaces.
 *
 * @param raw The heading's source.
 */
function headingText(raw: string): string {
  const newline = raw.indexOf('\n')
  const line = newline === -1 ? raw : raw.slice(0, newline).trimEnd()
  const text = line.replace(/^\s*#+\s*/, '')
  if (newline !== -1) return text

  const trimmed = text.trimEnd()
  let end = trimmed.length
  while (end > 0 && trimmed[end - 1] === '#') end--

  const closes = end < trimmed.length && /\s/.test(trimmed[end - 1] ?? '')
  return closes ? trimmed.slice(0, end).trimEnd() : text
}

/**
 * The scale a heading gives its ratings, `(1-10)`, or null when it gives
 * none or its figures are too large to be whole numbers.
 */
function readScale(
  low: string | undefined,
  high: string | undefined
): { low: number; high: number } | null {
  const lowest = readWholeNumber(low ?? '')
  const highest = readWholeNumber(high ?? '')

  return lowest === null || highest === null
    ? null
    : { low: lowest, high: highest }
}
