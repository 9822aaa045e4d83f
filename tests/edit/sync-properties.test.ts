import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { syncText } from '../../src/edit/sync-text.js'
import {
  isInsideRanges,
  ownedRanges,
  shiftRanges,
  textOutside
} from '../helpers/owned-ranges.js'
import { seedText, smallText } from '../helpers/tracker-texts.js'

/** An edit a person might make to a tracker, as a function of its text. */
type PersonEdit = (text: string) => string

/** Replace the `index`-th match (wrapping around) of a pattern. */
function replaceNth(
  text: string,
  pattern: RegExp,
  index: number,
  replace: (match: string) => string
): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, 'gm'))]
  if (matches.length === 0) return text

  const match = matches[index % matches.length]!
  const at = match.index

  return (
    text.slice(0, at) + replace(match[0]) + text.slice(at + match[0].length)
  )
}

const personEdit: fc.Arbitrary<PersonEdit> = fc.oneof(
  fc
    .nat()
    .map(
      (index) => (text: string) =>
        replaceNth(text, /^(\s*)- \[ \]/, index, (line) =>
          line.replace('[ ]', '[x]')
        )
    ),
  fc
    .nat()
    .map(
      (index) => (text: string) =>
        replaceNth(text, /^(\s*)- \[x\]/, index, (line) =>
          line.replace('[x]', '[ ]')
        )
    ),
  fc.tuple(fc.nat(), fc.constantFrom('done', 'yes', '3', '12.5', 'x')).map(
    ([index, value]) =>
      (text: string) =>
        replaceNth(text, /(✓ |Actual Hours:\*\* )_{3,}/, index, (blank) =>
          blank.replace(/_+$/, value)
        )
  ),
  fc
    .nat()
    .map(
      (index) => (text: string) =>
        replaceNth(text, /(✓ )(done|yes|3|12\.5|x)\b/, index, (filled) =>
          filled.replace(/\S+$/, '_____')
        )
    ),
  fc
    .tuple(
      fc.nat(),
      fc.boolean(),
      fc.constantFrom('Extra task', 'Read (10 min)')
    )
    .map(
      ([index, done, words]) =>
        (text: string) =>
          replaceNth(
            text,
            /^- \[[ x]\] .*$/,
            index,
            (line) => `${line}\n- [${done ? 'x' : ' '}] ${words}`
          )
    ),
  fc
    .constantFrom('4', '12', 'two', '')
    .map(
      (value) => (text: string) =>
        text.replace(
          /\| Papers Read \| [^|\n]* \|/,
          `| Papers Read | ${value} |`
        )
    ),
  fc.constant((text: string) => text.replace(/\r?\n/g, '\r\n'))
)

/** Check one generated file: owned bytes only, then idempotence. */
function checkSync(text: string, today: string): void {
  const result = syncText(text, { today })
  const owned = ownedRanges(result.tracker)

  expect(isInsideRanges(result.edits, owned)).toBe(true)
  expect(textOutside(result.text, shiftRanges(owned, result.edits))).toEqual(
    textOutside(text, owned)
  )
  expect(syncText(result.text, { today }).edits).toEqual([])
}

describe('sync under random edits a person could make', () => {
  const today = fc.constantFrom('2026-12-03', '2026-12-08', '2026-12-20')

  it('changes only owned bytes of a small tracker, idempotently', () => {
    fc.assert(
      fc.property(
        fc.array(personEdit, { minLength: 1, maxLength: 6 }),
        today,
        (edits, date) => {
          const synced = syncText(smallText, { today: date }).text
          checkSync(
            edits.reduce((text, edit) => edit(text), synced),
            date
          )
        }
      ),
      { numRuns: 50, seed: 20261203 }
    )
  })

  it('changes only owned bytes of the seed, idempotently', () => {
    fc.assert(
      fc.property(
        fc.array(personEdit, { minLength: 1, maxLength: 4 }),
        today,
        (edits, date) => {
          checkSync(
            edits.reduce((text, edit) => edit(text), seedText),
            date
          )
        }
      ),
      { numRuns: 15, seed: 20261203 }
    )
  }, 60_000)
})
