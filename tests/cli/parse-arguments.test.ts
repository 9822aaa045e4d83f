import yargs, { type Argv } from 'yargs'
import { describe, expect, it } from 'vitest'
import { skipHelpCache } from '../../src/cli/parse-arguments.js'

/** Whether yargs laid out a help text while it parsed. */
function cachesHelp(parser: Argv): boolean {
  const internals = parser as unknown as {
    getInternalMethods(): {
      getUsageInstance(): { hasCachedHelpMessage(): boolean }
    }
  }

  return internals
    .getInternalMethods()
    .getUsageInstance()
    .hasCachedHelpMessage()
}

/** A parser with one command, as trackmd declares its commands. */
function commandParser(): Argv {
  return yargs(['lint', 'plan.md'])
    .exitProcess(false)
    .command('lint [file]', 'Lint', (builder) =>
      builder.positional('file', { type: 'string' })
    )
}

describe('skipHelpCache', () => {
  it('keeps yargs from laying out the help of the command it runs', async () => {
    // yargs does lay it out on its own: what the skip saves.
    const plain = commandParser()
    await plain.parseAsync(['lint', 'plan.md'])
    expect(cachesHelp(plain)).toBe(true)

    const skipped = commandParser()
    skipHelpCache(skipped)
    const parsed = await skipped.parseAsync(['lint', 'plan.md'])
    expect(cachesHelp(skipped)).toBe(false)
    expect(parsed.file).toBe('plan.md')
  })

  it('leaves a parser without those internals as it is', () => {
    const bare = {} as Argv
    expect(() => skipHelpCache(bare)).not.toThrow()
  })
})
