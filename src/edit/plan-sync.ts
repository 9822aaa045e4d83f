import type { TrackerFacts } from '../model.js'
import type { Summary } from '../summary/summary.js'
import { planCookies } from './cookies.js'
import type { Edit } from './edit.js'
import { planFinalStatus } from './final-status.js'
import { planMetricCells } from './metric-cells.js'
import { planProgressTable } from './progress-table.js'

/**
 * Every edit that brings the tool's cells up to date: the metrics table,
 * the Final Status ballot, statistics cookies and progress tables. Nothing
 * the person typed is touched.
 *
 * @param text The file's text.
 * @param tracker The tracker read from it, its days' tasks counted.
 * @param summary Its summary.
 */
export function planSync(
  text: string,
  tracker: TrackerFacts,
  summary: Summary
): Edit[] {
  return [
    ...planMetricCells(text, tracker, summary),
    ...planFinalStatus(text, tracker, summary),
    ...planCookies(text, tracker),
    ...planProgressTable(text, tracker, summary)
  ].sort((a, b) => a.start - b.start)
}
