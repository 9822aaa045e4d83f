/**
 * The JSON that `trackmd export` prints: a public contract for scripts,
 * documented by `schema/export.schema.json`. Keep it stable: add fields,
 * never rename or remove them without raising `version`.
 *
 * Lines are 1-based line numbers in the file. Dates are `YYYY-MM-DD`.
 * Blanks the person has not filled in are null for numbers and dates and
 * empty strings for text.
 */

/** A checkbox item of a day, checkpoint or checklist. */
export interface ExportItem {
  text: string
  done: boolean
  line: number
}

/** A day task, with its planned minutes. */
export interface ExportTask extends ExportItem {
  /** The planned minutes, the low end of a range; null when not stated. */
  minutes: number | null
  /** The high end of a range, equal to `minutes` for a single figure. */
  minutesMax: number | null
}

/** A day of the plan. */
export interface ExportDay {
  number: number
  date: string | null
  title: string
  plannedHours: number | null
  week: number | null
  line: number
  tasks: ExportTask[]
  deliverable: { text: string; done: boolean } | null
  /** The blockers blank as typed; empty when blank or missing. */
  blockers: string
  /** Whether the day counts as complete (see the summary's rules). */
  complete: boolean
  /** Whether the day is missed as of `today`. */
  missed: boolean
}

/** A week heading and its score line. */
export interface ExportWeek {
  number: number
  title: string
  firstDay: number | null
  lastDay: number | null
  targetHours: number | null
  actualHours: number | null
  score: number | null
  line: number
}

/** A checkpoint and its items. */
export interface ExportCheckpoint {
  week: number | null
  title: string
  /** Whether it has items and every one is ticked: a milestone reached. */
  complete: boolean
  line: number
  items: ExportItem[]
}

/** A completion checklist outside the days. */
export interface ExportChecklist {
  title: string
  line: number
  items: ExportItem[]
}

/** A self-assessment rating. */
export interface ExportRating {
  name: string
  value: number | null
  scale: { low: number; high: number } | null
  line: number
}

/** A reflection question and its answer (empty while blank). */
export interface ExportQuestion {
  question: string
  answer: string
  line: number
}

/** A line of choices such as `Final Status`. */
export interface ExportBallot {
  label: string
  line: number
  options: {
    label: string
    chosen: boolean
    detail: { label: string; value: string } | null
  }[]
}

/** A row of the metrics table; `value` is the cell's text. */
export interface ExportMetric {
  name: string
  value: string
  line: number
}

/** A labelled date such as `Project Start Date`. */
export interface ExportDate {
  label: string
  /** The date when one could be read; null when blank or unreadable. */
  date: string | null
  /** The text as typed, empty while blank. */
  text: string
}

/** Something that looked like a tracker element but was not read. */
export interface ExportUnparsed {
  kind: 'heading' | 'task' | 'field'
  reason: string
  text: string
  line: number
}

/** The totals, as of `today`. */
export interface ExportSummary {
  totalDays: number
  /** Day tasks only. */
  tasks: { total: number; done: number }
  /** Planned minutes of day tasks, low ends of ranges. */
  plannedMinutes: { total: number; done: number }
  completeDays: number
  deliverablesDone: number
  milestonesDone: number
  missedDays: number[]
  streak: number
  /** The day worked on today, or next, or null when the plan is finished. */
  currentDay: number | null
  actualHours: number | null
  targetHours: number | null
}

/** The whole export. */
export interface ExportDocument {
  /** The version of this contract. */
  version: 1
  /** The date the summary and `missed` flags are judged by. */
  today: string
  title: string | null
  year: number | null
  days: ExportDay[]
  weeks: ExportWeek[]
  checkpoints: ExportCheckpoint[]
  checklists: ExportChecklist[]
  ratings: ExportRating[]
  questions: ExportQuestion[]
  ballots: ExportBallot[]
  metrics: ExportMetric[]
  dates: ExportDate[]
  unparsed: ExportUnparsed[]
  summary: ExportSummary
}
