import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import type { SyncedEvent } from '../../src/watch/watch-event.js'
import { saveAs, saveStyles } from '../helpers/save-styles.js'
import {
  startHarness,
  staysPut,
  syncedText,
  waitForText
} from '../helpers/watch-harness.js'

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** One edit a person makes: tick or untick a task, fill or clear a blank. */
function edit(text: string, next: () => number): string {
  const lines = text.split('\n')
  const tasks = lines.flatMap((line, index) =>
    /^\s*- \[[ x]\] /.test(line) ? [index] : []
  )
  const blanks = lines.flatMap((line, index) =>
    /\*\*Deliverable:\*\*.* ✓ /.test(line) ? [index] : []
  )

  if (next() < 0.7) {
    const index = tasks[Math.floor(next() * tasks.length)] ?? 0
    const line = lines[index] ?? ''
    lines[index] = line.includes('- [ ] ')
      ? line.replace('- [ ] ', '- [x] ')
      : line.replace('- [x] ', '- [ ] ')
  } else {
    const index = blanks[Math.floor(next() * blanks.length)] ?? 0
    const line = lines[index] ?? ''
    lines[index] = line.includes('✓ _____')
      ? line.replace('✓ _____', `✓ done ${Math.floor(next() * 100)}`)
      : line.replace(/✓ done \d+/, '✓ _____')
  }

  return lines.join('\n')
}

it('keeps every edit of 200 saves in mixed styles, without a loop', async ({
  onTestFinished
}) => {
  const harness = await startHarness()
  onTestFinished(() => harness.dispose())
  const { file, events } = harness
  const next = random(20261210)
  let buffer = await readFile(file, 'utf8')
  let saves = 0
  let waits = 0

  for (let step = 0; step < 200; step += 1) {
    buffer = edit(buffer, next)
    const style = saveStyles[Math.floor(next() * saveStyles.length)]!
    await saveAs(file, buffer, style, 20)
    saves += 1

    // Now and then the person waits for the sync, reloads, and edits again
    // right after the tool's own write; otherwise they keep typing.
    if (next() < 0.3) {
      buffer = syncedText(buffer)
      await waitForText(file, buffer)
      waits += 1
    } else {
      await new Promise((resolve) => setTimeout(resolve, next() * 30))
    }
  }

  await waitForText(file, syncedText(buffer), 10_000)
  expect(await staysPut(file)).toBe(true)

  const writes = events.filter(
    (event): event is SyncedEvent => event.type === 'synced' && event.wrote
  )
  expect(waits).toBeGreaterThan(30)
  expect(writes.length).toBeGreaterThan(0)
  expect(writes.length).toBeLessThanOrEqual(saves + 1)
  expect(events.filter((event) => event.type === 'problem')).toEqual([])
}, 60_000)
