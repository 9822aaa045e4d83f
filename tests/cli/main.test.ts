import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repositoryRoot, runMain } from '../helpers/run-main.js'
import { makeTempFolder } from '../helpers/temp-folder.js'
import { seedStatus, smallPlanStatus } from './expected-output.js'

const seed = 'fixtures/seed/tracker.md'
const validCommands = 'expected one of: status, sync, watch, lint, export, init'
const validFlags =
  'expected one of: --today, --year, --cache, --cache-location, --help, --version'

describe('main: status', () => {
  it('prints the seed’s status on stdout', async () => {
    const result = await runMain(['status', '--today', '2026-12-10', seed])

    expect(result).toEqual({ exitCode: 0, stdout: seedStatus, stderr: '' })
  })

  it('prints the status of a small plan with ticks and hours', async () => {
    const result = await runMain([
      'status',
      'fixtures/small-plan/tracker.md',
      '--today=2026-12-07'
    ])

    expect(result).toEqual({ exitCode: 0, stdout: smallPlanStatus, stderr: '' })
  })

  it('reads tracker.md in the working folder by default', async () => {
    const result = await runMain(['status', '--today', '2026-12-10'])

    expect(result.exitCode).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe('tracker.md · Thu 10 Dec 2026')
  })

  it('takes today from the local clock when not given', async () => {
    const result = await runMain(['status', seed], {
      clock: () => new Date(2026, 11, 10, 23, 59)
    })

    expect(result.stdout).toBe(seedStatus)
  })

  it('colours only a terminal, and never under NO_COLOR', async () => {
    const argv = ['status', '--today', '2026-12-10', seed]

    const terminal = await runMain(argv, { isTTY: true })
    const noColour = await runMain(argv, {
      isTTY: true,
      env: { NO_COLOR: '1' }
    })
    const forced = await runMain(argv, { env: { FORCE_COLOR: '1' } })
    const piped = await runMain(argv)

    expect(terminal.stdout).toContain('\u001b[1mfixtures/seed/tracker.md')
    expect(forced.stdout).toBe(terminal.stdout)
    expect(noColour.stdout).toBe(seedStatus)
    expect(piped.stdout).toBe(seedStatus)
  })
})

describe('main: export', () => {
  it('prints the seed as JSON with the figures of the plan', async () => {
    const result = await runMain(['export', seed, '--today', '2026-12-03'])
    const document = JSON.parse(result.stdout)
    const day13 = document.days[12]

    expect(result.exitCode).toBe(0)
    expect(result.stderr).toBe('')
    expect(document.today).toBe('2026-12-03')
    expect(document.days).toHaveLength(30)
    expect(document.days[0].date).toBe('2026-12-06')
    expect(document.days[26].date).toBe('2027-01-01')
    expect(day13.tasks).toHaveLength(15)
    expect(
      day13.tasks.reduce(
        (total: number, task: { minutes: number | null }) =>
          total + (task.minutes ?? 0),
        0
      )
    ).toBe(265)
    expect(
      document.weeks.map((week: { targetHours: number }) => week.targetHours)
    ).toEqual([30, 51, 50, 42])
    expect(document.checkpoints).toHaveLength(4)
    expect(
      document.checkpoints.flatMap((each: { items: unknown[] }) => each.items)
    ).toHaveLength(26)
    expect(document.summary).toEqual({
      totalDays: 30,
      tasks: { total: 409, done: 0 },
      plannedMinutes: { total: 6160, done: 0 },
      completeDays: 0,
      deliverablesDone: 0,
      milestonesDone: 0,
      missedDays: [],
      streak: 0,
      currentDay: 1,
      actualHours: null,
      targetHours: 173
    })
  })

  it('lists missed days as of --today', async () => {
    const result = await runMain(['export', seed, '--today', '2026-12-10'])

    expect(JSON.parse(result.stdout).summary.missedDays).toEqual([1, 2, 3, 4])
  })

  it('writes the first day of the small plan exactly', async () => {
    const result = await runMain([
      'export',
      'fixtures/small-plan/tracker.md',
      '--today',
      '2026-12-07'
    ])

    expect(JSON.parse(result.stdout).days[0]).toEqual({
      number: 1,
      date: '2026-12-06',
      title: 'Setup',
      plannedHours: 2,
      week: 1,
      line: 3,
      tasks: [
        {
          text: 'Install tools (20 min)',
          done: true,
          line: 5,
          minutes: 20,
          minutesMax: 20
        },
        {
          text: 'Read the guide (30 min)',
          done: false,
          line: 6,
          minutes: 30,
          minutesMax: 30
        }
      ],
      deliverable: { text: '`setup.sh`', done: true },
      blockers: '',
      complete: true,
      missed: false
    })
  })
})

describe('main: configuration', () => {
  it('dates the plan with the configured year in every command', async () => {
    const { folder, remove } = await makeTempFolder()
    const plan = '## Day 1 - Dec 6 | Start | 1 hour\n\n- [ ] a (10 min)\n'

    await writeFile(path.join(folder, 'tracker.md'), plan)
    await writeFile(
      path.join(folder, '.trackmdrc.json'),
      JSON.stringify({ year: 2030 })
    )

    const result = await runMain(['export', '--today', '2026-12-03'], {
      cwd: folder
    })

    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.stdout).days[0].date).toBe('2030-12-06')
    await remove()
  })
})

describe('main: bad input', () => {
  let folder = ''
  let remove: () => Promise<void> = async () => {}

  beforeEach(async () => {
    ;({ folder, remove } = await makeTempFolder())
  })

  afterEach(async () => {
    await remove()
  })

  async function expectError(argv: string[], message: string): Promise<void> {
    const result = await runMain(argv, { cwd: folder })

    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `trackmd: ${message}\n`
    })
  }

  it('reports a missing file, also the default one', async () => {
    await expectError(['status', 'missing.md'], 'missing.md: no such file')
    await expectError(['export'], 'tracker.md: no such file')
  })

  it('reports a folder', async () => {
    await mkdir(path.join(folder, 'plans'))

    await expectError(
      ['export', 'plans'],
      'plans: is a folder, expected a Markdown file'
    )
  })

  it('reports a binary file', async () => {
    await writeFile(
      path.join(folder, 'image.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])
    )

    await expectError(
      ['status', 'image.md'],
      'image.md: is a binary file (NUL byte at offset 4), ' +
        'expected Markdown text'
    )
  })

  it('reports bytes that are not UTF-8', async () => {
    await writeFile(
      path.join(folder, 'latin.md'),
      Buffer.from([0xff, 0xfe, 0x23, 0x20, 0x44])
    )

    await expectError(
      ['export', 'latin.md'],
      'latin.md: is not UTF-8 text, expected Markdown saved as UTF-8'
    )
  })

  it('reports an empty file and one of white space', async () => {
    await writeFile(path.join(folder, 'empty.md'), '')
    await writeFile(path.join(folder, 'blank.md'), '  \n\n\t\n')

    await expectError(
      ['status', 'empty.md'],
      'empty.md: is empty, expected a tracker'
    )
    await expectError(
      ['status', 'blank.md'],
      'blank.md: holds only white space, expected a tracker'
    )
  })

  it('reports a Markdown file without days', async () => {
    await writeFile(
      path.join(folder, 'notes.md'),
      '# Notes\n\n## Code Quality\n\n- [ ] Write docstrings\n'
    )

    await expectError(
      ['export', 'notes.md'],
      'notes.md: has no days, expected a heading such as `## Day 1 - Dec 6`'
    )
  })

  it('shows a file in a subfolder with forward slashes', async () => {
    await expectError(
      ['status', path.join('sub', 'missing.md')],
      'sub/missing.md: no such file'
    )
  })
})

describe('main: command line', () => {
  async function expectUsageError(argv: string[], message: string) {
    const result = await runMain(argv)

    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `trackmd: ${message}\n`
    })
  }

  it('refuses an unknown command, listing the valid ones', async () => {
    await expectUsageError(
      ['lnit'],
      `unknown command \`lnit\`, ${validCommands}`
    )
  })

  it('reads a file named after `--`, even one that starts with a dash', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'trackmd-dash-'))
    await copyFile(
      path.join(repositoryRoot, 'fixtures', 'seed', 'tracker.md'),
      path.join(folder, '-plan.md')
    )

    const result = await runMain(
      ['export', '--today', '2026-12-03', '--', '-plan.md'],
      { cwd: folder }
    )

    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.stdout).summary.totalDays).toBe(30)
    await rm(folder, { recursive: true })
  })

  it('lints the files named after `--` and not the default', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'trackmd-dash-'))
    const seed = path.join(repositoryRoot, 'fixtures', 'seed', 'tracker.md')
    for (const name of ['tracker.md', 'a.md', '-b.md']) {
      await copyFile(seed, path.join(folder, name))
    }

    const result = await runMain(
      [
        'lint',
        '--today',
        '2026-12-03',
        '--format',
        'json',
        '--',
        'a.md',
        '-b.md'
      ],
      { cwd: folder }
    )

    const files = JSON.parse(result.stdout) as Array<{ filePath: string }>
    expect(files.map((file) => path.basename(file.filePath))).toEqual([
      'a.md',
      '-b.md'
    ])
    await rm(folder, { recursive: true })
  })

  it('refuses a lone `-` and two files for a one-file command', async () => {
    await expectUsageError(
      ['status', '-'],
      'reading standard input (`-`) is not supported, expected a file name'
    )
    await expectUsageError(
      ['status', 'a.md', '--', 'b.md'],
      'unexpected argument `b.md`, expected at most one file'
    )
  })

  it('refuses a missing command', async () => {
    await expectUsageError(
      [],
      `missing command, ${validCommands} (see \`trackmd --help\`)`
    )
  })

  it('refuses an unknown flag, listing the valid ones', async () => {
    await expectUsageError(
      ['status', '--colour'],
      `unknown flag \`--colour\`, ${validFlags}`
    )
    await expectUsageError(
      ['export', '-x'],
      `unknown flag \`-x\`, ${validFlags}`
    )
    await expectUsageError(
      ['export', '-qx'],
      `unknown flag \`-q\`, ${validFlags}`
    )
  })

  it('refuses a second file', async () => {
    await expectUsageError(
      ['status', 'a.md', 'b.md'],
      'unexpected argument `b.md`, expected at most one file'
    )
  })

  it('checks --today and --year', async () => {
    await expectUsageError(
      ['status', '--today', '2026-02-30'],
      '`--today` expects a date that exists, as YYYY-MM-DD, got `2026-02-30`'
    )
    await expectUsageError(
      ['status', '--today', '10/12/2026'],
      '`--today` expects a date that exists, as YYYY-MM-DD, got `10/12/2026`'
    )
    await expectUsageError(
      ['status', '--today'],
      '`--today` needs a value, expected YYYY-MM-DD'
    )
    await expectUsageError(
      ['export', '--year', 'next'],
      '`--year` expects a four-digit year such as 2026'
    )
  })

  it('lets the last of a repeated flag win', async () => {
    const result = await runMain([
      'status',
      seed,
      '--today',
      '2026-12-01',
      '--today',
      '2026-12-10'
    ])

    expect(result.stdout).toBe(seedStatus)
  })

  it('prints help and the version on stdout', async () => {
    const help = await runMain(['--help'])
    const version = await runMain(['--version'])
    const manifest = JSON.parse(
      readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')
    ) as { version: string }

    expect(help.exitCode).toBe(0)
    expect(help.stdout.split('\n').slice(0, 12)).toEqual([
      'Usage: trackmd <command> [file] [options]',
      '',
      'Commands:',
      '  trackmd status [file]    ' +
        'Show today’s tasks, progress per week and streak',
      '  trackmd sync [file]      ' +
        'Recompute the computed cells and rewrite them in',
      '                           place',
      '  trackmd watch [files..]  ' +
        'Sync on every save and report what changed, until',
      '                           stopped',
      '  trackmd lint [files..]   ' +
        'Report missed days and broken entries in the file',
      '  trackmd export [file]    Print the tracker and its summary as JSON',
      '  trackmd init [file]      Write the 30-day template to a new file',
      ''
    ])
    expect(help.stdout).toContain('--today')
    expect(help.stdout).toContain('--year')
    expect(version).toEqual({
      exitCode: 0,
      stdout: `${manifest.version}\n`,
      stderr: ''
    })
  })
})
