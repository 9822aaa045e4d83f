import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { syncText } from '../../src/edit/sync-text.js'
import { parseTracker } from '../../src/parse/parse-tracker.js'
import { repositoryRoot, runMain } from '../helpers/run-main.js'
import { makeTempFolder } from '../helpers/temp-folder.js'

const today = '2026-12-03'

describe('trackmd init', () => {
  let folder = ''
  let remove: () => Promise<void> = async () => {}

  beforeEach(async () => {
    ;({ folder, remove } = await makeTempFolder())
  })

  afterEach(async () => {
    await remove()
  })

  it('writes the bundled template, synced as of today', async () => {
    const template = await readFile(
      path.join(repositoryRoot, 'templates', 'tracker.md'),
      'utf8'
    )

    const result = await runMain(['init', '--today', today], { cwd: folder })
    const written = await readFile(path.join(folder, 'tracker.md'), 'utf8')

    expect(result).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'tracker.md: written, 30 days from 2026-12-06 to 2027-01-04\n'
    })
    expect(written).toBe(syncText(template, { today }).text)
    expect(written).toContain('| Week 1 |  0/5 |  0/77 |   0% |')
    expect(syncText(written, { today }).edits).toEqual([])
  })

  it('refuses to replace a file, which stays as it was', async () => {
    const file = path.join(folder, 'plan.md')
    await writeFile(file, '# My own notes\n')

    const result = await runMain(['init', 'plan.md', '--today', today], {
      cwd: folder
    })

    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'trackmd: plan.md: already exists, expected a new file name; ' +
        'nothing was written\n'
    })
    expect(await readFile(file, 'utf8')).toBe('# My own notes\n')
  })

  it('--start moves Day 1 and every later day, pinning the year', async () => {
    const result = await runMain(
      ['init', 'plan.md', '--start', '2027-02-01', '--today', today],
      { cwd: folder }
    )
    const text = await readFile(path.join(folder, 'plan.md'), 'utf8')
    const tracker = parseTracker(text, { today })

    expect(result.stderr).toBe(
      'plan.md: written, 30 days from 2027-02-01 to 2027-03-02\n'
    )
    expect(text).toMatch(/^## DAY 1 - Feb 1 \| PyTorch Environment/m)
    expect(text).toMatch(/^## DAY 30 - Mar 2 \| Portfolio Preparation/m)
    expect(text).toContain('**Project Start Date:** 2027-02-01  |')
    expect(tracker.days[0]?.date).toBe('2027-02-01')
    expect(tracker.days[29]?.date).toBe('2027-03-02')
    expect(syncText(text, { today: '2026-06-01' }).edits).toEqual([])
  })

  it('checks --start', async () => {
    const result = await runMain(['init', '--start', '2027-02-30'], {
      cwd: folder
    })

    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'trackmd: `--start` expects a date that exists, as YYYY-MM-DD, got `2027-02-30`\n'
    })
  })

  it('reports a missing folder', async () => {
    const result = await runMain(['init', 'no/such/plan.md'], { cwd: folder })

    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'trackmd: no/such/plan.md: could not be written (no such folder)\n'
    })
  })
})
