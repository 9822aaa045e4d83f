/**
 * How long `trackmd watch` takes from a save to the synced file on disk.
 *
 * Copies a tracker into a temporary folder, starts the built CLI on it as
 * a person would (`trackmd watch --json`, a process of its own), and saves
 * 20 times in place from this process, as an editor would. Each save ticks
 * one task and marks its day's deliverable done, or both undone again, so
 * that every save needs a write: the bench's "today" is the day after that
 * day, so marking it done changes the days behind. The time runs to the
 * watcher's JSON line saying that the new text was renamed into place, and
 * is given twice: from the end of the save (the file then holds the
 * person's text; the figure the target is judged on) and from its start
 * (which adds the save's own write, about 40 ms for 14 MB). After the
 * watch is ready and between saves it waits half a second, as a person
 * would.
 *
 * Run: `npm run bench:watch -- [size] [saves] [profile-folder]`, or `npx
 * tsx bench/watch-latency.ts [size] [saves] [profile-folder]`. Size 30 (the
 * default) is the seed (fixtures/seed/tracker.md); any other is a tracker
 * of that many days from bench/generate-tracker.ts, such as 10000. With a
 * third argument the watcher runs under `node --cpu-prof`, writing its
 * profile into that folder when it stops; summarize it with `npx tsx
 * bench/summarize-profile.ts <file>`. Run `npm run build` first.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { syncTracker } from '../src/edit/sync-tracker.js'
import { createIncrementalParser } from '../src/parse/incremental-parser.js'
import { trackerFacts } from '../src/summary/tracker-facts.js'
import type { SyncedEvent, WatchEvent } from '../src/watch/watch-event.js'
import { generateTracker } from './generate-tracker.js'

const size = Number(process.argv[2] ?? 30)
const saves = Number(process.argv[3] ?? 20)
const profile = process.argv[4]
const pause = 500
// Day 1 is in December 2026, as in the seed and the generator.
const year = 2026
const bin = fileURLToPath(new URL('../bin/trackmd.js', import.meta.url))

const folder = await mkdtemp(path.join(os.tmpdir(), 'trackmd-bench-'))
const file = path.join(folder, 'tracker.md')
const original = await readTracker(size)
await writeFile(file, original)

// The expected text comes from a parser of its own, the same as the
// watcher's, which the tests prove equal to a whole parse: parsing 10,000
// days whole for each save would take minutes.
const parser = createIncrementalParser()
const open = original.indexOf('✓ _____')
const headingAt = original.lastIndexOf('\n## ', open) + 1
const heading = original.slice(headingAt, original.indexOf('\n', headingAt))
const today = dayAfter(dateOfDay(original, heading))

let started = performance.now()
const watcher = spawn(
  process.execPath,
  [
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []),
    bin,
    'watch',
    file,
    '--json',
    `--today=${today}`,
    `--year=${year}`
  ],
  { cwd: folder, stdio: ['ignore', 'pipe', 'inherit'] }
)
const events = createInterface({ input: watcher.stdout })
let onEvent: ((event: WatchEvent) => void) | null = null
events.on('line', (line) => onEvent?.(JSON.parse(line) as WatchEvent))

await nextEvent((event) => event.type === 'ready')
const startup = performance.now() - started
await new Promise((resolve) => setTimeout(resolve, pause))

// From the end of the save, when the file holds the person's text, and
// from its start, which adds the time the save itself takes to write.
const timings: number[] = []
const fromStart: number[] = []
let text = await readFile(file, 'utf8')
// Offsets from the day's heading, found again by its text in each save,
// since the tool's writes above it may change the length of the text.
const headingStart = text.indexOf(heading)
const task = text.indexOf('\n- [ ] ', headingStart) + 1 - headingStart
const deliverable = text.indexOf('✓ _____', headingStart) - headingStart
if (headingStart === -1 || task <= 0 || task > deliverable) {
  throw new Error('Expected a day with an open task and an open deliverable')
}

for (let index = 0; index < saves; index += 1) {
  const isDone = index % 2 === 0
  const person = toggle(text, isDone)
  const tracker = trackerFacts(parser.parse(person, { today, year }))
  const expected = syncTracker(person, tracker, { today }).text

  const synced = nextEvent(
    (event) => event.type === 'synced' && event.reason === 'save'
  )
  started = performance.now()
  await writeFile(file, person)
  const saved = performance.now()
  const event = (await synced) as SyncedEvent
  const done = performance.now()
  timings.push(done - saved)
  fromStart.push(done - started)

  text = await readFile(file, 'utf8')
  if (text !== expected || !event.wrote) {
    throw new Error(`Save ${index + 1} was not synced as expected`)
  }

  await new Promise((resolve) => setTimeout(resolve, pause))
}

watcher.kill('SIGINT')
await new Promise((resolve) => watcher.once('exit', resolve))
await rm(folder, { recursive: true, force: true })

const sorted = [...timings].sort((a, b) => a - b)
const sortedFromStart = [...fromStart].sort((a, b) => a - b)
const bytes = Buffer.byteLength(text)

console.log(
  `watch latency over ${saves} saves of ${size === 30 ? 'the seed' : `${size} days`} ` +
    `(${(bytes / 1e6).toFixed(2)} MB), saved file to synced file on disk`
)
console.log(`from the end of each save:   ${describe(sorted)}`)
console.log(`from the start of each save: ${describe(sortedFromStart)}`)
console.log(`start-up to ready ${startup.toFixed(0)} ms`)
console.log(
  `machine: ${os.availableParallelism()} CPUs (nproc), Node ${process.version}`
)

/** The next event of the watcher that `wanted` accepts. */
function nextEvent(
  wanted: (event: WatchEvent) => boolean
): Promise<WatchEvent> {
  return new Promise((resolve, reject) => {
    const exited = () => reject(new Error('The watcher stopped'))
    watcher.once('exit', exited)
    onEvent = (event) => {
      if (!wanted(event)) return
      watcher.off('exit', exited)
      onEvent = null
      resolve(event)
    }
  })
}

/** The seed for size 30, else a generated tracker of `days` days. */
async function readTracker(days: number): Promise<string> {
  if (days !== 30) return generateTracker(days).text

  const seed = new URL('../fixtures/seed/tracker.md', import.meta.url)
  return readFile(fileURLToPath(seed), 'utf8')
}

/**
 * The date of the day under a heading, read by the bench's parser (which
 * thereby holds the file's blocks before the first save).
 */
function dateOfDay(text: string, heading: string): string {
  const number = Number(/DAY (\d+)/i.exec(heading)?.[1])
  const day = parser
    .parse(text, { today: '2026-12-06', year })
    .days.find((each) => each.number === number)
  if (!day?.date) throw new Error(`Expected a date in \`${heading}\``)

  return day.date
}

/** The ISO date after an ISO date. */
function dayAfter(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/**
 * The person's save: the chosen task ticked and the deliverable after it
 * marked done, or both undone again.
 */
function toggle(text: string, isDone: boolean): string {
  const [mark, blank] = isDone ? ['[x]', 'done'] : ['[ ]', '_____']
  const base = text.indexOf(heading)
  const at = base + deliverable
  const end = text.indexOf('\n', at)
  const line = text.slice(at, end).replace(/✓ (?:done|_____)/, `✓ ${blank}`)

  return (
    text.slice(0, base + task + 2) +
    mark +
    text.slice(base + task + 5, at) +
    line +
    text.slice(end)
  )
}

/** Median, 95th percentile and range of sorted times. */
function describe(values: readonly number[]): string {
  const median = percentile(values, 0.5)
  const p95 = percentile(values, 0.95)

  return (
    `median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, ` +
    `min ${values[0]?.toFixed(0)} ms, max ${values.at(-1)?.toFixed(0)} ms`
  )
}

/** The value at a fraction of a sorted list, by the nearest rank. */
function percentile(values: readonly number[], fraction: number): number {
  const index = Math.min(
    values.length - 1,
    Math.max(0, Math.ceil(fraction * values.length) - 1)
  )
  return values[index] ?? Number.NaN
}
