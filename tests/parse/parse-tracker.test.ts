import { describe, expect, it } from 'vitest'
import type { Tracker } from '../../src/model.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { at, comparable, fixture, sum, withoutPlaces } from './helpers.js'

const today = '2026-12-03'
const seedText = fixture('seed/tracker.md')
const garbledText = fixture('seed-mojibake/tracker.md')

function dayTasks(tracker: Tracker): number {
  return sum(tracker.days.map((day) => day.tasks.length))
}

describe('parseTracker on the seed', () => {
  describe.each([
    ['repaired', seedText],
    ['garbled', garbledText]
  ])('the %s seed', (_, text) => {
    const tracker = parseTracker(text, { today })

    it('has the title, 30 days and 4 weeks', () => {
      expect(tracker.title).toBe(
        'Complete Daily Progress Tracker: 30-Day Learning Schedule'
      )
      expect(tracker.year).toBeNull()
      expect(tracker.days.map((day) => day.number)).toEqual(
        Array.from({ length: 30 }, (_, index) => index + 1)
      )
      expect(
        tracker.weeks.map((week) => [
          week.number,
          week.title,
          week.firstDay,
          week.lastDay,
          week.targetHours
        ])
      ).toEqual([
        [1, 'FOUNDATION', 1, 5, 30],
        [2, 'INTEGRATION', 6, 13, 51],
        [3, 'DEEPENING', 14, 21, 50],
        [4, 'SYNTHESIS', 22, 30, 42]
      ])
    })

    it('puts each day in its week and reads its planned hours', () => {
      expect(tracker.days.map((day) => day.week).join('')).toBe(
        '111112222222233333333444444444'
      )
      expect(tracker.days.map((day) => day.plannedHours)).toEqual([
        6, 6, 7, 5, 6, 7, 6, 8, 7, 6, 7, 6, 8, 7, 6, 6, 7, 7, 8, 8, 7, 7, 8, 6,
        6, 5, 6, 5, 6, 5
      ])
      // The plan's own inconsistency is kept, not corrected.
      const byWeek = [1, 2, 3, 4].map((week) =>
        sum(
          tracker.days
            .filter((day) => day.week === week)
            .map((day) => day.plannedHours ?? 0)
        )
      )
      expect(byWeek).toEqual([30, 55, 56, 54])
    })

    it('has 409 day tasks, none done', () => {
      expect(dayTasks(tracker)).toBe(409)
      expect(tracker.days.flatMap((day) => day.tasks).some((t) => t.done)).toBe(
        false
      )
    })

    it('dates Day 1 on 2026-12-06 and Day 27 on 2027-01-01', () => {
      expect(tracker.days[0]?.date).toBe('2026-12-06')
      expect(tracker.days[25]?.date).toBe('2026-12-31')
      expect(tracker.days[26]?.date).toBe('2027-01-01')
      expect(tracker.days[29]?.date).toBe('2027-01-04')
      expect(tracker.days[26]?.written).toEqual({
        month: 1,
        day: 1,
        year: null
      })
    })

    it('reads Day 13: 15 tasks, 265 planned minutes, three sections', () => {
      const day13 = tracker.days[12]
      expect(day13?.number).toBe(13)
      expect(day13?.title).toBe(
        'Integration Test: Train VAE & Generate Samples'
      )
      expect(day13?.plannedHours).toBe(8)
      expect(day13?.tasks).toHaveLength(15)
      expect(
        sum(day13?.tasks.map((task) => task.minutes?.low ?? 0) ?? [])
      ).toBe(265)
      expect(
        day13?.sections.map((section) => [
          section.title,
          section.plannedHours,
          section.tasks.length
        ])
      ).toEqual([
        ['Morning Study', 1, 3],
        ['Hands-On Coding', 6, 8],
        ['Evening Review', 1, 4]
      ])
      // `(depends on data size) (90 min)`: the second parenthesis counts.
      expect(day13?.tasks[4]?.minutes).toEqual({
        low: 90,
        high: 90,
        each: false
      })
      expect(day13?.tasks[4]?.place.start.line).toBe(360)
    })

    it('has 4 checkpoints with 6, 6, 6 and 8 items', () => {
      expect(
        tracker.checkpoints.map((checkpoint) => [
          checkpoint.week,
          checkpoint.items.length
        ])
      ).toEqual([
        [1, 6],
        [2, 6],
        [3, 6],
        [4, 8]
      ])
      expect(
        sum(tracker.checkpoints.map((checkpoint) => checkpoint.items.length))
      ).toBe(26)
      expect(tracker.checkpoints[0]?.title).toBe(
        'WEEK 1 CHECKPOINT (End of Day 5)'
      )
      expect(tracker.checkpoints[0]?.heading.start.line).toBe(145)
    })

    it('has the completion checklists with 29 items', () => {
      expect(
        tracker.checklists.map((list) => [list.title, list.items.length])
      ).toEqual([
        ['Code Quality', 6],
        ['Documentation', 6],
        ['Evaluation', 5],
        ['Knowledge Verification', 5],
        ["Skills I'm confident in now", 7]
      ])
      expect(tracker.checklists[0]?.items[0]?.text).toBe(
        'All code has clear docstrings'
      )
    })

    it('has 30 deliverables, none done, and blank blockers', () => {
      expect(tracker.days.filter((day) => day.deliverable)).toHaveLength(30)
      expect(tracker.days.filter((day) => day.deliverable?.done)).toHaveLength(
        0
      )
      expect(tracker.days[0]?.deliverable?.text).toBe('`day1_tensors.py`')
      expect(tracker.days[2]?.deliverable?.text).toBe(
        '`day3_training_loop.py` + loss curves plot'
      )
      expect(tracker.days.every((day) => day.blockers?.text === '')).toBe(true)
    })

    it('has blank week scores and actual hours', () => {
      for (const week of tracker.weeks) {
        expect(week.score).toMatchObject({ text: '', value: null })
        expect(week.actualHours).toMatchObject({ text: '', value: null })
      }
    })

    it('has 7 ratings on a 1-10 scale', () => {
      expect(tracker.ratings.map((rating) => rating.name)).toEqual([
        'PyTorch Mastery',
        'Time Series Understanding',
        'Data Augmentation Knowledge',
        'Research Reading Ability',
        'Code Optimization',
        'Documentation Skills',
        'Overall Confidence'
      ])
      for (const rating of tracker.ratings) {
        expect(rating.scale).toEqual({ low: 1, high: 10 })
        expect(rating.field.value).toBeNull()
      }
    })

    it('has the questions, unanswered', () => {
      expect(
        tracker.questions.map((question) => [
          question.question,
          question.answer.text
        ])
      ).toEqual([
        ['What was the most challenging aspect?', ''],
        ['What did you learn that surprised you?', ''],
        ['If you could do one thing differently, what would it be?', ''],
        ['Next steps after this project', ''],
        ['Comments/Feedback', '']
      ])
      expect(tracker.questions[0]?.answer.place.start.line).toBe(873)
    })

    it('has 3 ballots, Final Status with a days-behind detail', () => {
      expect(
        tracker.ballots.map((ballot) => [
          ballot.label,
          ballot.options.map((option) => option.label),
          ballot.options.some((option) => option.chosen)
        ])
      ).toEqual([
        [
          'Which domain improved most?',
          ['PyTorch', 'Time Series', 'Data Augmentation', 'Research Skills'],
          false
        ],
        [
          'Final Status',
          ['On Track', 'Ahead of Schedule', 'Behind Schedule'],
          false
        ],
        [
          'Would you recommend this learning plan to others?',
          ['Yes, definitely', 'Yes, with modifications', 'Partially', 'No'],
          false
        ]
      ])
      const behind = tracker.ballots[1]?.options[2]
      expect(behind?.detail?.label).toBe('days behind')
      expect(behind?.detail?.field.text).toBe('')
      expect(behind?.detail?.field.place.start.line).toBe(919)
    })

    it('has 13 metric rows', () => {
      expect(
        tracker.metrics?.rows.map((row) => [row.name, row.value.text])
      ).toEqual([
        ['Total Days', '30'],
        ['Target Hours', '173'],
        ['Actual Hours', ''],
        ['Avg Hours/Day', ''],
        ['Week 1 Hours', '(Target: 30)'],
        ['Week 2 Hours', '(Target: 51)'],
        ['Week 3 Hours', '(Target: 50)'],
        ['Week 4 Hours', '(Target: 42)'],
        ['Major Milestones Complete', '/4'],
        ['Improvements Implemented', '/3'],
        ['Papers Read', ''],
        ['Deliverables Created', ''],
        ['Overall Project Rating', '/10']
      ])
      expect(tracker.metrics?.place.start.line).toBe(900)
    })

    it('has the 2 date fields, blank, and nothing unparsed', () => {
      expect(
        tracker.dates.map((date) => [date.label, date.field.text])
      ).toEqual([
        ['Project Start Date', ''],
        ['Project End Date', '']
      ])
      expect(tracker.unparsed).toEqual([])
      expect(tracker.layout).toEqual({
        bom: false,
        lineEnding: '\n',
        frontMatter: null
      })
    })
  })

  it('reads the garbled seed exactly as the repaired one', () => {
    const repaired = parseTracker(seedText, { today })
    const garbled = parseTracker(garbledText, { today })

    expect(comparable(garbled)).toEqual(comparable(repaired))
    // The lines stay where they are; only the symbols differ in length.
    expect(garbled.days.map((day) => day.heading.start.line)).toEqual(
      repaired.days.map((day) => day.heading.start.line)
    )
    expect(garbled.days.map((day) => day.title)).toEqual(
      repaired.days.map((day) => day.title)
    )
  })

  it('points task and deliverable places at their source text', () => {
    const tracker = parseTracker(seedText, { today })
    const day1 = tracker.days[0]
    expect(at(seedText, day1!.heading)).toBe(
      '## DAY 1 - Dec 6 | PyTorch Environment & Tensor Fundamentals | ⏱️ 6 hours'
    )
    expect(at(seedText, day1!.tasks[0]!.checkbox)).toBe('[ ]')
    expect(at(seedText, day1!.tasks[1]!.place)).toBe(
      '- [ ] Understand tensor creation: zeros, ones, randn, arange, linspace (20 min)'
    )
    expect(day1?.tasks[1]?.place.start).toEqual({
      line: 14,
      column: 1,
      offset: seedText.indexOf('- [ ] Understand tensor creation')
    })
    expect(at(seedText, day1!.deliverable!.mark.place)).toBe('_____')
    expect(at(seedText, day1!.blockers!.place)).toBe('________________________')
  })
})

describe('parseTracker on other plans written the same way', () => {
  it('reads any number of weeks and days', () => {
    const weeks = [2, 1, 3]
    let number = 0
    let text = '# My Plan\n\n'
    weeks.forEach((count, index) => {
      text += `# WEEK ${index + 1}: Part ${index + 1} (Days ${number + 1}-${number + count}) | Total: ${count * 2} Hours\n\n`
      for (let day = 0; day < count; day++) {
        number++
        text += `## DAY ${number} - Jan ${number} | Topic ${number} | 2 hours\n\n`
        for (let task = 0; task <= day; task++) {
          text += `- [ ] Task ${number}.${task} (10 min)\n`
        }
        text += '\n'
      }
    })
    const tracker = parseTracker(text, { today: '2027-01-01' })

    expect(
      tracker.weeks.map((week) => [
        week.number,
        week.title,
        week.firstDay,
        week.lastDay,
        week.targetHours
      ])
    ).toEqual([
      [1, 'Part 1', 1, 2, 4],
      [2, 'Part 2', 3, 3, 2],
      [3, 'Part 3', 4, 6, 6]
    ])
    expect(
      tracker.days.map((day) => [day.number, day.week, day.tasks.length])
    ).toEqual([
      [1, 1, 1],
      [2, 1, 2],
      [3, 2, 1],
      [4, 3, 1],
      [5, 3, 2],
      [6, 3, 3]
    ])
    expect(tracker.days.map((day) => day.date)).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06'
    ])
    expect(tracker.title).toBe('My Plan')
  })

  it('reads a plan with no weeks: days have week null', () => {
    const tracker = parseTracker(
      [
        '# Plan',
        '',
        '## Day 1 - Dec 6 | Start | 2 hours',
        '- [ ] Read (10 min)',
        '',
        '## Day 2 - Dec 7 | Go on | 3 hours',
        '- [x] Write'
      ].join('\n'),
      { today }
    )

    expect(tracker.weeks).toEqual([])
    expect(
      tracker.days.map((day) => [
        day.number,
        day.week,
        day.date,
        day.title,
        day.plannedHours,
        day.tasks.map((task) => [task.text, task.done, task.place.start.line])
      ])
    ).toEqual([
      [1, null, '2026-12-06', 'Start', 2, [['Read (10 min)', false, 4]]],
      [2, null, '2026-12-07', 'Go on', 3, [['Write', true, 7]]]
    ])
  })

  it('reads days one heading level higher: `#` days under no week', () => {
    const tracker = parseTracker(
      [
        '# Day 1 - Dec 6 | Start | 2 hours',
        '## Morning (1 hour)',
        '- [ ] a',
        '# Day 2 - Dec 7 | Next',
        '- [ ] b',
        '- [ ] c',
        '# Notes',
        '- [ ] not a day task'
      ].join('\n'),
      { today }
    )

    expect(
      tracker.days.map((day) => [
        day.number,
        day.week,
        day.title,
        day.tasks.length,
        day.sections.map((section) => [section.title, section.plannedHours])
      ])
    ).toEqual([
      [1, null, 'Start', 1, [['Morning', 1]]],
      [2, null, 'Next', 2, []]
    ])
    expect(tracker.checklists.map((list) => list.title)).toEqual(['Notes'])
  })

  it('reads headings one level lower: `###` days under `##` weeks', () => {
    const tracker = parseTracker(
      [
        '# Plan',
        '## Week 1: First (Days 1-2) | Total: 5 Hours',
        '### Day 1 - Dec 6 | A | 2 hours',
        '- [ ] a',
        '### Day 2 - Dec 7 | B | 3 hours',
        '- [ ] b',
        '#### ✅ WEEK 1 CHECKPOINT',
        '- [ ] c',
        '## Week 2: Second (Days 3-3) | Total: 4 Hours',
        '### Day 3 - Dec 8 | C | 4 hours',
        '- [ ] d',
        '- [ ] e'
      ].join('\n'),
      { today }
    )

    expect(
      tracker.weeks.map((week) => [week.number, week.title, week.targetHours])
    ).toEqual([
      [1, 'First', 5],
      [2, 'Second', 4]
    ])
    expect(
      tracker.days.map((day) => [day.number, day.week, day.tasks.length])
    ).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [3, 2, 2]
    ])
    expect(
      tracker.checkpoints.map((checkpoint) => [
        checkpoint.week,
        checkpoint.items.length
      ])
    ).toEqual([[1, 1]])
    expect(tracker.title).toBe('Plan')
  })

  it('reads dates after the titles and durations at the ends of tasks', () => {
    const tracker = parseTracker(
      [
        '# Plan',
        '## Week 1',
        '### Day 1: Tensors (Dec 30)',
        '- [x] Read the docs — 30 min',
        '- [ ] Write notes [20 min]',
        '### Day 2 – Autograd – December 31, 2026',
        '- [ ] Build it | 1h 30m',
        '### Day 3: Training loop · Fri, Jan 1 (2 hours)',
        '- [ ] Train it - 60-90 min',
        '### Day 4 - Lesson 4',
        '- [ ] Rest between sets - 10 min rest'
      ].join('\n'),
      { today }
    )

    expect(
      tracker.days.map((day) => [
        day.number,
        day.title,
        day.date,
        day.plannedHours,
        day.tasks.map((task) => task.minutes?.low ?? null)
      ])
    ).toEqual([
      [1, 'Tensors', '2026-12-30', null, [30, 20]],
      [2, 'Autograd', '2026-12-31', null, [90]],
      [3, 'Training loop', '2027-01-01', 2, [60]],
      [4, 'Lesson 4', null, null, [null]]
    ])
    expect(tracker.unparsed).toEqual([])
  })

  it('reads the seed with every heading one level lower the same way', () => {
    const lower = seedText.replace(/^(#+) /gm, '#$1 ')
    expect(withoutPlaces(parseTracker(lower, { today }))).toEqual(
      withoutPlaces(parseTracker(seedText, { today }))
    )
  })

  it('reads `Day`, `DAY` and `day`, and `-`, `–`, `—` after the number', () => {
    const tracker = parseTracker(
      [
        '## Day 1 - Dec 6 | A',
        '## DAY 2 – Dec 7 | B',
        '## day 3 — Dec 8 | C',
        '## Day 4: Dec 9 | D'
      ].join('\n'),
      { today }
    )

    expect(
      tracker.days.map((day) => [day.number, day.date, day.title])
    ).toEqual([
      [1, '2026-12-06', 'A'],
      [2, '2026-12-07', 'B'],
      [3, '2026-12-08', 'C'],
      [4, '2026-12-09', 'D']
    ])
    expect(tracker.unparsed).toEqual([])
  })

  it('reads dates as `Dec 8`, `December 8`, `8 Dec` and `2026-12-08`', () => {
    const tracker = parseTracker(
      [
        '## Day 1 - Dec 8 | A | 1 hour',
        '## Day 2 - December 9 | B | 2 hours',
        '## Day 3 - 10 Dec | C | 3 hours',
        '## Day 4 - 2026-12-11 | D | 4 hours',
        '## Day 5 - Dec 12: E (5 hours)'
      ].join('\n'),
      { today }
    )

    expect(
      tracker.days.map((day) => [
        day.written,
        day.date,
        day.title,
        day.plannedHours
      ])
    ).toEqual([
      [{ month: 12, day: 8, year: null }, '2026-12-08', 'A', 1],
      [{ month: 12, day: 9, year: null }, '2026-12-09', 'B', 2],
      [{ month: 12, day: 10, year: null }, '2026-12-10', 'C', 3],
      [{ month: 12, day: 11, year: 2026 }, '2026-12-11', 'D', 4],
      [{ month: 12, day: 12, year: null }, '2026-12-12', 'E', 5]
    ])
  })

  it('reads `-`, `*`, `+` bullets, ordered items, `[x]` and `[X]`', () => {
    const tracker = parseTracker(
      [
        '## Day 1 - Dec 6',
        '- [ ] dash',
        '',
        '* [x] star',
        '',
        '+ [X] plus',
        '',
        '1. [ ] one',
        '2. [x] two',
        '3) [X] three'
      ].join('\n'),
      { today }
    )

    expect(
      tracker.days[0]?.tasks.map((task) => [
        task.text,
        task.done,
        task.place.start.line
      ])
    ).toEqual([
      ['dash', false, 2],
      ['star', true, 4],
      ['plus', true, 6],
      ['one', false, 8],
      ['two', true, 9],
      ['three', true, 10]
    ])
  })

  it.each([
    ['*', '* '],
    ['+', '+ '],
    ['1.', '1. ']
  ])('reads the seed with %s bullets the same way', (_, bullet) => {
    const other = seedText.replace(/^- /gm, bullet)
    expect(withoutPlaces(parseTracker(other, { today }))).toEqual(
      withoutPlaces(parseTracker(seedText, { today }))
    )
  })
})

describe('parseTracker on line endings, BOM and front matter', () => {
  const lf = [
    '# Plan',
    '',
    '## Day 1 - Dec 6 | Start | 2 hours',
    '',
    '- [ ] Read (10 min)',
    '- [x] Write (20 min)',
    '',
    '**Deliverable:** `a.py` ✓ done  **Blockers:** none',
    ''
  ].join('\n')

  it('reads CRLF text as LF text and keeps offsets on the right characters', () => {
    const text = lf.replace(/\n/g, '\r\n')
    const tracker = parseTracker(text, { today })
    const day = tracker.days[0]!

    expect(tracker.layout.lineEnding).toBe('\r\n')
    expect(withoutPlaces(tracker)).toEqual(
      withoutPlaces(parseTracker(lf, { today }))
    )
    expect(at(text, day.tasks[1]!.place)).toBe('- [x] Write (20 min)')
    expect(at(text, day.tasks[1]!.checkbox)).toBe('[x]')
    expect(day.tasks[1]?.place.start.line).toBe(6)
    expect(at(text, day.deliverable!.mark.place)).toBe('done')
    expect(day.deliverable?.mark.place.start.line).toBe(8)
    expect(at(text, day.blockers!.place)).toBe('none')
    expect(at(text, day.heading)).toBe('## Day 1 - Dec 6 | Start | 2 hours')
  })

  it('reads the seed with CRLF line endings as the seed', () => {
    const text = seedText.replace(/\n/g, '\r\n')
    const tracker = parseTracker(text, { today })

    expect(tracker.layout.lineEnding).toBe('\r\n')
    expect(withoutPlaces(tracker)).toEqual(
      withoutPlaces(parseTracker(seedText, { today }))
    )
    const task = tracker.days[12]!.tasks[4]!
    expect(at(text, task.place)).toBe(
      '- [ ] Train VAE for 20-50 epochs (depends on data size) (90 min)'
    )
    expect(at(text, tracker.days[29]!.deliverable!.mark.place)).toBe('_____')
  })

  it('reads a BOM: layout.bom, offsets into the string with the BOM', () => {
    const text = '\ufeff' + lf
    const tracker = parseTracker(text, { today })
    const day = tracker.days[0]!

    expect(tracker.layout.bom).toBe(true)
    expect(tracker.title).toBe('Plan')
    expect(withoutPlaces(tracker)).toEqual(
      withoutPlaces(parseTracker(lf, { today }))
    )
    expect(at(text, day.tasks[0]!.place)).toBe('- [ ] Read (10 min)')
    expect(at(text, day.deliverable!.mark.place)).toBe('done')
    expect(day.tasks[0]?.place.start.offset).toBe(text.indexOf('- [ ] Read'))
  })

  it('takes the year of front matter with `year: 2025`', () => {
    const text = '---\nyear: 2025\n---\n## Day 1 - Dec 31\n## Day 2 - Jan 1\n'
    const tracker = parseTracker(text, { today })

    expect(tracker.year).toBe(2025)
    expect(tracker.layout.frontMatter).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 4, column: 1, offset: 19 }
    })
    expect(tracker.days.map((day) => day.date)).toEqual([
      '2025-12-31',
      '2026-01-01'
    ])
  })

  it('reads front matter without a year and goes by today', () => {
    const text = '---\ntitle: x\n---\n## Day 1 - Dec 6\n- [ ] a\n'
    const tracker = parseTracker(text, { today })

    expect(tracker.year).toBeNull()
    expect(tracker.days[0]?.date).toBe('2026-12-06')
    expect(tracker.days[0]?.tasks[0]?.place.start.line).toBe(5)
    expect(tracker.title).toBeNull()
  })

  it('reads front matter after a BOM and with CRLF', () => {
    const text = '\ufeff---\r\nyear: 2025\r\n---\r\n## Day 1 - Dec 6\r\n'
    const tracker = parseTracker(text, { today })

    expect(tracker.year).toBe(2025)
    expect(tracker.days[0]?.date).toBe('2025-12-06')
    expect(at(text, tracker.layout.frontMatter!)).toBe(
      '---\r\nyear: 2025\r\n---\r\n'
    )
  })
})

describe('parseTracker: what only looks like a task', () => {
  it('does not count checkbox lines in fenced or indented code', () => {
    const tracker = parseTracker(
      [
        '## Day 1 - Dec 6',
        '```',
        '- [ ] in backticks',
        '```',
        '~~~',
        '- [ ] in tildes',
        '~~~',
        '',
        '    - [ ] indented code',
        '',
        '- [ ] real'
      ].join('\n')
    )

    expect(tracker.days[0]?.tasks.map((task) => task.text)).toEqual(['real'])
    expect(tracker.unparsed).toEqual([])
    expect(tracker.checklists).toEqual([])
  })

  it('counts tasks in a blockquote under their day', () => {
    const tracker = parseTracker(
      [
        '## Day 1 - Dec 6',
        '> - [ ] quoted',
        '> - [x] quoted done',
        '',
        '- [ ] plain',
        '## Day 2 - Dec 7',
        '> - [ ] second'
      ].join('\n')
    )

    expect(
      tracker.days.map((day) =>
        day.tasks.map((task) => [task.text, task.done, task.place.start.line])
      )
    ).toEqual([
      [
        ['quoted', false, 2],
        ['quoted done', true, 3],
        ['plain', false, 5]
      ],
      [['second', false, 7]]
    ])
  })

  it('counts nested sub-tasks once each, with depth 1', () => {
    const tracker = parseTracker(
      [
        '## Day 1 - Dec 6',
        '- [ ] parent',
        '  - [ ] child one',
        '  - [x] child two',
        '- [ ] next',
        '- plain parent',
        '  - [ ] child of plain'
      ].join('\n')
    )

    expect(
      tracker.days[0]?.tasks.map((task) => [
        task.text,
        task.depth,
        task.place.start.line
      ])
    ).toEqual([
      ['parent', 0, 2],
      ['child one', 1, 3],
      ['child two', 1, 4],
      ['next', 0, 5],
      ['child of plain', 1, 7]
    ])
  })

  it('reads a non-breaking space after `-` or after `]` as a space', () => {
    const text =
      '## Day 1 - Dec 6\n-\u00a0[ ] after dash\n- [x]\u00a0after box\n'
    const tracker = parseTracker(text)
    const tasks = tracker.days[0]!.tasks

    expect(tasks.map((task) => [task.text, task.done])).toEqual([
      ['after dash', false],
      ['after box', true]
    ])
    expect(at(text, tasks[0]!.checkbox)).toBe('[ ]')
    expect(at(text, tasks[1]!.place)).toBe('- [x]\u00a0after box')
    expect(tracker.unparsed).toEqual([])
  })

  it('keeps `- []`, `-[ ]` and `- [ x]` as unparsed tasks', () => {
    const tracker = parseTracker(
      [
        '## Day 1 - Dec 6',
        '- [ ] fine',
        '',
        '- [] empty box',
        '',
        '-[ ] no space',
        '',
        '- [ x] space inside'
      ].join('\n')
    )

    expect(tracker.days[0]?.tasks.map((task) => task.text)).toEqual(['fine'])
    expect(
      tracker.unparsed.map((entry) => [
        entry.kind,
        entry.text,
        entry.place.start.line
      ])
    ).toEqual([
      ['task', '[] empty box', 4],
      ['task', '-[ ] no space', 6],
      ['task', '[ x] space inside', 8]
    ])
  })

  it('keeps malformed tasks right after a task, on their own lines', () => {
    const text =
      '## Day 1 - Dec 6\r\n- [ ] fine\r\n-[ ] glued\r\n- [] empty\r\n'
    const tracker = parseTracker(text)

    expect(
      tracker.unparsed.map((entry) => [
        entry.kind,
        entry.text,
        entry.place.start.line,
        at(text, entry.place)
      ])
    ).toEqual([
      ['task', '-[ ] glued', 3, '-[ ] glued'],
      ['task', '[] empty', 4, '- [] empty']
    ])
  })

  it('keeps a day heading without a number as an unparsed heading', () => {
    const tracker = parseTracker(
      [
        '# Plan',
        '## Day - Dec 6',
        '- [ ] a',
        '## Day 2 - Dec 7',
        '- [ ] b'
      ].join('\n')
    )

    expect(
      tracker.unparsed.map((entry) => [
        entry.kind,
        entry.text,
        entry.place.start.line
      ])
    ).toEqual([['heading', 'Day - Dec 6', 2]])
    expect(tracker.days.map((day) => day.number)).toEqual([2])
  })

  it('keeps a day with an unreadable date as an unparsed heading', () => {
    const tracker = parseTracker(
      [
        '## DAY 2 - Dec 7 | Fine | 4 hours',
        '## DAY 3 - Dex 8 | Title | 5 hours',
        '- [ ] b'
      ].join('\n'),
      { today }
    )

    expect(
      tracker.unparsed.map((entry) => [
        entry.kind,
        entry.text,
        entry.place.start.line
      ])
    ).toEqual([['heading', 'Dex 8', 2]])
    expect(
      tracker.days.map((day) => [
        day.number,
        day.date,
        day.title,
        day.plannedHours,
        day.tasks.length
      ])
    ).toEqual([
      [2, '2026-12-07', 'Fine', 4, 0],
      [3, null, 'Title', 5, 1]
    ])
  })

  it('does not take `## Code Quality` under a checklist heading for a day', () => {
    const tracker = parseTracker(
      [
        '## Day 1 - Dec 6',
        '- [ ] a',
        '',
        '# PROJECT COMPLETION CHECKLIST',
        '',
        '## Code Quality',
        '- [ ] Clear names',
        '- [x] Tests',
        '',
        '## Documentation',
        '- [ ] README'
      ].join('\n')
    )

    expect(tracker.days.map((day) => day.tasks.length)).toEqual([1])
    expect(
      tracker.checklists.map((list) => [
        list.title,
        list.items.map((item) => [item.text, item.done])
      ])
    ).toEqual([
      [
        'Code Quality',
        [
          ['Clear names', false],
          ['Tests', true]
        ]
      ],
      ['Documentation', [['README', false]]]
    ])
  })
})

describe('parseTracker: years', () => {
  it('gives January the next year after December 31', () => {
    const tracker = parseTracker('## Day 1 - Dec 31\n## Day 2 - Jan 1\n', {
      today
    })
    expect(tracker.days.map((day) => day.date)).toEqual([
      '2026-12-31',
      '2027-01-01'
    ])
  })

  it('takes a filled start date over the configured and front matter year', () => {
    const text = [
      '---',
      'year: 2024',
      '---',
      '## Day 1 - Dec 6',
      '',
      '**Project Start Date:** 2025-12-06'
    ].join('\n')
    const tracker = parseTracker(text, { today, year: 2030 })

    expect(tracker.dates[0]?.field.text).toBe('2025-12-06')
    expect(tracker.days[0]?.date).toBe('2025-12-06')
  })

  it('takes the configured year over the front matter year', () => {
    const text = '---\nyear: 2025\n---\n## Day 1 - Dec 6\n'
    expect(parseTracker(text, { today, year: 2028 }).days[0]?.date).toBe(
      '2028-12-06'
    )
  })

  it('takes the front matter year over the year nearest to today', () => {
    const text = '---\nyear: 2025\n---\n## Day 1 - Dec 6\n'
    expect(parseTracker(text, { today }).days[0]?.date).toBe('2025-12-06')
  })

  it('else takes the year that puts Day 1 nearest to today', () => {
    expect(parseTracker('## Day 1 - Jan 2\n', { today }).days[0]?.date).toBe(
      '2027-01-02'
    )
    expect(
      parseTracker('## Day 1 - Dec 6\n', { today: '2026-03-01' }).days[0]?.date
    ).toBe('2025-12-06')
  })

  it('never gives a day an impossible date such as February 29, 2026', () => {
    const tracker = parseTracker('## Day 1 - Feb 28\n## Day 2 - Feb 29\n', {
      today: '2026-02-01'
    })

    expect(tracker.days[0]?.date).toBe('2026-02-28')
    expect(tracker.days[1]?.date).not.toBe('2026-02-29')
  })
})

describe('parseTracker: a deliverable line right under the last task', () => {
  it('still reads the deliverable when no blank line separates it', () => {
    const tracker = parseTracker(
      '## Day 1 - Dec 6\n- [ ] a\n**Deliverable:** `a.py` ✓ done\n'
    )

    expect(tracker.days[0]?.tasks.map((task) => task.text)).toEqual(['a'])
    expect(tracker.days[0]?.deliverable).toMatchObject({
      text: '`a.py`',
      done: true
    })
  })
})

describe('parseTracker on mistakes people make', () => {
  const dated = (text: string, today = '2026-12-10') =>
    parseTracker(text, { today }).days.map((day) => day.date)

  it('keeps two swapped dates in their year', () => {
    const text = ['Dec 6', 'Dec 8', 'Dec 7', 'Dec 9']
      .map((date, index) => `## Day ${index + 1} - ${date}\n- [ ] t\n`)
      .join('\n')

    expect(dated(text)).toEqual([
      '2026-12-06',
      '2026-12-08',
      '2026-12-07',
      '2026-12-09'
    ])
  })

  it('gives February 29 the nearest year that has one', () => {
    const text = '## Day 1 - Feb 29\n- [ ] a\n\n## Day 2 - Mar 1\n- [ ] b\n'

    expect(dated(text, '2026-12-08')).toEqual(['2028-02-29', '2028-03-01'])
  })

  it('ignores a front matter year that is not four digits', () => {
    const text = '---\nyear: 10000\n---\n## Day 1 - Dec 6\n- [ ] a\n'

    expect(parseTracker(text).year).toBeNull()
  })

  it('reports task states of other tools as malformed tasks', () => {
    const text = [
      '## Day 1 - Dec 6',
      '- [/] started',
      '- [-] dropped',
      '- [✓] ticked',
      '- [ ] kept'
    ].join('\n')
    const tracker = parseTracker(text)

    expect(tracker.days[0]?.tasks.map((task) => task.text)).toEqual(['kept'])
    expect(tracker.cookies).toEqual([])
    expect(
      tracker.unparsed.map((entry) => [entry.place.start.line, entry.reason])
    ).toEqual([
      [2, 'expected a checkbox `[ ]` or `[x]`, found `[/]`'],
      [3, 'expected a checkbox `[ ]` or `[x]`, found `[-]`'],
      [4, 'expected a checkbox `[ ]` or `[x]`, found `[✓]`']
    ])
  })

  it('reads a line of fields with check marks as fields, not a ballot', () => {
    const text =
      '## Day 1 - Dec 6\n\n**Deliverable:** `a.py` ✓ ☑  **Blockers:** none\n'
    const tracker = parseTracker(text)

    expect(tracker.ballots).toEqual([])
    expect(tracker.days[0]?.deliverable).toMatchObject({
      text: '`a.py`',
      done: true
    })
    expect(tracker.days[0]?.blockers?.text).toBe('none')
  })

  it('keeps the first of two deliverable lines and reports the second', () => {
    const text = [
      '## Day 3 - Dec 8',
      '',
      '**Deliverable:** `a.py` ✓ done',
      '',
      '**Deliverable:** `b.py` ✓ _____'
    ].join('\n')
    const tracker = parseTracker(text)

    expect(tracker.days[0]?.deliverable?.text).toBe('`a.py`')
    expect(tracker.unparsed).toMatchObject([
      {
        kind: 'field',
        reason: 'expected one deliverable line in Day 3, found another',
        place: { start: { line: 5, column: 1 } }
      }
    ])
  })

  it('reads an answer typed on the line under the underscores', () => {
    const text = [
      '## Day 1 - Dec 6',
      '# FINAL REFLECTION',
      '',
      '**What surprised you?**',
      '________________',
      'How much the plan helped',
      '',
      '**Next steps:**',
      '________________',
      '',
      'Not an answer: a paragraph after a blank line'
    ].join('\n')

    expect(
      parseTracker(text).questions.map((entry) => [
        entry.question,
        entry.answer.text
      ])
    ).toEqual([
      ['What surprised you?', 'How much the plan helped'],
      ['Next steps', '']
    ])
  })

  it('reads a start date only when it is a whole date', () => {
    const text = [
      '## Day 1 - Dec 6',
      '**Project Start Date:** tomorrow | **Project End Date:** Jan 4, 2027'
    ].join('\n')

    expect(
      parseTracker(text).dates.map((date) => [
        date.field.text,
        date.field.value
      ])
    ).toEqual([
      ['tomorrow', null],
      ['Jan 4, 2027', '2027-01-04']
    ])
  })

  it('takes progress markers only at the top level, not in a quote', () => {
    const text = [
      '## Day 1 - Dec 6',
      '- [ ] a',
      '',
      '> <!-- trackmd:progress -->',
      '> <!-- /trackmd:progress -->'
    ].join('\n')

    expect(parseTracker(text).generated).toEqual([])
  })
})

describe('parseTracker: headings with long runs of spaces', () => {
  it('reads them as it reads the same heading with one space', () => {
    const spaces = ' '.repeat(100_000)
    const text = (gap: string) =>
      [
        `# WEEK 1: Basics |${gap}Intro | Total: 5 Hours ${gap}##`,
        '',
        `## Day 1 - Dec 6 |${gap}Setup${gap}| ⏱️ 2 hours${gap}`,
        '',
        '- [ ] Install (20 min)',
        ''
      ].join('\n')

    const long = parseTracker(text(spaces), { today: '2026-12-10' })
    const short = parseTracker(text(' '), { today: '2026-12-10' })

    expect(long.weeks[0]?.targetHours).toBe(5)
    expect(long.weeks[0]?.title).toBe(short.weeks[0]?.title)
    expect(long.days[0]?.title).toBe('Setup')
    expect(long.days[0]?.title).toBe(short.days[0]?.title)
    expect(long.days[0]?.plannedHours).toBe(2)
  })
})
