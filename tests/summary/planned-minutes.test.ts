import { describe, expect, it } from 'vitest'
import { plannedMinutes } from '../../src/summary/planned-minutes.js'
import { task } from '../helpers/build-tracker.js'

describe('plannedMinutes', () => {
  it('counts a single figure, the low end of a range, each once', () => {
    expect(plannedMinutes(task('a', { minutes: 20 }))).toBe(20)
    expect(plannedMinutes(task('a', { minutes: [60, 90] }))).toBe(60)
    expect(plannedMinutes(task('a', { minutes: 45, each: true }))).toBe(45)
    expect(plannedMinutes(task('a'))).toBe(0)
  })
})
