/**
 * The computed values of a tracker: counts, hours, missed days and where the
 * person stands today. Everything here follows from the model and a date.
 */

/** A part of a whole, such as tasks ticked out of all tasks. */
export interface Count {
  done: number
  total: number
}

/**
 * Where the plan stands on the given date.
 *
 * - `today`: a day is dated today; `day` is its number.
 * - `upcoming`: no day is dated today, `day` is the next dated one.
 * - `finished`: every dated day is before today; `day` is null.
 * - `undated`: no day has a date; `day` is the first day that is not
 *   complete, or null when all are.
 */
export interface CurrentDay {
  kind: 'today' | 'upcoming' | 'finished' | 'undated'
  day: number | null
  /**
   * Where the day stands in the tracker's days, or null: two days may
   * share a number.
   */
  index: number | null
}

/** Progress of one week, over the days that stand under its heading. */
export interface WeekProgress {
  week: number
  title: string
  /** Day tasks ticked out of all day tasks of the week. */
  tasks: Count
  /** Planned minutes of ticked tasks out of all planned minutes. */
  plannedMinutes: Count
  /** Complete days out of the week's days. */
  days: Count
  /** Days whose deliverable is done, out of days that have one. */
  deliverables: Count
  /** The week's `Actual Hours` blank as a number, null while blank. */
  actualHours: number | null
  /** The hours stated in the week heading (`Total: 30 Hours`). */
  targetHours: number | null
}

/** Everything `summarize` computes from a tracker and a date. */
export interface Summary {
  /** The date the summary is for, as `YYYY-MM-DD`. */
  today: string
  totalDays: number
  /** Day tasks only: checkpoint and checklist items are not counted. */
  tasks: Count
  /** Planned minutes of day tasks, ticked out of all. */
  plannedMinutes: Count
  /** Days whose deliverable is done. */
  deliverablesDone: number
  /** Days that have a deliverable line. */
  deliverablesTotal: number
  /** Checkpoints with at least one item and every item ticked. */
  milestonesDone: number
  milestonesTotal: number
  /** Numbers of the complete days, in document order. */
  completeDays: number[]
  /** Numbers of the missed days, in document order. */
  missedDays: number[]
  /** Consecutive complete days up to today; see `countStreak`. */
  streak: number
  current: CurrentDay
  weeks: WeekProgress[]
  /** Sum of the weeks' actual hours; null while every week is blank. */
  actualHours: number | null
  /**
   * Sum of the weeks' target hours; when no week states one, the sum of the
   * days' planned hours; null when neither is written.
   */
  targetHours: number | null
}
