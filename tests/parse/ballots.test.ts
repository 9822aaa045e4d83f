import { describe, expect, it } from 'vitest'
import { readBallot } from '../../src/parse/ballots.js'
import { LineIndex } from '../../src/parse/line-index.js'
import { at } from './helpers.js'

function ballot(line: string, label = 'Final Status') {
  return readBallot(line, 0, line.length, label, new LineIndex(line))
}

function options(line: string) {
  return ballot(line)?.options.map((option) => [option.label, option.chosen])
}

describe('readBallot', () => {
  it('reads the Final Status ballot with its days-behind detail', () => {
    const line =
      '  ☐ On Track  ☐ Ahead of Schedule  ☐ Behind Schedule (days behind: ___)'
    const result = ballot(line)!

    expect(result.label).toBe('Final Status')
    expect(
      result.options.map((option) => [option.label, option.chosen])
    ).toEqual([
      ['On Track', false],
      ['Ahead of Schedule', false],
      ['Behind Schedule', false]
    ])
    expect(at(line, result.options[0]!.box)).toBe('☐')
    const detail = result.options[2]!.detail!
    expect(detail.label).toBe('days behind')
    expect(detail.field).toMatchObject({ text: '', value: null })
    expect(at(line, detail.field.place)).toBe('___')
    expect(at(line, result.place)).toBe(line)
  })

  it('reads a filled detail', () => {
    const line = '☐ On Track  ☑ Behind Schedule (days behind: 3)'
    const detail = ballot(line)!.options[1]!.detail!
    expect(detail.field.text).toBe('3')
    expect(at(line, detail.field.place)).toBe('3')
  })

  it('reads ☑ and ☒ as chosen', () => {
    expect(options('☐ On Track  ☑ Ahead  ☒ Behind')).toEqual([
      ['On Track', false],
      ['Ahead', true],
      ['Behind', true]
    ])
  })

  it('reads [x] in place of ☐ as chosen', () => {
    const line = '[x] Yes, definitely  ☐ No'
    const result = ballot(line)!
    expect(result.options.map((o) => [o.label, o.chosen])).toEqual([
      ['Yes, definitely', true],
      ['No', false]
    ])
    expect(at(line, result.options[0]!.box)).toBe('[x]')
  })

  it('reads the garbled ‚òê as an empty box', () => {
    expect(options('  ‚òê PyTorch  ‚òê Time Series')).toEqual([
      ['PyTorch', false],
      ['Time Series', false]
    ])
  })

  it('is not a ballot with one box or with only check marks', () => {
    expect(ballot('☐ Alone')).toBeNull()
    expect(ballot('✓ done ✓ also done')).toBeNull()
  })
})

describe('readBallot with bracket boxes', () => {
  it('reads `[ ]` boxes outside a list as a ballot', () => {
    const line = '  [ ] On Track  [x] Ahead of Schedule  [ ] Behind Schedule'
    const ballot = readBallot(
      line,
      0,
      line.length,
      'Final Status',
      new LineIndex(line)
    )

    expect(
      ballot?.options.map((option) => [option.label, option.chosen])
    ).toEqual([
      ['On Track', false],
      ['Ahead of Schedule', true],
      ['Behind Schedule', false]
    ])
  })
})
