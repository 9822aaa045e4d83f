import { describe, expect, it } from 'vitest'
import type { Palette } from '../../src/status/palette.js'
import { plainPalette } from '../../src/status/palette.js'
import { renderStatus } from '../../src/status/render-status.js'
import { summarize } from '../../src/summary/summarize.js'
import { trackerFacts } from '../../src/summary/tracker-facts.js'
import { day, task, tracker } from '../helpers/build-tracker.js'
import { smallTracker } from '../helpers/small-tracker.js'

function render(today: string, palette: Palette = plainPalette): string {
  const small = smallTracker()
  return renderStatus({
    path: 'plan.md',
    tracker: small,
    summary: summarize(trackerFacts(small), { today }),
    palette
  })
}

/** The status lines of a plan built for the test. */
function renderPlan(plan: ReturnType<typeof tracker>, today: string): string[] {
  return renderStatus({
    path: 'plan.md',
    tracker: plan,
    summary: summarize(trackerFacts(plan), { today }),
    palette: plainPalette
  }).split('\n')
}

const progress = [
  'Week  Tasks                     Planned h  Days  Logged h',
  '1     ██████████░░  83%  5/6    1.3/2.3    2/3   4/10',
  '2     ████░░░░░░░░  33%  1/3    0.3/1.1    1/2   –/8'
]

describe('renderStatus', () => {
  it('shows today’s day, its open tasks, progress and totals', () => {
    expect(render('2026-12-09').split('\n')).toEqual([
      'plan.md · Wed 9 Dec 2026',
      '',
      'Today: Day 4 of 5 · Testing',
      '2 h planned · 2 of 3 tasks open, 45 min',
      '  45 min  Write tests',
      '          Review the code',
      '',
      ...progress,
      '',
      'Deliverables  1 of 3 done',
      'Milestones    1 of 2 checkpoints complete',
      'Missed days   2 (1 day)',
      'Streak        1 complete day',
      'Hours logged  4 of 18 h (22%)',
      ''
    ])
  })

  it('shows the next day before the plan starts', () => {
    expect(render('2026-12-01').split('\n').slice(0, 5)).toEqual([
      'plan.md · Tue 1 Dec 2026',
      '',
      'Next: Day 1 of 5 · Sun 6 Dec 2026, in 5 days · Tensors',
      '2 h planned · day complete',
      ''
    ])
  })

  it('says the plan is finished once every day is past', () => {
    const lines = render('2027-01-01').split('\n')

    expect(lines[2]).toBe('Plan finished: the last day was Thu 10 Dec 2026')
    expect(lines).toContain('Missed days   2, 4 (2 days)')
    expect(lines).toContain('Streak        0 complete days')
  })

  it('lists eight open tasks and sums up the rest', () => {
    const tasks = Array.from({ length: 11 }, (_, index) =>
      task(`Task ${index + 1} (10 min)`, { minutes: 10 })
    )
    const plan = tracker({
      days: [day({ number: 1, date: '2026-12-09', tasks, plannedHours: 2 })]
    })

    const lines = renderPlan(plan, '2026-12-09')

    expect(lines.slice(2, 13)).toEqual([
      'Today: Day 1 of 1 · Day 1 title',
      '2 h planned · 11 of 11 tasks open, 1 h 50 min',
      '  10 min  Task 1',
      '  10 min  Task 2',
      '  10 min  Task 3',
      '  10 min  Task 4',
      '  10 min  Task 5',
      '  10 min  Task 6',
      '  10 min  Task 7',
      '  10 min  Task 8',
      '  … 3 more, 30 min'
    ])
    expect(lines[14]).toBe(
      'Week  Tasks                     Planned h  Days  Logged h'
    )
    expect(lines[15]).toBe(
      'All   ░░░░░░░░░░░░   0%  0/11   0/1.8      0/1   –/2'
    )
    expect(lines).toContain('Hours logged  none yet, target 2 h')
  })

  it('shows the day dated today when another day has its number', () => {
    const plan = tracker({
      days: [
        day({ number: 1, date: '2026-12-09', title: 'A' }),
        day({ number: 1, date: '2026-12-10', title: 'B', tasks: [task('b')] })
      ]
    })

    const lines = renderPlan(plan, '2026-12-10')

    expect(lines[2]).toBe('Today: Day 1 of 2 · B')
  })

  it('shows a day without a title without a dot after its number', () => {
    const plan = tracker({
      days: [day({ number: 3, date: '2026-12-10', title: '' })]
    })

    expect(renderPlan(plan, '2026-12-10')[2]).toBe('Today: Day 3 of 1')
  })

  it('paints through the palette it is given', () => {
    const marked: Palette = {
      bold: (text) => `<b>${text}</b>`,
      dim: (text) => `<d>${text}</d>`,
      green: (text) => `<g>${text}</g>`,
      yellow: (text) => `<y>${text}</y>`,
      red: (text) => `<r>${text}</r>`,
      cyan: (text) => `<c>${text}</c>`
    }

    const lines = render('2026-12-09', marked).split('\n')

    expect(lines[0]).toBe('<b>plan.md · Wed 9 Dec 2026</b>')
    expect(lines[9]).toBe(
      '2     <c>████</c><d>░░░░░░░░</d>  33%  1/3    0.3/1.1    1/2   –/8'
    )
    expect(lines[13]).toBe('<d>Missed days   </d><r>2 (1 day)</r>')
    expect(lines[14]).toBe('<d>Streak        </d><g>1 complete day</g>')
  })
})
