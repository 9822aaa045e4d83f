import type { Severity } from '../lint/rule.js'
import type { FileResult } from './file-result.js'

/** The workflow command for each severity. */
const commands: Record<Severity, string> = {
  error: 'error',
  warn: 'warning',
  info: 'notice'
}

/**
 * Write findings as GitHub Actions workflow commands, one line each, which
 * GitHub shows as annotations on the file and line:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 *
 * @param results The files checked, with their findings.
 * @returns The lines, each ending in a newline; empty when clean.
 */
export function formatGithub(results: readonly FileResult[]): string {
  return results
    .flatMap((result) =>
      result.findings.map((finding) => {
        const { line, column, endLine, endColumn } = finding.place
        const properties = [
          `file=${escapeProperty(result.path)}`,
          `line=${line}`,
          `col=${column}`,
          `endLine=${endLine}`,
          `endColumn=${endColumn}`,
          `title=${escapeProperty(finding.ruleId)}`
        ].join(',')

        return (
          `::${commands[finding.severity]} ${properties}::` +
          `${escapeData(finding.message)}\n`
        )
      })
    )
    .join('')
}

/** Escape a message the way the workflow command parser undoes it. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escape a property value, where `:` and `,` also separate. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
