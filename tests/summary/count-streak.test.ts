import { describe, expect, it } from 'vitest'
import { countStreak } from '../../src/summary/count-streak.js'
import { dayFacts } from '../../src/summary/tracker-facts.js'
import { day, task } from '../helpers/build-tracker.js'

const done = [task('a', { done: true })]
const open = [task('a')]

describe('countStreak', () => {
  it('counts back from yesterday until an open day', () => {
    const days = [
      day({ number: 1, date: '2026-12-05', tasks: done }),
      day({ number: 2, date: '2026-12-06', tasks: open }),
      day({ number: 3, date: '2026-12-07', tasks: done }),
      day({ number: 4, date: '2026-12-08', tasks: done }),
      day({ number: 5, date: '2026-12-09', tasks: open })
    ].map(dayFacts)

    expect(countStreak(days, '2026-12-09')).toBe(2)
  })

  it('adds today’s day once it is complete', () => {
    const days = [
      day({ number: 1, date: '2026-12-08', tasks: done }),
      day({ number: 2, date: '2026-12-09', tasks: done })
    ].map(dayFacts)

    expect(countStreak(days, '2026-12-09')).toBe(2)
  })

  it('is zero after an open day, one once today is done', () => {
    const days = [
      day({ number: 1, date: '2026-12-08', tasks: open }),
      day({ number: 2, date: '2026-12-09', tasks: done })
    ].map(dayFacts)

    expect(countStreak(days, '2026-12-09')).toBe(1)
    expect(countStreak(days, '2026-12-10')).toBe(1)
    expect(countStreak(days.slice(0, 1), '2026-12-09')).toBe(0)
  })

  it('steps over rest days and counts by date, not by order', () => {
    const days = [
      day({ number: 3, date: '2026-12-08', tasks: done }),
      day({
        number: 2,
        date: '2026-12-07',
        tasks: open,
        disabled: ['missed-day']
      }),
      day({ number: 1, date: '2026-12-06', tasks: done })
    ].map(dayFacts)

    expect(countStreak(days, '2026-12-09')).toBe(2)
  })
})
