import path from 'node:path'
import { createColors } from 'picocolors'
import { ConfigError } from '../../config/config-error.js'
import {
  createConfigLoader,
  type ConfigLoader
} from '../../config/load-config.js'
import { updateTracker, type UpdateStep } from '../../edit/update-tracker.js'
import { fixText } from '../../lint/fix-text.js'
import { lintText, type LintOptions } from '../../lint/lint-text.js'
import type { Finding } from '../../lint/rule.js'
import { displayPath } from '../../read/display-path.js'
import { guardDepth } from '../../read/guard-depth.js'
import { readTrackerFile } from '../../read/read-tracker-file.js'
import { TrackerFileError } from '../../read/tracker-file-error.js'
import {
  countFindings,
  plural,
  type FileResult
} from '../../report/file-result.js'
import { formatGithub } from '../../report/format-github.js'
import { formatJson } from '../../report/format-json.js'
import { formatStylish } from '../../report/format-stylish.js'
import { shouldColour } from '../choose-colour.js'
import type { LintCommandOptions } from '../command-flags.js'
import type { CommandContext } from '../command.js'
import { readTrackerFacts } from '../load-tracker.js'
import { requireDays } from '../../read/require-days.js'

/**
 * `trackmd lint [files..]`: run the rules over each file and report the
 * findings: readable on stderr, or `--format json|github` on stdout. With
 * `--fix`, repair what can be repaired first, write it safely, and report
 * what remains.
 *
 * @param context The files, settings, streams and the lint flags.
 * @returns 0 clean or warnings only, 1 errors or more warnings than
 *   `--max-warnings`, 2 when a file or its configuration could not be used.
 */
export async function run(
  context: CommandContext<LintCommandOptions>
): Promise<number> {
  const { cwd, options, stdout, stderr } = context
  const files = context.files ?? [context.file]
  const loadConfig = createConfigLoader({ cwd })
  const results: FileResult[] = []
  let couldNotRun = false

  for (const file of files) {
    try {
      results.push(await lintFile(file, context, loadConfig))
    } catch (error) {
      if (!(
        error instanceof TrackerFileError || error instanceof ConfigError
      )) {
        throw error
      }

      stderr.write(`trackmd: ${error.message}\n`)
      couldNotRun = true
    }
  }

  const format = options.format ?? 'stylish'
  if (format === 'json') stdout.write(formatJson(results))
  if (format === 'github') stdout.write(formatGithub(results))
  // When no file could be read, the one-line errors above say it all.
  if (format === 'stylish' && results.length > 0) {
    const palette = createColors(shouldColour(stderr, context.env))
    stderr.write(formatStylish(results, palette))
  }

  const counts = countFindings(results.flatMap((result) => result.findings))
  const maxWarnings = options['max-warnings']
  const tooManyWarnings =
    maxWarnings !== undefined && counts.warnings > maxWarnings

  if (tooManyWarnings) {
    stderr.write(
      `trackmd: found ${plural(counts.warnings, 'warning')}, ` +
        `expected at most ${maxWarnings} (\`--max-warnings\`)\n`
    )
  }

  if (couldNotRun) return 2
  return counts.errors > 0 || tooManyWarnings ? 1 : 0
}

/** Lint one file, fixing it first with `--fix`. */
async function lintFile(
  file: string,
  context: CommandContext<LintCommandOptions>,
  loadConfig: ConfigLoader
): Promise<FileResult> {
  const { cwd, settings, options, stderr } = context
  const absolute = path.resolve(cwd, file)
  const shown = displayPath(absolute, cwd)

  const { config } = await loadConfig(absolute)
  const year = settings.year ?? config.year
  const lintOptions: LintOptions = {
    today: settings.today,
    ...(year === undefined ? {} : { year }),
    ...(config.rules ? { rules: config.rules } : {})
  }

  if (!options.fix) {
    const text = await readTrackerFile(absolute, { cwd })
    const { facts, lines } = await guardDepth(shown, () =>
      readTrackerFacts(text, absolute, {
        settings: { ...settings, year: year ?? null }
      })
    )
    const result = lintText(text, {
      ...lintOptions,
      tracker: facts,
      ...(lines ? { lines } : {})
    })
    requireDays(result.tracker, shown)

    return toFileResult(absolute, shown, result.findings)
  }

  const fixed = await guardDepth(shown, () =>
    updateTracker(
      absolute,
      shown,
      cwd,
      (text): UpdateStep<ReturnType<typeof fixText>> => {
        const result = fixText(text, lintOptions)
        requireDays(result.result.tracker, shown)

        return result.text === text
          ? { kind: 'done', result }
          : { kind: 'write', text: result.text, result }
      }
    )
  )

  if (fixed.edits > 0) {
    stderr.write(`${shown}: applied ${plural(fixed.edits, 'fix', 'fixes')}\n`)
  }

  return toFileResult(absolute, shown, fixed.result.findings)
}

function toFileResult(
  filePath: string,
  shown: string,
  findings: Finding[]
): FileResult {
  return { filePath, path: shown, findings }
}
