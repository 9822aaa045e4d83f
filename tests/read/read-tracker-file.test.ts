import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readTrackerFile } from '../../src/read/read-tracker-file.js'
import { TrackerFileError } from '../../src/read/tracker-file-error.js'
import { makeTempFolder } from '../helpers/temp-folder.js'

let folder = ''
let remove: () => Promise<void> = async () => {}

beforeEach(async () => {
  ;({ folder, remove } = await makeTempFolder())
})

afterEach(async () => {
  await remove()
})

async function failure(file: string, cwd = folder): Promise<TrackerFileError> {
  const error = await readTrackerFile(file, { cwd }).then(
    () => undefined,
    (error: unknown) => error
  )
  if (!(error instanceof TrackerFileError)) {
    throw new Error(`expected a TrackerFileError, got ${String(error)}`)
  }
  return error
}

describe('readTrackerFile', () => {
  it('returns the text with its byte order mark and line endings', async () => {
    await writeFile(path.join(folder, 't.md'), '\uFEFF# Plan\r\n')

    expect(await readTrackerFile('t.md', { cwd: folder })).toBe(
      '\uFEFF# Plan\r\n'
    )
  })

  it('reports a missing file', async () => {
    const error = await failure('missing.md')

    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe('missing.md: no such file')
  })

  it('reports a missing file inside a missing folder', async () => {
    const error = await failure('nope/missing.md')

    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe('nope/missing.md: no such file')
  })

  it('reports a folder', async () => {
    await mkdir(path.join(folder, 'plans'))

    const error = await failure('plans')

    expect(error.code).toBe('IS_FOLDER')
    expect(error.message).toBe('plans: is a folder, expected a Markdown file')
  })

  it('reports a binary file', async () => {
    await writeFile(path.join(folder, 'b.md'), Buffer.from([0x23, 0x20, 0]))

    const error = await failure('b.md')

    expect(error.code).toBe('BINARY')
    expect(error.message).toBe(
      'b.md: is a binary file (NUL byte at offset 2), expected Markdown text'
    )
  })

  it('reports bytes that are not UTF-8', async () => {
    await writeFile(path.join(folder, 'l.md'), Buffer.from([0xff, 0xfe, 0x41]))

    const error = await failure('l.md')

    expect(error.code).toBe('NOT_UTF8')
    expect(error.message).toBe(
      'l.md: is not UTF-8 text, expected Markdown saved as UTF-8'
    )
  })

  it('reports an empty file and one of white space only', async () => {
    await writeFile(path.join(folder, 'e.md'), '')
    await writeFile(path.join(folder, 'w.md'), '\uFEFF \n\t\r\n')

    const empty = await failure('e.md')
    const blank = await failure('w.md')

    expect(empty.code).toBe('EMPTY')
    expect(empty.message).toBe('e.md: is empty, expected a tracker')
    expect(blank.code).toBe('EMPTY')
    expect(blank.message).toBe(
      'w.md: holds only white space, expected a tracker'
    )
  })

  it('shows paths relative to the working folder with slashes', async () => {
    await mkdir(path.join(folder, 'sub'))

    const error = await failure(
      path.join(folder, 'x', 'y.md'),
      path.join(folder, 'sub')
    )

    expect(error.path).toBe('../x/y.md')
    expect(error.reason).toBe('no such file')
    expect(error.cause).toBeInstanceOf(Error)
  })

  it('refuses a named pipe instead of waiting on it for ever', async () => {
    execFileSync('mkfifo', [path.join(folder, 'pipe.md')])

    const error = await failure('pipe.md')

    expect(error.code).toBe('UNREADABLE')
    expect(error.message).toBe(
      'pipe.md: is not a regular file, expected a Markdown file'
    )
  })
})
