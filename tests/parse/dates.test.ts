import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { isExists } from 'date-fns/isExists'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dateExists,
  daysBetween,
  isoDate,
  nearestYear,
  readDate
} from '../../src/parse/dates.js'

describe('readDate', () => {
  it.each([
    ['Dec 8', 12, 8, null, 5],
    ['December 8', 12, 8, null, 10],
    ['8 Dec', 12, 8, null, 5],
    ['8th December', 12, 8, null, 12],
    ['2026-12-08', 12, 8, 2026, 10],
    ['Dec 8, 2026', 12, 8, 2026, 11],
    ['Mon, Dec 8', 12, 8, null, 10],
    ['Dec. 8', 12, 8, null, 6],
    ['dec 8', 12, 8, null, 5],
    ['DEC 8', 12, 8, null, 5],
    ['Sept 1', 9, 1, null, 6],
    ['Jan 1 | Title', 1, 1, null, 5],
    ['Feb 29', 2, 29, null, 6],
    ['Tue 2026-12-08', 12, 8, 2026, 14],
    ['Tue 9 Dec', 12, 9, null, 9]
  ])('reads %s', (text, month, day, year, length) => {
    expect(readDate(text)).toEqual({ date: { month, day, year }, length })
  })

  it.each(['Dex 8', 'Decx 8', 'Ju 8', 'Feb 30', '2026-13-01', 'Title', ''])(
    'reads no date in %j',
    (text) => {
      expect(readDate(text)).toBeNull()
    }
  )

  it('reads a date only at the start of the text', () => {
    expect(readDate('Title Dec 8')).toBeNull()
  })
})

describe('isoDate', () => {
  it('pads year, month and day', () => {
    expect(isoDate(2026, 1, 2)).toBe('2026-01-02')
    expect(isoDate(999, 12, 31)).toBe('0999-12-31')
  })
})

describe('daysBetween', () => {
  it('counts calendar days, negative backwards, across New Year', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1)
    expect(daysBetween('2026-12-06', '2026-12-06')).toBe(0)
    expect(daysBetween('2026-03-01', '2026-12-06')).toBe(280)
  })

  it('counts as date-fns does on local dates, across time changes', () => {
    const date = fc
      .date({
        min: new Date('1901-01-01'),
        max: new Date('2199-12-31'),
        noInvalidDate: true
      })
      .map((each) => each.toISOString().slice(0, 10))

    fc.assert(
      fc.property(date, date, (from, to) => {
        const local = (iso: string) => {
          const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
          return new Date(year, month - 1, day)
        }

        expect(daysBetween(from, to)).toBe(
          differenceInCalendarDays(local(to), local(from))
        )
      })
    )
  })
})

describe('nearestYear', () => {
  it('takes the year that puts the month and day nearest the reference', () => {
    expect(nearestYear({ month: 12, day: 6, year: null }, '2026-12-03')).toBe(
      2026
    )
    expect(nearestYear({ month: 1, day: 2, year: null }, '2026-12-03')).toBe(
      2027
    )
    expect(nearestYear({ month: 12, day: 6, year: null }, '2026-03-01')).toBe(
      2025
    )
    expect(nearestYear({ month: 6, day: 1, year: null }, '2026-03-01')).toBe(
      2026
    )
  })

  it('looks four years each way for February 29', () => {
    expect(nearestYear({ month: 2, day: 29, year: null }, '2026-03-01')).toBe(
      2028
    )
    expect(nearestYear({ month: 2, day: 29, year: null }, '2025-03-01')).toBe(
      2024
    )
  })
})

describe('dateExists', () => {
  it('says what date-fns says of every month and day near the year ends', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          expect(dateExists(year, month, day)).toBe(
            isExists(year, month - 1, day)
          )
        }
      ),
      { numRuns: 2000 }
    )
    expect([1900, 2000, 2024, 2026].map((y) => dateExists(y, 2, 29))).toEqual([
      false,
      true,
      true,
      false
    ])
  })
})
