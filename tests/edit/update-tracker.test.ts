import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { updateTracker } from '../../src/edit/update-tracker.js'
import { makeTempFolder } from '../helpers/temp-folder.js'

let folder = ''
let file = ''
let remove: () => Promise<void> = async () => {}

beforeEach(async () => {
  ;({ folder, remove } = await makeTempFolder())
  file = path.join(folder, 'tracker.md')
  await writeFile(file, 'first')
})

afterEach(async () => {
  await remove()
})

describe('updateTracker', () => {
  it('writes what the step decides and returns its result', async () => {
    const result = await updateTracker(file, 'tracker.md', folder, (text) => ({
      kind: 'write',
      text: `${text}!`,
      result: text.length
    }))

    expect(result).toBe(5)
    expect(await readFile(file, 'utf8')).toBe('first!')
  })

  it('runs the step again on a save made in between', async () => {
    const seen: string[] = []

    await updateTracker(file, 'tracker.md', folder, async (text) => {
      seen.push(text)
      if (seen.length === 1) await writeFile(file, 'typed')
      return { kind: 'write', text: `${text}!`, result: null }
    })

    expect(seen).toEqual(['first', 'typed'])
    expect(await readFile(file, 'utf8')).toBe('typed!')
  })

  it('gives up after five saves in a row, writing nothing', async () => {
    let count = 0
    const update = updateTracker(file, 'tracker.md', folder, async () => {
      count += 1
      await writeFile(file, `typed ${count}`)
      return { kind: 'write', text: 'never', result: null }
    })

    await expect(update).rejects.toMatchObject({ code: 'KEEPS_CHANGING' })
    expect(count).toBe(5)
    expect(await readFile(file, 'utf8')).toBe('typed 5')
  })
})
