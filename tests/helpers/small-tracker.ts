/**
 * A small hand-made tracker of two weeks and five days, shared by the
 * summary, export and status tests. With today at 2026-12-09: Day 2 is
 * missed, Day 4 is today, Day 5 is a rest day.
 */
import type { Tracker } from '../../src/model.js'
import { checkpoint, day, task, tracker, week } from './build-tracker.js'

/** Build the small tracker afresh, so tests may change their copy. */
export function smallTracker(): Tracker {
  return tracker({
    title: 'Small plan',
    weeks: [
      week({
        number: 1,
        title: 'FOUNDATION',
        firstDay: 1,
        lastDay: 3,
        targetHours: 10,
        actualHours: 4,
        line: 3
      }),
      week({
        number: 2,
        title: 'PRACTICE',
        firstDay: 4,
        lastDay: 5,
        targetHours: 8,
        line: 40
      })
    ],
    days: [
      day({
        number: 1,
        week: 1,
        date: '2026-12-06',
        title: 'Tensors',
        plannedHours: 2,
        line: 5,
        tasks: [
          task('Read the docs (20 min)', { done: true, minutes: 20, line: 6 }),
          task('Make tensors (30 min)', { done: true, minutes: 30, line: 7 })
        ],
        deliverable: { text: '`day1.py`', done: true }
      }),
      day({
        number: 2,
        week: 1,
        date: '2026-12-07',
        title: 'Autograd',
        plannedHours: 2,
        line: 15,
        tasks: [
          task('Study graphs (15 min)', { done: true, minutes: 15, line: 16 }),
          task('Read papers (60-90 min)', { minutes: [60, 90], line: 17 })
        ],
        deliverable: { text: '`day2.py`', done: false },
        blockers: 'GPU driver'
      }),
      day({
        number: 3,
        week: 1,
        date: '2026-12-08',
        title: 'Training loop',
        plannedHours: 1,
        line: 25,
        tasks: [
          task('Write the loop (10 min)', {
            done: true,
            minutes: 10,
            line: 26
          }),
          task('Plot the loss', { done: true, line: 27 })
        ],
        blockers: null
      }),
      day({
        number: 4,
        week: 2,
        date: '2026-12-09',
        title: 'Testing',
        plannedHours: 2,
        line: 42,
        tasks: [
          task('Write tests (45 min)', { minutes: 45, line: 43 }),
          task('Read the guide (20 min)', {
            done: true,
            minutes: 20,
            line: 44
          }),
          task('Review the code', { line: 45 })
        ],
        deliverable: { text: 'test suite', done: false }
      }),
      day({
        number: 5,
        week: 2,
        date: '2026-12-10',
        title: 'Rest',
        line: 55,
        disabled: ['missed-day'],
        blockers: null
      })
    ],
    checkpoints: [
      checkpoint(
        1,
        [
          task('Tensors work', { done: true, line: 31 }),
          task('Loop works', { done: true, line: 32 })
        ],
        30
      ),
      checkpoint(2, [task('Tests pass', { line: 61 })], 60)
    ]
  })
}
