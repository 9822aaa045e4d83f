import {
  chmod,
  link,
  lstat,
  readFile,
  readdir,
  stat,
  symlink,
  writeFile
} from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeTracker } from '../../src/edit/write-tracker.js'
import { makeTempFolder } from '../helpers/temp-folder.js'

let folder = ''
let remove: () => Promise<void> = async () => {}

beforeEach(async () => {
  ;({ folder, remove } = await makeTempFolder())
})

afterEach(async () => {
  await remove()
})

describe('writeTracker', () => {
  it('replaces the file, keeps its mode and leaves no temporary file', async () => {
    const file = path.join(folder, 'tracker.md')
    await writeFile(file, 'old')
    await chmod(file, 0o640)

    expect(await writeTracker(file, 'tracker.md', 'old', 'new')).toBe('written')
    expect(await readFile(file, 'utf8')).toBe('new')
    expect((await stat(file)).mode & 0o777).toBe(0o640)
    expect(await readdir(folder)).toEqual(['tracker.md'])
  })

  it('writes nothing when the file no longer holds what was read', async () => {
    const file = path.join(folder, 'tracker.md')
    await writeFile(file, 'typed meanwhile')

    expect(await writeTracker(file, 'tracker.md', 'old', 'new')).toBe(
      'changed-meanwhile'
    )
    expect(await readFile(file, 'utf8')).toBe('typed meanwhile')
  })

  it('writes nothing when the file holds other text of the same size', async () => {
    const file = path.join(folder, 'tracker.md')
    await writeFile(file, 'odd')

    expect(await writeTracker(file, 'tracker.md', 'old', 'new')).toBe(
      'changed-meanwhile'
    )
    expect(await readFile(file, 'utf8')).toBe('odd')
    expect(await readdir(folder)).toEqual(['tracker.md'])
  })

  it('takes the bytes that were read in place of their text', async () => {
    const file = path.join(folder, 'tracker.md')
    await writeFile(file, '✓ old')

    expect(
      await writeTracker(file, 'tracker.md', Buffer.from('✓ olf'), 'new')
    ).toBe('changed-meanwhile')
    expect(
      await writeTracker(file, 'tracker.md', Buffer.from('✓ old'), '✓ new')
    ).toBe('written')
    expect(await readFile(file, 'utf8')).toBe('✓ new')
  })

  it('keeps a symbolic link a link and updates the file it points to', async () => {
    const real = path.join(folder, 'real.md')
    const linked = path.join(folder, 'link.md')
    await writeFile(real, 'old')
    await symlink('real.md', linked)

    await writeTracker(linked, 'link.md', 'old', 'new')

    expect((await lstat(linked)).isSymbolicLink()).toBe(true)
    expect(await readFile(real, 'utf8')).toBe('new')
  })

  it('keeps hard links together by writing in place', async () => {
    const first = path.join(folder, 'a.md')
    const second = path.join(folder, 'b.md')
    await writeFile(first, 'old text')
    await link(first, second)

    await writeTracker(first, 'a.md', 'old text', 'new')

    expect(await readFile(second, 'utf8')).toBe('new')
    expect((await stat(first)).ino).toBe((await stat(second)).ino)
  })

  it('refuses a read-only file, leaving it as it was', async () => {
    const file = path.join(folder, 'tracker.md')
    await writeFile(file, 'old')
    await chmod(file, 0o444)

    await expect(
      writeTracker(file, 'tracker.md', 'old', 'new')
    ).rejects.toMatchObject({ code: 'READ_ONLY' })
    expect(await readFile(file, 'utf8')).toBe('old')
  })
})
