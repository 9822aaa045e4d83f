import { chmod, readFile, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { syncText } from '../../src/edit/sync-text.js'
import { repositoryRoot, runMain } from '../helpers/run-main.js'
import { makeTempFolder } from '../helpers/temp-folder.js'
import { smallPlan } from '../helpers/lint-findings.js'
import { seedText } from '../helpers/tracker-texts.js'

const garbledSeed = readFileSync(
  path.join(repositoryRoot, 'fixtures', 'seed-mojibake', 'tracker.md'),
  'utf8'
)

/** The seed as the repository keeps it: synced as of 2026-12-06. */
const syncedSeed = syncText(seedText, { today: '2026-12-06' }).text

describe('trackmd lint', () => {
  let folder = ''
  let remove: () => Promise<void> = async () => {}

  beforeEach(async () => {
    ;({ folder, remove } = await makeTempFolder())
  })

  afterEach(() => remove())

  async function write(name: string, text: string): Promise<string> {
    const file = path.join(folder, name)
    await writeFile(file, text)
    return file
  }

  function lint(...argv: string[]) {
    return runMain(['lint', ...argv], { cwd: folder })
  }

  it('prints the readable report on stderr, exit 0 with warnings only', async () => {
    await write('tracker.md', syncedSeed)

    const result = await lint('--today', '2026-12-10')

    expect(result.exitCode).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(
      '  10:1    warning  Day 1 (Dec 6) was missed: 14 of 14 tasks open, deliverable not marked done  missed-day\n'
    )
    expect(result.stderr.split('\n').slice(-3)).toEqual([
      '11 problems (0 errors, 11 warnings) in 1 file',
      '3 problems can be fixed with `trackmd lint --fix`',
      ''
    ])
  })

  it('exits 1 on errors, and on more warnings than --max-warnings', async () => {
    await write('garbled.md', garbledSeed)
    await write('tracker.md', syncedSeed)

    expect((await lint('garbled.md', '--today', '2026-12-06')).exitCode).toBe(1)
    expect(
      (await lint('--today', '2026-12-10', '--max-warnings', '11')).exitCode
    ).toBe(0)

    const over = await lint('--today', '2026-12-10', '--max-warnings', '10')
    expect(over.exitCode).toBe(1)
    expect(over.stderr).toContain(
      'trackmd: found 11 warnings, expected at most 10 (`--max-warnings`)\n'
    )
  })

  it('lints several files, and prints ESLint JSON on stdout', async () => {
    await write('a.md', smallPlan())
    await write('b.md', smallPlan(['- [ ] Write code', '- [] Write code']))

    const result = await lint(
      'a.md',
      'b.md',
      '--today',
      '2026-12-06',
      '--year',
      '2026',
      '--format',
      'json'
    )
    const parsed = JSON.parse(result.stdout) as Array<{
      filePath: string
      messages: Array<{ ruleId: string; line: number; severity: number }>
      errorCount: number
      fixableErrorCount: number
    }>

    expect(result.exitCode).toBe(1)
    expect(result.stderr).toBe('')
    expect(parsed.map((file) => path.basename(file.filePath))).toEqual([
      'a.md',
      'b.md'
    ])
    expect(parsed[0]?.messages).toEqual([])
    expect(parsed[1]?.messages.map((message) => message.ruleId)).toEqual([
      'malformed-task'
    ])
    expect(parsed[1]?.errorCount).toBe(1)
    expect(parsed[1]?.fixableErrorCount).toBe(1)
  })

  it('prints GitHub annotations on stdout', async () => {
    await write('tracker.md', smallPlan())

    const result = await lint(
      '--today',
      '2026-12-07',
      '--year',
      '2026',
      '--format',
      'github'
    )

    expect(result.stdout).toBe(
      '::warning file=tracker.md,line=3,col=1,endLine=3,endColumn=38,' +
        'title=missed-day::Day 1 (Dec 6) was missed: 1 of 2 tasks open, ' +
        'deliverable not marked done\n'
    )
  })

  it('exits 2 for a missing file, still linting the others', async () => {
    await write('tracker.md', smallPlan())

    const result = await lint(
      'missing.md',
      'tracker.md',
      '--today',
      '2026-12-06'
    )

    expect(result.exitCode).toBe(2)
    expect(result.stderr).toContain('trackmd: missing.md: no such file\n')
    expect(result.stderr).toContain(
      '0 problems (0 errors, 0 warnings) in 1 file'
    )
  })

  it('says only the one-line error when no file could be read', async () => {
    const result = await lint('missing.md', '--today', '2026-12-06')

    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'trackmd: missing.md: no such file\n'
    })
  })

  it('refuses a bad --format and --max-warnings', async () => {
    const format = await lint('--format', 'xml')
    expect(format.exitCode).toBe(2)
    expect(format.stderr).toBe(
      'trackmd: `--format` expects one of stylish, json, github, got `xml`\n'
    )

    const max = await lint('--max-warnings', '-1')
    expect(max.exitCode).toBe(2)
    expect(max.stderr).toBe(
      'trackmd: `--max-warnings` expects a whole number of 0 or more, got `-1`\n'
    )
  })

  describe('configuration', () => {
    it('sets severities and the year', async () => {
      await write('tracker.md', smallPlan())
      await write(
        '.trackmdrc.json',
        JSON.stringify({ year: 2026, rules: { 'missed-day': 'error' } })
      )

      const result = await lint('--today', '2026-12-07')

      expect(result.exitCode).toBe(1)
      expect(result.stderr).toContain('  3:1  error  Day 1 (Dec 6) was missed')
    })

    it('exits 2 naming the file and the key of a wrong config', async () => {
      await write('tracker.md', smallPlan())
      await write(
        'package.json',
        '{ "trackmd": { "rules": { "mojibake": 2 } } }'
      )

      const result = await lint('--today', '2026-12-07')

      expect(result.exitCode).toBe(2)
      expect(result.stderr.split('\n')[0]).toBe(
        'trackmd: package.json: `rules.mojibake` is `2`, expected one of ' +
          '"off", "info", "warn", "error", or `["warn", { …options }]`'
      )
    })
  })

  describe('--fix', () => {
    it('turns the garbled seed into the bytes sync makes of the seed', async () => {
      for (const today of ['2026-12-06', '2026-12-10']) {
        const file = await write('tracker.md', garbledSeed)

        const result = await lint('--fix', '--today', today)
        const fixed = await readFile(file)

        expect(
          fixed.equals(Buffer.from(syncText(seedText, { today }).text))
        ).toBe(true)
        expect(result.stderr).not.toContain('mojibake')
        expect(result.stderr).not.toContain('summary-stale')
      }
    })

    it('repairs malformed tasks and reports what remains', async () => {
      const file = await write(
        'tracker.md',
        smallPlan(['- [ ] Write code', '- [ x] Write code'])
      )

      const result = await lint(
        '--fix',
        '--today',
        '2026-12-08',
        '--year',
        '2026'
      )

      expect(await readFile(file, 'utf8')).toBe(
        smallPlan(['- [ ] Write code', '- [x] Write code'])
      )
      expect(result.exitCode).toBe(0)
      expect(result.stderr).toContain('tracker.md: applied 1 fix\n')
      expect(result.stderr).toContain('missed-day')
    })

    it('writes nothing to a read-only file, exit 2', async () => {
      const file = await write('tracker.md', garbledSeed)
      await chmod(file, 0o444)

      const result = await lint('--fix', '--today', '2026-12-06')

      expect(result.exitCode).toBe(2)
      expect(result.stderr).toContain('trackmd: tracker.md: is read-only')
      expect(await readFile(file, 'utf8')).toBe(garbledSeed)
      await chmod(file, 0o644)
    })
  })
})

describe('trackmd lint on the committed tracker', () => {
  it('reports missed days, plan hours and the stale ballot on 2026-12-10', async () => {
    const result = await runMain(['lint', '--today', '2026-12-10'])

    expect(result.exitCode).toBe(0)
    expect(
      result.stderr.match(/ (missed-day|plan-hours|summary-stale)$/gm)
    ).toHaveLength(11)
  })
})
