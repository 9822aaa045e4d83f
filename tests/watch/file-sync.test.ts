import { appendFile, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { syncText } from '../../src/edit/sync-text.js'
import { FileSync } from '../../src/watch/file-sync.js'
import type { SyncedEvent, WatchEvent } from '../../src/watch/watch-event.js'
import { makeTempFolder } from '../helpers/temp-folder.js'
import { seedText } from '../helpers/tracker-texts.js'
import { testToday } from '../helpers/watch-harness.js'

/** A FileSync on a copy of the seed, and the events it reported. */
async function startSync(): Promise<{
  file: string
  sync: FileSync
  events: WatchEvent[]
  remove: () => Promise<void>
}> {
  const { folder, remove } = await makeTempFolder()
  const file = path.join(folder, 'tracker.md')
  await writeFile(file, seedText)

  const events: WatchEvent[] = []
  const sync = new FileSync({
    absolute: file,
    shown: 'tracker.md',
    cwd: folder,
    year: null,
    emit: (event) => events.push(event),
    clock: () => new Date('2026-12-10T09:00:00Z')
  })
  await sync.check(testToday, 'start')

  // The files its writes replaced are kept open until it is closed.
  const dispose = async () => {
    await sync.close()
    await remove()
  }

  return { file, sync, events, remove: dispose }
}

/**
 * The person's save: Day 1's first open task ticked and its deliverable
 * marked done, or both undone again, so that each save needs a write.
 */
function toggleDay1(text: string, isDone: boolean): string {
  return isDone
    ? text
        .replace('- [ ] ', '- [x] ')
        .replace('`day1_tensors.py` ✓ _____', '`day1_tensors.py` ✓ done')
    : text
        .replace('- [x] ', '- [ ] ')
        .replace('`day1_tensors.py` ✓ done', '`day1_tensors.py` ✓ _____')
}

describe('FileSync', () => {
  it('syncs each save as syncText does, parsing only the edited blocks', async (context) => {
    const { file, sync, events, remove } = await startSync()
    context.onTestFinished(remove)
    const blocks = sync.lastParse.parsed

    for (const isDone of [true, false, true]) {
      const person = toggleDay1(await readFile(file, 'utf8'), isDone)
      const expected = syncText(person, { today: testToday })
      await writeFile(file, person)

      await sync.check(testToday, 'save')

      expect(await readFile(file, 'utf8')).toBe(expected.text)
      const event = events.at(-1) as SyncedEvent
      expect(event).toMatchObject({
        type: 'synced',
        reason: 'save',
        wrote: true,
        tasks: expected.summary.tasks,
        changes: expected.edits.map((edit, index) => ({
          label: edit.label,
          before: expected.before[index],
          after: edit.text
        }))
      })
      expect(sync.lastParse.parsed).toBeLessThanOrEqual(2)
      expect(sync.lastParse.reused + sync.lastParse.parsed).toBe(blocks)
    }
  })

  it('parses nothing again when a new date forces a sync', async (context) => {
    const { sync, remove } = await startSync()
    context.onTestFinished(remove)

    await sync.check('2026-12-11', 'date')

    expect(sync.lastParse.parsed).toBe(0)
  })

  it('tells a change that held still from none and from one still written', async (context) => {
    const { file, sync, events, remove } = await startSync()
    context.onTestFinished(remove)
    const waited: string[] = []
    const settle = (step: () => Promise<void>) => async () => {
      waited.push('settle')
      await step()
    }
    const still = settle(async () => undefined)

    // The start's own write is no change of the person's: taken for one,
    // it was read at once, while a save could be half-way written.
    expect(events[0]).toMatchObject({ type: 'synced', wrote: true })
    expect(await sync.hasSettledChange(still)).toBe(false)
    expect(waited).toEqual([])

    await appendFile(file, '\n')
    expect(await sync.hasSettledChange(still)).toBe(true)
    expect(
      await sync.hasSettledChange(settle(() => appendFile(file, 'more\n')))
    ).toBe(false)
    expect(waited).toEqual(['settle', 'settle'])

    await rm(file)
    expect(await sync.hasSettledChange(still)).toBe(true)
  })
})

describe('FileSync.prepare', () => {
  it('works a save out ahead, and the check then only writes it', async (context) => {
    const { file, sync, events, remove } = await startSync()
    context.onTestFinished(remove)
    const person = toggleDay1(await readFile(file, 'utf8'), true)
    const expected = syncText(person, { today: testToday })
    await writeFile(file, person)

    await sync.prepare(testToday)

    // Nothing is written or reported before the check.
    expect(await readFile(file, 'utf8')).toBe(person)
    expect(events).toHaveLength(1)

    await sync.check(testToday, 'save')

    expect(sync.preparedAhead).toBe(1)
    expect(await readFile(file, 'utf8')).toBe(expected.text)
    expect(events.at(-1)).toMatchObject({
      type: 'synced',
      wrote: true,
      tasks: expected.summary.tasks
    })
  })

  it('leaves work done on a text the file no longer holds', async (context) => {
    const { file, sync, remove } = await startSync()
    context.onTestFinished(remove)
    const first = toggleDay1(await readFile(file, 'utf8'), true)
    await writeFile(file, first)
    await sync.prepare(testToday)

    // The rest of the save: the same length, other bytes.
    const second = first.replace('- [ ] ', '- [x] ')
    expect(second.length).toBe(first.length)
    await writeFile(file, second)
    await sync.check(testToday, 'save')

    expect(sync.preparedAhead).toBe(0)
    expect(await readFile(file, 'utf8')).toBe(
      syncText(second, { today: testToday }).text
    )
  })

  it('prepares once per check, so texts read half-way keep the text in sync', async (context) => {
    const { file, sync, remove } = await startSync()
    context.onTestFinished(remove)
    const whole = await readFile(file, 'utf8')

    // A save written in three parts, read after the first two.
    for (const day of ['## Day 3', '## Day 10']) {
      await writeFile(file, whole.slice(0, whole.indexOf(day)))
      await sync.prepare(testToday)
    }
    const person = toggleDay1(whole, true)
    await writeFile(file, person)
    await sync.check(testToday, 'save')

    // Only Day 1's block is new: the blocks of the text in sync are kept.
    expect(sync.lastParse.parsed).toBe(1)
    expect(await readFile(file, 'utf8')).toBe(
      syncText(person, { today: testToday }).text
    )
  })

  it('leaves work done for another date', async (context) => {
    const { file, sync, remove } = await startSync()
    context.onTestFinished(remove)
    const person = toggleDay1(await readFile(file, 'utf8'), true)
    await writeFile(file, person)
    await sync.prepare(testToday)

    await sync.check('2026-12-20', 'date')

    expect(sync.preparedAhead).toBe(0)
    expect(await readFile(file, 'utf8')).toBe(
      syncText(person, { today: '2026-12-20' }).text
    )
  })

  it('reports nothing for a file read half-written or broken', async (context) => {
    const { file, sync, events, remove } = await startSync()
    context.onTestFinished(remove)
    const whole = await readFile(file, 'utf8')

    // Cut inside a character, cut to a few days, and a NUL byte.
    const bytes = Buffer.from(whole)
    const inside = bytes.indexOf(Buffer.from('✓')) + 1
    for (const part of [
      bytes.subarray(0, inside),
      Buffer.from(whole.slice(0, whole.indexOf('## Day 3'))),
      Buffer.concat([bytes, Buffer.from([0])])
    ]) {
      await writeFile(file, part)
      await sync.prepare(testToday)
      expect(events).toHaveLength(1)
      expect(await readFile(file)).toEqual(part)
    }

    const person = toggleDay1(whole, true)
    await writeFile(file, person)
    await sync.check(testToday, 'save')

    expect(events).toHaveLength(2)
    expect(await readFile(file, 'utf8')).toBe(
      syncText(person, { today: testToday }).text
    )
  })

  it('does not take the text in sync for new work', async (context) => {
    const { file, sync, events, remove } = await startSync()
    context.onTestFinished(remove)

    // The start's own write, come back as an event.
    await sync.prepare(testToday)
    await sync.check(testToday, 'save')

    expect(sync.preparedAhead).toBe(0)
    expect(events).toHaveLength(1)
    expect(sync.syncs).toBe(1)
    expect(await readFile(file, 'utf8')).toBe(
      syncText(seedText, { today: testToday }).text
    )
  })
})
