import { describe, expect, it } from 'vitest'
import { toExportDocument } from '../../src/export/to-export-document.js'
import { summarize } from '../../src/summary/summarize.js'
import { trackerFacts } from '../../src/summary/tracker-facts.js'
import { field, placeAt, task, tracker } from '../helpers/build-tracker.js'
import { smallTracker } from '../helpers/small-tracker.js'

function exportSmall() {
  const small = smallTracker()
  return toExportDocument(
    small,
    summarize(trackerFacts(small), { today: '2026-12-09' })
  )
}

describe('toExportDocument', () => {
  it('writes the contract version and the date judged by', () => {
    const document = exportSmall()

    expect(document.version).toBe(1)
    expect(document.today).toBe('2026-12-09')
    expect(document.title).toBe('Small plan')
    expect(document.year).toBeNull()
  })

  it('writes a day with its tasks, deliverable and blockers', () => {
    expect(exportSmall().days[1]).toEqual({
      number: 2,
      date: '2026-12-07',
      title: 'Autograd',
      plannedHours: 2,
      week: 1,
      line: 15,
      tasks: [
        {
          text: 'Study graphs (15 min)',
          done: true,
          line: 16,
          minutes: 15,
          minutesMax: 15
        },
        {
          text: 'Read papers (60-90 min)',
          done: false,
          line: 17,
          minutes: 60,
          minutesMax: 90
        }
      ],
      deliverable: { text: '`day2.py`', done: false },
      blockers: 'GPU driver',
      complete: false,
      missed: true
    })
  })

  it('writes no deliverable as null, missing blockers as empty', () => {
    const third = exportSmall().days[2]

    expect(third?.deliverable).toBeNull()
    expect(third?.blockers).toBe('')
    expect(third?.tasks[1]).toEqual({
      text: 'Plot the loss',
      done: true,
      line: 27,
      minutes: null,
      minutesMax: null
    })
  })

  it('writes weeks and checkpoints', () => {
    const document = exportSmall()

    expect(document.weeks).toEqual([
      {
        number: 1,
        title: 'FOUNDATION',
        firstDay: 1,
        lastDay: 3,
        targetHours: 10,
        actualHours: 4,
        score: null,
        line: 3
      },
      {
        number: 2,
        title: 'PRACTICE',
        firstDay: 4,
        lastDay: 5,
        targetHours: 8,
        actualHours: null,
        score: null,
        line: 40
      }
    ])
    expect(document.checkpoints).toEqual([
      {
        week: 1,
        title: 'WEEK 1 CHECKPOINT',
        complete: true,
        line: 30,
        items: [
          { text: 'Tensors work', done: true, line: 31 },
          { text: 'Loop works', done: true, line: 32 }
        ]
      },
      {
        week: 2,
        title: 'WEEK 2 CHECKPOINT',
        complete: false,
        line: 60,
        items: [{ text: 'Tests pass', done: false, line: 61 }]
      }
    ])
  })

  it('writes the summary', () => {
    expect(exportSmall().summary).toEqual({
      totalDays: 5,
      tasks: { total: 9, done: 6 },
      plannedMinutes: { total: 200, done: 95 },
      completeDays: 3,
      deliverablesDone: 1,
      milestonesDone: 1,
      missedDays: [2],
      streak: 1,
      currentDay: 4,
      actualHours: 4,
      targetHours: 18
    })
  })

  it('writes the fields outside the days', () => {
    const plan = tracker({
      checklists: [
        {
          title: 'Code Quality',
          items: [task('Docstrings', { done: true, line: 5 })],
          place: placeAt(4)
        }
      ],
      ratings: [
        {
          name: 'PyTorch Mastery',
          field: field(7, 8),
          scale: { low: 1, high: 10 },
          place: placeAt(8)
        }
      ],
      questions: [
        {
          question: 'What was hard?',
          answer: field('Broadcasting', 11),
          place: placeAt(10)
        }
      ],
      ballots: [
        {
          label: 'Final Status',
          place: placeAt(14),
          options: [
            { label: 'On Track', chosen: true, box: placeAt(14), detail: null },
            {
              label: 'Behind Schedule',
              chosen: false,
              box: placeAt(14),
              detail: { label: 'days behind', field: field<string>(null, 14) }
            }
          ]
        }
      ],
      metrics: {
        rows: [
          { name: 'Total Days', value: field('30', 20), place: placeAt(20) }
        ],
        place: placeAt(18)
      },
      dates: [
        {
          label: 'Project Start Date',
          field: field('2026-12-06', 22, 'Dec 6')
        }
      ],
      unparsed: [
        {
          kind: 'heading',
          reason: 'expected a day number',
          text: '## DAY x',
          place: placeAt(30)
        }
      ]
    })

    const document = toExportDocument(
      plan,
      summarize(trackerFacts(plan), { today: '2026-12-09' })
    )

    expect(document.checklists).toEqual([
      {
        title: 'Code Quality',
        line: 4,
        items: [{ text: 'Docstrings', done: true, line: 5 }]
      }
    ])
    expect(document.ratings).toEqual([
      {
        name: 'PyTorch Mastery',
        value: 7,
        scale: { low: 1, high: 10 },
        line: 8
      }
    ])
    expect(document.questions).toEqual([
      { question: 'What was hard?', answer: 'Broadcasting', line: 10 }
    ])
    expect(document.ballots).toEqual([
      {
        label: 'Final Status',
        line: 14,
        options: [
          { label: 'On Track', chosen: true, detail: null },
          {
            label: 'Behind Schedule',
            chosen: false,
            detail: { label: 'days behind', value: '' }
          }
        ]
      }
    ])
    expect(document.metrics).toEqual([
      { name: 'Total Days', value: '30', line: 20 }
    ])
    expect(document.dates).toEqual([
      { label: 'Project Start Date', date: '2026-12-06', text: 'Dec 6' }
    ])
    expect(document.unparsed).toEqual([
      {
        kind: 'heading',
        reason: 'expected a day number',
        text: '## DAY x',
        line: 30
      }
    ])
  })
})
