/**
 * What a cache of the model would cost to read back, against building the
 * model from the text: reads a generated tracker into the model, then
 * writes the model out and reads it back with V8's serializer (which keeps
 * shared objects shared) and with JSON, and prints the median of each step
 * and the size of each form. A cache of each block's share of the model
 * holds at least the model, so reading it back costs at least this much.
 *
 * Run: `npx tsx bench/model-readback.ts [days] [runs]` (default 1000 days
 * and 5 runs).
 */
import v8 from 'node:v8'
import { parseTracker } from '../src/parse/parse-tracker.js'
import { generateTracker } from './generate-tracker.js'

const days = Number(process.argv[2] ?? 1000)
const runs = Number(process.argv[3] ?? 5)
const today = '2026-12-20'

const { text } = generateTracker(days)
const times: Record<string, number[]> = {}
const sizes: Record<string, number> = { text: Buffer.byteLength(text) }

for (let run = 0; run < runs; run += 1) {
  const tracker = time('build the model from the text', () =>
    parseTracker(text, { today })
  )

  const serialized = time('v8.serialize', () => v8.serialize(tracker))
  time('v8.deserialize', () => v8.deserialize(serialized))
  sizes.v8 = serialized.length

  const json = time('JSON.stringify', () => JSON.stringify(tracker))
  time('JSON.parse', () => JSON.parse(json) as unknown)
  sizes.json = Buffer.byteLength(json)
}

console.log(`${days} days, median of ${runs} runs:`)
for (const [step, taken] of Object.entries(times)) {
  console.log(`  ${step.padEnd(32)} ${median(taken).toFixed(0)} ms`)
}
for (const [form, bytes] of Object.entries(sizes)) {
  console.log(`  ${`size, ${form}`.padEnd(32)} ${(bytes / 1e6).toFixed(1)} MB`)
}

function time<Result>(step: string, work: () => Result): Result {
  const started = performance.now()
  const result = work()

  ;(times[step] ??= []).push(performance.now() - started)
  return result
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}
