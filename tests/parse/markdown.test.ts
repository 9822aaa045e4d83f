import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../src/parse/markdown.js'

describe('parseMarkdown', () => {
  it('parses GFM task items with positions relative to the text', () => {
    const root = parseMarkdown('# A\n\n- [x] done\n- [ ] open\n')
    const list = root.children[1]

    expect(root.children.map((node) => node.type)).toEqual(['heading', 'list'])
    expect(
      list?.type === 'list' && list.children.map((i) => i.checked)
    ).toEqual([true, false])
    expect(list?.position?.start).toEqual({ line: 3, column: 1, offset: 5 })
  })

  it('reads a line of underscores as a thematic break and tables as tables', () => {
    const root = parseMarkdown('____\n\n| a | b |\n|---|---|\n| 1 | 2 |\n')
    expect(root.children.map((node) => node.type)).toEqual([
      'thematicBreak',
      'table'
    ])
  })
})
