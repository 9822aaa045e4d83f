import { execFileSync } from 'node:child_process'
import { readFile, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readWholeFile } from '../../src/read/read-whole-file.js'
import { makeTempFolder } from '../helpers/temp-folder.js'

describe('readWholeFile', () => {
  it('gives the bytes readFile gives, for files of every size', async (context) => {
    const { folder, remove } = await makeTempFolder()
    context.onTestFinished(remove)
    const file = path.join(folder, 'tracker.md')

    for (const size of [0, 1, 4096, 3 * 1024 * 1024 + 7]) {
      const bytes = Buffer.alloc(size, 'Day ✓ ')
      await writeFile(file, bytes)

      const read = await readWholeFile(file)

      expect(read.length).toBe(size)
      expect(read.equals(await readFile(file))).toBe(true)
    }
  })

  it('fails as readFile does on a missing file', async (context) => {
    const { folder, remove } = await makeTempFolder()
    context.onTestFinished(remove)

    await expect(
      readWholeFile(path.join(folder, 'gone.md'))
    ).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('refuses a pipe at once, where a read would wait for a writer', async (context) => {
    const { folder, remove } = await makeTempFolder()
    context.onTestFinished(remove)
    const pipe = path.join(folder, 'tracker.md')
    execFileSync('mkfifo', [pipe])

    await expect(readWholeFile(pipe)).rejects.toMatchObject({
      code: 'ENOTREGULAR'
    })
  })

  it('refuses a file too large for one buffer as readFile does', async (context) => {
    const { folder, remove } = await makeTempFolder()
    context.onTestFinished(remove)
    const file = path.join(folder, 'tracker.md')
    // Sparse: it takes no room on the disk.
    await writeFile(file, '')
    await truncate(file, 2 ** 31)

    await expect(readWholeFile(file)).rejects.toMatchObject({
      code: 'ERR_FS_FILE_TOO_LARGE'
    })
  })
})
