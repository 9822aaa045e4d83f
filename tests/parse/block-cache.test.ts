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
import { parseBlockTree } from '../../src/parse/block-tree.js'
import { parseTrackerAsync } from '../../src/parse/parse-tracker-async.js'
import { parseTracker, prepareText } from '../../src/parse/parse-tracker.js'
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
    const data = (await readCache(file)) as { blocks: object }
    expect(Object.keys(data.blocks)).toEqual([key])

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
  })

  it('ignores a cache whose JSON is not what its checksum says', async () => {
    const file = path.join(folder, 'blocks.json')
    const cache = await FileBlockCache.open(file, '1.0.0')
    cache.set('key', parseBlockTree('- [x] Done\n'))
    await cache.save()

    const [sum, json] = (await readFile(file, 'utf8')).split('\n')
    expect(sum).toBe(hashBlock(json ?? ''))

    for (const broken of [5, 'x', {}, [null]]) {
      const edited = JSON.stringify({
        version: '1.0.0',
        blocks: { key: broken }
      })
      await writeFile(file, `${sum}\n${edited}`)

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

    const data = (await readCache(file)) as { blocks: object }
    expect(Object.keys(data.blocks).sort()).toEqual(['kept', 'new'])
  })
})

/** The JSON of a cache file, after its checksum line. */
async function readCache(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8')
  return JSON.parse(text.slice(text.indexOf('\n') + 1))
}
