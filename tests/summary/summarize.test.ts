import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import type { Task } from '../../src/model.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { summarize } from '../../src/summary/summarize.js'
import { trackerFacts } from '../../src/summary/tracker-facts.js'
import { day, task, tracker, week } from '../helpers/build-tracker.js'
import { smallTracker } from '../helpers/small-tracker.js'

describe('summarize', () => {
  it('computes every figure of the small tracker', () => {
    const summary = summarize(trackerFacts(smallTracker()), {
      today: '2026-12-09'
    })

    expect(summary).toEqual({
      today: '2026-12-09',
      totalDays: 5,
      tasks: { done: 6, total: 9 },
      plannedMinutes: { done: 95, total: 200 },
      deliverablesDone: 1,
      deliverablesTotal: 3,
      milestonesDone: 1,
      milestonesTotal: 2,
      completeDays: [1, 3, 5],
      missedDays: [2],
      streak: 1,
      current: { kind: 'today', day: 4, index: 3 },
      weeks: [
        {
          week: 1,
          title: 'FOUNDATION',
          tasks: { done: 5, total: 6 },
          plannedMinutes: { done: 75, total: 135 },
          days: { done: 2, total: 3 },
          deliverables: { done: 1, total: 2 },
          actualHours: 4,
          targetHours: 10
        },
        {
          week: 2,
          title: 'PRACTICE',
          tasks: { done: 1, total: 3 },
          plannedMinutes: { done: 20, total: 65 },
          days: { done: 1, total: 2 },
          deliverables: { done: 0, total: 1 },
          actualHours: null,
          targetHours: 8
        }
      ],
      actualHours: 4,
      targetHours: 18
    })
  })

  it('misses nothing before the first day', () => {
    const summary = summarize(trackerFacts(smallTracker()), {
      today: '2026-12-01'
    })

    expect(summary.missedDays).toEqual([])
    expect(summary.streak).toBe(0)
    expect(summary.current).toEqual({ kind: 'upcoming', day: 1, index: 0 })
  })

  it('reports a finished plan once every dated day is past', () => {
    const summary = summarize(trackerFacts(smallTracker()), {
      today: '2027-01-01'
    })

    expect(summary.current).toEqual({
      kind: 'finished',
      day: null,
      index: null
    })
    expect(summary.missedDays).toEqual([2, 4])
  })

  it('counts a milestone only when its checkpoint has items', () => {
    const summary = summarize(
      trackerFacts(
        tracker({
          checkpoints: [
            { week: 1, title: 'Empty', items: [], heading: place() }
          ]
        })
      ),
      { today: '2026-12-09' }
    )

    expect(summary.milestonesDone).toBe(0)
    expect(summary.milestonesTotal).toBe(1)
  })

  it('leaves hours null when nothing is written', () => {
    const summary = summarize(
      trackerFacts(
        tracker({ weeks: [week({ number: 1 })], days: [day({ number: 1 })] })
      ),
      { today: '2026-12-09' }
    )

    expect(summary.actualHours).toBeNull()
    expect(summary.targetHours).toBeNull()
  })

  it('falls back to the days’ planned hours as the target', () => {
    const summary = summarize(
      trackerFacts(
        tracker({
          days: [
            day({ number: 1, plannedHours: 6 }),
            day({ number: 2, plannedHours: 5 })
          ]
        })
      ),
      { today: '2026-12-09' }
    )

    expect(summary.targetHours).toBe(11)
    expect(summary.weeks).toEqual([])
  })

  it('does not count checkpoint items as tasks', () => {
    const summary = summarize(
      trackerFacts(
        tracker({
          days: [day({ number: 1, tasks: [task('a', { done: true })] })],
          checkpoints: [
            {
              week: 1,
              title: 'Checkpoint',
              items: [task('b'), task('c')],
              heading: place()
            }
          ]
        })
      ),
      { today: '2026-12-09' }
    )

    expect(summary.tasks).toEqual({ done: 1, total: 1 })
  })
})

function place() {
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: 2, offset: 1 }
  }
}

describe('summarize, on a generated plan', () => {
  it('counts as filtering and summing each count would', () => {
    const model = parseTracker(generateTracker(60).text, {
      today: '2026-12-20'
    })
    model.days[3]?.tasks.push({
      ...(model.days[3]?.tasks[0] as Task),
      done: true,
      minutes: { low: 0.1, high: 0.1, each: false }
    })
    const summary = summarize(trackerFacts(model), { today: '2027-01-20' })
    const tasks = model.days.flatMap((each) => each.tasks)
    const ticked = tasks.filter((each) => each.done)
    const add = (values: number[]) => values.reduce((a, b) => a + b, 0)
    const withDeliverable = model.days.filter((each) => each.deliverable)

    expect(summary.tasks).toEqual({ done: ticked.length, total: tasks.length })
    expect(summary.plannedMinutes).toEqual({
      done: add(ticked.map((each) => each.minutes?.low ?? 0)),
      total: add(tasks.map((each) => each.minutes?.low ?? 0))
    })
    expect([summary.deliverablesDone, summary.deliverablesTotal]).toEqual([
      withDeliverable.filter((each) => each.deliverable?.done).length,
      withDeliverable.length
    ])
    expect(summary.completeDays.length).toBeGreaterThan(0)
    expect(summary.missedDays.length).toBeGreaterThan(0)
    expect(
      [...summary.completeDays, ...summary.missedDays].length
    ).toBeGreaterThanOrEqual(
      model.days.filter(
        (each) => each.date !== null && each.date < '2027-01-20'
      ).length
    )
  })
})
