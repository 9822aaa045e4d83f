/**
 * Where a watch's recompute spends its time on a large tracker: reads a
 * generated tracker once through the incremental parser, then ticks one
 * task and times each step of the sync (parse, count the days' tasks,
 * summarize, plan, apply) over several edits. Run it under
 * `node --cpu-prof` to see the functions.
 *
 * Run: `npx tsx bench/profile-sync.ts [days] [edits] [profile]` (default
 * 10000 days and 20 edits). With a third argument, the edits (not the first
 * parse) are profiled into that `.cpuprofile` file, the same format as
 * `node --cpu-prof` writes; open it in Chrome's DevTools or summarize it
 * with `npx tsx bench/summarize-profile.ts <file>`.
 */
import { writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import { planSync } from '../src/edit/plan-sync.js'
import { applyEdits } from '../src/edit/edit.js'
import { createIncrementalParser } from '../src/parse/incremental-parser.js'
import { summarize } from '../src/summary/summarize.js'
import { trackerFacts } from '../src/summary/tracker-facts.js'
import { generateTracker } from './generate-tracker.js'

const days = Number(process.argv[2] ?? 10000)
const edits = Number(process.argv[3] ?? 20)
const profile = process.argv[4]
const today = '2026-12-20'

const { text } = generateTracker(days)
const parser = createIncrementalParser()

let started = performance.now()
parser.parse(text, { today })
console.log(`first parse of ${days} days: ${ms(started)}`)

const open = text.indexOf('- [ ] ')
const steps = {
  parse: [],
  facts: [],
  summarize: [],
  plan: [],
  apply: []
} as Record<string, number[]>

const session = new Session()
if (profile) {
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
}

for (let index = 0; index < edits; index += 1) {
  const mark = index % 2 === 0 ? '- [x] ' : '- [ ] '
  const edited = text.slice(0, open) + mark + text.slice(open + mark.length)

  started = performance.now()
  const tracker = parser.parse(edited, { today })
  steps.parse?.push(performance.now() - started)

  started = performance.now()
  const facts = trackerFacts(tracker)
  steps.facts?.push(performance.now() - started)

  started = performance.now()
  const summary = summarize(facts, { today })
  steps.summarize?.push(performance.now() - started)

  started = performance.now()
  const planned = planSync(edited, facts, summary)
  steps.plan?.push(performance.now() - started)

  started = performance.now()
  applyEdits(edited, planned)
  steps.apply?.push(performance.now() - started)
}

if (profile) {
  const { profile: taken } = await session.post('Profiler.stop')
  await writeFile(profile, JSON.stringify(taken))
  session.disconnect()
}

console.log(`blocks parsed in the last edit: ${parser.lastRun.parsed}`)
for (const [name, times] of Object.entries(steps)) {
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
  console.log(`${name.padEnd(10)} median ${median.toFixed(1)} ms`)
}

function ms(since: number): string {
  return `${(performance.now() - since).toFixed(0)} ms`
}
