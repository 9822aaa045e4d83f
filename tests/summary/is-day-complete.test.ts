import { describe, expect, it } from 'vitest'
import { isDayComplete } from '../../src/summary/is-day-complete.js'
import { dayFactsOf, task } from '../helpers/build-tracker.js'

describe('isDayComplete', () => {
  it('follows the deliverable when there is one', () => {
    const open = [task('a'), task('b')]
    const ticked = [task('a', { done: true })]

    expect(
      isDayComplete(
        dayFactsOf({
          number: 1,
          tasks: open,
          deliverable: { text: 'x', done: true }
        })
      )
    ).toBe(true)
    expect(
      isDayComplete(
        dayFactsOf({
          number: 1,
          tasks: ticked,
          deliverable: { text: 'x', done: false }
        })
      )
    ).toBe(false)
  })

  it('needs every task ticked when there is no deliverable', () => {
    const some = [task('a', { done: true }), task('b')]
    const all = [task('a', { done: true }), task('b', { done: true })]

    expect(isDayComplete(dayFactsOf({ number: 1, tasks: some }))).toBe(false)
    expect(isDayComplete(dayFactsOf({ number: 1, tasks: all }))).toBe(true)
  })

  it('counts a day with nothing to do as complete', () => {
    expect(isDayComplete(dayFactsOf({ number: 1 }))).toBe(true)
  })
})
