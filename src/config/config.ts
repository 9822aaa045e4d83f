import type { RuleSetting } from '../lint/lint-text.js'

/**
 * What a configuration file may set: the `trackmd` key of package.json, or
 * the whole of `.trackmdrc.json`.
 */
export interface Config {
  /** The year of Day 1, for dates written without a year. */
  year?: number
  /**
   * Per rule id: `"off"`, `"info"`, `"warn"`, `"error"`, or a severity and
   * the rule's options, `["warn", { "tolerance": 1 }]`.
   */
  rules?: Record<string, RuleSetting>
}

/** A configuration as found: the file it came from, or none. */
export interface LoadedConfig {
  /** Absolute path of the file, or null when none was found. */
  file: string | null
  config: Config
}
