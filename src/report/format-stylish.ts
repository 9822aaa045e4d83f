import type { Palette } from '../status/palette.js'
import { plainPalette } from '../status/palette.js'
import type { Severity } from '../lint/rule.js'
import { countFindings, plural, type FileResult } from './file-result.js'

/** How the readable format names each severity. */
const severityWords: Record<Severity, string> = {
  error: 'error',
  warn: 'warning',
  info: 'info'
}

/**
 * Write findings for people: per file with findings, its path, then one
 * line per finding, `line:column  severity  message  rule-id`, in aligned
 * columns; last a line of totals.
 *
 * @param results The files checked, with their findings.
 * @param palette Colours, or `plainPalette` for none.
 * @returns The report, ending in a newline.
 */
export function formatStylish(
  results: readonly FileResult[],
  palette: Palette = plainPalette
): string {
  const lines: string[] = []

  for (const result of results) {
    if (result.findings.length === 0) continue

    const rows = result.findings.map((finding) => ({
      where: `${finding.place.line}:${finding.place.column}`,
      severity: severityWords[finding.severity],
      paint: paintFor(finding.severity, palette),
      message: finding.message,
      ruleId: finding.ruleId
    }))
    const whereWidth = Math.max(...rows.map((row) => row.where.length))
    const severityWidth = Math.max(...rows.map((row) => row.severity.length))
    const messageWidth = Math.max(...rows.map((row) => row.message.length))

    lines.push(palette.bold(result.path))
    for (const row of rows) {
      lines.push(
        `  ${palette.dim(row.where.padEnd(whereWidth))}  ` +
          `${row.paint(row.severity.padEnd(severityWidth))}  ` +
          `${row.message.padEnd(messageWidth)}  ${palette.dim(row.ruleId)}`
      )
    }
    lines.push('')
  }

  lines.push(...totals(results, palette))

  return `${lines.join('\n')}\n`
}

function paintFor(severity: Severity, palette: Palette) {
  if (severity === 'error') return palette.red
  if (severity === 'warn') return palette.yellow
  return palette.cyan
}

/** The totals line, and how many are fixable when any are. */
function totals(results: readonly FileResult[], palette: Palette): string[] {
  const counts = countFindings(results.flatMap((result) => result.findings))
  const total = counts.errors + counts.warnings + counts.infos
  const parts = [
    plural(counts.errors, 'error'),
    plural(counts.warnings, 'warning'),
    ...(counts.infos > 0 ? [`${counts.infos} info`] : [])
  ]
  const files = plural(results.length, 'file')
  const line = `${plural(total, 'problem')} (${parts.join(', ')}) in ${files}`
  const paint =
    counts.errors > 0
      ? palette.red
      : counts.warnings > 0
        ? palette.yellow
        : palette.green
  const lines = [paint(line)]

  if (counts.fixable > 0) {
    lines.push(
      `${plural(counts.fixable, 'problem')} can be fixed with ` +
        '`trackmd lint --fix`'
    )
  }

  return lines
}
