import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { sum } from '../parse/helpers.js'

describe('generateTracker', () => {
  it.each([30, 100, 12])('writes %i days that parse back', (days) => {
    const generated = generateTracker(days)
    const tracker = parseTracker(generated.text, { today: '2026-12-01' })

    expect(tracker.days.map((day) => day.number)).toEqual(
      Array.from({ length: days }, (_, index) => index + 1)
    )
    expect(tracker.weeks).toHaveLength(generated.weeks)
    expect(sum(tracker.days.map((day) => day.tasks.length))).toBe(
      generated.dayTasks
    )
    expect(
      sum(tracker.checkpoints.map((checkpoint) => checkpoint.items.length))
    ).toBe(generated.checkpointItems)
    expect(
      sum(tracker.checklists.map((checklist) => checklist.items.length))
    ).toBe(generated.checklistItems)
    expect(tracker.days.every((day) => day.sections.length === 3)).toBe(true)
    expect(tracker.days.every((day) => day.deliverable !== null)).toBe(true)
    expect(tracker.ratings).toHaveLength(3)
    expect(tracker.questions).toHaveLength(2)
    expect(tracker.ballots).toHaveLength(2)
    expect(tracker.metrics?.rows.length).toBeGreaterThan(4)
    expect(tracker.unparsed).toEqual([])
  })

  it('gives the same bytes for the same size', () => {
    expect(generateTracker(30).text).toBe(generateTracker(30).text)
    expect(generateTracker(30).text).not.toBe(generateTracker(31).text)
  })
})
