import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadTracker } from '../../src/cli/load-tracker.js'
import { TrackerFileError } from '../../src/read/tracker-file-error.js'
import { makeTempFolder } from '../helpers/temp-folder.js'

const settings = { today: '2026-12-10', year: null }

describe('loadTracker', () => {
  let folder = ''
  let remove: () => Promise<void> = async () => {}

  beforeEach(async () => {
    ;({ folder, remove } = await makeTempFolder())
  })

  afterEach(async () => {
    await remove()
  })

  it('reads and parses a tracker', async () => {
    await writeFile(
      path.join(folder, 'plan.md'),
      '## Day 1 - Dec 6 | Start\n\n- [x] Begin (5 min)\n'
    )

    const loaded = await loadTracker({ file: 'plan.md', cwd: folder, settings })

    expect(loaded.path).toBe('plan.md')
    expect(loaded.tracker.days.map((day) => [day.number, day.date])).toEqual([
      [1, '2026-12-06']
    ])
  })

  it('passes --year on to the parser', async () => {
    await writeFile(path.join(folder, 'plan.md'), '## Day 1 - Dec 6\n')

    const loaded = await loadTracker({
      file: 'plan.md',
      cwd: folder,
      settings: { today: '2026-12-10', year: 2030 }
    })

    expect(loaded.tracker.days[0]?.date).toBe('2030-12-06')
  })

  it('refuses a file without days with NO_DAYS', async () => {
    await writeFile(path.join(folder, 'notes.md'), '# Notes\n\nNothing yet.\n')

    const error = await loadTracker({
      file: 'notes.md',
      cwd: folder,
      settings
    }).catch((error: unknown) => error)

    expect(error).toBeInstanceOf(TrackerFileError)
    expect((error as TrackerFileError).code).toBe('NO_DAYS')
  })
})
