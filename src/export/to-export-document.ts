import type {
  DayFacts,
  DayListing,
  Task,
  Tracker,
  TrackerFacts
} from '../model.js'
import { isDayComplete } from '../summary/is-day-complete.js'
import { isDayMissed } from '../summary/is-day-missed.js'
import type { Summary } from '../summary/summary.js'
import { dayFacts } from '../summary/tracker-facts.js'
import type {
  ExportDay,
  ExportDocument,
  ExportItem,
  ExportSummary
} from './export-document.js'
import { listDay } from './list-day.js'

/**
 * Shape a tracker and its summary into the public export document.
 *
 * Built field by field rather than by copying the model, so that changes to
 * the internal model cannot leak into the contract.
 *
 * @param tracker The parsed tracker.
 * @param summary Its summary, computed for the same `today`.
 * @param facts Its days' facts, in the same order, when the caller has
 *   them already (as it does to summarize); default: counted here.
 */
export function toExportDocument(
  tracker: Tracker,
  summary: Summary,
  facts: readonly DayFacts[] = tracker.days.map(dayFacts)
): ExportDocument {
  return exportFacts(
    { ...tracker, days: [...facts] },
    tracker.days.map(listDay),
    summary
  )
}

/**
 * The export document of a tracker read as facts, each day with what
 * `export` lists of it: what `toExportDocument` gives, for a tracker whose
 * days may have come from the `--cache` file without their task lists.
 *
 * @param tracker The tracker's facts.
 * @param listings What export lists of each day, in the order of the days.
 * @param summary Its summary, computed for the same `today`.
 */
export function exportFacts(
  tracker: TrackerFacts,
  listings: readonly DayListing[],
  summary: Summary
): ExportDocument {
  const { today } = summary

  return {
    version: 1,
    today,
    title: tracker.title,
    year: tracker.year,
    days: tracker.days.map((day, index) =>
      toExportDay(day, listings[index] ?? noListing, today)
    ),
    weeks: tracker.weeks.map((week) => ({
      number: week.number,
      title: week.title,
      firstDay: week.firstDay,
      lastDay: week.lastDay,
      targetHours: week.targetHours,
      actualHours: week.actualHours?.value ?? null,
      score: week.score?.value ?? null,
      line: week.heading.start.line
    })),
    checkpoints: tracker.checkpoints.map((checkpoint) => ({
      week: checkpoint.week,
      title: checkpoint.title,
      complete:
        checkpoint.items.length > 0 &&
        checkpoint.items.every((item) => item.done),
      line: checkpoint.heading.start.line,
      items: checkpoint.items.map(toExportItem)
    })),
    checklists: tracker.checklists.map((checklist) => ({
      title: checklist.title,
      line: checklist.place.start.line,
      items: checklist.items.map(toExportItem)
    })),
    ratings: tracker.ratings.map((rating) => ({
      name: rating.name,
      value: rating.field.value,
      scale: rating.scale && { low: rating.scale.low, high: rating.scale.high },
      line: rating.place.start.line
    })),
    questions: tracker.questions.map((question) => ({
      question: question.question,
      answer: question.answer.text,
      line: question.place.start.line
    })),
    ballots: tracker.ballots.map((ballot) => ({
      label: ballot.label,
      line: ballot.place.start.line,
      options: ballot.options.map((option) => ({
        label: option.label,
        chosen: option.chosen,
        detail: option.detail && {
          label: option.detail.label,
          value: option.detail.field.text
        }
      }))
    })),
    metrics: (tracker.metrics?.rows ?? []).map((row) => ({
      name: row.name,
      value: row.value.text,
      line: row.place.start.line
    })),
    dates: tracker.dates.map((date) => ({
      label: date.label,
      date: date.field.value,
      text: date.field.text
    })),
    unparsed: tracker.unparsed.map((unparsed) => ({
      kind: unparsed.kind,
      reason: unparsed.reason,
      text: unparsed.text,
      line: unparsed.place.start.line
    })),
    summary: toExportSummary(summary)
  }
}

/** What a day without tasks, deliverable or blockers lists. */
const noListing: DayListing = { tasks: [], deliverable: null, blockers: '' }

/**
 * The export's form of a day: its facts, with the tasks and texts that
 * export lists. Whether the day is complete is judged on its counts, as
 * the summary judges it.
 */
function toExportDay(
  day: DayFacts,
  listing: DayListing,
  today: string
): ExportDay {
  const line = day.heading.start.line

  return {
    number: day.number,
    date: day.date,
    title: day.title,
    plannedHours: day.plannedHours,
    week: day.week,
    line,
    tasks: listing.tasks.map((task) => ({
      text: task.text,
      done: task.done,
      line: line + task.lineInDay,
      minutes: task.minutes?.low ?? null,
      minutesMax: task.minutes?.high ?? null
    })),
    deliverable:
      day.deliverable && listing.deliverable !== null
        ? { text: listing.deliverable, done: day.deliverable.done }
        : null,
    blockers: listing.blockers,
    complete: isDayComplete(day),
    missed: isDayMissed(day, today)
  }
}

function toExportItem(task: Task): ExportItem {
  return { text: task.text, done: task.done, line: task.place.start.line }
}

function toExportSummary(summary: Summary): ExportSummary {
  return {
    totalDays: summary.totalDays,
    tasks: { total: summary.tasks.total, done: summary.tasks.done },
    plannedMinutes: {
      total: summary.plannedMinutes.total,
      done: summary.plannedMinutes.done
    },
    completeDays: summary.completeDays.length,
    deliverablesDone: summary.deliverablesDone,
    milestonesDone: summary.milestonesDone,
    missedDays: [...summary.missedDays],
    streak: summary.streak,
    currentDay: summary.current.day,
    actualHours: summary.actualHours,
    targetHours: summary.targetHours
  }
}
