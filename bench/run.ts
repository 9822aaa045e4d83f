/**
 * `npm run bench`: times trackmd against markdownlint-cli2 and remark-cli
 * (with remark-gfm) on the same trackers, and against two floors: Node
 * starting with nothing to do, and Node reading and hashing the file.
 *
 * Every command runs as a child process, whole: start-up, reading, parsing
 * and output. Wall time is measured here; peak memory (maximum resident set
 * size) comes from GNU time, `/usr/bin/time` (Debian's `time` package), and
 * is left out when it is missing.
 *
 * Options: `--sizes seed,30,1000,10000` (default), `--only warm,sha1` to
 * time only the cases whose names hold one of the words, and `--runs N` to
 * fix the repetitions (default: 7 up to 100 KB, 5 up to 2 MB, 3 above; the
 * peers run once above 2 MB, as they take tens of seconds there). A run is
 * stopped after 180 s and counted as 180 s, so such a median is a lower
 * bound (shown as `≥`).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { writeTrackers } from './generate-tracker.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = path.join(root, 'bench', 'out')
const bin = path.join(root, 'bin', 'trackmd.js')
const modules = path.join(root, 'node_modules', '.bin')
const gnuTime = '/usr/bin/time'
const today = '2026-12-20'
// remark-cli takes many minutes on 10,000 days; a run stops here.
const timeoutSeconds = 180

/** One command to time on one file. */
interface Case {
  name: string
  /** The program and its arguments; `{file}` is the tracker's path. */
  argv: string[]
  /** Whether it is a peer or a floor, which run fewer times when slow. */
  kind: 'trackmd' | 'peer' | 'floor'
  /** Run before each timed run, untimed: the warm cache's day edit. */
  before?: (file: string) => void
}

/** The figures of one case on one file. */
interface Figure {
  size: string
  bytes: number
  name: string
  runs: number
  medianSeconds: number
  peakMegabytes: number | null
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'seed,30,1000,10000' },
    only: { type: 'string' },
    runs: { type: 'string' }
  }
})

const trackmd = (...argv: string[]) => [process.execPath, bin, ...argv]
const cacheFolder = path.join(out, 'cache')

const cases: Case[] = [
  { name: 'node -e ""', argv: [process.execPath, '-e', ''], kind: 'floor' },
  {
    name: 'read + sha1',
    argv: [
      process.execPath,
      '-e',
      "require('crypto').createHash('sha1')" +
        ".update(require('fs').readFileSync(process.argv[1])).digest('hex')",
      '{file}'
    ],
    kind: 'floor'
  },
  {
    name: 'trackmd lint',
    argv: trackmd('lint', '{file}', '--today', today),
    kind: 'trackmd'
  },
  {
    name: 'trackmd sync --check',
    argv: trackmd('sync', '--check', '{file}', '--today', today),
    kind: 'trackmd'
  },
  {
    name: 'trackmd export',
    argv: trackmd('export', '{file}', '--today', today),
    kind: 'trackmd'
  },
  ...(['lint', 'sync --check', 'export'] as const).map((command): Case => ({
    name: `trackmd ${command} --cache (warm, 1 day edited)`,
    argv: trackmd(
      ...command.split(' '),
      '{file}',
      '--today',
      today,
      '--cache',
      '--cache-location',
      cacheFolder
    ),
    kind: 'trackmd',
    before: editOneDay
  })),
  {
    name: 'markdownlint-cli2',
    argv: [path.join(modules, 'markdownlint-cli2'), '{file}'],
    kind: 'peer'
  },
  {
    name: 'remark-cli + remark-gfm',
    argv: [
      path.join(modules, 'remark'),
      '--use',
      'remark-gfm',
      '--no-stdout',
      '--quiet',
      '--frail',
      '{file}'
    ],
    kind: 'peer'
  }
]

main()

function main(): void {
  const sizes = (values.sizes ?? '').split(',').filter(Boolean)
  const files = prepareFiles(sizes)
  const figures: Figure[] = []

  buildTrackmd()
  printMachine()

  for (const [size, file] of files) {
    const bytes = readFileSync(file).length

    process.stderr.write(`\n${size} (${formatBytes(bytes)})\n`)

    for (const benchCase of cases) {
      if (!isSelected(benchCase)) continue
      if (!isAvailable(benchCase)) {
        process.stderr.write(`  ${benchCase.name}: skipped, not installed\n`)
        continue
      }

      const runs = runCount(benchCase, bytes)
      const figure = measure(benchCase, size, file, bytes, runs)

      figures.push(figure)
      process.stderr.write(
        `  ${benchCase.name.padEnd(44)} ${figure.medianSeconds.toFixed(3)} s` +
          `  ${figure.peakMegabytes ?? '?'} MB  (${runs} runs)\n`
      )
    }
  }

  process.stdout.write(`\n${renderTable(figures)}\n`)
  writeFileSync(
    path.join(out, 'results.json'),
    `${JSON.stringify(figures, null, 2)}\n`
  )
}

/** The trackers to time: the seed, and generated ones by day count. */
function prepareFiles(sizes: string[]): Array<[string, string]> {
  const days = sizes.filter((size) => size !== 'seed').map(Number)
  const written = writeTrackers(out, days)
  const files: Array<[string, string]> = []

  for (const size of sizes) {
    const source =
      size === 'seed'
        ? path.join(root, 'tracker.md')
        : (written[days.indexOf(Number(size))] ?? '')
    // On a copy, so that the warm case's edits never touch tracker.md.
    const copy = path.join(out, `bench-${size}.md`)

    copyFileSync(source, copy)
    files.push([size === 'seed' ? 'seed' : `${size} days`, copy])
  }

  return files
}

function buildTrackmd(): void {
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    encoding: 'utf8'
  })
  if (build.status !== 0) {
    throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`)
  }
}

function printMachine(): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'

  process.stderr.write(
    `Node ${process.version}, ${availableParallelism()} cores (${cpu}), ` +
      `${Math.round(totalmem() / 2 ** 30)} GB, load ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}\n` +
      `peak memory: ${existsSync(gnuTime) ? gnuTime : 'not measured (no GNU time)'}\n`
  )
}

function isSelected(benchCase: Case): boolean {
  const words = (values.only ?? '').split(',').filter(Boolean)
  return (
    words.length === 0 || words.some((word) => benchCase.name.includes(word))
  )
}

function isAvailable(benchCase: Case): boolean {
  const program = benchCase.argv[0] ?? ''
  return !path.isAbsolute(program) || existsSync(program)
}

function runCount(benchCase: Case, bytes: number): number {
  if (values.runs) return Number(values.runs)
  if (bytes > 2_000_000) return benchCase.kind === 'trackmd' ? 3 : 1
  if (bytes > 100_000) return 5
  return 7
}

/**
 * Runs a case `runs` times, after one untimed run that warms the disk
 * cache (and fills trackmd's block cache for the warm case).
 */
function measure(
  benchCase: Case,
  size: string,
  file: string,
  bytes: number,
  runs: number
): Figure {
  const argv = benchCase.argv.map((arg) => arg.replace('{file}', file))
  const seconds: number[] = []
  const peaks: number[] = []

  // The slow peers on large files skip it: the floors read the file first.
  if (benchCase.kind !== 'peer' || bytes <= 2_000_000) runOnce(argv)

  for (let run = 0; run < runs; run++) {
    benchCase.before?.(file)

    const result = runOnce(argv)
    seconds.push(result.seconds)
    if (result.peakKilobytes !== null) peaks.push(result.peakKilobytes)
  }

  return {
    size,
    bytes,
    name: benchCase.name,
    runs,
    medianSeconds: median(seconds),
    peakMegabytes: peaks.length ? Math.round(Math.max(...peaks) / 1024) : null
  }
}

function runOnce(argv: string[]): {
  seconds: number
  peakKilobytes: number | null
} {
  // coreutils' timeout stops the command itself (GNU time would leave it
  // running if stopped), and exits 124 when it had to.
  const limited = ['timeout', String(timeoutSeconds), ...argv]
  const command = existsSync(gnuTime)
    ? [gnuTime, '-f', 'peak-kb=%M', ...limited]
    : limited
  const start = performance.now()
  const result = spawnSync(command[0] ?? '', command.slice(1), {
    cwd: out,
    encoding: 'utf8',
    maxBuffer: 1024 ** 3
  })
  const seconds = (performance.now() - start) / 1000
  const peak = /peak-kb=(\d+)/.exec(result.stderr ?? '')
  const peakKilobytes = peak ? Number(peak[1]) : null

  if (result.error) throw result.error
  // A run stopped at the limit counts as the limit: a lower bound.
  if (result.status === 124) return { seconds: timeoutSeconds, peakKilobytes }
  // Lint findings and sync drift exit 1; only a crash is a failure here.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${argv.join(' ')} failed:\n${result.stderr}`)
  }

  return { seconds, peakKilobytes }
}

/** Ticks (or unticks) one task in the middle of the file: one day edited. */
function editOneDay(file: string): void {
  const text = readFileSync(file, 'utf8')
  const middle = text.indexOf('- [', Math.floor(text.length / 2))
  const box = text.slice(middle, middle + 5)
  const next = box === '- [ ]' ? '- [x]' : '- [ ]'

  writeFileSync(file, text.slice(0, middle) + next + text.slice(middle + 5))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)

  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function formatBytes(bytes: number): string {
  return bytes > 1e6
    ? `${(bytes / 1e6).toFixed(1)} MB`
    : `${Math.round(bytes / 1e3)} KB`
}

/** A Markdown table: each case's median and peak, and its ratios. */
function renderTable(figures: Figure[]): string {
  const rows = [
    '| Size | Command | Median | Peak memory | × markdownlint-cli2 | × remark-cli | × read+sha1 |',
    '|---|---|--:|--:|--:|--:|--:|'
  ]

  for (const figure of figures) {
    const same = (name: string) =>
      figures.find((each) => each.size === figure.size && each.name === name)
    const ratio = (name: string) => {
      const other = same(name)
      return other && other.medianSeconds > 0
        ? `${(figure.medianSeconds / other.medianSeconds).toFixed(2)}`
        : '–'
    }

    rows.push(
      `| ${figure.size} (${formatBytes(figure.bytes)}) | ${figure.name} | ` +
        `${figure.medianSeconds >= timeoutSeconds ? '≥ ' : ''}` +
        `${figure.medianSeconds.toFixed(3)} s | ` +
        `${figure.peakMegabytes === null ? '?' : `${figure.peakMegabytes} MB`} | ` +
        `${ratio('markdownlint-cli2')} | ${ratio('remark-cli + remark-gfm')} | ` +
        `${ratio('read + sha1')} |`
    )
  }

  return rows.join('\n')
}
