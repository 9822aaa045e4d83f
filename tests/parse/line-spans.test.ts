import { describe, expect, it } from 'vitest'
import { lineSpans } from '../../src/parse/line-spans.js'

describe('lineSpans', () => {
  it('gives each line without its LF or CRLF', () => {
    const text = 'ab\r\ncd\nef'

    expect(lineSpans(text, 0, text.length)).toEqual([
      [0, 2],
      [4, 6],
      [7, 9]
    ])
  })

  it('stays inside the stretch it is given', () => {
    expect(lineSpans('xx\nab\ncd\nyy', 3, 8)).toEqual([
      [3, 5],
      [6, 8]
    ])
  })
})
