import { defineCommand, type CommandSpec } from './command.js'
import {
  initFlags,
  lintFlags,
  syncFlags,
  watchFlags,
  type InitCommandOptions,
  type LintCommandOptions,
  type SyncCommandOptions,
  type WatchCommandOptions
} from './command-flags.js'

/**
 * The commands, in the order help lists them. Each one's module is imported
 * only when it runs, so that `--help` and a typo stay quick.
 */
export const commands: readonly CommandSpec[] = [
  defineCommand({
    name: 'status',
    description: 'Show today’s tasks, progress per week and streak',
    flags: {},
    load: () => import('./commands/status.js')
  }),
  defineCommand<SyncCommandOptions>({
    name: 'sync',
    description: 'Recompute the computed cells and rewrite them in place',
    flags: syncFlags,
    load: () => import('./commands/sync.js')
  }),
  defineCommand<WatchCommandOptions>({
    name: 'watch',
    description: 'Sync on every save and report what changed, until stopped',
    flags: watchFlags,
    takesFiles: true,
    load: () => import('./commands/watch.js')
  }),
  defineCommand<LintCommandOptions>({
    name: 'lint',
    description: 'Report missed days and broken entries in the file',
    flags: lintFlags,
    takesFiles: true,
    load: () => import('./commands/lint.js')
  }),
  defineCommand({
    name: 'export',
    description: 'Print the tracker and its summary as JSON',
    flags: {},
    load: () => import('./commands/export.js')
  }),
  defineCommand<InitCommandOptions>({
    name: 'init',
    description: 'Write the 30-day template to a new file',
    flags: initFlags,
    load: () => import('./commands/init.js')
  })
]
