import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rules } from '../../src/lint/rule-list.js'
import { runMain } from '../helpers/run-main.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe('README rules', () => {
  it('documents every rule with its default severity and fixability', () => {
    for (const rule of rules) {
      const checks = rule.description
      const row =
        `| \`${rule.id}\``.padEnd(25) +
        `| ${rule.defaultSeverity.padEnd(8)}` +
        `| ${(rule.fixable ? 'yes' : 'no').padEnd(8)}` +
        `| ${checks.padEnd(68)}|`

      expect(readme).toContain(row)
      expect(readme).toContain(`\n### \`${rule.id}\`\n`)
    }
  })

  it('shows the lint report the CLI prints for the bundled tracker', async () => {
    const result = await runMain(['lint', '--today', '2026-12-10'])
    const start = readme.indexOf('$ npx trackmd lint --today 2026-12-10\n')
    const body = readme.slice(start).split('\n').slice(1).join('\n')

    expect(start).not.toBe(-1)
    expect(body.slice(0, body.indexOf('\n```'))).toBe(result.stderr.trimEnd())
  })
})
