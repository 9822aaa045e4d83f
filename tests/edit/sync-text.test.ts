import { describe, expect, it } from 'vitest'
import { syncText, type SyncResult } from '../../src/edit/sync-text.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import {
  isInsideRanges,
  ownedRanges,
  shiftRanges,
  textOutside
} from '../helpers/owned-ranges.js'
import {
  seedText,
  seedWithProgress,
  smallText
} from '../helpers/tracker-texts.js'

/** The edits as `[label, before, after]`, the way a person reads them. */
function changes(result: SyncResult): [string, string, string][] {
  return result.edits.map((edit, index) => [
    edit.label,
    result.before[index] ?? '',
    edit.text
  ])
}

/** Expect the sync to change owned cells only, and nothing the second time. */
function expectOnlyOwnedChanges(text: string, today: string): SyncResult {
  const result = syncText(text, { today })
  const owned = ownedRanges(result.tracker)

  expect(isInsideRanges(result.edits, owned)).toBe(true)
  expect(textOutside(result.text, shiftRanges(owned, result.edits))).toEqual(
    textOutside(text, owned)
  )
  expect(syncText(result.text, { today }).edits).toEqual([])

  return result
}

/** The value of a metrics row as the parser reads it back. */
function metric(text: string, name: string, today: string): string {
  const tracker = parseTracker(text, { today })
  const row = tracker.metrics?.rows.find((each) => each.name === name)
  if (!row) throw new Error(`No metrics row ${name}`)

  return row.value.text
}

/** The Final Status options chosen, as the parser reads them back. */
function chosen(text: string, today: string): string[] {
  const ballot = parseTracker(text, { today }).ballots.find(
    (each) => each.label === 'Final Status'
  )

  return (ballot?.options ?? [])
    .filter((option) => option.chosen)
    .map((option) => option.label)
}

describe('syncText on the seed', () => {
  const today = '2026-12-03'

  it('fills the computed blanks and chooses On Track', () => {
    const result = syncText(seedText, { today })

    expect(changes(result)).toEqual([
      ['Actual Hours', '____', '0'],
      ['Avg Hours/Day', '____', '0'],
      ['Week 1 Hours', '____ (Target: 30)', '0 (Target: 30)'],
      ['Week 2 Hours', '____ (Target: 51)', '0 (Target: 51)'],
      ['Week 3 Hours', '____ (Target: 50)', '0 (Target: 50)'],
      ['Week 4 Hours', '____ (Target: 42)', '0 (Target: 42)'],
      ['Major Milestones Complete', '____/4', '0/4'],
      ['Improvements Implemented', '____/3', '0/3'],
      ['Deliverables Created', '____', '0'],
      ['Final Status (On Track)', '☐', '☑']
    ])
    expect(result.text).toContain(
      '  ☑ On Track  ☐ Ahead of Schedule  ☐ Behind Schedule (days behind: ___)'
    )
  })

  it('keeps every byte outside the edited ranges', () => {
    const result = syncText(seedText, { today })
    const edited = result.edits.map(({ start, end }) => ({ start, end }))
    const after = shiftRanges(edited, result.edits)

    expect(textOutside(result.text, after)).toEqual(
      textOutside(seedText, edited)
    )
    expect(
      after.map((range) => result.text.slice(range.start, range.end))
    ).toEqual(result.edits.map((edit) => edit.text))
  })

  it('changes only owned cells, and nothing the second time', () => {
    const result = expectOnlyOwnedChanges(seedText, today)

    expect(syncText(result.text, { today }).text).toBe(result.text)
  })
})

describe('syncText on a tracker with progress', () => {
  const today = '2026-12-10'

  it('counts three deliverables, one milestone and 27.5 hours', () => {
    const result = expectOnlyOwnedChanges(seedWithProgress(), today)

    expect(result.summary.missedDays).toEqual([4])
    expect(changes(result)).toEqual([
      ['Actual Hours', '____', '27.5'],
      ['Avg Hours/Day', '____', '5.5'],
      ['Week 1 Hours', '____ (Target: 30)', '27.5 (Target: 30)'],
      ['Week 2 Hours', '____ (Target: 51)', '0 (Target: 51)'],
      ['Week 3 Hours', '____ (Target: 50)', '0 (Target: 50)'],
      ['Week 4 Hours', '____ (Target: 42)', '0 (Target: 42)'],
      ['Major Milestones Complete', '____/4', '1/4'],
      ['Improvements Implemented', '____/3', '0/3'],
      ['Deliverables Created', '____', '3'],
      ['Final Status (Behind Schedule)', '☐', '☑'],
      ['Days behind', '___', '1']
    ])
    expect(result.text).toContain(
      '  ☐ On Track  ☐ Ahead of Schedule  ☑ Behind Schedule (days behind: 1)'
    )
  })

  it('restores the days-behind blank once no day is missed', () => {
    const behind = syncText(seedWithProgress(), { today }).text
    const caughtUp = behind.replace(
      /(EDA notebook with 4\+ visualizations ✓ )_____/,
      '$1done'
    )

    const result = syncText(caughtUp, { today })

    expect(changes(result)).toEqual([
      ['Deliverables Created', '3', '4'],
      ['Final Status (On Track)', '☐', '☑'],
      ['Final Status (Behind Schedule)', '☑', '☐'],
      ['Days behind', '1', '___']
    ])
    expect(result.text).toContain(
      '  ☑ On Track  ☐ Ahead of Schedule  ☐ Behind Schedule (days behind: ___)'
    )
  })

  it('writes values the parser reads back the same', () => {
    const result = syncText(seedWithProgress(), { today })

    expect(chosen(result.text, today)).toEqual(['Behind Schedule'])
    expect(metric(result.text, 'Deliverables Created', today)).toBe('3')
    expect(metric(result.text, 'Major Milestones Complete', today)).toBe('1/4')
    expect(metric(result.text, 'Week 1 Hours', today)).toBe('27.5 (Target: 30)')
    const ballot = parseTracker(result.text, { today }).ballots.find(
      (each) => each.label === 'Final Status'
    )
    expect(ballot?.options[2]?.detail?.field.text).toBe('1')
  })
})

describe('syncText on a small tracker', () => {
  const today = '2026-12-08'

  it('fills the cookie, the metrics and the ballot', () => {
    const result = expectOnlyOwnedChanges(smallText, today)

    expect(changes(result).slice(1)).toEqual([
      ['Cookie on line 17', '[/]', '[1/2]'],
      ['Actual Hours', '____', '4'],
      ['Avg Hours/Day', '____', '1.3'],
      ['Week 1 Hours', '____ (Target: 5)', '4 (Target: 5)'],
      ['Week 2 Hours', '____ (Target: 2)', '0 (Target: 2)'],
      ['Major Milestones Complete', '____/2', '1/2'],
      ['Improvements Implemented', '____/1', '0/1'],
      ['Deliverables Created', '____', '1'],
      ['Final Status (Behind Schedule)', '☐', '☑'],
      ['Days behind', '___', '1']
    ])
  })

  it('keeps CRLF, a BOM, tabs and trailing spaces byte for byte', () => {
    const text =
      '\uFEFF' +
      smallText
        .replace('- [x] Review (15 min)', '- [x] Review\t(15 min)   ')
        .replace('# Small plan', '# Small plan  ')
        .replace(/\n/g, '\r\n')

    const result = expectOnlyOwnedChanges(text, today)

    expect(result.text.startsWith('\uFEFF# Small plan  \r\n')).toBe(true)
    expect(result.text).toContain('- [x] Review\t(15 min)   \r\n')
    expect(result.text.replace(/\r\n/g, '')).not.toMatch(/\n/)
    expect(result.text).toContain(
      '\r\n\r\n| Week   | Days | Tasks | Done | Deliverables | Hours |\r\n'
    )
  })

  it('grows a cell whose value is longer, and no other cell', () => {
    const synced = syncText(smallText, { today }).text
    const worked = synced.replace(
      '**Actual Hours:** 4 (Goal: 5)',
      '**Actual Hours:** 27.5 (Goal: 5)'
    )

    const result = expectOnlyOwnedChanges(worked, today)

    expect(changes(result).slice(1)).toEqual([
      ['Actual Hours', '4', '27.5'],
      ['Avg Hours/Day', '1.3', '9.2'],
      ['Week 1 Hours', '4 (Target: 5)', '27.5 (Target: 5)']
    ])
    expect(result.text.split('\n').slice(-16, -5)).toEqual([
      '| Metric | Value |',
      '|--------|-------|',
      '| Total Days | 3 |',
      '| Target Hours | 7 |',
      '| Actual Hours | 27.5 |',
      '| Avg Hours/Day | 9.2 |',
      '| Week 1 Hours | 27.5 (Target: 5) |',
      '| Week 2 Hours | 0 (Target: 2) |',
      '| Major Milestones Complete | 1/2 |',
      '| Improvements Implemented | 0/1 |',
      '| Papers Read | ____ |'
    ])
  })
})
