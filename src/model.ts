/**
 * The typed model of a tracker file.
 *
 * Every element keeps where it stands in the source (`Place`), so that later
 * steps can report on it and splice it in place without re-serialising the
 * document. Offsets count UTF-16 code units of the text as read, BOM included.
 */

/** A point in the source: 1-based line and column, 0-based offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** Where an element stands: its first character and the one after its end. */
export interface Place {
  start: Point
  end: Point
}

/**
 * A blank the person fills in by hand, such as `____` or a table cell.
 *
 * `text` is what was typed with surrounding underscores and spaces taken off,
 * empty while the blank is untouched; `place` covers the raw blank as typed.
 */
export interface Field<Value> {
  text: string
  value: Value | null
  place: Place
}

/** A planned duration written in a task, such as `(20 min)`. */
export interface Minutes {
  /** The minutes, or the low end of a range such as `(60-90 min)`. */
  low: number
  /** The high end of a range; equal to `low` for a single figure. */
  high: number
  /** Whether the figure is per item (`(45 min each)`, `(30 min per paper)`). */
  each: boolean
}

/** A checkbox list item: `- [ ] Read the docs (20 min)`. */
export interface Task {
  /** The item's first line as typed, after the checkbox. */
  text: string
  done: boolean
  minutes: Minutes | null
  /** Nesting depth: 0 for a top-level item, 1 for a sub-task, and so on. */
  depth: number
  /** The three characters `[ ]`, `[x]` or `[X]`. */
  checkbox: Place
  place: Place
}

/** A group of tasks under a label such as `**Morning Study (2 hours)**`. */
export interface Section {
  title: string
  plannedHours: number | null
  tasks: Task[]
  place: Place
}

/** The `**Deliverable:** … ✓ _____` line of a day. */
export interface Deliverable {
  text: string
  /** Whether the blank after the check mark holds anything but underscores. */
  done: boolean
  /** The blank after the check mark. */
  mark: Field<string>
  place: Place
}

/** A month and day as written in a heading, before a year is given to it. */
export interface MonthDay {
  month: number
  day: number
  /** The year, when the heading wrote one (`2026-12-08`). */
  year: number | null
}

/** A `## DAY 3 - Dec 8 | Title | ⏱️ 7 hours` heading and what is under it. */
export interface Day {
  number: number
  /** The week whose heading the day stands under, or null. */
  week: number | null
  written: MonthDay | null
  /** The full date as `YYYY-MM-DD`, once a year is known. */
  date: string | null
  title: string
  plannedHours: number | null
  sections: Section[]
  /** Every task of the day, in sections or not, in document order. */
  tasks: Task[]
  deliverable: Deliverable | null
  blockers: Field<string> | null
  /** Rules silenced inside this day by `<!-- trackmd-disable RULE -->`. */
  disabled: string[]
  heading: Place
  /** From the heading to the end of the day's last element. */
  place: Place
}

/** A `# WEEK 1: FOUNDATION (Days 1-5) | Total: 30 Hours` heading. */
export interface Week {
  number: number
  title: string
  firstDay: number | null
  lastDay: number | null
  targetHours: number | null
  /** `**Week 1 Score:** ____ / 100`. */
  score: Field<number> | null
  /** `**Actual Hours:** ____ (Goal: 30)` on the week's score line. */
  actualHours: Field<number> | null
  heading: Place
}

/** A `### ✅ WEEK 1 CHECKPOINT` heading and its task items. */
export interface Checkpoint {
  week: number | null
  title: string
  items: Task[]
  heading: Place
}

/** Task items outside days and checkpoints, under a heading or a label. */
export interface Checklist {
  title: string
  items: Task[]
  place: Place
}

/** `- PyTorch Mastery: ____` under `Skills Self-Assessment (1-10)`. */
export interface Rating {
  name: string
  field: Field<number>
  scale: { low: number; high: number } | null
  place: Place
}

/** A bold question with the answer written under it (or still blank). */
export interface Question {
  question: string
  answer: Field<string>
  place: Place
}

/** One choice of a ballot line: `☐ Behind Schedule (days behind: ___)`. */
export interface BallotOption {
  label: string
  chosen: boolean
  /** The box character (`☐`, `☑`, `☒`, `✓`) or `[ ]`/`[x]`. */
  box: Place
  /** A blank inside the option, such as the days behind. */
  detail: { label: string; field: Field<string> } | null
}

/** A line of `☐` choices, with the bold label before it (`Final Status`). */
export interface Ballot {
  label: string
  options: BallotOption[]
  place: Place
}

/** A row of the metrics table: `| Actual Hours | ____ |`. */
export interface MetricRow {
  name: string
  /** The value cell: its text without the padding around it. */
  value: Field<string>
  place: Place
}

/** The table under `OVERALL PROJECT METRICS`. */
export interface MetricsTable {
  rows: MetricRow[]
  place: Place
}

/** A labelled date such as `**Project Start Date:** ________`. */
export interface DateField {
  label: string
  /** The date as `YYYY-MM-DD` when one could be read. */
  field: Field<string>
}

/**
 * A statistics cookie typed in a heading or a list item, as in Emacs
 * org-mode: `[/]` or `[3/14]` counts the task items below it, `[%]` or
 * `[21%]` gives their share as a percentage.
 */
export interface Cookie {
  kind: 'fraction' | 'percent'
  /** The cookie with its brackets, as typed. */
  place: Place
  /** Task items below it: under the heading, or nested in the item. */
  tasks: { done: number; total: number }
}

/**
 * A block the tool generates between `<!-- trackmd:progress -->` and
 * `<!-- /trackmd:progress -->`.
 */
export interface GeneratedBlock {
  name: string
  /** From the end of the opening comment to the start of the closing one. */
  inside: Place
}

/**
 * A `<!-- trackmd-disable RULE -->` or `<!-- trackmd-enable RULE -->`
 * comment standing as HTML in the Markdown (not inside code).
 */
export interface InlineControl {
  kind: 'disable' | 'enable'
  /** The rule ids it names; `*` when it names none. */
  rules: string[]
  place: Place
}

/** Something that looks like a tracker element but could not be read. */
export interface Unparsed {
  kind: 'heading' | 'task' | 'field'
  /** What was expected and what was found. */
  reason: string
  text: string
  place: Place
}

/** Facts about the bytes of the file that a writer must keep. */
export interface Layout {
  bom: boolean
  /** The first line ending found; `\n` when the file has a single line. */
  lineEnding: '\n' | '\r\n'
  /** The front matter block with its fences, when there is one. */
  frontMatter: Place | null
}

/** Everything read from a tracker file. */
export interface Tracker {
  /** The first heading of the file, when it is not a week or a day. */
  title: string | null
  /** The year set in the front matter, when there is one. */
  year: number | null
  weeks: Week[]
  days: Day[]
  checkpoints: Checkpoint[]
  checklists: Checklist[]
  ratings: Rating[]
  questions: Question[]
  ballots: Ballot[]
  metrics: MetricsTable | null
  dates: DateField[]
  cookies: Cookie[]
  generated: GeneratedBlock[]
  controls: InlineControl[]
  unparsed: Unparsed[]
  layout: Layout
}

/** Ticked items out of all items, or ticked minutes out of all minutes. */
export interface Tally {
  done: number
  total: number
}

/**
 * What the summary, the lint rules and sync read of a day: the day with
 * its tasks and sections counted rather than listed, so that a day kept in
 * the `--cache` file can stand in for one read from the text.
 */
export interface DayFacts extends Pick<
  Day,
  | 'number'
  | 'week'
  | 'written'
  | 'date'
  | 'title'
  | 'plannedHours'
  | 'disabled'
  | 'heading'
  | 'place'
> {
  /** The planned hours of each section, in order. */
  sectionHours: Array<number | null>
  /** Tasks ticked out of all the day's tasks. */
  tasks: Tally
  /** Planned minutes of ticked tasks out of all, added in document order. */
  minutes: Tally
  /** Whether the deliverable is done, and where its line stands. */
  deliverable: { done: boolean; place: Place } | null
}

/**
 * What `export` lists of a day besides its facts: its tasks, and the text
 * of its deliverable and blockers. A day kept in the `--cache` file for
 * export keeps this much of its contents.
 */
export interface DayListing {
  tasks: ListedTask[]
  /** The deliverable's text, or null when the day has no deliverable. */
  deliverable: string | null
  /** The blockers blank as typed; empty when blank or missing. */
  blockers: string
}

/** A task as `export` lists it. */
export interface ListedTask {
  text: string
  done: boolean
  /**
   * Lines after the day's heading line: 0 on the heading's line. Counted
   * from the heading so that it holds wherever the day moves.
   */
  lineInDay: number
  /** The planned minutes, as `Task` gives them, or null. */
  minutes: { low: number; high: number } | null
}

/** A tracker as the summary, the lint rules and sync read it. */
export type TrackerFacts = Omit<Tracker, 'days'> & { days: DayFacts[] }
