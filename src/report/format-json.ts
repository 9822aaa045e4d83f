import type { Finding, Severity } from '../lint/rule.js'
import { countFindings, type FileResult } from './file-result.js'

/** One message in ESLint's JSON shape. */
export interface JsonMessage {
  ruleId: string
  /** 2 error, 1 warning, 0 information (ESLint itself never emits 0). */
  severity: 0 | 1 | 2
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** One file in ESLint's JSON shape. */
export interface JsonFileResult {
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
}

const severityNumbers: Record<Severity, 0 | 1 | 2> = {
  error: 2,
  warn: 1,
  info: 0
}

/**
 * Turn results into the JSON array ESLint's `json` formatter prints, so
 * that tools reading ESLint output read ours.
 *
 * @param results The files checked, with their findings.
 */
export function toJsonResults(
  results: readonly FileResult[]
): JsonFileResult[] {
  return results.map((result) => {
    const counts = countFindings(result.findings)

    return {
      filePath: result.filePath,
      messages: result.findings.map(toJsonMessage),
      errorCount: counts.errors,
      warningCount: counts.warnings,
      fixableErrorCount: counts.fixableErrors,
      fixableWarningCount: counts.fixableWarnings
    }
  })
}

/**
 * Write results as ESLint's JSON, one line.
 *
 * @param results The files checked, with their findings.
 * @returns The JSON, ending in a newline.
 */
export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(toJsonResults(results))}\n`
}

function toJsonMessage(finding: Finding): JsonMessage {
  return {
    ruleId: finding.ruleId,
    severity: severityNumbers[finding.severity],
    message: finding.message,
    line: finding.place.line,
    column: finding.place.column,
    endLine: finding.place.endLine,
    endColumn: finding.place.endColumn
  }
}
