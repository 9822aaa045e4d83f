import { describe, expect, it } from 'vitest'
import { syncText } from '../../src/edit/sync-text.js'
import {
  findNewProblems,
  takeBaseline
} from '../../src/watch/find-new-problems.js'
import { seedText } from '../helpers/tracker-texts.js'

function read(text: string, today: string) {
  const { tracker, summary } = syncText(text, { today })
  return { tracker, summary }
}

describe('findNewProblems', () => {
  it('finds nothing when nothing new is wrong', () => {
    const before = read(seedText, '2026-12-10')
    const after = read(seedText.replace('- [ ] ', '- [x] '), '2026-12-10')

    expect(
      findNewProblems(
        takeBaseline(before.tracker, before.summary),
        after.tracker,
        after.summary
      )
    ).toEqual([])
  })

  it('finds a day just missed, at its heading', () => {
    const before = read(seedText, '2026-12-10')
    const after = read(seedText, '2026-12-11')
    const line = seedText
      .slice(0, seedText.indexOf('## DAY 5 '))
      .split('\n').length

    expect(
      findNewProblems(
        takeBaseline(before.tracker, before.summary),
        after.tracker,
        after.summary
      )
    ).toEqual([
      {
        line,
        kind: 'missed-day',
        message: 'Day 5 is missed: not complete by 2026-12-10'
      }
    ])
  })

  it('finds a task just typed wrong, but not one typed wrong before', () => {
    const once = seedText.replace('- [ ] ', '- [ x] ')
    const twice = once.replace('- [ ] ', '-[ ] ')
    const base = read(once, '2026-12-10')
    const after = read(twice, '2026-12-10')
    const line = twice.slice(0, twice.indexOf('-[ ] ')).split('\n').length

    expect(
      findNewProblems(
        takeBaseline(base.tracker, base.summary),
        after.tracker,
        after.summary
      )
    ).toEqual([expect.objectContaining({ line, kind: 'unparsed-task' })])
  })

  it('finds the days newly missed among many, at the first day of a number', () => {
    // Day 5 written twice: the message points at the first.
    const day5 = seedText.indexOf('## DAY 5 ')
    const end = seedText.indexOf('\n## ', day5 + 1) + 1
    const doubled =
      seedText.slice(0, end) + seedText.slice(day5, end) + seedText.slice(end)
    const before = read(doubled, '2026-12-10')
    const after = read(doubled, '2026-12-13')
    const lineOf = (heading: string) =>
      doubled.slice(0, doubled.indexOf(heading)).split('\n').length

    const found = findNewProblems(
      takeBaseline(before.tracker, before.summary),
      after.tracker,
      after.summary
    )

    expect(before.summary.missedDays.length).toBeGreaterThan(0)
    expect(found.map((problem) => [problem.line, problem.message])).toEqual(
      after.summary.missedDays
        .filter((number) => !before.summary.missedDays.includes(number))
        .map((number) => [
          lineOf(`## DAY ${number} `),
          expect.stringMatching(new RegExp(`^Day ${number} is missed`))
        ])
    )
    expect(found.length).toBeGreaterThan(0)
  })
})
