import type { Table, TableRow } from 'mdast'
import type remarkGfm from 'remark-gfm'
import type remarkStringify from 'remark-stringify'
import type { unified } from 'unified'
import { onDemand } from '../load-on-demand.js'
import type { TrackerFacts } from '../model.js'
import type { Count, Summary } from '../summary/summary.js'
import { editIfChanged, type Edit } from './edit.js'
import { formatNumber } from './format-number.js'
import { percentDone } from '../summary/percent-done.js'

// Only trackers with progress markers need the serializer.
const loadUnified = onDemand<{ unified: typeof unified }>('unified')
const loadGfm = onDemand<{ default: typeof remarkGfm }>('remark-gfm')
const loadStringify = onDemand<{ default: typeof remarkStringify }>(
  'remark-stringify'
)
let processor: ReturnType<typeof createProcessor> | null = null

function createProcessor() {
  return loadUnified()
    .unified()
    .use(loadGfm().default)
    .use(loadStringify().default)
    .freeze()
}

const header = ['Week', 'Days', 'Tasks', 'Done', 'Deliverables', 'Hours']

function fraction(count: Count): string {
  return `${count.done}/${count.total}`
}

function percent(count: Count): string {
  return `${percentDone(count)}%`
}

function hours(actual: number | null, target: number | null): string {
  const done = formatNumber(actual ?? 0)

  return target === null ? done : `${done} / ${formatNumber(target)}`
}

/**
 * The progress table as Markdown: a row per week (days complete, tasks
 * done, their share, deliverables done, actual against target hours) and a
 * row for the whole plan.
 *
 * @param summary The tracker's summary.
 */
export function renderProgressTable(summary: Summary): string {
  const rows: string[][] = summary.weeks.map((week) => [
    `Week ${week.week}`,
    fraction(week.days),
    fraction(week.tasks),
    percent(week.tasks),
    fraction(week.deliverables),
    hours(week.actualHours, week.targetHours)
  ])

  rows.push([
    'Total',
    `${summary.completeDays.length}/${summary.totalDays}`,
    fraction(summary.tasks),
    percent(summary.tasks),
    `${summary.deliverablesDone}/${summary.deliverablesTotal}`,
    hours(summary.actualHours, summary.targetHours)
  ])

  const table: Table = {
    type: 'table',
    align: ['left', 'right', 'right', 'right', 'right', 'right'],
    children: [header, ...rows].map((cells): TableRow => ({
      type: 'tableRow',
      children: cells.map((cell) => ({
        type: 'tableCell',
        children: [{ type: 'text', value: cell }]
      }))
    }))
  }

  processor ??= createProcessor()

  return processor.stringify({ type: 'root', children: [table] }).trimEnd()
}

/**
 * Edits that rewrite what stands between `<!-- trackmd:progress -->` and
 * `<!-- /trackmd:progress -->`, with a blank line on each side of the table
 * so every Markdown reader sees it as a table.
 *
 * @param text The file's text.
 * @param tracker The tracker read from it.
 * @param summary Its summary.
 */
export function planProgressTable(
  text: string,
  tracker: TrackerFacts,
  summary: Summary
): Edit[] {
  const blocks = tracker.generated.filter((block) => block.name === 'progress')
  if (blocks.length === 0) return []

  const eol = tracker.layout.lineEnding
  const table = renderProgressTable(summary).replace(/\n/g, eol)
  const wanted = `${eol}${eol}${table}${eol}${eol}`

  return blocks.flatMap((block) =>
    editIfChanged(
      text,
      block.inside.start.offset,
      block.inside.end.offset,
      wanted,
      'Progress table'
    )
  )
}
