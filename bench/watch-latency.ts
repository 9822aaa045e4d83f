/**
 * How long `trackmd watch` takes from a save to the synced file on disk.
 *
 * Copies the seed (fixtures/seed/tracker.md) into a temporary folder,
 * starts the real watcher on it, and saves 30 times in place, each save
 * ticking one task and marking one deliverable done or not done again, so
 * that every save needs a write. The time runs from the start of the save
 * to the watcher's report that the new text was renamed into place.
 *
 * Run: `npx tsx bench/watch-latency.ts` or `npm run bench:watch`.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { syncText } from '../src/edit/sync-text.js'
import { startWatch } from '../src/watch/start-watch.js'
import type { SyncedEvent } from '../src/watch/watch-event.js'

const saves = 30
const today = '2026-12-10'
const seed = fileURLToPath(
  new URL('../fixtures/seed/tracker.md', import.meta.url)
)

const folder = await mkdtemp(path.join(os.tmpdir(), 'trackmd-bench-'))
const file = path.join(folder, 'tracker.md')
await copyFile(seed, file)

const watch = startWatch({ files: [file], cwd: folder, today })
let onSynced: ((event: SyncedEvent) => void) | null = null
watch.events.on((event) => {
  if (event.type === 'synced' && event.reason === 'save') onSynced?.(event)
})
await watch.ready

const timings: number[] = []
let text = await readFile(file, 'utf8')

for (let index = 0; index < saves; index += 1) {
  const isDone = index % 2 === 0
  const person = text
    .replace(isDone ? '- [ ] ' : '- [x] ', isDone ? '- [x] ' : '- [ ] ')
    .replace(
      isDone ? '`day1_tensors.py` ✓ _____' : '`day1_tensors.py` ✓ done',
      isDone ? '`day1_tensors.py` ✓ done' : '`day1_tensors.py` ✓ _____'
    )
  const expected = syncText(person, { today }).text

  const synced = new Promise<SyncedEvent>((resolve) => (onSynced = resolve))
  const started = performance.now()
  await writeFile(file, person)
  const event = await synced
  timings.push(performance.now() - started)

  text = await readFile(file, 'utf8')
  if (text !== expected || !event.wrote) {
    throw new Error(`Save ${index + 1} was not synced as expected`)
  }

  // Let the watcher settle, as a person would between two saves.
  await new Promise((resolve) => setTimeout(resolve, 150))
}

await watch.close()
await rm(folder, { recursive: true, force: true })

const sorted = [...timings].sort((a, b) => a - b)
const median = percentile(sorted, 0.5)
const p95 = percentile(sorted, 0.95)

console.log(
  `watch latency over ${saves} saves of the seed (save to synced file on disk)`
)
console.log(`median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`)
console.log(
  `min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`
)
console.log(
  `machine: ${os.availableParallelism()} CPUs (nproc), Node ${process.version}`
)

/** The value at a fraction of a sorted list, by the nearest rank. */
function percentile(values: readonly number[], fraction: number): number {
  const index = Math.min(
    values.length - 1,
    Math.max(0, Math.ceil(fraction * values.length) - 1)
  )
  return values[index] ?? Number.NaN
}
