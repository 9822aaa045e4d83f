/**
 * Prints where a CPU profile spends its time: the functions with the most
 * self time, and the most total time, with their files.
 *
 * Run: `npx tsx bench/summarize-profile.ts <file.cpuprofile> [rows]`.
 */
import { readFileSync } from 'node:fs'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const file = process.argv[2]
const rows = Number(process.argv[3] ?? 25)
if (!file) throw new Error('Expected a `.cpuprofile` file')

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parents = new Map<number, number>()
for (const node of profile.nodes) {
  for (const child of node.children ?? []) parents.set(child, node.id)
}

const self = new Map<string, number>()
const total = new Map<string, number>()
let all = 0

profile.samples.forEach((id, index) => {
  const time = (profile.timeDeltas[index + 1] ?? 0) / 1000
  all += time

  const node = byId.get(id)
  if (node) add(self, name(node), time)

  // Count each function once per sample, however deep it recurses.
  const seen = new Set<string>()
  for (
    let at: number | undefined = id;
    at !== undefined;
    at = parents.get(at)
  ) {
    const each = byId.get(at)
    if (!each) break
    const key = name(each)
    if (!seen.has(key)) add(total, key, time)
    seen.add(key)
  }
})

print('self', self)
print('total', total)

function print(title: string, times: Map<string, number>): void {
  console.log(`\n${title} time, of ${all.toFixed(0)} ms`)
  for (const [key, time] of [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)) {
    console.log(`${time.toFixed(0).padStart(7)} ms  ${key}`)
  }
}

function name(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame
  const where = url.replace(/^.*\/(node_modules|src|bench)\//, '$1/')
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
}

function add(map: Map<string, number>, key: string, time: number): void {
  map.set(key, (map.get(key) ?? 0) + time)
}
