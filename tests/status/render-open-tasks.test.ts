import { describe, expect, it } from 'vitest'
import { plainPalette } from '../../src/status/palette.js'
import {
  describeMinutes,
  renderOpenTasks
} from '../../src/status/render-open-tasks.js'
import { task } from '../helpers/build-tracker.js'

describe('renderOpenTasks', () => {
  it('puts the minutes in a column and takes them out of the text', () => {
    const lines = renderOpenTasks(
      [
        task('Read papers (60-90 min)', { minutes: [60, 90] }),
        task('Review (45 min each) twice', { minutes: 45, each: true }),
        task('Plot the loss')
      ],
      { palette: plainPalette, limit: 8, width: 80 }
    )

    expect(lines).toEqual([
      '    60–90 min  Read papers',
      '  45 min each  Review twice',
      '               Plot the loss'
    ])
  })

  it('lists one more task rather than summing up a single one', () => {
    const tasks = [task('a'), task('b'), task('c')]

    expect(
      renderOpenTasks(tasks, { palette: plainPalette, limit: 2, width: 80 })
    ).toEqual(['  a', '  b', '  c'])
    expect(
      renderOpenTasks([...tasks, task('d', { minutes: 5 })], {
        palette: plainPalette,
        limit: 2,
        width: 80
      })
    ).toEqual(['  a', '  b', '  … 2 more, 5 min'])
  })

  it('cuts long texts to the width', () => {
    const lines = renderOpenTasks(
      [task(`Read ${'x'.repeat(100)} (20 min)`, { minutes: 20 })],
      { palette: plainPalette, limit: 8, width: 40 }
    )

    expect(lines).toEqual([`  20 min  Read ${'x'.repeat(24)}…`])
  })
})

describe('describeMinutes', () => {
  it('writes a figure, a range and a figure per item', () => {
    expect(describeMinutes({ low: 20, high: 20, each: false })).toBe('20 min')
    expect(describeMinutes({ low: 60, high: 90, each: false })).toBe(
      '60–90 min'
    )
    expect(describeMinutes({ low: 45, high: 45, each: true })).toBe(
      '45 min each'
    )
    expect(describeMinutes(null)).toBe('')
  })
})
