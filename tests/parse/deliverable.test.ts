import { describe, expect, it } from 'vitest'
import { readDeliverable } from '../../src/parse/deliverable.js'
import { findLabels } from '../../src/parse/fields.js'
import { LineIndex } from '../../src/parse/line-index.js'
import { garble } from '../../src/parse/symbols.js'
import { at } from './helpers.js'

function deliverable(line: string) {
  const label = findLabels(line, 0)[0]!
  return readDeliverable(line, label, new LineIndex(line))
}

describe('readDeliverable', () => {
  it('reads an untouched mark as not done', () => {
    const line =
      '**Deliverable:** `day1_tensors.py` ✓ _____  **Blockers:** ____'
    const result = deliverable(line)

    expect(result.text).toBe('`day1_tensors.py`')
    expect(result.done).toBe(false)
    expect(result.mark).toMatchObject({ text: '', value: null })
    expect(at(line, result.mark.place)).toBe('_____')
    expect(at(line, result.place)).toBe(
      '**Deliverable:** `day1_tensors.py` ✓ _____  '
    )
  })

  it.each([
    ['✓ done', 'done'],
    ['✓ __x__', 'x'],
    ['✓ _____ 12/08', '12/08'],
    ['✔ yes', 'yes'],
    ['☑ ok', 'ok']
  ])('reads `%s` as done', (mark, text) => {
    const result = deliverable(`**Deliverable:** notes ${mark}`)
    expect(result.done).toBe(true)
    expect(result.mark.text).toBe(text)
    expect(result.text).toBe('notes')
  })

  it('reads the garbled check mark', () => {
    const line = `**Deliverable:** notes ${garble('✓', 'macintosh')} done`
    expect(deliverable(line)).toMatchObject({ text: 'notes', done: true })
  })

  it('takes the last check mark, so a ✓ in the text stays text', () => {
    const result = deliverable('**Deliverable:** ✓ list ✓ _____')
    expect(result.text).toBe('✓ list')
    expect(result.done).toBe(false)
  })

  it('without a check mark, takes a trailing blank as the mark', () => {
    const result = deliverable('**Deliverable:** report _____')
    expect(result).toMatchObject({ text: 'report', done: false })
    expect(deliverable('**Deliverable:** report').done).toBe(false)
  })
})

describe('readDeliverable with the blank filled by a check mark', () => {
  it('reads `✓ ✅` and `✓ done ✅` as done', () => {
    expect(deliverable('**Deliverable:** x ✓ ✅')).toMatchObject({
      text: 'x',
      done: true
    })
    expect(deliverable('**Deliverable:** x ✓ done ✅').mark.text).toBe(
      'done ✅'
    )
  })
})
