import { describe, expect, it } from 'vitest'
import { shouldColour } from '../../src/cli/choose-colour.js'

const terminal = { isTTY: true, write: () => true }
const pipe = { write: () => true }

describe('shouldColour', () => {
  it('colours a terminal and not a pipe', () => {
    expect(shouldColour(terminal, {})).toBe(true)
    expect(shouldColour(pipe, {})).toBe(false)
  })

  it('lets NO_COLOR turn colour off, even when forced', () => {
    expect(shouldColour(terminal, { NO_COLOR: '1' })).toBe(false)
    expect(shouldColour(pipe, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false)
    expect(shouldColour(terminal, { NO_COLOR: '' })).toBe(true)
  })

  it('lets FORCE_COLOR colour a pipe, or turn a terminal off', () => {
    expect(shouldColour(pipe, { FORCE_COLOR: '1' })).toBe(true)
    expect(shouldColour(pipe, { FORCE_COLOR: '' })).toBe(true)
    expect(shouldColour(terminal, { FORCE_COLOR: '0' })).toBe(false)
  })
})
