import { describe, expect, it } from 'vitest'
import { isCalendarDate, localDate } from '../../src/cli/calendar-date.js'

describe('localDate', () => {
  it('gives the wall-calendar date, not the UTC one', () => {
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31')
    expect(localDate(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01')
  })
})

describe('isCalendarDate', () => {
  it('accepts real dates written as YYYY-MM-DD only', () => {
    expect(isCalendarDate('2026-12-10')).toBe(true)
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-13-01')).toBe(false)
    expect(isCalendarDate('2026-1-01')).toBe(false)
    expect(isCalendarDate('Dec 10')).toBe(false)
    expect(isCalendarDate('')).toBe(false)
  })
})
