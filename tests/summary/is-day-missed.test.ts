import { describe, expect, it } from 'vitest'
import { isDayMissed } from '../../src/summary/is-day-missed.js'
import { dayFactsOf, task } from '../helpers/build-tracker.js'

const open = [task('a')]

describe('isDayMissed', () => {
  it('misses an open day dated before today', () => {
    expect(
      isDayMissed(
        dayFactsOf({ number: 1, date: '2026-12-08', tasks: open }),
        '2026-12-09'
      )
    ).toBe(true)
  })

  it('does not miss today’s day or a later one', () => {
    const today = dayFactsOf({ number: 1, date: '2026-12-09', tasks: open })
    const later = dayFactsOf({ number: 2, date: '2026-12-10', tasks: open })

    expect(isDayMissed(today, '2026-12-09')).toBe(false)
    expect(isDayMissed(later, '2026-12-09')).toBe(false)
  })

  it('compares across New Year', () => {
    const december = dayFactsOf({ number: 1, date: '2026-12-31', tasks: open })

    expect(isDayMissed(december, '2027-01-01')).toBe(true)
  })

  it('never misses an undated day, a complete day or a rest day', () => {
    const undated = dayFactsOf({ number: 1, tasks: open })
    const complete = dayFactsOf({
      number: 2,
      date: '2026-12-01',
      tasks: [task('a', { done: true })]
    })
    const rest = dayFactsOf({
      number: 3,
      date: '2026-12-01',
      tasks: open,
      disabled: ['missed-day']
    })

    expect(isDayMissed(undated, '2026-12-09')).toBe(false)
    expect(isDayMissed(complete, '2026-12-09')).toBe(false)
    expect(isDayMissed(rest, '2026-12-09')).toBe(false)
  })
})
