import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/config/config-error.js'
import { createConfigLoader } from '../../src/config/load-config.js'
import { makeTempFolder } from '../helpers/temp-folder.js'

describe('createConfigLoader', () => {
  let folder = ''
  let remove: () => Promise<void> = async () => {}

  beforeEach(async () => {
    ;({ folder, remove } = await makeTempFolder())
    await mkdir(path.join(folder, 'plans', 'q1'), { recursive: true })
  })

  afterEach(() => remove())

  function load(file = 'plans/q1/tracker.md') {
    return createConfigLoader({ cwd: folder, stopDir: folder })(file)
  }

  async function loadError(): Promise<ConfigError> {
    const error: unknown = await load().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigError)
    return error as ConfigError
  }

  it('finds nothing when there is no configuration', async () => {
    expect(await load()).toEqual({ file: null, config: {} })
  })

  it('finds a .trackmdrc.json upward from the file', async () => {
    const rc = path.join(folder, 'plans', '.trackmdrc.json')
    await writeFile(rc, '{ "year": 2027, "rules": { "missed-day": "error" } }')

    expect(await load()).toEqual({
      file: rc,
      config: { year: 2027, rules: { 'missed-day': 'error' } }
    })
  })

  it('reads the trackmd key of package.json, skipping one without it', async () => {
    await writeFile(
      path.join(folder, 'package.json'),
      JSON.stringify({ name: 'x', trackmd: { rules: { mojibake: 'off' } } })
    )
    await writeFile(path.join(folder, 'plans', 'package.json'), '{"name":"y"}')

    expect((await load()).config).toEqual({ rules: { mojibake: 'off' } })
  })

  it('names the file, key and expected shape of a wrong severity', async () => {
    await writeFile(
      path.join(folder, '.trackmdrc.json'),
      '{ "rules": { "missed-day": "warning" } }'
    )

    const error = await loadError()
    expect(error.code).toBe('BAD_CONFIG')
    expect(error.key).toBe('rules.missed-day')
    expect(error.message).toBe(
      '.trackmdrc.json: `rules.missed-day` is `"warning"`, expected one of ' +
        '"off", "info", "warn", "error", or `["warn", { …options }]`'
    )
  })

  it('names an unknown rule and an unknown option', async () => {
    await writeFile(
      path.join(folder, '.trackmdrc.json'),
      '{ "rules": { "missed-days": "warn" } }'
    )
    expect((await loadError()).message).toMatch(
      /^\.trackmdrc\.json: unknown key `rules\.missed-days`, expected a rule id: `missed-day`, /
    )

    await writeFile(
      path.join(folder, '.trackmdrc.json'),
      '{ "rules": { "plan-hours": ["warn", { "slack": 1 }] } }'
    )
    expect((await loadError()).message).toBe(
      '.trackmdrc.json: unknown key `rules.plan-hours[1].slack`, expected one of `tolerance`'
    )
  })

  it('names a wrong year, a wrong option value and bad JSON', async () => {
    const rc = path.join(folder, 'plans', '.trackmdrc.json')

    await writeFile(rc, '{ "year": "2026" }')
    expect((await loadError()).message).toBe(
      'plans/.trackmdrc.json: `year` is `"2026"`, expected a four-digit year such as 2026'
    )

    await writeFile(
      rc,
      '{ "rules": { "plan-hours": ["warn", { "tolerance": -1 }] } }'
    )
    expect((await loadError()).message).toBe(
      'plans/.trackmdrc.json: `rules.plan-hours[1].tolerance` is `-1`, expected a number of at least 0'
    )

    await writeFile(rc, '{ "year": 2026, }')
    expect((await loadError()).message).toMatch(
      /^plans\/\.trackmdrc\.json: is not valid JSON \(.+\), expected a JSON object$/
    )

    // Node quotes the whole text in its message; the error stays one line.
    await writeFile(rc, 'not json\n{\n')
    expect((await loadError()).message).toBe(
      "plans/.trackmdrc.json: is not valid JSON (Unexpected token 'o'), " +
        'expected a JSON object'
    )
  })

  it('reports a configuration it cannot read in one line', async () => {
    await mkdir(path.join(folder, 'plans', '.trackmdrc.json'))

    expect((await loadError()).message).toBe(
      'plans/.trackmdrc.json: is a folder, expected a JSON file'
    )
  })

  it.skipIf(process.getuid?.() === 0)(
    'reports a configuration it may not read in one line',
    async () => {
      const rc = path.join(folder, 'plans', '.trackmdrc.json')
      await writeFile(rc, '{}')
      await chmod(rc, 0o000)

      expect((await loadError()).message).toBe(
        'plans/.trackmdrc.json: cannot be read (permission denied)'
      )
    }
  )

  it('reports a package.json that is not an object', async () => {
    for (const [text, kind] of [
      ['null', '`null`'],
      ['[1]', 'an array'],
      ['"x"', 'a string']
    ]) {
      await writeFile(path.join(folder, 'plans', 'package.json'), text ?? '')

      expect((await loadError()).message).toBe(
        `plans/package.json: is ${kind}, expected a JSON object`
      )
    }
  })

  it('reports a configuration nested too deeply to check', async () => {
    const deep = `{"rules": ${'['.repeat(5000)}${']'.repeat(5000)}}`
    await writeFile(path.join(folder, '.trackmdrc.json'), deep)

    expect((await loadError()).message).toBe(
      '.trackmdrc.json: is nested too deeply to check'
    )
  })
})
