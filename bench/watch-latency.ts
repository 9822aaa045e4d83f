/**
 * How long `trackmd watch` takes from a save to the synced file on disk.
 *
 * Copies a tracker into a temporary folder, starts the real watcher on it,
 * and saves 20 times in place, each save ticking one task and marking its
 * day's deliverable done, or both undone again, so that every save needs a
 * write: the bench's "today" is the day after that day, so marking it done
 * changes the days behind. The time runs from the start of the save to the watcher's report
 * that the new text was renamed into place. Between saves it waits half a
 * second, as a person would.
 *
 * Run: `npm run bench:watch -- [size] [saves] [profile]`, or `npx tsx
 * bench/watch-latency.ts [size] [saves] [profile]`. Size 30 (the default) is
 * the seed (fixtures/seed/tracker.md); any other is a tracker of that many
 * days from bench/generate-tracker.ts, such as 10000. With a third argument,
 * the saves (not the start-up) are profiled into that `.cpuprofile` file,
 * the whole path of each save included: the watcher's settle wait, the
 * read, the sync, the write and the work after it; summarize it with `npx
 * tsx bench/summarize-profile.ts <file>`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { syncTracker } from '../src/edit/sync-tracker.js'
import { createIncrementalParser } from '../src/parse/incremental-parser.js'
import { startWatch } from '../src/watch/start-watch.js'
import type { SyncedEvent } from '../src/watch/watch-event.js'
import { generateTracker } from './generate-tracker.js'

const size = Number(process.argv[2] ?? 30)
const saves = Number(process.argv[3] ?? 20)
const profile = process.argv[4]
const pause = 500
// Day 1 is in December 2026, as in the seed and the generator.
const year = 2026

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
const watch = startWatch({ files: [file], cwd: folder, today, year })
let onSynced: ((event: SyncedEvent) => void) | null = null
watch.events.on((event) => {
  if (event.type === 'synced' && event.reason === 'save') onSynced?.(event)
})
await watch.ready
const startup = performance.now() - started

const timings: number[] = []
let text = await readFile(file, 'utf8')
// Offsets from the day's heading, found again by its text in each save,
// since the tool's writes above it may change the length of the text.
const headingStart = text.indexOf(heading)
const task = text.indexOf('\n- [ ] ', headingStart) + 1 - headingStart
const deliverable = text.indexOf('✓ _____', headingStart) - headingStart
if (headingStart === -1 || task <= 0 || task > deliverable) {
  throw new Error('Expected a day with an open task and an open deliverable')
}

const session = new Session()
if (profile) {
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
}

for (let index = 0; index < saves; index += 1) {
  const isDone = index % 2 === 0
  const person = toggle(text, isDone)
  const expected = syncTracker(person, parser.parse(person, { today, year }), {
    today
  }).text

  const synced = new Promise<SyncedEvent>((resolve) => (onSynced = resolve))
  started = performance.now()
  await writeFile(file, person)
  const event = await synced
  timings.push(performance.now() - started)

  text = await readFile(file, 'utf8')
  if (text !== expected || !event.wrote) {
    throw new Error(`Save ${index + 1} was not synced as expected`)
  }

  await new Promise((resolve) => setTimeout(resolve, pause))
}

if (profile) {
  const { profile: taken } = await session.post('Profiler.stop')
  await writeFile(profile, JSON.stringify(taken))
  session.disconnect()
}

await watch.close()
await rm(folder, { recursive: true, force: true })

const sorted = [...timings].sort((a, b) => a - b)
const median = percentile(sorted, 0.5)
const p95 = percentile(sorted, 0.95)
const bytes = Buffer.byteLength(text)

console.log(
  `watch latency over ${saves} saves of ${size === 30 ? 'the seed' : `${size} days`} ` +
    `(${(bytes / 1e6).toFixed(2)} MB), save to synced file on disk`
)
console.log(`median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`)
console.log(
  `min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms; ` +
    `start-up (first sync) ${startup.toFixed(0)} ms`
)
console.log(
  `machine: ${os.availableParallelism()} CPUs (nproc), Node ${process.version}`
)

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

/** The value at a fraction of a sorted list, by the nearest rank. */
function percentile(values: readonly number[], fraction: number): number {
  const index = Math.min(
    values.length - 1,
    Math.max(0, Math.ceil(fraction * values.length) - 1)
  )
  return values[index] ?? Number.NaN
}
