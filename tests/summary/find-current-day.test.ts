import { describe, expect, it } from 'vitest'
import { findCurrentDay } from '../../src/summary/find-current-day.js'
import { dayFacts } from '../../src/summary/tracker-facts.js'
import { day, task } from '../helpers/build-tracker.js'

describe('findCurrentDay', () => {
  const days = [
    day({ number: 1, date: '2026-12-31' }),
    day({ number: 2, date: '2027-01-02' })
  ].map(dayFacts)

  it('finds the day dated today', () => {
    expect(findCurrentDay(days, '2026-12-31')).toEqual({
      kind: 'today',
      day: 1,
      index: 0
    })
  })

  it('finds the next dated day when today has none', () => {
    expect(findCurrentDay(days, '2027-01-01')).toEqual({
      kind: 'upcoming',
      day: 2,
      index: 1
    })
  })

  it('reports a finished plan', () => {
    expect(findCurrentDay(days, '2027-01-03')).toEqual({
      kind: 'finished',
      day: null,
      index: null
    })
  })

  it('tells apart two days of the same number by where they stand', () => {
    const twice = [
      day({
        number: 1,
        date: '2026-12-09',
        tasks: [task('a', { done: true })]
      }),
      day({ number: 1, date: '2026-12-10', tasks: [task('b')] })
    ].map(dayFacts)

    expect(findCurrentDay(twice, '2026-12-10')).toEqual({
      kind: 'today',
      day: 1,
      index: 1
    })
  })

  it('points an undated plan at its first open day', () => {
    const undated = [
      day({ number: 1, tasks: [task('a', { done: true })] }),
      day({ number: 2, tasks: [task('b')] })
    ].map(dayFacts)

    expect(findCurrentDay(undated, '2026-12-09')).toEqual({
      kind: 'undated',
      day: 2,
      index: 1
    })
    expect(findCurrentDay([], '2026-12-09')).toEqual({
      kind: 'undated',
      day: null,
      index: null
    })
  })
})
