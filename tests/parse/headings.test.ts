import { describe, expect, it } from 'vitest'
import { cleanTitle, readHeading } from '../../src/parse/headings.js'
import { garble } from '../../src/parse/symbols.js'

describe('cleanTitle', () => {
  it('takes pictographs and spare spaces off the edges', () => {
    expect(cleanTitle('  ✅ WEEK 1   CHECKPOINT ')).toBe('WEEK 1 CHECKPOINT')
    expect(cleanTitle('⏱️ 6 hours')).toBe('6 hours')
    expect(cleanTitle('CONGRATULATIONS! 🎉')).toBe('CONGRATULATIONS!')
  })

  it('takes a long run of pictographs off the end, trying it once', () => {
    expect(cleanTitle(`Title ${'📅 '.repeat(50_000)}`)).toBe('Title')
    expect(cleanTitle(`A ${'📅 '.repeat(50_000)}B`)).toBe(
      `A ${'📅 '.repeat(50_000)}B`
    )
  })

  it('takes garbled pictographs off too', () => {
    expect(cleanTitle(`${garble('✅', 'macintosh')} WEEK 1 CHECKPOINT`)).toBe(
      'WEEK 1 CHECKPOINT'
    )
  })
})

describe('readHeading', () => {
  it('reads a week heading', () => {
    expect(
      readHeading('WEEK 1: FOUNDATION (Days 1-5) | Total: 30 Hours')
    ).toEqual({
      kind: 'week',
      number: 1,
      title: 'FOUNDATION',
      firstDay: 1,
      lastDay: 5,
      targetHours: 30
    })
    expect(readHeading('Week 2 – Practice (Days 6–13)')).toEqual({
      kind: 'week',
      number: 2,
      title: 'Practice',
      firstDay: 6,
      lastDay: 13,
      targetHours: null
    })
  })

  it.each([
    ['Week 1 (Dec 7 – Dec 13): Foundations — 20 hours', 'Foundations', 20],
    ['Week 1: Foundations (Dec 7-13)', 'Foundations', null],
    ['Week 1 [2026-12-07 to 2026-12-13] Foundations', 'Foundations', null],
    ['Week 1 (7–13 Dec): Foundations', 'Foundations', null],
    ['Week 1 (Dec 7 – 13, 2026): Foundations', 'Foundations', null],
    ['Week 1: Foundations (Dec 7)', 'Foundations (Dec 7)', null],
    ['Week 1: Foundations (7-13)', 'Foundations (7-13)', null],
    ['Week 1 (Dec 7 - later)', '(Dec 7 - later)', null]
  ])(
    'keeps the dates a week spans out of its title: %j',
    (heading, title, hours) => {
      expect(readHeading(heading)).toMatchObject({
        kind: 'week',
        number: 1,
        title,
        targetHours: hours
      })
    }
  )

  it('reads hours at the end of a week heading without pipes', () => {
    expect(readHeading('Week 1 – Foundation (Days 1–2) – 2 hours')).toEqual({
      kind: 'week',
      number: 1,
      title: 'Foundation',
      firstDay: 1,
      lastDay: 2,
      targetHours: 2
    })
    expect(readHeading('Week 2: Practice (Total: 12.5 hours)')).toMatchObject({
      title: 'Practice',
      targetHours: 12.5
    })
    // Hours inside the title are the title's.
    expect(readHeading('Week 4: 3 hours of review')).toMatchObject({
      title: '3 hours of review',
      targetHours: null
    })
  })

  it('reads a day heading with pipes', () => {
    expect(
      readHeading(
        'DAY 3 - Dec 8 | Neural Networks & Training Loop | ⏱️ 7 hours'
      )
    ).toEqual({
      kind: 'day',
      number: 3,
      written: { month: 12, day: 8, year: null },
      unreadDate: null,
      title: 'Neural Networks & Training Loop',
      plannedHours: 7
    })
  })

  it('reads a garbled day heading as the repaired one', () => {
    const heading = 'DAY 3 - Dec 8 | Neural Networks | ⏱️ 7 hours'
    expect(readHeading(garble(heading, 'macintosh'))).toEqual(
      readHeading(heading)
    )
  })

  it('reads a day heading with a colon and hours in parentheses', () => {
    expect(
      readHeading('Day 12 – 2026-12-17: Custom Dataset (6 hours)')
    ).toEqual({
      kind: 'day',
      number: 12,
      written: { month: 12, day: 17, year: 2026 },
      unreadDate: null,
      title: 'Custom Dataset',
      plannedHours: 6
    })
  })

  it('reads a day without a date or title', () => {
    expect(readHeading('day 4')).toEqual({
      kind: 'day',
      number: 4,
      written: null,
      unreadDate: null,
      title: '',
      plannedHours: null
    })
  })

  it.each([
    ['Day 4 (Tue 9 Dec)', null, '', null],
    ['Day 4 (Dec 9) | Review | 2 hours', null, 'Review', 2],
    ['Day 4 [Dec 9] Review', null, 'Review', null],
    ['Day 4 ( Dec 9 ) Review', null, 'Review', null],
    ['Day 4 (2026-12-09)', 2026, '', null],
    ['Day 4 — Tue 2026-12-09', 2026, '', null],
    ['Day 4 | Dec 9 | Review', null, 'Review', null],
    ['Day 4 · Dec 9', null, '', null],
    ['Day 4 • Dec 9: Review', null, 'Review', null],
    ['Day 4 · Dec 9 · Review', null, 'Review', null],
    ['Day 4 - Dec 9 • Review', null, 'Review', null],
    ['Day 4: Dec 9 (1h 30m)', null, '', 1.5],
    ['Day 4 | 📅 Dec 9 | Review | ⏱️ 2h', null, 'Review', 2],
    ['Day 4 ✅ - Dec 9 | Review', null, 'Review', null],
    ['Day 4 ✅ | Dec 9 | Review', null, 'Review', null],
    ['Day 4 | 🗓 Dec 9 | Review', null, 'Review', null],
    ['Day 4 ✔️ | 📆 Dec 9 | Review', null, 'Review', null],
    ['Day 4 – Review (2 hours) (Dec 9)', null, 'Review', 2],
    ['Day 4 – Review – 7h – Dec 9', null, 'Review', 7],
    ['Day 4 - Dec 9 - Review ⏱️ 2h', null, 'Review', 2],
    ['Day 4 — Review (Dec 9) ⏱️ 2h', null, 'Review', 2],
    // The date after the title.
    ['Day 4: Review (Dec 9)', null, 'Review', null],
    ['Day 4 – Review – December 9, 2026', 2026, 'Review', null],
    ['Day 4: Review · Wed, Dec 9', null, 'Review', null],
    ['Day 4 ❌ | Dec 9 | Review', null, 'Review', null],
    ['Day 4 | ❌ | Dec 9 | Review', null, 'Review', null],
    ['Day 4: Review [2026-12-09] (3 hours)', 2026, 'Review', 3],
    ['Day 4: Review - Dec 9 - 3h', null, 'Review', 3],
    ['Day 4 | Review | Dec 9 | 3 hours', null, 'Review', 3]
  ])('reads the date of %j', (heading, year, title, plannedHours) => {
    expect(readHeading(heading)).toEqual({
      kind: 'day',
      number: 4,
      written: { month: 12, day: 9, year },
      unreadDate: null,
      title,
      plannedHours
    })
  })

  it.each([
    ['Day 4: Notes on May 3 talk', 'Notes on May 3 talk'],
    ['Day 4: Review (Dec 32)', 'Review (Dec 32)'],
    ['Day 4 - Lesson 2', 'Lesson 2'],
    ['Day 4 | Chapter 3 | Review', 'Chapter 3 | Review'],
    ['Day 4 | Neural Networks | 3 hours', 'Neural Networks'],
    ['Day 4 | ⏱️ 3h | Review', 'Review'],
    // Each a word one letter from a month, and a number: a title still.
    ['Day 4 - Run 5 miles', 'Run 5 miles'],
    ['Day 4 - Set 2', 'Set 2'],
    ['Day 4 | Max 3 reps | 1h', 'Max 3 reps'],
    ['Day 4 | Q&A 2 | Review', 'Q&A 2 | Review'],
    ['Day 4 | JUnit 5 | 2h', 'JUnit 5'],
    ['Day 4 | Marathon 1 | 2h', 'Marathon 1'],
    ['Day 4 | Step 2 | 2h', 'Step 2'],
    ['Day 4 - Step 2: Build the API', 'Step 2: Build the API'],
    ['Day 4 - Match 3', 'Match 3'],
    ['Day 4 - Deck 2', 'Deck 2'],
    // A date after a colon or comma is a deadline, not the day's date.
    ['Day 4 – Project due: Dec 12', 'Project due: Dec 12'],
    ['Day 4: Review, 9 Dec', 'Review, 9 Dec'],
    // Hours inside the title's own bracket are the title's.
    ['Day 4 - Cycling (Zone 2, 2h)', 'Cycling (Zone 2, 2h)'],
    ['Day 4 - Deep work (9h - 12h)', 'Deep work (9h - 12h)'],
    ['Day 4 – Leg day 🏋️', 'Leg day']
  ])('reads no date in %j, and keeps %j as the title', (heading, title) => {
    expect(readHeading(heading)).toMatchObject({
      written: null,
      unreadDate: null,
      title
    })
  })

  it.each([
    ['Day 4 - Decmber 9', 'Decmber 9'],
    ['Day 4 - 9 Janaury', '9 Janaury'],
    ['Day 4 - Janury 3: Review', 'Janury 3'],
    ['Day 4 | Tues 12/9 | Review', 'Tues 12/9'],
    ['Day 4 - Feb 30 - Mock exam', 'Feb 30'],
    ['Day 4 – April 31 – Essay', 'April 31'],
    ['Day 4 | 12/09 | Review', '12/09']
  ])('reads %j as a date it cannot read', (heading, unreadDate) => {
    expect(readHeading(heading)).toMatchObject({ written: null, unreadDate })
  })

  it('keeps an unreadable date in brackets, without the brackets', () => {
    expect(readHeading('Day 4 (Dex 9)')).toMatchObject({
      written: null,
      unreadDate: 'Dex 9'
    })
    expect(readHeading('Day 4 (review)')).toMatchObject({
      written: null,
      unreadDate: null,
      title: '(review)'
    })
  })

  it('keeps an unreadable date before a pipe', () => {
    expect(readHeading('DAY 3 - Dex 8 | Title | 5 hours')).toEqual({
      kind: 'day',
      number: 3,
      written: null,
      unreadDate: 'Dex 8',
      title: 'Title',
      plannedHours: 5
    })
  })

  it('reads checkpoints with and without a week', () => {
    expect(readHeading('✅ WEEK 4 CHECKPOINT & PROJECT COMPLETE')).toEqual({
      kind: 'checkpoint',
      week: 4,
      title: 'WEEK 4 CHECKPOINT & PROJECT COMPLETE'
    })
    expect(readHeading('Checkpoint')).toEqual({
      kind: 'checkpoint',
      week: null,
      title: 'Checkpoint'
    })
  })

  it('flags `Day` or `Week` without a number', () => {
    expect(readHeading('Day - Dec 6')).toEqual({
      kind: 'unparsed',
      reason: 'expected a number after `Day`',
      title: 'Day - Dec 6'
    })
    expect(readHeading('WEEK: Foundation')).toEqual({
      kind: 'unparsed',
      reason: 'expected a number after `WEEK:`',
      title: 'WEEK: Foundation'
    })
  })

  it.each([
    ['Day 2.5 - Dec 8', 'expected a whole number after `Day`, found `2.5`'],
    ['Week 1.5', 'expected a whole number after `Week`, found `1.5`'],
    ['Day2.5 - Buffer', 'expected a whole number after `Day`, found `2.5`'],
    ['Days: 6-7 | Weekend', 'expected a number after `Days:`'],
    [
      'Days 3-4: buffer',
      'expected one number after `Days`, found the range `3-4` ' +
        '(give each its own heading)'
    ],
    [
      'Weeks 1 to 2 | Review',
      'expected one number after `Weeks`, found the range `1 to 2` ' +
        '(give each its own heading)'
    ]
  ])('flags %j, whose number is not one', (heading, reason) => {
    expect(readHeading(heading)).toEqual({
      kind: 'unparsed',
      reason,
      title: heading
    })
  })

  it.each([
    [`Day ${'9'.repeat(16)} - Dec 8`, 'Day'],
    [`Week ${'9'.repeat(309)}: Big`, 'Week']
  ])('flags a number too large to be a day’s or week’s', (heading, word) => {
    expect(readHeading(heading)).toEqual({
      kind: 'unparsed',
      reason: `expected a number of at most 15 digits after \`${word}\``,
      title: heading
    })
  })

  it('reads a day range too large to be one as no range', () => {
    expect(readHeading(`Week 1: A (Days 1-${'9'.repeat(20)})`)).toMatchObject({
      kind: 'week',
      firstDay: 1,
      lastDay: null
    })
  })

  it.each([
    ['Week 1: Foundation - 1h 30m', 'Foundation', 1.5],
    ['Week 1 – 30 hours', '', 30],
    ['Week 1: Foundation (Total: 7h 30m)', 'Foundation', 7.5]
  ])('reads the hours ending %j', (heading, title, targetHours) => {
    expect(readHeading(heading)).toMatchObject({
      kind: 'week',
      title,
      targetHours
    })
  })

  it('takes a range of hours before the date for title, not hours', () => {
    expect(readHeading('Day 4 – Review (2-3 hours) (Dec 9)')).toMatchObject({
      written: { month: 12, day: 9, year: null },
      title: 'Review (2-3 hours)',
      plannedHours: null
    })
  })

  it('reads hours and minutes ending a day heading', () => {
    expect(readHeading('Day 3: Title (1h 30m)')).toMatchObject({
      title: 'Title',
      plannedHours: 1.5
    })
  })

  it.each([
    ['Day 3 (2026-02-30)', '2026-02-30', ''],
    ['Day 3 - 2026-13-01: Review', '2026-13-01', 'Review']
  ])(
    'keeps a date in figures that no calendar has: %j',
    (heading, unreadDate, title) => {
      expect(readHeading(heading)).toMatchObject({
        written: null,
        unreadDate,
        title
      })
    }
  )

  it('reads `Day 2,5 Dec` as Day 2 on December 5', () => {
    expect(readHeading('Day 2,5 Dec')).toMatchObject({
      kind: 'day',
      number: 2,
      written: { month: 12, day: 5, year: null }
    })
  })

  it.each([
    'Code Quality',
    'Daily notes',
    'Weekly review',
    'Day-by-day notes',
    'Day-by-day plan (30 days) | notes',
    'Week-by-week overview (4 weeks)'
  ])('reads %j as other, by its words and not its level', (title) => {
    expect(readHeading(title)).toEqual({ kind: 'other', title })
  })
})

describe('readHeading on headings typed with markup', () => {
  it('reads a day heading wrapped in bold or a link', () => {
    expect(readHeading('**Day 18 - Dec 25 | Bold**')).toMatchObject({
      kind: 'day',
      number: 18,
      title: 'Bold'
    })
    expect(readHeading('[Day 19 - Dec 26 | Link](#day-19)')).toMatchObject({
      kind: 'day',
      number: 19,
      title: 'Link'
    })
  })

  it('keeps an escaped pipe in the title', () => {
    expect(
      readHeading(String.raw`DAY 1 - Dec 6 | Input \| Output | ⏱️ 2 hours`)
    ).toMatchObject({ title: 'Input | Output', plannedHours: 2 })
  })

  it('reports day headings without a number', () => {
    expect(readHeading('Day Ten - Dec 17')).toEqual({
      kind: 'unparsed',
      reason: 'expected a number after `Day`',
      title: 'Day Ten - Dec 17'
    })
    expect(readHeading('Days 14-15 - Dec 21').kind).toBe('unparsed')
    expect(readHeading('Day off').kind).toBe('other')
    expect(readHeading('Weekly review').kind).toBe('other')
  })
})
