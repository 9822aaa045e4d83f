import { describe, expect, it } from 'vitest'
import { fitLine, padEnd, padStart } from '../../src/status/fit-line.js'
import { daysBetween, formatDate } from '../../src/status/format-date.js'
import { formatDayList } from '../../src/status/format-day-list.js'
import { formatHours, formatMinutes } from '../../src/status/format-duration.js'
import { formatPercent, renderBar } from '../../src/status/render-bar.js'

describe('formatMinutes and formatHours', () => {
  it('writes durations for people', () => {
    expect(formatMinutes(45)).toBe('45 min')
    expect(formatMinutes(120)).toBe('2 h')
    expect(formatMinutes(275)).toBe('4 h 35 min')
    expect(formatHours(17.5)).toBe('17.5')
    expect(formatHours(3)).toBe('3')
    expect(formatHours(65 / 60)).toBe('1.1')
  })
})

describe('formatDate and daysBetween', () => {
  it('writes the weekday and counts across New Year', () => {
    expect(formatDate('2026-12-31')).toBe('Thu 31 Dec 2026')
    expect(formatDate('2027-01-01')).toBe('Fri 1 Jan 2027')
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3)
  })
})

describe('formatDayList', () => {
  it('writes runs as ranges and pairs as lists', () => {
    expect(formatDayList([])).toBe('')
    expect(formatDayList([3])).toBe('3')
    expect(formatDayList([1, 2, 3, 4, 7, 9, 10])).toBe('1–4, 7, 9, 10')
  })
})

describe('renderBar and formatPercent', () => {
  it('rounds down so that only all done looks full', () => {
    expect(renderBar(2, 5, 10)).toEqual({
      filled: '████',
      empty: '░░░░░░'
    })
    expect(renderBar(99, 100, 10).filled).toBe('█████████')
    expect(renderBar(0, 0, 4)).toEqual({ filled: '', empty: '░░░░' })
    expect(formatPercent(199, 200)).toBe('99%')
    expect(formatPercent(0, 0)).toBe('0%')
  })
})

describe('fitLine, padEnd and padStart', () => {
  it('counts code points', () => {
    expect(fitLine('abcdef', 4)).toBe('abc…')
    expect(fitLine('ab cdef', 4)).toBe('ab…')
    expect(fitLine('abc', 4)).toBe('abc')
    expect(padEnd('–/8', 5)).toBe('–/8  ')
    expect(padStart('5', 3)).toBe('  5')
  })
})
