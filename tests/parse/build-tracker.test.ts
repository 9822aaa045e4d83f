import { describe, expect, it } from 'vitest'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { at, fixture } from './helpers.js'

const today = '2026-12-03'
const text = fixture('filled-tracker/input.md')
const tracker = parseTracker(text, { today })

describe('TrackerBuilder on a filled tracker (filled-tracker)', () => {
  it('reads the days, their sections and task minutes', () => {
    expect(
      tracker.days.map((day) => [
        day.number,
        day.week,
        day.date,
        day.title,
        day.plannedHours,
        day.sections.map((s) => [s.title, s.plannedHours, s.tasks.length])
      ])
    ).toEqual([
      [
        1,
        1,
        '2025-12-30',
        'Setup',
        4,
        [
          ['Morning Study', 2, 2],
          ['Evening Review', 1.5, 3]
        ]
      ],
      [2, 1, '2025-12-31', 'Practice', 4, [['Hands-On Coding', 1.5, 1]]],
      [3, 1, '2026-01-01', 'New Year', 4, []]
    ])
    expect(
      tracker.days[0]?.tasks.map((task) => [task.done, task.minutes])
    ).toEqual([
      [true, { low: 60, high: 90, each: false }],
      [true, { low: 45, high: 45, each: true }],
      [false, { low: 30, high: 30, each: true }],
      [false, { low: 90, high: 90, each: false }],
      [false, null]
    ])
    expect(tracker.days[1]?.tasks[0]?.minutes).toEqual({
      low: 90,
      high: 90,
      each: false
    })
  })

  it('reads deliverable marks: `✓ done` and `✓ __x__` done, `✓ _____` not', () => {
    expect(
      tracker.days.map((day) => [
        day.deliverable?.text,
        day.deliverable?.done,
        day.deliverable?.mark.text
      ])
    ).toEqual([
      ['`setup.py`', true, 'done'],
      ['`practice.py`', false, ''],
      ['notes', true, 'x']
    ])
    expect(at(text, tracker.days[2]!.deliverable!.mark.place)).toBe('__x__')
  })

  it('reads the blockers text', () => {
    expect(tracker.days.map((day) => day.blockers?.text)).toEqual([
      'GPU driver crashed',
      '',
      ''
    ])
    expect(at(text, tracker.days[0]!.blockers!.place)).toBe(
      'GPU driver crashed'
    )
  })

  it('reads the week score 85 and actual hours 27.5', () => {
    const week = tracker.weeks[0]!
    expect(week.score).toMatchObject({ text: '85', value: 85 })
    expect(week.actualHours).toMatchObject({ text: '27.5', value: 27.5 })
    expect(at(text, week.score!.place)).toBe('85')
    expect(at(text, week.actualHours!.place)).toBe('27.5')
  })

  it('reads the checkpoint and the checklist', () => {
    expect(
      tracker.checkpoints.map((c) => [c.week, c.items.map((item) => item.done)])
    ).toEqual([[1, [true, false]]])
    expect(
      tracker.checklists.map((list) => [
        list.title,
        list.items.map((item) => item.done)
      ])
    ).toEqual([['Code Quality', [true, false]]])
  })

  it('reads a rating of 7 and a blank one on the 1-10 scale', () => {
    expect(
      tracker.ratings.map((rating) => [
        rating.name,
        rating.field.text,
        rating.field.value,
        rating.scale
      ])
    ).toEqual([
      ['PyTorch Mastery', '7', 7, { low: 1, high: 10 }],
      ['Time Series Understanding', '', null, { low: 1, high: 10 }]
    ])
  })

  it('reads answers over the underscore line and after a blank line', () => {
    expect(
      tracker.questions.map((q) => [
        q.question,
        q.answer.text,
        q.answer.place.start.line
      ])
    ).toEqual([
      [
        'What was the most challenging aspect?',
        'Getting the GPU driver to work',
        58
      ],
      ['What did you learn that surprised you?', 'Autograd is simple', 62],
      ['If you could do one thing differently, what would it be?', '', 65]
    ])
  })

  it('reads ballots with ☑ and with [x] chosen', () => {
    expect(
      tracker.ballots.map((ballot) => [
        ballot.label,
        ballot.options.filter((o) => o.chosen).map((o) => o.label)
      ])
    ).toEqual([
      ['Which domain improved most?', ['Time Series']],
      ['Final Status', ['Behind Schedule']],
      ['Would you recommend this learning plan to others?', ['Yes, definitely']]
    ])
    expect(tracker.ballots[1]?.options[2]?.detail?.field.text).toBe('2')
    expect(tracker.unparsed).toEqual([])
  })

  it('reads the metrics, an empty cell included, and the dates', () => {
    expect(
      tracker.metrics?.rows.map((row) => [row.name, row.value.text])
    ).toEqual([
      ['Total Days', '3'],
      ['Papers Read', ''],
      ['Actual Hours', '']
    ])
    expect(tracker.dates.map((date) => [date.label, date.field.text])).toEqual([
      ['Project Start Date', '2025-12-30'],
      ['Project End Date', '']
    ])
  })
})

describe('TrackerBuilder on small inputs', () => {
  it('reads a week score that is not a number as text with value null', () => {
    const small = parseTracker(
      [
        '# Week 1: A (Days 1-1)',
        '## Day 1 - Dec 6',
        '',
        '**Week 1 Score:** abc / 100 | **Actual Hours:** 6 h (Goal: 5)'
      ].join('\n')
    )
    expect(small.weeks[0]?.score).toMatchObject({ text: 'abc', value: null })
    expect(small.weeks[0]?.actualHours).toMatchObject({ text: '6 h', value: 6 })
  })

  it('reads the answer typed over the underscore line as the answer', () => {
    const small = parseTracker(
      '# Reflection\n\n**What was hard?**\nThe math\n\n**Next?**\n____\n'
    )
    expect(small.questions.map((q) => [q.question, q.answer.text])).toEqual([
      ['What was hard?', 'The math'],
      ['Next?', '']
    ])
  })

  it('reads trackmd-disable comments inside a day', () => {
    const small = parseTracker(
      '## Day 1 - Dec 6\n<!-- trackmd-disable missed-day, plan-hours -->\n'
    )
    expect(small.days[0]?.disabled).toEqual(['missed-day', 'plan-hours'])
  })

  it("reads a deeper heading of the open day's number as its section", () => {
    const small = parseTracker(
      [
        '## Day 1 - Dec 7 | A | 1 hours',
        '',
        '### Day 1 recap (1 hour)',
        '- [ ] a (60 min)',
        '',
        '### Day 2 - Dec 8',
        '- [x] b (5 min)',
        ''
      ].join('\n')
    )

    // Day 2's heading is deeper than Day 1's too, but of another number.
    expect(small.days.map((day) => day.number)).toEqual([1, 2])
    expect(small.days[0]?.sections).toMatchObject([
      { title: 'Day 1 recap', plannedHours: 1, tasks: [{ text: 'a (60 min)' }] }
    ])
    expect(small.days[0]?.tasks).toHaveLength(1)
  })

  it('grows the day place to its last element', () => {
    const source =
      '## Day 1 - Dec 6\n\n- [ ] a\n\n**Deliverable:** x ✓ _\n\n# Other\n'
    const small = parseTracker(source)
    expect(at(source, small.days[0]!.place)).toBe(
      '## Day 1 - Dec 6\n\n- [ ] a\n\n**Deliverable:** x ✓ _'
    )
  })
})
