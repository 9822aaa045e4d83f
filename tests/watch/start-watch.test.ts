import {
  type FileHandle,
  mkdir,
  open,
  readFile,
  rename,
  stat,
  writeFile
} from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, type TestContext } from 'vitest'
import type {
  ProblemEvent,
  SyncedEvent,
  WaitingEvent,
  WatchEvent
} from '../../src/watch/watch-event.js'
import { startWatch } from '../../src/watch/start-watch.js'
import { saveAs, saveStyles } from '../helpers/save-styles.js'
import { makeTempFolder } from '../helpers/temp-folder.js'
import { seedText } from '../helpers/tracker-texts.js'
import {
  startHarness,
  staysPut,
  syncedText,
  testToday,
  waitForEvent,
  waitForText,
  type WatchHarness
} from '../helpers/watch-harness.js'

/**
 * Start a watch for one test, stopped when that test ends; tests run side
 * by side, so each cleans up only its own.
 */
async function start(
  context: TestContext,
  options: Parameters<typeof startHarness>[0] = {}
): Promise<WatchHarness> {
  const harness = await startHarness(options)
  context.onTestFinished(() => harness.dispose())
  return harness
}

/**
 * Watch a new tracker of the given text, looking at the files the watch's
 * writes replaced every `recheckInterval` ms; stopped when the test ends.
 */
async function watchPlan(
  context: TestContext,
  plan: string,
  recheckInterval: number
): Promise<{ file: string; events: WatchEvent[] }> {
  const { folder, remove } = await makeTempFolder()
  const file = path.join(folder, 'tracker.md')
  await writeFile(file, plan)

  const watch = startWatch({
    files: [file],
    cwd: folder,
    today: testToday,
    recheckInterval
  })
  const events: WatchEvent[] = []
  watch.events.on((event) => events.push(event))
  context.onTestFinished(async () => {
    await watch.close()
    await remove()
  })
  await watch.ready

  return { file, events }
}

/**
 * Begin a save in place and pause it: write its first part, and wait for
 * the watch to sync and write that part. The handle is still open, for
 * the rest of the save.
 */
async function startPausedSave(
  file: string,
  events: WatchEvent[],
  firstPart: string
): Promise<FileHandle> {
  const handle = await open(file, 'w')
  await handle.write(firstPart)
  await waitForEvent(
    events,
    (event): event is SyncedEvent => event.type === 'synced' && event.wrote
  )
  return handle
}

/** Put bytes in place the way an atomic save does: a new file renamed. */
async function replaceWith(file: string, bytes: Buffer): Promise<void> {
  const temporary = `${file}.bytes.tmp`
  await writeFile(temporary, bytes)
  await rename(temporary, file)
}

/** The person's edit: Day 1's deliverable marked done, one task ticked. */
function personEdit(text: string): string {
  return text
    .replace('`day1_tensors.py` ✓ _____', '`day1_tensors.py` ✓ done!')
    .replace('- [ ] ', '- [x] ')
}

function isSync(reason: SyncedEvent['reason']) {
  return (event: WatchEvent): event is SyncedEvent =>
    event.type === 'synced' && event.reason === reason
}

describe('startWatch', () => {
  it('syncs the file once at the start and reports it', async (context) => {
    const { file, events } = await start(context)
    const text = await readFile(file, 'utf8')

    expect(text).toBe(syncedText(text))
    expect(events.map((event) => event.type)).toEqual(['synced', 'ready'])
    expect(events[0]).toMatchObject({
      reason: 'start',
      file: 'tracker.md',
      day: 5,
      dayTasks: { done: 0, total: 16 }
    })
  })

  describe.concurrent('follows every save style', () => {
    for (const style of saveStyles) {
      it(`${style}: syncs the person's text, then leaves it alone`, async (context) => {
        const { file, events } = await start(context)
        const person = personEdit(await readFile(file, 'utf8'))

        await saveAs(file, person, style)
        await waitForText(file, syncedText(person))

        const text = await readFile(file, 'utf8')
        expect(text).toContain('`day1_tensors.py` ✓ done!')
        expect(text).not.toBe(person)
        expect(await staysPut(file)).toBe(true)

        const saves = events.filter(isSync('save'))
        expect(saves.at(-1)).toMatchObject({
          wrote: true,
          changes: expect.arrayContaining([
            { label: 'Deliverables Created', before: '0', after: '1' }
          ])
        })

        // Still alive: a second save in the same style is followed too.
        const again = text.replace('- [ ] ', '- [x] ')
        await saveAs(file, again, style)
        await waitForText(file, syncedText(again))
      })
    }
  })

  describe.concurrent('never syncs a half-written file', () => {
    it('waits on an empty file, then syncs it once restored', async (context) => {
      const { file, events } = await start(context)
      const person = personEdit(await readFile(file, 'utf8'))

      await writeFile(file, '')
      await waitForEvent(
        events,
        (event): event is WaitingEvent =>
          event.type === 'waiting' && event.reason === 'empty'
      )
      expect(await staysPut(file)).toBe(true)
      expect((await stat(file)).size).toBe(0)

      await writeFile(file, person)
      await waitForText(file, syncedText(person))
    })

    it('waits on a file that lost most of its days', async (context) => {
      const { file, events } = await start(context)
      const text = await readFile(file, 'utf8')
      const part = text.slice(0, Math.floor(text.length / 3))

      await writeFile(file, part)
      await waitForEvent(
        events,
        (event): event is WaitingEvent =>
          event.type === 'waiting' && event.reason === 'truncated'
      )
      expect(await staysPut(file)).toBe(true)
      expect(await readFile(file, 'utf8')).toBe(part)

      const person = personEdit(text)
      await writeFile(file, person)
      await waitForText(file, syncedText(person))
    })

    it('reports an unreadable file once and syncs it once fixed', async (context) => {
      const { file, events } = await start(context)
      const text = await readFile(file, 'utf8')

      // Renamed over, so that no read can meet the file emptied mid-write:
      // an empty file is a state of its own, reported as waiting.
      await replaceWith(file, Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]))
      await waitForEvent(
        events,
        (event): event is ProblemEvent => event.type === 'problem'
      )
      await replaceWith(file, Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a, 0x0a]))
      expect(await staysPut(file, 500)).toBe(true)
      expect(
        events.flatMap((event) => (event.type === 'problem' ? event.code : []))
      ).toEqual(['NOT_UTF8'])

      const person = personEdit(text)
      await writeFile(file, person)
      await waitForText(file, syncedText(person))
    })

    it('reports a deleted file and follows it when it comes back', async (context) => {
      const { file, events } = await start(context)
      const person = personEdit(await readFile(file, 'utf8'))

      await saveAs(file, person, 'delete-recreate', 1500)
      await waitForText(file, syncedText(person))
      expect(events.some((event) => event.type === 'missing')).toBe(true)
    })
  })

  it('finishes the first sync before it reports being stopped', async (context) => {
    const { folder, remove } = await makeTempFolder()
    context.onTestFinished(remove)
    const file = path.join(folder, 'tracker.md')
    await writeFile(file, seedText)
    const watch = startWatch({ files: [file], cwd: folder, today: testToday })
    const events: WatchEvent[] = []
    watch.events.on((event) => events.push(event))

    // Stopped while the first sync runs, before the watch is ready.
    await Promise.resolve()
    await watch.close()
    await watch.ready
    const types = events.map((event) => event.type)

    expect(types).toEqual(['synced', 'stopped'])
    expect(await readFile(file, 'utf8')).toBe(syncedText(seedText))
  })

  it('follows several files in several folders', async (context) => {
    const { folder, remove } = await makeTempFolder()
    context.onTestFinished(remove)
    const files = [
      path.join(folder, 'one', 'tracker.md'),
      path.join(folder, 'two', 'plan.md')
    ]
    for (const file of files) {
      await mkdir(path.dirname(file))
      await writeFile(file, syncedText(seedText))
    }
    const watch = startWatch({ files, cwd: folder, today: testToday })
    context.onTestFinished(() => watch.close())
    await watch.ready

    for (const file of files) {
      const person = personEdit(await readFile(file, 'utf8'))
      await saveAs(file, person, 'rename-over')
      await waitForText(file, syncedText(person))
    }
  })

  it('reports a task typed wrong, with its line', async (context) => {
    const { file, events } = await start(context)
    const text = await readFile(file, 'utf8')
    const person = text.replace('- [ ] ', '- [ x] ')
    const line = person.slice(0, person.indexOf('- [ x] ')).split('\n').length

    await writeFile(file, person)
    const synced = await waitForEvent(events, isSync('save'))

    expect(synced.problems).toEqual([
      expect.objectContaining({ line, kind: 'unparsed-task' })
    ])
  })

  it('syncs again for the new date at local midnight', async (context) => {
    const started = Date.now()
    const beforeMidnight = new Date(2026, 11, 10, 23, 59, 59, 800).getTime()
    const clock = () => new Date(beforeMidnight + (Date.now() - started))
    const { file, events } = await start(context, { today: undefined, clock })
    const text = await readFile(file, 'utf8')

    await waitForEvent(events, isSync('date'))
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'date-changed', today: '2026-12-11' })
    )
    await waitForText(file, syncedText(text, '2026-12-11'))
    expect(events.filter(isSync('date'))[0]?.problems).toEqual([
      expect.objectContaining({
        kind: 'missed-day',
        message: expect.stringContaining('Day 5')
      })
    ])
  })

  it('puts back a save that went on in the file its write replaced', async (context) => {
    const plan = [
      '## Day 1 - Dec 9 | A [0/1] | 1 hours',
      '- [ ] a (60 min)',
      '',
      '## Notes',
      '',
      'My notes: keep this line.',
      ''
    ].join('\n')
    const { file, events } = await watchPlan(context, plan, 100)

    // A program saves the task ticked, pausing half-way through, past the
    // time the watch waits for a file to hold still.
    const person = plan.replace('- [ ] a', '- [x] a')
    const cut = person.indexOf('## Notes')
    const handle = await startPausedSave(file, events, person.slice(0, cut))
    expect(await readFile(file, 'utf8')).toBe(syncedText(person.slice(0, cut)))

    // The rest goes to the file it opened, which the tool's write replaced.
    await handle.write(person.slice(cut))
    await handle.close()

    await waitForText(file, syncedText(person))
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'problem', code: 'RESTORED' })
    )
  })

  it('keeps a newer save over one that went on in a replaced file', async (context) => {
    const plan = [
      '## Day 1 - Dec 9 | A [0/2] | 1 hours',
      '- [ ] a (30 min)',
      '- [ ] b (30 min)',
      '',
      '## Notes',
      ''
    ].join('\n')
    // Replaced files are looked at once a second, so the newer save is
    // synced before the older one is found.
    const { file, events } = await watchPlan(context, plan, 1000)

    // The first save pauses half-way and is synced as it stands.
    const older = `${plan.replace('- [ ] a', '- [x] a')}Older line.\n`
    const cut = older.indexOf('## Notes')
    const handle = await startPausedSave(file, events, older.slice(0, cut))

    // It ends in the replaced file; then the person saves again.
    await handle.write(older.slice(cut))
    await handle.close()
    const newer = `${older.replace('- [ ] b', '- [x] b')}Newer line.\n`
    await writeFile(file, newer)

    await waitForText(file, syncedText(newer))
    expect(await staysPut(file, 2500)).toBe(true)
    expect(await readFile(file, 'utf8')).toBe(syncedText(newer))
    expect(events).not.toContainEqual(
      expect.objectContaining({ type: 'problem', code: 'RESTORED' })
    )
  })

  it('keeps the person’s save when it lands during the tool’s write', async (context) => {
    const { file } = await start(context, { debounce: 0 })
    const text = await readFile(file, 'utf8')
    const first = personEdit(text)
    const second = first.replace('- [ ] ', '- [x] ')

    // The second save follows the first before the tool can answer it.
    await writeFile(file, first)
    await writeFile(file, second)
    await waitForText(file, syncedText(second))
    expect(await staysPut(file, 500)).toBe(true)
  })
})
