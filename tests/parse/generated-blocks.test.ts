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
    const text = `${open}\nold table\n${close}\n`
    const blocks = new GeneratedBlocks(text)

    expect(blocks.addComment(open, 0, source(text))).toEqual([])
    expect(blocks.isInside).toBe(true)

    const [block] = blocks.addComment(close, 36, source(text))

    expect(block?.name).toBe('progress')
    expect(
      text.slice(block?.inside.start.offset, block?.inside.end.offset)
    ).toBe('\nold table\n')
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
