import { appendFile, chmod, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runMain, testsBundle } from '../helpers/run-main.js'
import { makeTempFolder } from '../helpers/temp-folder.js'
import { seedText } from '../helpers/tracker-texts.js'

/** A hook run before each write, to play a person saving meanwhile. */
const writes = vi.hoisted(() => ({
  beforeWrite: null as null | ((file: string) => Promise<void>)
}))

vi.mock('../../src/edit/write-tracker.js', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('../../src/edit/write-tracker.js')>()

  return {
    ...real,
    async writeTracker(
      file: string,
      shown: string,
      read: string,
      next: string
    ) {
      await writes.beforeWrite?.(file)
      return real.writeTracker(file, shown, read, next)
    }
  }
})

const seedReport = [
  'Actual Hours: ____ → 0',
  'Avg Hours/Day: ____ → 0',
  'Week 1 Hours: ____ (Target: 30) → 0 (Target: 30)',
  'Week 2 Hours: ____ (Target: 51) → 0 (Target: 51)',
  'Week 3 Hours: ____ (Target: 50) → 0 (Target: 50)',
  'Week 4 Hours: ____ (Target: 42) → 0 (Target: 42)',
  'Major Milestones Complete: ____/4 → 0/4',
  'Improvements Implemented: ____/3 → 0/3',
  'Deliverables Created: ____ → 0',
  'Final Status (On Track): ☐ → ☑'
]

describe('trackmd sync', () => {
  let folder = ''
  let remove: () => Promise<void> = async () => {}
  let file = ''

  beforeEach(async () => {
    ;({ folder, remove } = await makeTempFolder())
    file = path.join(folder, 'tracker.md')
    await writeFile(file, seedText)
    writes.beforeWrite = null
  })

  afterEach(async () => {
    await chmod(file, 0o644).catch(() => {})
    await remove()
  })

  function sync(...argv: string[]) {
    return runMain(['sync', ...argv, '--today', '2026-12-03'], { cwd: folder })
  }

  it('writes the computed cells and reports one line per cell', async () => {
    const result = await sync()

    expect(result).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: [...seedReport, 'tracker.md: 10 cells updated', ''].join('\n')
    })
    expect(await readFile(file, 'utf8')).toContain(
      '| Deliverables Created | 0 |\n'
    )
    expect(await sync()).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'tracker.md: up to date\n'
    })
  })

  it('says a multi-line cell was updated', async () => {
    await writeFile(
      file,
      seedText.replace(
        '\n---\n',
        '\n<!-- trackmd:progress -->\n<!-- /trackmd:progress -->\n\n---\n'
      )
    )

    const result = await sync()

    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      'Progress table: updated',
      'Actual Hours: ____ → 0'
    ])
    expect(result.stderr).toContain('tracker.md: 11 cells updated\n')
  })

  it('--check exits 1 on drift and 0 when up to date, writing nothing', async () => {
    const drift = await sync('--check')

    expect(drift).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: [
        ...seedReport,
        'tracker.md: 10 cells out of date, run `trackmd sync` to update them',
        ''
      ].join('\n')
    })
    expect(await readFile(file, 'utf8')).toBe(seedText)

    await sync()
    const synced = await readFile(file)
    const clean = await sync('--check')

    expect(clean).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'tracker.md: up to date\n'
    })
    expect((await readFile(file)).equals(synced)).toBe(true)
  })

  it('--diff prints a unified diff and writes nothing', async () => {
    const result = await sync('--diff')

    expect(result.exitCode).toBe(0)
    expect(result.stdout.split('\n').slice(0, 5)).toEqual([
      '===================================================================',
      '--- a/tracker.md',
      '+++ b/tracker.md',
      '@@ -900,24 +900,24 @@',
      ' | Metric | Value |'
    ])
    expect(result.stdout).toContain(
      '-| Deliverables Created | ____ |\n+| Deliverables Created | 0 |\n'
    )
    expect(result.stdout).toContain(
      '+  ☑ On Track  ☐ Ahead of Schedule  ☐ Behind Schedule (days behind: ___)\n'
    )
    expect(result.stderr).toContain(
      'tracker.md: 10 cells out of date, nothing written\n'
    )
    expect(await readFile(file, 'utf8')).toBe(seedText)
  })

  it('refuses a read-only file in one line, exit 2, file unchanged', async () => {
    await chmod(file, 0o444)

    const result = await sync()

    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'trackmd: tracker.md: is read-only, expected a file the tool may ' +
        'update; nothing was written\n'
    })
    expect(await readFile(file, 'utf8')).toBe(seedText)
    expect((await stat(file)).mode & 0o777).toBe(0o444)
  })

  it('keeps the plan that progress markers were placed around', async () => {
    const lines = seedText.split('\n')
    lines.splice(62, 0, '<!-- /trackmd:progress -->')
    lines.splice(13, 0, '<!-- trackmd:progress -->')
    const text = lines.join('\n')
    await writeFile(file, text)

    const result = await sync()
    const synced = await readFile(file, 'utf8')
    const lint = await runMain(['lint', '--today', '2026-12-03'], {
      cwd: folder
    })

    // Only the summary's cells change: every line typed before them stays.
    expect(result.exitCode).toBe(0)
    expect(result.stderr).not.toContain('Progress table')
    const cells = text.indexOf('| Actual Hours')
    expect(cells).toBeGreaterThan(text.indexOf('## DAY 3'))
    expect(synced.slice(0, cells)).toBe(text.slice(0, cells))
    expect(lint.stderr).toMatch(
      new RegExp(
        '^ {2}14:1 +error +Could not read `<!-- trackmd:progress -->`: ' +
          'expected only the table trackmd writes between it and ' +
          '`<!-- /trackmd:progress -->`, found other text +field-value$',
        'm'
      )
    )
  })

  it('keeps the file mode', async () => {
    await chmod(file, 0o640)

    expect((await sync()).exitCode).toBe(0)
    expect((await stat(file)).mode & 0o777).toBe(0o640)
  })

  // The hook wraps the sources' writer, which the bundle does not use.
  describe.skipIf(testsBundle)('while a person saves meanwhile', () => {
    it('reads again when the file changed, keeping the change', async () => {
      let saves = 0
      writes.beforeWrite = async (target) => {
        saves += 1
        if (saves === 1) await appendFile(target, '\nA note typed meanwhile.\n')
      }

      const result = await sync()
      const text = await readFile(file, 'utf8')

      expect(saves).toBe(2)
      expect(result.exitCode).toBe(0)
      expect(text.endsWith('\nA note typed meanwhile.\n')).toBe(true)
      expect(text).toContain('| Deliverables Created | 0 |\n')
    })

    it('gives up with exit 2 when the file keeps changing', async () => {
      writes.beforeWrite = (target) => appendFile(target, 'x')

      expect(await sync()).toEqual({
        exitCode: 2,
        stdout: '',
        stderr:
          'trackmd: tracker.md: changed between reading and writing 5 times ' +
          'in a row, expected it to hold still; nothing was written\n'
      })
      expect(await readFile(file, 'utf8')).toBe(`${seedText}xxxxx`)
    })
  })

  it('lists its own flags in help and in the unknown-flag error', async () => {
    const help = await runMain(['sync', '--help'])
    const unknown = await sync('--fix')

    expect(help.stdout).toMatch(/--check +Write nothing; exit 1 when the file/)
    expect(help.stdout).toMatch(/--diff +Print the change as a unified diff/)
    // A command's help is wrapped at 80 columns, as the main help is.
    expect(help.stdout).toContain(
      '  --year            Year of Day 1, for dates written without a year ' +
        '(YYYY)\n' +
        `${' '.repeat(72)}[number]\n`
    )
    expect(unknown.stderr).toBe(
      'trackmd: unknown flag `--fix`, expected one of: --today, --year, ' +
        '--cache, --cache-location, --check, --diff, --help, --version\n'
    )
    expect((await runMain(['status', '--check'])).exitCode).toBe(2)
  })
})
