import type { Finding } from '../lint/rule.js'

/** The findings of one file, as the formats print them. */
export interface FileResult {
  /** Absolute path of the file. */
  filePath: string
  /** The path as messages show it: relative, `/` separated. */
  path: string
  findings: Finding[]
}

/** Counts of findings by severity and by whether a fix is offered. */
export interface FindingCounts {
  errors: number
  warnings: number
  infos: number
  fixableErrors: number
  fixableWarnings: number
  /** Findings of any severity that carry a fix. */
  fixable: number
}

/**
 * Count findings by severity.
 *
 * @param findings The findings of one file or of several.
 */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = {
    errors: 0,
    warnings: 0,
    infos: 0,
    fixableErrors: 0,
    fixableWarnings: 0,
    fixable: 0
  }

  for (const finding of findings) {
    const fixable = finding.fix !== undefined

    if (finding.severity === 'error') {
      counts.errors += 1
      if (fixable) counts.fixableErrors += 1
    } else if (finding.severity === 'warn') {
      counts.warnings += 1
      if (fixable) counts.fixableWarnings += 1
    } else {
      counts.infos += 1
    }

    if (fixable) counts.fixable += 1
  }

  return counts
}

/**
 * A count with its noun, singular or plural: `1 error`, `2 errors`.
 *
 * @param count How many.
 * @param noun The noun, singular.
 * @param plural The plural, when not the noun with an `s`.
 */
export function plural(count: number, noun: string, plural = `${noun}s`) {
  return `${count} ${count === 1 ? noun : plural}`
}
