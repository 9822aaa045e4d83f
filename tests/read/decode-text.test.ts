import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/read/decode-text.js'

describe('decodeText', () => {
  it('decodes UTF-8 and keeps the byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF⏱️ 6 hours')

    expect(decodeText(bytes)).toEqual({ ok: true, text: '\uFEFF⏱️ 6 hours' })
  })

  it('finds the first NUL byte', () => {
    expect(decodeText(Uint8Array.from([65, 66, 0, 0]))).toEqual({
      ok: false,
      problem: 'binary',
      offset: 2
    })
  })

  it('refuses Latin-1 bytes', () => {
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({
      ok: false,
      problem: 'not-utf8'
    })
  })
})
