import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  cacheFileFor,
  FileBlockCache,
  hashBlock
} from '../../src/parse/block-cache.js'
import { type BlockTree, parseBlockTree } from '../../src/parse/block-tree.js'
import { parseTrackerAsync } from '../../src/parse/parse-tracker-async.js'
import { parseTracker, prepareText } from '../../src/parse/parse-tracker.js'
import type { StoredFragment } from '../../src/parse/stored-fragment.js'
import { makeTempFolder } from '../helpers/temp-folder.js'
import { fixture } from './helpers.js'

const today = '2026-12-03'
let folder = ''
let remove = async () => {}

beforeEach(async () => {
  ;({ folder, remove } = await makeTempFolder())
})

afterEach(() => remove())

describe('FileBlockCache', () => {
  it('keeps trees between runs and gives the same model', async () => {
    const file = cacheFileFor(folder, '/some/tracker.md')
    // The line scanner reads every block of the seed; a comment in the
    // metrics block leaves that one to micromark, and so to the store.
    const text = fixture('seed/tracker.md').replace(
      '## OVERALL PROJECT METRICS\n',
      '## OVERALL PROJECT METRICS\n\n<!-- note -->\n'
    )
    const expected = parseTracker(text, { today })

    const cold = await FileBlockCache.open(file, '1.0.0')
    expect(await parseTrackerAsync(text, { today, store: cold })).toEqual(
      expected
    )
    await cold.save()

    // Only the block the line scanner leaves is kept: scanning the others
    // again costs less than storing them.
    const table =
      prepareText(text).blockTexts.find((block) =>
        block.startsWith('## OVERALL PROJECT METRICS')
      ) ?? ''
    const key = hashBlock(table)
    const data = await readCache(file)
    expect([...data.blocks.keys()]).toEqual([key])

    const warm = await FileBlockCache.open(file, '1.0.0')
    expect(warm.get(key)).toEqual(parseBlockTree(table))
    expect(await parseTrackerAsync(text, { today, store: warm })).toEqual(
      expected
    )
  })

  it('ignores a cache from another version, or a damaged one', async () => {
    const file = path.join(folder, 'blocks.json')
    const cache = await FileBlockCache.open(file, '1.0.0')
    const tree = parseBlockTree('- [x] Done\n')

    cache.set('key', tree)
    await cache.save()

    expect((await FileBlockCache.open(file, '1.0.0')).get('key')).toEqual(tree)
    expect((await FileBlockCache.open(file, '2.0.0')).get('key')).toBe(
      undefined
    )

    await writeFile(file, '{"version": "1.0.0", "blo')
    expect((await FileBlockCache.open(file, '1.0.0')).get('key')).toBe(
      undefined
    )

    // A cache of the layout before, one JSON object after the checksum.
    const json = JSON.stringify({ version: '1.0.0', blocks: { key: tree } })
    await writeFile(file, `${hashBlock(json)}\n${json}`)
    expect((await FileBlockCache.open(file, '1.0.0')).get('key')).toBe(
      undefined
    )
  })

  it('ignores a cache whose JSON is not what its checksum says', async () => {
    const file = path.join(folder, 'blocks.json')
    const cache = await FileBlockCache.open(file, '1.0.0')
    cache.set('key', parseBlockTree('- [x] Done\n'))
    await cache.save()

    const text = await readFile(file, 'utf8')
    const body = text.slice(text.indexOf('\n') + 1)
    const sum = text.slice(0, text.indexOf('\n'))
    expect(sum).toBe(hashBlock(body))
    expect(body.split('\n')).toEqual([
      '{"version":"1.0.0","format":3}',
      `block\tkey\t${JSON.stringify(parseBlockTree('- [x] Done\n'))}`
    ])

    for (const broken of ['5', '"x"', '{}', '[nul']) {
      const edited = body.replace(/\tkey\t.*$/, `\tkey\t${broken}`)
      await writeFile(file, `${sum}\n${edited}`)

      expect((await FileBlockCache.open(file, '1.0.0')).get('key')).toBe(
        undefined
      )
    }

    // With the checksum right, a value of the wrong shape is still ignored.
    for (const broken of ['5', '{}', '[nul']) {
      const edited = body.replace(/\tkey\t.*$/, `\tkey\t${broken}`)
      await writeFile(file, `${hashBlock(edited)}\n${edited}`)

      expect((await FileBlockCache.open(file, '1.0.0')).get('key')).toBe(
        undefined
      )
    }
  })

  it.skipIf(process.platform === 'win32')(
    'ignores a pipe in its place instead of waiting on it',
    async () => {
      const file = path.join(folder, 'blocks.json')
      execFileSync('mkfifo', [file])

      expect((await FileBlockCache.open(file, '1.0.0')).get('key')).toBe(
        undefined
      )
    }
  )

  it('makes the folders above it, and fails where none can be made', async () => {
    const nested = path.join(folder, 'a', 'b', 'blocks.json')
    const cache = await FileBlockCache.open(nested, '1')
    cache.set('key', [])
    await cache.save()
    expect((await FileBlockCache.open(nested, '1')).get('key')).toEqual([])

    await writeFile(path.join(folder, 'file'), '')
    const underFile = await FileBlockCache.open(
      path.join(folder, 'file', 'c', 'blocks.json'),
      '1'
    )
    underFile.set('key', [])
    await expect(underFile.save()).rejects.toThrow()
  })

  it.skipIf(process.platform !== 'linux')(
    'fails at once under /proc, where a recursive mkdir never returns',
    async () => {
      const cache = await FileBlockCache.open(
        '/proc/trackmd-cache-test/blocks.json',
        '1'
      )
      cache.set('key', [])
      await expect(cache.save()).rejects.toThrow()
    },
    5_000
  )

  it('leaves no temporary file when it cannot take its place', async () => {
    const file = path.join(folder, 'blocks.json')
    await mkdir(file)
    const cache = await FileBlockCache.open(file, '1')
    cache.set('new', [])

    await expect(cache.save()).rejects.toThrow()
    expect(readdirSync(folder)).toEqual(['blocks.json'])
  })

  it('drops the blocks a run did not use', async () => {
    const file = path.join(folder, 'blocks.json')
    const first = await FileBlockCache.open(file, '1')
    first.set('old', [])
    first.set('kept', [])
    await first.save()

    const second = await FileBlockCache.open(file, '1')
    second.get('kept')
    second.set('new', [])
    await second.save()

    const data = await readCache(file)
    expect([...data.blocks.keys()].sort()).toEqual(['kept', 'new'])
  })

  it('leaves out a tree nested deeper than JSON can write', async () => {
    const file = path.join(folder, 'blocks.json')
    const cache = await FileBlockCache.open(file, '1')
    let deep: unknown = []
    for (let depth = 0; depth < 100_000; depth++) deep = [deep]

    cache.set('deep', deep as BlockTree)
    cache.set('flat', [])
    await cache.save()

    const reopened = await FileBlockCache.open(file, '1')
    expect(reopened.get('deep')).toBe(undefined)
    expect(reopened.get('flat')).toEqual([])
  })

  it('keeps the fragments last kept, writing unchanged ones as read', async () => {
    const file = path.join(folder, 'blocks.json')
    const first = await FileBlockCache.open(file, '1')
    const week: StoredFragment = { kind: 'week', values: [1, 'Start'] }
    const day: StoredFragment = { kind: 'day', values: [1, null, null] }
    const both = new Map([
      ['a -', week],
      ['b 1@1', day]
    ])
    first.keepFragments(both, both)
    await first.save()

    expect((await readCache(file)).fragments).toEqual(
      new Map([
        ['a -', JSON.stringify(week)],
        ['b 1@1', JSON.stringify(day)]
      ])
    )

    // A run that keeps the same fragments leaves the file as it was.
    const second = await FileBlockCache.open(file, '1')
    const before = await readFile(file, 'utf8')
    expect(second.fragment('a -')).toEqual(week)
    expect(second.fragment('c -')).toBe(undefined)
    second.keepFragments(both, new Map())
    await second.save()
    expect(await readFile(file, 'utf8')).toBe(before)

    // One that keeps fewer, one of them stored anew, drops the others.
    const third = await FileBlockCache.open(file, '1')
    const changed: StoredFragment = { kind: 'day', values: [2, null, null] }
    third.keepFragments(
      new Map([['b 1@1', day]]),
      new Map([['b 1@1', changed]])
    )
    await third.save()
    expect((await readCache(file)).fragments).toEqual(
      new Map([['b 1@1', JSON.stringify(changed)]])
    )
  })

  it('writes again only once 1 in 100 of its entries are new', async () => {
    const file = path.join(folder, 'blocks.json')
    const fragment = (index: number): StoredFragment => ({
      kind: 'week',
      values: [index]
    })
    const keys = Array.from({ length: 200 }, (_, index) => `k${index}`)
    const all = new Map(keys.map((key, index) => [key, fragment(index)]))
    const first = await FileBlockCache.open(file, '1')
    first.keepFragments(all, all)
    await first.save()
    const written = await readFile(file, 'utf8')

    // One new of 200: the file stays, and the next run reads that one again.
    const second = await FileBlockCache.open(file, '1')
    const one = new Map([['new1', fragment(1000)]])
    const kept = new Map(keys.slice(0, 199).map((key) => [key, null]))
    second.keepFragments(new Map([...kept, ...one]), one)
    await second.save()
    expect(await readFile(file, 'utf8')).toBe(written)

    // Two new of 200: written, without the two no longer kept.
    const third = await FileBlockCache.open(file, '1')
    const two = new Map([...one, ['new2', fragment(1001)]])
    const keptAgain = new Map(keys.slice(1, 199).map((key) => [key, null]))
    third.keepFragments(new Map([...keptAgain, ...two]), two)
    await third.save()
    const { fragments } = await readCache(file)
    expect(fragments.size).toBe(200)
    expect(fragments.has('k0')).toBe(false)
    expect(fragments.has('k199')).toBe(false)
    expect(fragments.get('k5')).toBe('{"kind":"week","values":[5]}')
    expect(fragments.get('new2')).toBe('{"kind":"week","values":[1001]}')
  })
})

/** The entries of a cache file, by kind and key, as JSON text. */
async function readCache(
  file: string
): Promise<{ blocks: Map<string, string>; fragments: Map<string, string> }> {
  const text = await readFile(file, 'utf8')
  const [, , ...lines] = text.split('\n')
  const entries = lines.map((line) => line.split('\t'))
  const of = (kind: string) =>
    new Map(
      entries
        .filter(([each]) => each === kind)
        .map(([, key = '', json = '']) => [key, json])
    )

  return { blocks: of('block'), fragments: of('fragment') }
}
