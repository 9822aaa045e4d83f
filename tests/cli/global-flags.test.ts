import { describe, expect, it } from 'vitest'
import { globalFlags, readGlobalOptions } from '../../src/cli/global-flags.js'
import { UsageError } from '../../src/cli/usage-error.js'

describe('globalFlags', () => {
  it('lists every global option with its value and help', () => {
    expect(
      Object.entries(globalFlags).map(([name, flag]) => [
        name,
        flag.type,
        flag.value,
        flag.description
      ])
    ).toEqual([
      [
        'today',
        'string',
        'YYYY-MM-DD',
        'Date to judge by, instead of the clock'
      ],
      [
        'year',
        'number',
        'YYYY',
        'Year of Day 1, for dates written without a year'
      ],
      [
        'cache',
        'boolean',
        '',
        'Keep each day in a cache file; read only what changed ' +
          '(lint, sync, export; status keeps less; watch keeps its own)'
      ],
      [
        'cache-location',
        'string',
        'PATH',
        'Folder of the cache, with --cache ' +
          '(default: node_modules/.cache/trackmd in the current folder)'
      ]
    ])
  })
})

describe('readGlobalOptions', () => {
  it('keeps the options given, checked', () => {
    expect(
      readGlobalOptions({ _: [], today: '2026-12-10', year: 2026 })
    ).toEqual({ today: '2026-12-10', year: 2026 })
    expect(readGlobalOptions({ _: [] })).toEqual({})
  })

  it('throws a UsageError for a bad value', () => {
    expect(() => readGlobalOptions({ today: '2026-12-32' })).toThrow(UsageError)
    expect(() => readGlobalOptions({ year: 0 })).toThrow(
      '`--year` expects a four-digit year such as 2026, got `0`'
    )
  })
})
