import { describe, expect, it } from 'vitest'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { summarize } from '../../src/summary/summarize.js'
import { summarizeWeek } from '../../src/summary/summarize-week.js'
import { emptyTally, tallyDay } from '../../src/summary/tally-days.js'
import { trackerFacts } from '../../src/summary/tracker-facts.js'
import { dayFactsOf, task } from '../helpers/build-tracker.js'
import { seedWithProgress } from '../helpers/tracker-texts.js'

describe('tallyDay', () => {
  it('adds a day to every tally it is given, in one pass', () => {
    const total = emptyTally()
    const week = emptyTally()
    const open = dayFactsOf({
      number: 1,
      tasks: [
        task('Read', { minutes: 20, done: true }),
        task('Write', { minutes: [60, 90] }),
        task('Rest')
      ],
      deliverable: { text: 'notes', done: false }
    })
    const done = dayFactsOf({
      number: 2,
      tasks: [task('Ship', { minutes: 15, done: true })],
      deliverable: { text: 'app', done: true }
    })

    expect(tallyDay([total, week], open)).toBe(false)
    expect(tallyDay([total], done)).toBe(true)

    expect(total).toEqual({
      tasks: { done: 2, total: 4 },
      plannedMinutes: { done: 35, total: 95 },
      days: { done: 1, total: 2 },
      deliverables: { done: 1, total: 2 }
    })
    expect(week).toEqual({
      tasks: { done: 1, total: 3 },
      plannedMinutes: { done: 20, total: 80 },
      days: { done: 0, total: 1 },
      deliverables: { done: 0, total: 1 }
    })
  })

  it('gives summarize the weeks that summarizeWeek gives one by one', () => {
    const tracker = trackerFacts(
      parseTracker(seedWithProgress(), { today: '2026-12-10' })
    )
    const { weeks } = summarize(tracker, { today: '2026-12-10' })

    expect(weeks).toEqual(
      tracker.weeks.map((week) => summarizeWeek(week, tracker.days))
    )
    // Counted by hand in the text: 45 of the 77 Week 1 day tasks ticked.
    expect(weeks[0]?.tasks).toEqual({ done: 45, total: 77 })
  })
})
