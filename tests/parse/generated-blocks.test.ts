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
