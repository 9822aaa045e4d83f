import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadTracker, readTrackerFacts } from '../../src/cli/load-tracker.js'
import { hashBlock } from '../../src/parse/block-cache.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { trackerFacts } from '../../src/summary/tracker-facts.js'
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

  it('reads facts without a cache edited past its checksum', async () => {
    const text =
      '<!-- a comment sends this block to micromark -->\n\n' +
      '## Day 1 - Dec 6 | Start\n\n- [x] Begin (5 min)\n\n' +
      '## Day 2 - Dec 7 | Next\n\n- [ ] Go on (5 min)\n'
    const file = path.join(folder, 'plan.md')
    const cache = path.join(folder, 'cache')
    const expected = trackerFacts(parseTracker(text, { today: settings.today }))
    await writeFile(file, text)

    const cached = { settings: { ...settings, cache } }
    expect((await readTrackerFacts(text, file, cached)).facts).toEqual(expected)

    // Every entry's JSON replaced by values the parser cannot build from,
    // under a checksum that matches: the run reads the text instead.
    const [name = ''] = await readdir(cache)
    const written = await readFile(path.join(cache, name), 'utf8')
    const lines = written.split('\n').slice(1)
    const broken = [
      lines[0],
      ...lines
        .slice(1)
        .map((line) =>
          line.startsWith('block')
            ? line.replace(/\t[^\t]*$/, '\t[null]')
            : line.replace(/\t[^\t]*$/, '\t{"kind":"day","values":[1]}')
        )
    ].join('\n')
    expect(broken).not.toBe(lines.join('\n'))
    await writeFile(path.join(cache, name), `${hashBlock(broken)}\n${broken}`)

    expect((await readTrackerFacts(text, file, cached)).facts).toEqual(expected)
    const loaded = await loadTracker({
      file: 'plan.md',
      cwd: folder,
      settings: { ...settings, cache }
    })
    expect(loaded.tracker).toEqual(
      parseTracker(text, { today: settings.today })
    )
  })
})
