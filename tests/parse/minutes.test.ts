import { describe, expect, it } from 'vitest'
import {
  parseHours,
  parseMinutes,
  sectionTitle
} from '../../src/parse/minutes.js'

/** 309 nines: more than a double holds, read by `Number` as Infinity. */
const tooLarge = '9'.repeat(309)

describe('parseMinutes', () => {
  it.each([
    ['Read the docs (20 min)', 20, 20, false],
    ['Read (60-90 min depending)', 60, 90, false],
    ['Read (60–90 min)', 60, 90, false],
    ['Watch talks (45 min each)', 45, 45, true],
    ['Read (30 min per paper)', 30, 30, true],
    ['Build it (1.5 hours)', 90, 90, false],
    ['Build it (2h)', 120, 120, false],
    ['Build it (1-2 hours)', 60, 120, false],
    ['Train (depends on data size) (90 min)', 90, 90, false],
    ['Train for 10-20 epochs; monitor loss (20 min)', 20, 20, false],
    ['Note (10 minutes)', 10, 10, false],
    ['Note (20min)', 20, 20, false],
    ['Two figures (20 min) then (30 min)', 20, 20, false],
    ['Build it (1h 30m)', 90, 90, false],
    ['Build it (1h30m)', 90, 90, false],
    ['Build it (1 hour 30 minutes)', 90, 90, false],
    ['Build it (2 hrs, 15 mins)', 135, 135, false],
    ['Build it (1 hr and 15 min each)', 75, 75, true],
    ['Read (approx. 20 min)', 20, 20, false],
    ['Read (about 20-30 min)', 20, 30, false],
    ['Figures (20 min) then (1h 30m)', 20, 20, false],
    ['Figures (depends) (1h 30m)', 90, 90, false],
    ['Read chapter 3 — 30 min', 30, 30, false],
    ['Read chapter 3 - 30 mins.', 30, 30, false],
    ['Read [20 min] chapter 4', 20, 20, false],
    ['Run 5 km · 1h 30m', 90, 90, false],
    ['Train model | 60-90 min', 60, 90, false],
    ['Watch lecture, 1.5 hours', 90, 90, false],
    ['Papers: 30 min per paper', 30, 30, true],
    ['Review (20 min) - 5 min', 20, 20, false],
    ['Build it (1h 30m - 2h)', 90, 120, false],
    ['Build it (1h 30m to 2h 15m each)', 90, 135, true],
    ['Build it (1h 30m - 100 min)', 90, 100, false],
    ['Train | 60 to 90 min', 60, 90, false],
    ['Standup at 9:30 - 15 min', 15, 15, false],
    ['Do problems 4, 5 — 30 min', 30, 30, false],
    ['Pair session at 10:30 - 1h', 60, 60, false],
    ['Ramp down (2 - 1 hours)', 60, 120, false],
    ['Review notes - 30 - 45 min', 30, 45, false],
    ['Read — 45 – 60 min', 45, 60, false],
    ['Lecture 2: 90 min', 90, 90, false],
    ['Week 2, Day 3: 45 min', 45, 45, false],
    ['Read chapter 3 - 30 min', 30, 30, false],
    // A figure before the dash starts a range, unless it numbers a word
    // or is far below the duration.
    ['Read 30 - 45 min', 30, 45, false],
    ['Practice guitar 2 - 3 hours', 120, 180, false],
    ['Lecture 2 - 3 hours', 180, 180, false],
    ['Read Python 3 - 30 min', 30, 30, false],
    ['Review PR #12 - 20 min', 20, 20, false]
  ])('reads %s', (text, low, high, each) => {
    expect(parseMinutes(text)).toEqual({ low, high, each })
  })

  it.each([
    'Write brief summary of learnings',
    'Generate synthetic dataset (100+ samples)',
    'Visualize (70/30 split)',
    `Too long (${tooLarge} min)`,
    `Too long (5-${tooLarge} min)`,
    // Finite hours that are not finite as minutes.
    `Too long (${'9'.repeat(307)} hours)`,
    // A duration among the words, not at the end, is what the task does.
    'Do 5 sets - 10 min rest between',
    'Version 2 - 3m tall poster',
    'Read 2 chapters',
    // A lone `m` after a word is metres.
    'Sprint drills: 100 m',
    // Clock times and a range of hours, each with its unit: no duration.
    'Cours 9h - 12h',
    'Sprint 1h - 2h',
    // Past twelve hours, a time ending a task is a clock time.
    'Call the dentist — 14h',
    'Swim — 400 m'
  ])('reads no minutes in %j', (text) => {
    expect(parseMinutes(text)).toBeNull()
  })
})

describe('parseMinutes and parseHours on long runs of spaces', () => {
  // Runs that a pattern could split every way between its `\s*`s.
  const spaces = ' '.repeat(100_000)

  it('reads no minutes, without trying each split', () => {
    expect(parseMinutes(`Read (${spaces}x`)).toBeNull()
    expect(parseMinutes(`Read - 1 m${spaces}x`)).toBeNull()
    expect(parseMinutes(`Read,${spaces}x1`)).toBeNull()
    expect(parseMinutes(`Read -${spaces}20 min`)).toEqual({
      low: 20,
      high: 20,
      each: false
    })
  })

  it('reads hours and section titles, without trying each split', () => {
    expect(parseHours(`1h${spaces}x`)).toBe(1)
    expect(sectionTitle(`Study${spaces}(2 hours)`)).toBe('Study')
  })

  it('reads no hours in a long run of digits, trying it once', () => {
    expect(parseHours(`${'9'.repeat(100_000)}x`)).toBeNull()
    expect(parseHours(`${'9'.repeat(100_000)} 2 hours`)).toBe(2)
  })
})

describe('parseHours', () => {
  it.each([
    ['⏱️ 6 hours', 6],
    ['Morning Study (1.5 hours)', 1.5],
    ['2 hrs', 2],
    ['3h', 3],
    ['Evening Review (1 hour)', 1],
    ['Morning Study (1h 30m)', 1.5],
    ['Deep work (2 hours 15 minutes)', 2.25]
  ])('reads %s', (text, hours) => {
    expect(parseHours(text)).toBe(hours)
  })

  it('reads no hours in a title without any', () => {
    expect(parseHours('Morning Study')).toBeNull()
  })

  it('reads no hours in a figure too large to be a number', () => {
    expect(parseHours(`⏱️ ${tooLarge} hours`)).toBeNull()
  })
})
