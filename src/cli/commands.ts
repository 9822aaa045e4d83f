import type { CommandSpec } from './command.js'

/**
 * The commands, in the order help lists them. Each one's module is imported
 * only when it runs, so that `--help` and a typo stay quick.
 */
export const commands: readonly CommandSpec[] = [
  {
    name: 'status',
    description: 'Show today’s tasks, progress per week and streak',
    load: () => import('./commands/status.js')
  },
  {
    name: 'export',
    description: 'Print the tracker and its summary as JSON',
    load: () => import('./commands/export.js')
  }
]
