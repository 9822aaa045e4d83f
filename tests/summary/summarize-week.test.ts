import { describe, expect, it } from 'vitest'
import { summarizeWeek } from '../../src/summary/summarize-week.js'
import { week } from '../helpers/build-tracker.js'

describe('summarizeWeek', () => {
  it('takes the actual hours as typed', () => {
    const progress = summarizeWeek(week({ number: 1, actualHours: 27.5 }), [])

    expect(progress.actualHours).toBe(27.5)
  })

  it('counts negative actual hours as blank, for lint to report', () => {
    const progress = summarizeWeek(week({ number: 1, actualHours: -3 }), [])

    expect(progress.actualHours).toBeNull()
  })
})
