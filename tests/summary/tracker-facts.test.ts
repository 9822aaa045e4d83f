import { describe, expect, it } from 'vitest'
import type { Day } from '../../src/model.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { dayFacts, trackerFacts } from '../../src/summary/tracker-facts.js'
import { seedText } from '../helpers/tracker-texts.js'

const plan = `# WEEK 1: START (Days 1-3) | Total: 4 Hours

## Day 1 - Dec 6 | Reading | ⏱️ 3 hours

**Morning (2 hours)**
- [x] Read the docs (20 min)
- [ ] Read papers (60-90 min)
- [X] Summarise each paper (45 min each)

**Extra**
- [x] Stretch

**Deliverable:** \`notes.md\` ✓ done  **Blockers:** ____

## Day 2 - Dec 7 | Planning | ⏱️ 1 hour

**Afternoon (1 hour)**
- [ ] Plan the week (15 min)
- [ ] Book a room

**Deliverable:** \`plan.md\` ✓ _____  **Blockers:** ____

## Day 3 - Dec 8 | Rest
`

/** The day of a number, failing the test when there is none. */
function dayOf(days: readonly Day[], number: number): Day {
  const found = days.find((day) => day.number === number)
  if (!found) throw new Error(`No Day ${number}`)

  return found
}

describe('dayFacts', () => {
  const tracker = parseTracker(plan, { today: '2026-12-10', year: 2026 })

  it('counts ticked tasks and the low end of each range, each once', () => {
    const day = dayOf(tracker.days, 1)

    expect(dayFacts(day)).toEqual({
      number: 1,
      week: 1,
      written: { month: 12, day: 6, year: null },
      date: '2026-12-06',
      title: 'Reading',
      plannedHours: 3,
      sectionHours: [2, null],
      tasks: { done: 3, total: 4 },
      minutes: { done: 65, total: 125 },
      deliverable: { done: true, place: day.deliverable?.place },
      disabled: [],
      heading: day.heading,
      place: day.place
    })
  })

  it('keeps an open deliverable, and the day’s places as they are', () => {
    const day = dayOf(tracker.days, 2)
    const facts = dayFacts(day)

    expect(facts.tasks).toEqual({ done: 0, total: 2 })
    expect(facts.minutes).toEqual({ done: 0, total: 15 })
    expect(facts.sectionHours).toEqual([1])
    expect(facts.deliverable?.done).toBe(false)
    expect(facts.deliverable?.place).toBe(day.deliverable?.place)
    expect(facts.heading).toBe(day.heading)
    expect(facts.place).toBe(day.place)
  })

  it('gives a day of nothing empty counts and no deliverable', () => {
    const facts = dayFacts(dayOf(tracker.days, 3))

    expect(facts.tasks).toEqual({ done: 0, total: 0 })
    expect(facts.minutes).toEqual({ done: 0, total: 0 })
    expect(facts.sectionHours).toEqual([])
    expect(facts.deliverable).toBeNull()
  })

  it('counts Day 13 of the seed: 15 tasks, 265 minutes', () => {
    const seed = parseTracker(seedText, { today: '2026-12-10' })
    const facts = dayFacts(dayOf(seed.days, 13))

    expect(facts.tasks).toEqual({ done: 0, total: 15 })
    expect(facts.minutes).toEqual({ done: 0, total: 265 })
    expect(facts.sectionHours).toEqual([1, 6, 1])
    expect(facts.plannedHours).toBe(8)
    expect(facts.date).toBe('2026-12-18')
  })
})

describe('trackerFacts', () => {
  it('turns every day into its facts and keeps every other part', () => {
    const tracker = parseTracker(plan, { today: '2026-12-10', year: 2026 })
    const facts = trackerFacts(tracker)
    const { days, ...rest } = facts
    const { days: parsedDays, ...parsedRest } = tracker

    expect(days).toEqual(parsedDays.map(dayFacts))
    expect(days.map((day) => day.tasks)).toEqual([
      { done: 3, total: 4 },
      { done: 0, total: 2 },
      { done: 0, total: 0 }
    ])
    expect(rest).toEqual(parsedRest)
    expect(facts.weeks).toBe(tracker.weeks)
  })
})
