import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { displayPath } from '../../src/read/display-path.js'

describe('displayPath', () => {
  const cwd = path.resolve('/work/plans')

  it('shows paths relative to the working folder', () => {
    expect(displayPath('tracker.md', cwd)).toBe('tracker.md')
    expect(displayPath(path.join(cwd, 'a', 'b.md'), cwd)).toBe('a/b.md')
    expect(displayPath(path.resolve('/work/other.md'), cwd)).toBe('../other.md')
    expect(displayPath(cwd, cwd)).toBe('.')
  })
})
