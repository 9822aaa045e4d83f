import { spawn } from 'node:child_process'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, type TestContext } from 'vitest'
import { main } from '../../src/cli/main.js'
import { captureStream } from '../helpers/capture-stream.js'
import { repositoryRoot } from '../helpers/run-main.js'
import { makeTempFolder } from '../helpers/temp-folder.js'
import { syncedText, waitForText, waitUntil } from '../helpers/watch-harness.js'

/** A temp folder holding a copy of the seed as tracker.md. */
async function seedFolder(context: TestContext): Promise<string> {
  const { folder, remove } = await makeTempFolder()
  context.onTestFinished(remove)
  await copyFile(
    path.join(repositoryRoot, 'fixtures', 'seed', 'tracker.md'),
    path.join(folder, 'tracker.md')
  )
  return folder
}

/** Start `main` with a signal the test aborts to stop it. */
function startMain(argv: string[], cwd: string) {
  const stdout = captureStream()
  const stderr = captureStream()
  const controller = new AbortController()
  const exitCode = main({
    argv,
    cwd,
    stdout,
    stderr,
    env: {},
    signal: controller.signal
  })

  return { stdout, stderr, exitCode, stop: () => controller.abort() }
}

/** Replace the times at the start of lines with `hh:mm:ss`. */
function withoutTimes(text: string): string {
  return text.replace(/^\d\d:\d\d:\d\d /gm, 'hh:mm:ss ')
}

describe.concurrent('trackmd watch', () => {
  it('prints one line at the start and one per save, and stops with 0', async (context) => {
    const folder = await seedFolder(context)
    const file = path.join(folder, 'tracker.md')
    const run = startMain(['watch', '--today', '2026-12-10'], folder)

    await waitUntil(() => run.stderr.text.includes('watching'), 'the start')
    const text = await readFile(file, 'utf8')
    const person = text.replace(
      '`day1_tensors.py` ✓ _____',
      '`day1_tensors.py` ✓ done'
    )
    await writeFile(file, person)
    await waitForText(file, syncedText(person))
    await waitUntil(
      () => run.stderr.text.split('\n').length > 2,
      'the sync line'
    )
    run.stop()

    expect(await run.exitCode).toBe(0)
    expect(run.stdout.text).toBe('')
    const lines = withoutTimes(run.stderr.text).split('\n')
    expect(lines[0]).toMatch(
      /^hh:mm:ss tracker\.md {2}Day 5 0\/16 tasks · .* · watching, Ctrl\+C stops$/
    )
    expect(lines.slice(1)).toEqual([
      'hh:mm:ss tracker.md  Day 5 0/16 tasks · Deliverables Created 0 → 1 · ' +
        'Days behind 4 → 3',
      'hh:mm:ss stopped: 2 syncs, 2 writes',
      ''
    ])
  })

  it('prints one JSON object per event with --json', async (context) => {
    const folder = await seedFolder(context)
    const run = startMain(['watch', '--json', '--today', '2026-12-10'], folder)

    await waitUntil(() => run.stdout.text.includes('"ready"'), 'ready')
    run.stop()

    expect(await run.exitCode).toBe(0)
    expect(run.stderr.text).toBe('')
    const events = run.stdout.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string })
    expect(events.map((event) => event.type)).toEqual([
      'synced',
      'ready',
      'stopped'
    ])
    expect(events[0]).toMatchObject({ file: 'tracker.md', reason: 'start' })
  })

  it('prints only errors with --quiet', async (context) => {
    const folder = await seedFolder(context)
    const file = path.join(folder, 'tracker.md')
    const run = startMain(['watch', '--quiet', '--today', '2026-12-10'], folder)

    await waitForText(file, syncedText(await readFile(file, 'utf8')))
    await writeFile(file, Buffer.from([0x23, 0x00, 0x0a]))
    await waitUntil(() => run.stderr.text !== '', 'the error')
    run.stop()

    expect(await run.exitCode).toBe(0)
    expect(withoutTimes(run.stderr.text)).toBe(
      'hh:mm:ss tracker.md: is a binary file (NUL byte at offset 1), ' +
        'expected Markdown text; watching until it is fixed\n'
    )
  })

  it('exits 2 when a file cannot be read at the start', async (context) => {
    const folder = await seedFolder(context)
    const run = startMain(
      ['watch', '--today', '2026-12-10', 'tracker.md', 'missing.md'],
      folder
    )

    expect(await run.exitCode).toBe(2)
    // tracker.md was synced first; the error is the last line.
    expect(run.stderr.text).toMatch(/\ntrackmd: missing\.md: no such file\n$/)
  })

  it('stops cleanly on SIGINT and SIGTERM, with exit status 0', async (context) => {
    const folder = await seedFolder(context)

    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const child = spawn(
        process.execPath,
        [
          path.join(repositoryRoot, 'bin', 'trackmd.js'),
          'watch',
          '--today',
          '2026-12-10'
        ],
        { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] }
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)))
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code))
      )

      await waitUntil(() => stderr.includes('watching'), 'the start', 20_000)
      child.kill(signal)

      expect(await exited).toBe(0)
      expect(stderr).toMatch(/stopped: 1 sync, \d writes?\n$/)
    }
  }, 60_000)
})
