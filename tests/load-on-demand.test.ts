import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempFolder } from './helpers/temp-folder.js'
import { repositoryRoot } from './helpers/run-main.js'

// Packages that most runs do not need, and which cost start-up time.
const heavy = [
  'diff',
  'mdast-util-from-markdown',
  'remark-gfm',
  'remark-parse',
  'remark-stringify',
  'unified',
  'yaml'
]

const tracker = [
  '# WEEK 1: Basics (Days 1-1) | Total: 2 Hours',
  '',
  '## DAY 1 - Dec 6 | Tensors | ⏱️ 2 hours',
  '',
  '**Morning Study (1 hour)**',
  '- [x] Read the docs (20 min)',
  '- [ ] Take notes (20 min)',
  '',
  '**Deliverable:** `day1.py` ✓ _____  **Blockers:** ____',
  ''
].join('\n')

let folder = ''
let remove = async () => {}

beforeEach(async () => {
  ;({ folder, remove } = await makeTempFolder())
})

afterEach(() => remove())

const bin = path.join(repositoryRoot, 'bin/trackmd.js')

/**
 * The lines a hook from tests/helpers/, preloaded into a run of Node,
 * logged to the file its environment variable names.
 */
function loggedBy(hook: string, variable: string, args: string[]): string[] {
  const log = path.join(folder, 'log.txt')
  writeFileSync(log, '')

  const result = spawnSync(
    process.execPath,
    ['--require', path.join(repositoryRoot, 'tests/helpers', hook), ...args],
    {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, [variable]: log }
    }
  )
  expect(result.status, result.stderr).toBeLessThan(2)

  return readFileSync(log, 'utf8').split('\n').filter(Boolean)
}

/** The packages a run of the built bin `require`d, sorted. */
function requiredBy(argv: string[], text: string): string[] {
  const file = path.join(folder, 'tracker.md')
  writeFileSync(file, text)

  return loggedBy('record-requires.cjs', 'TRACKMD_REQUIRE_LOG', [
    bin,
    ...argv,
    file,
    '--today',
    '2026-12-06'
  ]).sort()
}

describe('loading on demand', () => {
  it('loads no parser, YAML or diff for trackers the scanner reads', () => {
    // The seed, metrics table and all, is read by the line scanner.
    const seed = readFileSync(
      path.join(repositoryRoot, 'fixtures/seed/tracker.md'),
      'utf8'
    )

    for (const text of [tracker, seed]) {
      for (const command of [['export'], ['lint'], ['sync', '--check']]) {
        const loaded = requiredBy(command, text)
        expect(loaded.filter((name) => heavy.includes(name))).toEqual([])
      }
    }
  })

  it('loads each when a file needs it', () => {
    const comment = tracker.replace('**Deliverable', '<!-- a -->\n\n$&')
    const frontMatter = `---\nyear: 2026\n---\n${tracker}`

    expect(requiredBy(['export'], comment)).toContain(
      'mdast-util-from-markdown'
    )
    expect(requiredBy(['export'], frontMatter)).toContain('yaml')
    // The seed's blank metrics cells make a diff.
    const seed = readFileSync(
      path.join(repositoryRoot, 'fixtures/seed/tracker.md'),
      'utf8'
    )
    expect(requiredBy(['sync', '--diff'], seed)).toContain('diff')
    expect(requiredBy(['sync', '--diff'], tracker)).not.toContain('diff')
  })

  it('compiles no emoji expression, nor a segmenter unless help shows', () => {
    const compiled = (args: string[]) =>
      loggedBy('record-regexps.cjs', 'TRACKMD_REGEXP_LOG', args)
    writeFileSync(path.join(folder, 'tracker.md'), tracker)

    // The hook sees the expression when string-width builds it.
    expect(compiled(['-e', 'new RegExp("^\\\\p{RGI_Emoji}$", "v")'])).toEqual([
      '^\\p{RGI_Emoji}$'
    ])

    // Nor a segmenter, which cliui's and wrap-ansi's string-width make as
    // they load, for a run that shows no help.
    expect(compiled(['-e', 'new Intl.Segmenter()'])).toEqual(['Intl.Segmenter'])
    for (const argv of [
      ['lint', '--today', '2026-12-06'],
      ['sync', '--check', '--today', '2026-12-06'],
      ['status', '--today', '2026-12-06'],
      ['--version']
    ]) {
      expect(compiled([bin, ...argv]), argv.join(' ')).toEqual([])
    }

    // The help measures `today’s` with cliui's string-width, which may make
    // a segmenter, and compiles no emoji expression.
    for (const argv of [['lint', '--help'], ['--help']]) {
      const made = compiled([bin, ...argv])
      expect(
        made.filter((each) => each !== 'Intl.Segmenter'),
        argv.join(' ')
      ).toEqual([])
    }
  })

  it('is the only way those packages are imported', () => {
    const sources = readdirSync(path.join(repositoryRoot, 'src'), {
      recursive: true,
      encoding: 'utf8'
    }).filter((name) => name.endsWith('.ts'))
    const importing = sources.filter((name) => {
      const text = readFileSync(path.join(repositoryRoot, 'src', name), 'utf8')
      return heavy.some((name) =>
        new RegExp(`^import (?!type )[^']*from '${name}'`, 'm').test(text)
      )
    })

    expect(sources.length).toBeGreaterThan(50)
    expect(importing).toEqual([])
  })
})
