import { describe, expect, it } from 'vitest'
import {
  findLabels,
  isBlank,
  readField,
  readNumber,
  readText
} from '../../src/parse/fields.js'
import { LineIndex } from '../../src/parse/line-index.js'
import { at } from './helpers.js'

describe('findLabels', () => {
  it('finds the bold labels of a line and the value after each', () => {
    const line =
      '**Deliverable:** `a.py` ✓ _____  **Blockers:** ________________________'
    const labels = findLabels(line, 100)

    expect(
      labels.map((label) => [
        label.name,
        label.start,
        line.slice(label.valueStart - 100, label.valueEnd - 100)
      ])
    ).toEqual([
      ['Deliverable', 100, ' `a.py` ✓ _____  '],
      ['Blockers', 133, ' ________________________']
    ])
  })

  it('leaves the `|` between two labels out of the first value', () => {
    const line =
      '**Week 1 Score:** 85 / 100 | **Actual Hours:** 27.5 (Goal: 30)'
    expect(
      findLabels(line, 0).map((label) => [
        label.name,
        line.slice(label.valueStart, label.valueEnd)
      ])
    ).toEqual([
      ['Week 1 Score', ' 85 / 100 '],
      ['Actual Hours', ' 27.5 (Goal: 30)']
    ])
  })

  it('reads a colon outside the bold, and underscores as bold', () => {
    expect(findLabels('**Blockers**: none', 0)[0]?.name).toBe('Blockers')
    expect(findLabels('__Blockers:__ none', 0)[0]?.name).toBe('Blockers')
  })

  it('finds no label in plain text', () => {
    expect(findLabels('Write **bold** text: here', 0)).toEqual([])
  })
})

describe('isBlank', () => {
  it('is true for underscores, spaces and escaped underscores only', () => {
    expect(isBlank('____')).toBe(true)
    expect(isBlank('  \\_\\_ ')).toBe(true)
    expect(isBlank('')).toBe(true)
    expect(isBlank('__x__')).toBe(false)
  })
})

describe('readField', () => {
  const text = 'Score: __85__ end | blank: ____ | none:    |'
  const lines = new LineIndex(text)

  it('reads typed text between underscores and keeps the raw place', () => {
    const field = readField(text, 6, 14, lines, readNumber)
    expect(field.text).toBe('85')
    expect(field.value).toBe(85)
    expect(at(text, field.place)).toBe('__85__')
  })

  it('reads an untouched blank as empty text and null', () => {
    const field = readField(text, 26, 31, lines, readText)
    expect(field).toMatchObject({ text: '', value: null })
    expect(at(text, field.place)).toBe('____')
  })

  it('gives an all-space value a place inside it', () => {
    const field = readField(text, 39, 43, lines, readText)
    expect(field).toMatchObject({ text: '', value: null })
    expect(field.place.start.offset).toBe(40)
    expect(field.place.end.offset).toBe(40)
  })
})

describe('readNumber', () => {
  it.each([
    ['85', 85],
    ['27.5', 27.5],
    ['6 h', 6],
    ['6 hours', 6],
    ['90%', 90],
    ['-1', -1],
    ['1h 30m', 1.5],
    ['2 hours 15 minutes', 2.25]
  ])('reads %s', (typed, value) => {
    expect(readNumber(typed)).toBe(value)
  })

  it('reads a figure of up to 2^53, past which figures lose their units', () => {
    expect(readNumber('9007199254740991')).toBe(9007199254740991)
    expect(readNumber('9007199254740993')).toBeNull()
  })

  it.each([
    'abc',
    '8/10',
    'about 6',
    '',
    '9'.repeat(309),
    '1'.padEnd(308, '0')
  ])('reads no number in %j', (typed) => {
    expect(readNumber(typed)).toBeNull()
  })
})

describe('readNumber with a decimal comma', () => {
  it('reads `27,5` as 27.5', () => {
    expect(readNumber('27,5')).toBe(27.5)
    expect(readNumber('27,5 h')).toBe(27.5)
  })
})
