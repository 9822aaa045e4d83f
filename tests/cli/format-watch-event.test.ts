import { describe, expect, it } from 'vitest'
import { formatWatchEvent } from '../../src/cli/format-watch-event.js'
import type { SyncedEvent } from '../../src/watch/watch-event.js'

const time = '2026-12-10T09:14:02.000Z'
const fixed = () => '09:14:02'

const synced: SyncedEvent = {
  type: 'synced',
  time,
  file: 'tracker.md',
  reason: 'save',
  wrote: true,
  day: 3,
  dayTasks: { done: 12, total: 16 },
  tasks: { done: 40, total: 409 },
  changes: [{ label: 'Deliverables Created', before: '2', after: '3' }],
  problems: []
}

describe('formatWatchEvent', () => {
  it('gives one line per sync with the day and what changed', () => {
    expect(formatWatchEvent(synced, fixed)).toEqual([
      '09:14:02 tracker.md  Day 3 12/16 tasks · Deliverables Created 2 → 3'
    ])
  })

  it('says up to date, the whole plan without a current day, and new problems', () => {
    expect(
      formatWatchEvent(
        {
          ...synced,
          day: null,
          dayTasks: null,
          changes: [{ label: 'Progress table', before: 'a\nb', after: 'a\nc' }],
          problems: [
            { line: 57, kind: 'missed-day', message: 'Day 2 is missed' }
          ]
        },
        fixed
      )
    ).toEqual([
      '09:14:02 tracker.md  40/409 tasks · Progress table updated',
      '09:14:02 tracker.md:57  Day 2 is missed'
    ])
    expect(
      formatWatchEvent({ ...synced, changes: [], reason: 'start' }, fixed)
    ).toEqual([
      '09:14:02 tracker.md  Day 3 12/16 tasks · up to date · ' +
        'watching, Ctrl+C stops'
    ])
  })

  it('gives the message of a trouble and the counts at the stop', () => {
    expect(
      formatWatchEvent(
        {
          type: 'missing',
          time,
          file: 'tracker.md',
          message: 'tracker.md: was deleted'
        },
        fixed
      )
    ).toEqual(['09:14:02 tracker.md: was deleted'])
    expect(
      formatWatchEvent({ type: 'stopped', time, syncs: 1, writes: 0 }, fixed)
    ).toEqual(['09:14:02 stopped: 1 sync, 0 writes'])
    expect(
      formatWatchEvent(
        { type: 'ready', time, files: ['tracker.md'], today: '2026-12-10' },
        fixed
      )
    ).toEqual([])
  })
})
