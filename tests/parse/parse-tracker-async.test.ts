import { describe, expect, it } from 'vitest'
import { generateTracker } from '../../bench/generate-tracker.js'
import { hashBlock, type BlockStore } from '../../src/parse/block-cache.js'
import type { BlockTree } from '../../src/parse/block-tree.js'
import { parseTrackerAsync } from '../../src/parse/parse-tracker-async.js'
import { parseTracker, prepareText } from '../../src/parse/parse-tracker.js'

const today = '2026-12-20'

/** A store that records what is asked of it. */
function recordingStore() {
  const trees = new Map<string, BlockTree>()
  const asked: string[] = []
  const store: BlockStore = {
    get: (key) => {
      asked.push(key)
      return trees.get(key)
    },
    set: (key, tree) => trees.set(key, tree)
  }

  return { store, trees, asked }
}

describe('parseTrackerAsync', () => {
  // Every third day has a comment, which the line scanner leaves to
  // micromark, so scanned and parsed blocks alternate.
  const text = generateTracker(30).text.replace(
    /^(## DAY (\d+) .*\n)/gm,
    (line: string, _: string, day: string) =>
      Number(day) % 3 === 0 ? `${line}\n<!-- note -->\n` : line
  )

  it('gives the model parseTracker gives, with blocks left to micromark', async () => {
    expect(await parseTrackerAsync(text, { today })).toEqual(
      parseTracker(text, { today })
    )
  })

  it('gives the same model when the left blocks wait for threads', async () => {
    // With a budget this small, the left blocks after the first wait and
    // are parsed together at the end, as on threads.
    expect(
      await parseTrackerAsync(text, { today, threadsFrom: 1_000 })
    ).toEqual(parseTracker(text, { today }))
  })

  it('asks the store only for the blocks the scanner leaves', async () => {
    const { store, trees, asked } = recordingStore()
    const left = prepareText(text).blockTexts.filter((block) =>
      block.includes('<!-- note -->')
    )

    await parseTrackerAsync(text, { today, store })

    expect(left).toHaveLength(10)
    expect(asked).toEqual(left.map(hashBlock))
    expect([...trees.keys()]).toEqual(left.map(hashBlock))

    // The second run takes them from the store and gives the same model.
    asked.length = 0
    expect(await parseTrackerAsync(text, { today, store })).toEqual(
      parseTracker(text, { today })
    )
    expect(asked).toHaveLength(10)
  })
})
