import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runMain } from '../helpers/run-main.js'
import { makeTempFolder } from '../helpers/temp-folder.js'

// Deeper than any stack can follow: micromark and the builder read quotes
// and lists recursively.
const quotes = `# Plan\n\n## DAY 1 - Dec 6 | x | 1 hours\n\n${'>'.repeat(5000)} hi\n`
const lists = `# Plan\n\n## DAY 1 - Dec 6 | x | 1 hours\n\n${'- '.repeat(3000)}x\n`
const manyQuotes = `# Plan\n\n## DAY 1 - Dec 6\n\n${'>'.repeat(100_000)} hi\n`
const abortingQuotes = `# Plan\n\n## DAY 1 - Dec 6\n\n${'> '.repeat(2400)}hi\n`
const message =
  'trackmd: tracker.md: expected quotes and lists nested at most 1,000 ' +
  'levels deep, found deeper nesting than trackmd can read\n'

let folder = ''
let remove = async () => {}

beforeEach(async () => {
  ;({ folder, remove } = await makeTempFolder())
})

afterEach(() => remove())

describe('a file nested too deeply to read', () => {
  it('is read when nested as deep as trackmd reads', async () => {
    const text = `# Plan\n\n## DAY 1 - Dec 6\n\n${'>'.repeat(1000)} hi\n`
    await writeFile(path.join(folder, 'tracker.md'), text)

    const result = await runMain(
      ['lint', 'tracker.md', '--today', '2026-12-06', '--format', 'json'],
      { cwd: folder }
    )

    expect(result.exitCode).toBe(0)
    expect(result.stderr).toBe('')
  })

  it.each([
    ['quotes', 'status', quotes, ['status']],
    ['quotes', 'export', quotes, ['export']],
    ['quotes', 'sync', quotes, ['sync']],
    ['quotes', 'lint', quotes, ['lint']],
    ['quotes', 'lint --fix', quotes, ['lint', '--fix']],
    ['lists', 'status', lists, ['status']],
    // micromark would take minutes; refused before it reads the block.
    ['100,000 quotes', 'lint', manyQuotes, ['lint']],
    // Node would abort reading these, where no error can be caught.
    ['2,400 quotes', 'sync', abortingQuotes, ['sync']]
  ])(
    'of %s gets one line and exit 2 from %s',
    async (_, __, text, command) => {
      const file = path.join(folder, 'tracker.md')
      await writeFile(file, text)

      const result = await runMain(
        [...command, 'tracker.md', '--today', '2026-12-06'],
        { cwd: folder }
      )

      expect(result).toEqual({ exitCode: 2, stdout: '', stderr: message })
      expect(await readFile(file, 'utf8')).toBe(text)
    },
    60_000
  )
})
