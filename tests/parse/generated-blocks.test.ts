import { describe, expect, it } from 'vitest'
import { GeneratedBlocks } from '../../src/parse/generated-blocks.js'
import { LineIndex } from '../../src/parse/line-index.js'

const open = '<!-- trackmd:progress -->'
const close = '<!-- /trackmd:progress -->'

function source(text: string) {
  return { text, lines: new LineIndex(text), base: 0 }
}

describe('GeneratedBlocks', () => {
  it('gives what stands between the two markers', () => {
    const text = `${open}\n| old |\n${close}\n`
    const blocks = new GeneratedBlocks(text)

    expect(blocks.addComment(open, 0, source(text))).toEqual([])
    expect(blocks.isInside).toBe(true)

    const [block] = blocks.addComment(close, 34, source(text))

    expect(block?.name).toBe('progress')
    expect(
      text.slice(block?.inside.start.offset, block?.inside.end.offset)
    ).toBe('\n| old |\n')
    expect(blocks.isInside).toBe(false)
  })

  it('ignores an opening marker that no closing marker follows', () => {
    const text = `${open}\n## Day 1 - Dec 6\n`
    const blocks = new GeneratedBlocks(text)

    blocks.addComment(open, 0, source(text))

    expect(blocks.isInside).toBe(false)
  })
})

describe('GeneratedBlocks with a marker left alone', () => {
  it('reports an opening marker with no closing one after it', () => {
    const text = `${open}\n## Day 1 - Dec 6\n`
    const blocks = new GeneratedBlocks(text)

    blocks.addComment(open, 0, source(text))

    expect(blocks.unmatched).toMatchObject([
      {
        kind: 'field',
        reason: 'expected `<!-- /trackmd:progress -->` after it, found none',
        place: { start: { line: 1, column: 1 } }
      }
    ])
  })

  it('reports a closing marker with no opening one before it', () => {
    const text = `${close}\n${open}\n`
    const blocks = new GeneratedBlocks(text)

    blocks.addComment(close, 0, source(text))
    blocks.addComment(open, 27, source(text))

    expect(blocks.unmatched.map((entry) => entry.reason)).toEqual([
      'expected `<!-- trackmd:progress -->` before it, found none',
      'expected `<!-- /trackmd:progress -->` after it, found none'
    ])
  })
})

describe('GeneratedBlocks around text the tool did not write', () => {
  it('refuses markers with anything but a table between them', () => {
    for (const inside of [
      '\n## Day 1 - Dec 6\n',
      '\n- [ ] Read\n',
      '\nnote\n'
    ]) {
      const text = `${open}${inside}${close}\n`
      const blocks = new GeneratedBlocks(text)
      const closeAt = open.length + inside.length

      expect(blocks.addComment(open, 0, source(text))).toEqual([])
      expect(blocks.isInside).toBe(false)
      expect(blocks.addComment(close, closeAt, source(text))).toEqual([])
      expect(blocks.unmatched).toMatchObject([
        {
          kind: 'field',
          reason:
            'expected only the table trackmd writes between it and ' +
            '`<!-- /trackmd:progress -->`, found other text',
          text: open,
          place: { start: { line: 1, column: 1 } }
        }
      ])
    }
  })

  it('takes blank lines and table rows, in any line ending', () => {
    const inside = '\r\n\r\n| a | b |\r\n  | - | - |\r\n\t\r\n'
    const text = `${open}${inside}${close}`
    const blocks = new GeneratedBlocks(text)

    blocks.addComment(open, 0, source(text))

    expect(blocks.isInside).toBe(true)
  })
})
