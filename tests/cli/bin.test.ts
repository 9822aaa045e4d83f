import { spawnSync } from 'node:child_process'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import { repositoryRoot, runMain } from '../helpers/run-main.js'
import { seedStatus } from './expected-output.js'

const bin = path.join(repositoryRoot, 'bin', 'trackmd.js')

/** Run the built bin as a child process, its output piped. */
function runBin(argv: string[], cwd = repositoryRoot) {
  const { NO_COLOR, FORCE_COLOR, ...env } = process.env
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    env,
    encoding: 'utf8',
    // A long tracker's export is several megabytes.
    maxBuffer: 64 * 1024 * 1024
  })
  return {
    exitCode: result.status,
    stdout: result.stdout,
    stderr: result.stderr
  }
}

describe('bin/trackmd.js', () => {
  it('prints the seed’s status without colour when piped', () => {
    expect(
      runBin(['status', 'fixtures/seed/tracker.md', '--today', '2026-12-10'])
    ).toEqual({ exitCode: 0, stdout: seedStatus, stderr: '' })
  })

  it('prints JSON that parses', () => {
    const result = runBin(['export', '--today', '2026-12-10'])

    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.stdout).summary.missedDays).toEqual([1, 2, 3, 4])
  })

  it('reports a missing file in one line with exit status 2', () => {
    expect(runBin(['status', 'nowhere.md'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'trackmd: nowhere.md: no such file\n'
    })
  })

  it('reports an unknown flag with exit status 2', () => {
    expect(runBin(['export', '--pretty'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'trackmd: unknown flag `--pretty`, ' +
        'expected one of: --today, --year, --cache, --cache-location, ' +
        '--help, --version\n'
    })
  })

  it('finds the bundled template from dist/ for init', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'trackmd-bin-'))

    try {
      const result = runBin(['init', '--start', '2027-02-01'], folder)
      const text = readFileSync(path.join(folder, 'tracker.md'), 'utf8')

      expect(result).toEqual({
        exitCode: 0,
        stdout: '',
        stderr: 'tracker.md: written, 30 days from 2027-02-01 to 2027-03-02\n'
      })
      expect(text).toContain('## DAY 1 - Feb 1 |')
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('reads a configuration file, and reports a broken one in one line', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'trackmd-config-'))
    const seed = readFileSync(
      path.join(repositoryRoot, 'fixtures/seed/tracker.md'),
      'utf8'
    )
    const argv = ['lint', 'tracker.md', '--today', '2026-12-10']

    try {
      writeFileSync(path.join(folder, 'tracker.md'), seed)
      const unconfigured = runBin(argv, folder)
      writeFileSync(
        path.join(folder, '.trackmdrc.json'),
        '{"rules": {"missed-day": "off", "summary-stale": "error"}}'
      )
      const configured = runBin(argv, folder)
      writeFileSync(
        path.join(folder, '.trackmdrc.json'),
        '{"rules": {"missed-day": "warning"}}'
      )
      const broken = runBin(argv, folder)

      expect(unconfigured.exitCode).toBe(0)
      expect(unconfigured.stderr).toContain('missed-day')
      expect(configured.exitCode).toBe(1)
      expect(configured.stderr).not.toContain('missed-day')
      expect(configured.stderr).toMatch(
        /^ {2}\d+:\d+ +error +.*summary-stale$/m
      )
      expect(broken).toEqual({
        exitCode: 2,
        stdout: '',
        stderr:
          'trackmd: .trackmdrc.json: `rules.missed-day` is `"warning"`, ' +
          'expected one of "off", "info", "warn", "error", or ' +
          '`["warn", { …options }]`\n'
      })
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('checks the committed tracker.md is synced', () => {
    expect(runBin(['sync', '--check', '--today', '2026-12-03'])).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'tracker.md: up to date\n'
    })
  })

  it('exports a long tracker the same on threads, cold and from the cache', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'trackmd-bin-'))
    const file = path.join(folder, 'tracker.md')
    // A comment in each day sends its block past the line scanner to
    // micromark. The first 200 KB of such blocks are parsed as they come;
    // when the rest is over 200 KB too, it is parsed on a worker thread.
    const text = generateTracker(400).text.replace(
      /^\*\*Deliverable:\*\*/gm,
      '<!-- end of the day -->\n\n$&'
    )

    try {
      expect(text.match(/<!--/g)).toHaveLength(400)
      expect(text.length).toBeGreaterThan(400_000)
      writeFileSync(file, text)

      const argv = ['export', file, '--today', '2026-12-20']
      const inProcess = await runMain(['export', file, '--today', '2026-12-20'])
      const threaded = runBin(argv)
      const cached = ['--cache', '--cache-location', path.join(folder, 'c')]
      const cold = runBin([...argv, ...cached])

      writeFileSync(file, text.replace('- [ ] ', '- [x] '))
      const edited = await runMain(argv)
      const warm = runBin([...argv, ...cached])

      expect(threaded).toEqual({ ...inProcess, exitCode: 0 })
      expect(cold).toEqual(threaded)
      expect(warm).toEqual({ ...edited, exitCode: 0 })
      expect(warm.stdout).not.toBe(cold.stdout)
      // Export keeps its days with their tasks listed, in a file of its own.
      expect(readdirSync(path.join(folder, 'c'))).toEqual([
        expect.stringMatching(/^tracker-[0-9a-f]{16}-listed\.cache$/)
      ])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }, 60_000)

  it('lints and checks a sync the same with the cache, cold and warm', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'trackmd-bin-'))
    const file = path.join(folder, 'tracker.md')
    const cached = ['--cache', '--cache-location', path.join(folder, 'c')]
    const text = generateTracker(60).text
    const commands = [
      ['lint', file, '--today', '2026-12-20', '--format', 'json'],
      ['sync', '--check', file, '--today', '2026-12-20']
    ]
    // Day 3's first task unticked: its deliverable stays done, so lint
    // reports the open task; then a day heading's hours changed.
    const edits = [
      (before: string) => before.replace('- [x] ', '- [ ] '),
      (before: string) => before.replace('| ⏱️ 4 hours', '| ⏱️ 9 hours')
    ]

    try {
      writeFileSync(file, text)
      for (const argv of commands) {
        expect(runBin([...argv, ...cached])).toEqual(runBin(argv))
      }

      let current = text
      for (const edit of edits) {
        const before = current
        current = edit(current)
        expect(current).not.toBe(before)
        writeFileSync(file, current)

        for (const argv of commands) {
          const warm = runBin([...argv, ...cached])
          expect(warm).toEqual(runBin(argv))
          expect(warm.exitCode).not.toBe(2)
        }
      }

      const lint = JSON.parse(
        runBin([...(commands[0] ?? []), ...cached]).stdout
      )
      expect(lint[0].messages.length).toBeGreaterThan(0)
      expect(readdirSync(path.join(folder, 'c'))).toEqual([
        expect.stringMatching(/^tracker-[0-9a-f]{16}\.cache$/)
      ])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }, 60_000)
})
