import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { initFlags, syncFlags } from '../src/cli/command-flags.js'
import { repositoryRoot, runMain } from './helpers/run-main.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The body of the README's code block that starts with this command. */
function blockAfter(command: string): string {
  const start = readme.indexOf(`$ ${command}\n`)
  expect(start, `README shows \`${command}\``).not.toBe(-1)

  const body = readme.slice(start + command.length + 3)

  return body.slice(0, body.indexOf('\n```'))
}

describe('README', () => {
  it('shows the help text the CLI prints', async () => {
    const result = await runMain(['--help'])

    expect(blockAfter('npx trackmd --help')).toBe(result.stdout.trimEnd())
  })

  it('shows the status output the quick start command prints', async () => {
    const result = await runMain(['status', '--today', '2026-12-10'], {
      cwd: repositoryRoot
    })

    expect(result.exitCode).toBe(0)
    expect(blockAfter('npx trackmd status --today 2026-12-10')).toBe(
      result.stdout.trimEnd()
    )
  })

  it('lists every flag of every command', () => {
    const flags = [...Object.keys(syncFlags), ...Object.keys(initFlags)]

    for (const flag of flags) expect(readme).toContain(`\`--${flag}`)
  })
})
