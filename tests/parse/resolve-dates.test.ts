import { describe, expect, it } from 'vitest'
import type { MonthDay, Tracker } from '../../src/model.js'
import { readFullDate } from '../../src/parse/dates.js'
import { resolveDates } from '../../src/parse/resolve-dates.js'
import { day, field, tracker } from '../helpers/build-tracker.js'

/** A tracker whose days carry the written dates, and start date field. */
function written(dates: Array<MonthDay | null>, start = ''): Tracker {
  const result = tracker({
    days: dates.map((date, index) => ({
      ...day({ number: index + 1 }),
      written: date,
      date: null
    }))
  })
  // The parser stores a start date's value as ISO, its text as typed.
  result.dates = [
    {
      label: 'Project Start Date',
      field: field(start ? readFullDate(start) : null)
    }
  ]
  result.dates[0]!.field.text = start
  return result
}

const md = (month: number, dayOf: number, year: number | null = null) => ({
  month,
  day: dayOf,
  year
})

describe('resolveDates', () => {
  it('runs on into January after December 31', () => {
    const plan = written([md(12, 30), md(12, 31), md(1, 1), md(1, 2)])
    resolveDates(plan, { today: '2026-12-03', year: null })
    expect(plan.days.map((d) => d.date)).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02'
    ])
  })

  it('takes a filled start date first', () => {
    const plan = written([md(12, 6), md(12, 7)], '2025-12-06')
    resolveDates(plan, { today: '2026-12-03', year: 2030 })
    expect(plan.days.map((d) => d.date)).toEqual(['2025-12-06', '2025-12-07'])
  })

  it('reads a start date written as `Dec 6, 2024`', () => {
    const plan = written([md(12, 6)], 'Dec 6, 2024')
    resolveDates(plan, { today: '2026-12-03', year: null })
    expect(plan.days[0]?.date).toBe('2024-12-06')
  })

  it('takes the configured year when the start date is blank', () => {
    const plan = written([md(12, 6)])
    resolveDates(plan, { today: '2026-12-03', year: 2028 })
    expect(plan.days[0]?.date).toBe('2028-12-06')
  })

  it('else takes the year nearest to today', () => {
    const january = written([md(1, 2)])
    resolveDates(january, { today: '2026-12-03', year: null })
    expect(january.days[0]?.date).toBe('2027-01-02')

    const december = written([md(12, 6)])
    resolveDates(december, { today: '2026-03-01', year: null })
    expect(december.days[0]?.date).toBe('2025-12-06')
  })

  it('keeps a written year, and skips days without a date', () => {
    const plan = written([md(12, 6, 2030), null, md(12, 8)])
    resolveDates(plan, { today: '2026-12-03', year: null })
    expect(plan.days.map((d) => d.date)).toEqual([
      '2030-12-06',
      null,
      '2030-12-08'
    ])
  })
})
